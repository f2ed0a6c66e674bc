"""Questions keep the order editors drag them into, everywhere they are listed; new ones go last."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from modalities.models import Question
from tests.home.factories import make_site
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
    QuestionTopicFactory,
)

pytestmark = pytest.mark.django_db


def rich_text(text: str) -> str:
    """What the admin's rich text editor posts for one paragraph."""
    block = {
        "key": "a1b2c",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block], "entityMap": {}})


@pytest.fixture
def site():
    home = make_site()
    faq = FAQPageFactory(parent=home)
    modality = ModalityPageFactory(parent=ModalityIndexPageFactory(parent=home))
    topic = QuestionTopicFactory(name="Before your first session")
    questions = [
        QuestionFactory(topic=topic, question=text, modalities=[modality])
        for text in ("What should I wear?", "How long is a session?", "Can I eat before?")
    ]
    return faq, modality, topic, questions


def shown_on(client, url) -> list[str]:
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return [summary.get_text(strip=True) for summary in html.select("main details summary")]


def faq_json_ld(client, faq) -> list[str]:
    html = BeautifulSoup(client.get(faq.url).content, "html.parser")
    graph = json.loads(html.find("script", type="application/ld+json").string)["@graph"]
    page = next(node for node in graph if node["@type"] == "FAQPage")
    return [question["name"] for question in page["mainEntity"]]


def faq_api(client, faq) -> list[str]:
    data = client.get(f"/api/v2/pages/{faq.pk}/").json()
    return [question["question"] for topic in data["topics"] for question in topic["questions"]]


def test_a_question_added_in_the_admin_goes_last(admin_client, site):
    faq, _modality, topic, _questions = site
    response = admin_client.post(
        reverse("wagtailsnippets_modalities_question:add"),
        {
            "question": "Is parking nearby?",
            "answer": rich_text("Yes, on the street and in a garage round the corner."),
            "topic": topic.pk,
        },
    )
    assert response.status_code == 302
    assert shown_on(admin_client, faq.url)[-1] == "Is parking nearby?"
    added = Question.objects.get(question="Is parking nearby?")
    others = Question.objects.exclude(pk=added.pk).values_list("sort_order", flat=True)
    assert added.sort_order > max(others)


def test_the_listing_opens_in_order_with_handles_to_drag(admin_client, site):
    response = admin_client.get(reverse("wagtailsnippets_modalities_question:list"))
    html = BeautifulSoup(response.content, "html.parser")
    rows = [row.get_text(" ", strip=True) for row in html.select("tbody tr")]
    assert ["What should I wear?" in rows[0], "Can I eat before?" in rows[2]] == [True, True]
    assert html.select("[data-w-orderable-target='item']") or html.select(
        "[data-controller~='w-orderable']"
    )


def test_dragging_in_the_admin_reorders_every_listing(admin_client, client, site):
    faq, modality, _topic, questions = site
    moved = questions[2]
    response = admin_client.post(
        reverse("wagtailsnippets_modalities_question:reorder", args=[moved.pk]) + "?position=0"
    )
    assert response.status_code == 200
    expected = ["Can I eat before?", "What should I wear?", "How long is a session?"]
    assert shown_on(client, faq.url) == expected
    assert shown_on(client, modality.url) == expected
    assert faq_json_ld(client, faq) == expected
    assert faq_api(client, faq) == expected
    data = client.get(f"/api/v2/pages/{modality.pk}/").json()
    assert [question["question"] for question in data["questions"]] == expected
