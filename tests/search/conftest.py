"""The site each search test builds: only the pieces it asks for."""

import pytest

from tests.blog.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    EssayIndexPageFactory,
    EssayPageFactory,
)
from tests.home.factories import body, make_site, paragraph
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
)
from tests.search.helpers import CRANIOSACRAL_TEXT, add_standard_page


@pytest.fixture
def home():
    return make_site()


@pytest.fixture
def modalities(home):
    """The modality section; two modalities name osteopathy, two are a kind of therapy."""
    index = ModalityIndexPageFactory(parent=home)
    pages = [
        ModalityPageFactory(
            parent=index,
            title="CranioSacral Therapy",
            slug="craniosacral-therapy",
            summary="Light, listening touch for the head, the spine and the whole body.",
            body=body(paragraph(CRANIOSACRAL_TEXT)),
        ),
        ModalityPageFactory(
            parent=index,
            title="Somato Emotional Release",
            slug="somato-emotional-release",
            summary="Letting the body and the feelings it carries ease together.",
            intro="What we feel settles into the breath, the belly and the shoulders.",
            search_description="Somato Emotional Release: gentle bodywork for body and feelings.",
            body=body(
                paragraph("What we feel does not stay politely inside our thoughts."),
                ("heading", {"text": "Going deeper", "level": "h2", "anchor": ""}),
                (
                    "sayings",
                    {
                        "intro": "Everyday speech says it plainly:",
                        "items": ["My heart sank.", "I had a gut feeling."],
                    },
                ),
                ("quote", {"text": "The body keeps its own record.", "attribution": "Maya"}),
                (
                    "call_to_action",
                    {
                        "heading": "Ready when you are",
                        "text": "Sessions are unhurried.",
                        "label": "Book a session",
                        "page": None,
                        "url": "https://stillpoint.example/book",
                    },
                ),
            ),
        ),
        ModalityPageFactory(
            parent=index,
            title="Visceral Manipulation",
            slug="visceral-manipulation",
            summary="A manual therapy for the organs and the tissues that hold them.",
            body=body(paragraph("Developed by a French practitioner of osteopathy.")),
        ),
    ]
    return {page.slug: page for page in pages}


@pytest.fixture
def faq(home):
    page = FAQPageFactory(parent=home, title="Frequently Asked Questions")
    QuestionFactory(
        question="Is bodywork covered by my health plan?",
        answer="<p>Some insurance plans cover it; we give you a receipt to send in.</p>",
    )
    QuestionFactory(question="What should I wear?", answer="<p>Loose, comfortable clothes.</p>")
    return page


@pytest.fixture
def blog(home):
    return BlogIndexPageFactory(parent=home)


@pytest.fixture
def stress(home, blog):
    """Four pages of three kinds about stress: two articles tagged with it, an essay, a page."""
    pages = [
        ArticlePageFactory(
            parent=blog, title="What your belly might be telling you", tags=["stress"]
        ),
        ArticlePageFactory(
            parent=blog, title="Five ways to settle your nervous system", tags=["stress"]
        ),
        EssayPageFactory(
            parent=EssayIndexPageFactory(parent=home),
            title="On slowing down",
            body=body(paragraph("Rest is not a reward for getting through stress.")),
        ),
        add_standard_page(
            "A stressful week", "How stress settles in the shoulders, and how it goes."
        ),
    ]
    return {page.title: page for page in pages}
