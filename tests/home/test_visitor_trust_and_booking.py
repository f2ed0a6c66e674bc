"""What a visitor relies on: an invitation to book at the end of every page that explains the
work, fees from the practice details (on pages and in the JSON-LD), who the practitioner is, the
privacy policy, a map and a search field on every page."""

import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from wagtail.blocks import StructBlockValidationError
from wagtail.models import PageViewRestriction

from home.models.practice import SessionBlock
from tests.blog.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    EssayIndexPageFactory,
    EssayPageFactory,
    JourneyIndexPageFactory,
    JourneyStagePageFactory,
)
from tests.home.factories import (
    AuthorFactory,
    PracticeSettingsFactory,
    StandardPageFactory,
    make_site,
)
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
)

pytestmark = pytest.mark.django_db

SESSIONS = [
    {
        "type": "session",
        "value": {"name": "First visit", "minutes": 90, "price": "150", "currency": "USD"},
    },
    {
        "type": "session",
        "value": {"name": "Session", "minutes": 60, "price": "112.50", "currency": "EUR"},
    },
    {
        "type": "session",
        "value": {"name": "Short", "minutes": 30, "price": "60", "currency": "CHF"},
    },
]


@pytest.fixture
def home():
    return make_site()


@pytest.fixture
def practice(home):
    return PracticeSettingsFactory(
        sessions=json.dumps(SESSIONS),
        booking_heading="Come and rest a while",
        booking_text="Sessions are unhurried, in a quiet room near the park.",
        booking_label="Book your visit",
        latitude=Decimal("40.778700"),
        longitude=Decimal("-73.982200"),
        street_address="1 Quiet Street",
        postal_code="10023",
    )


@pytest.fixture
def pages(home, practice):
    """One page of every type that explains the work, each with a URL."""
    modalities = ModalityIndexPageFactory(parent=home)
    modality = ModalityPageFactory(parent=modalities, title="Listening Touch", slug="listening")
    QuestionFactory(question="What should I wear?", modalities=[modality])
    built = {
        "modality index": modalities,
        "modality": modality,
        "faq": FAQPageFactory(parent=home),
        "article": ArticlePageFactory(parent=BlogIndexPageFactory(parent=home)),
        "essay": EssayPageFactory(parent=EssayIndexPageFactory(parent=home)),
        "journey stage": JourneyStagePageFactory(parent=JourneyIndexPageFactory(parent=home)),
        "about": StandardPageFactory(parent=home, title="About", slug="about"),
    }
    return {name: page.url for name, page in built.items()}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    "kind",
    ["modality index", "modality", "faq", "article", "essay", "journey stage", "about"],
)
def test_every_page_that_explains_the_work_ends_with_the_invitation_to_book(client, pages, kind):
    main = soup(client.get(pages[kind])).find("main")
    invitation = main.select(".booking-cta")[-1]
    # The last words of the page are the invitation's.
    assert invitation in main.find_all(["h2", "h3", "p", "li"])[-1].parents
    assert invitation.find("h2").get_text() == "Come and rest a while"
    assert "quiet room near the park" in invitation.get_text()
    button = invitation.find("a", class_="button")
    assert (button.get_text(), button["href"]) == (
        "Book your visit",
        "https://stillpoint.example/book",
    )


def test_a_page_may_leave_the_invitation_out(client, home, practice):
    page = StandardPageFactory(parent=home, slug="privacy", booking_prompt=False)
    assert not soup(client.get(page.url)).select("main .booking-cta")


def test_without_a_booking_link_no_invitation_is_shown(client, pages, practice):
    practice.booking_url = ""
    practice.save()
    assert not soup(client.get(pages["modality"])).select(".booking-cta, .booking-bar")


def test_the_booking_button_in_the_header_and_the_bar_uses_the_practice_words(client, pages):
    page = soup(client.get(pages["about"]))
    assert page.select_one(".site-header .button").get_text() == "Book your visit"
    assert page.select_one(".booking-bar .button").get_text() == "Book your visit"


def test_fees_show_on_modality_pages_and_the_faq(client, pages):
    modality = soup(client.get(pages["modality"])).select_one(".session-details").get_text(" ")
    faq = soup(client.get(pages["faq"])).select_one(".fees-section").get_text(" ")
    for text in (modality, faq):
        assert "First visit, 90 minutes" in text and "$150" in text
        assert "Session, 60 minutes" in text and "€112.50" in text
        assert "Short, 30 minutes" in text and "60 CHF" in text


def graph(response) -> list[dict]:
    script = soup(response).find("script", type="application/ld+json")
    return json.loads(script.string)["@graph"]


def test_fees_feed_the_offers_in_the_json_ld(client, pages):
    nodes = graph(client.get(pages["about"]))
    business = next(node for node in nodes if node["@type"] == "HealthAndBeautyBusiness")
    [offer] = business["hasOfferCatalog"]["itemListElement"]
    assert offer["itemOffered"]["name"] == "Listening Touch"
    first = offer["priceSpecification"][0]
    assert first == {
        "@type": "UnitPriceSpecification",
        "name": "First visit",
        "price": "150.00",
        "priceCurrency": "USD",
        "referenceQuantity": {"@type": "QuantitativeValue", "value": 90, "unitCode": "MIN"},
    }
    service = next(
        node for node in graph(client.get(pages["modality"])) if node["@type"] == "Service"
    )
    prices = service["offers"]["priceSpecification"]
    assert [(price["price"], price["priceCurrency"]) for price in prices] == [
        ("150.00", "USD"),
        ("112.50", "EUR"),
        ("60.00", "CHF"),
    ]


def test_a_fee_needs_a_currency_code_and_a_price_of_zero_or_more():
    block = SessionBlock()
    wrong = {"name": "Session", "minutes": 60, "price": "-5", "currency": "usd"}
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python(wrong))
    assert set(refused.value.block_errors) == {"price", "currency"}
    right = {"name": "Session", "minutes": 60, "price": "95", "currency": "USD"}
    assert block.clean(block.to_python(right))["price"] == Decimal("95")


def test_the_about_page_shows_the_practitioner_photo_and_credentials(client, home, practice):
    maya = AuthorFactory(
        name="Maya Lindqvist",
        credentials="LMT, CST-D",
        photo=SiteImageFactory(description="A drawn portrait of Maya, smiling"),
    )
    about = StandardPageFactory(parent=home, title="About", slug="about", person=maya)
    profile = soup(client.get(about.url)).select_one("main .profile")
    assert profile.select_one(".profile__name").get_text() == "Maya Lindqvist"
    assert profile.select_one(".profile__credentials").get_text() == "LMT, CST-D"
    assert profile.find("img")["alt"] == "A drawn portrait of Maya, smiling"


def test_the_footer_links_the_privacy_policy_and_a_map(client, home, practice):
    practice.privacy_page = StandardPageFactory(parent=home, title="Privacy", slug="privacy")
    practice.save()
    footer = soup(client.get("/")).find("footer")
    assert footer.find("a", string="Privacy")["href"] == "/privacy/"
    map_link = footer.find("a", string="Map and directions")["href"]
    assert map_link.startswith("https://www.openstreetmap.org/?mlat=40.778700&mlon=-73.982200")


def test_the_footer_follows_its_privacy_page_on_every_page_at_once(client, home, practice):
    privacy = StandardPageFactory(parent=home, title="Privacy", slug="privacy")
    about = StandardPageFactory(parent=home, title="About", slug="about")
    practice.privacy_page = privacy
    practice.save()
    for path in ("/", "/about/"):
        assert soup(client.get(path)).find("footer").find("a", string="Privacy")
    privacy.title = "Privacy and your data"
    privacy.save_revision().publish()
    for path in ("/", about.url):
        link = soup(client.get(path)).find("footer").find("a", href="/privacy/")
        assert link.get_text() == "Privacy and your data"
    privacy.unpublish()
    for path in ("/", about.url):
        assert not soup(client.get(path)).find("footer").find("a", href="/privacy/")


def test_without_coordinates_the_map_link_searches_for_the_address(client, practice):
    practice.latitude = practice.longitude = None
    practice.save()
    footer = soup(client.get("/")).find("footer")
    link = footer.find("a", string="Map and directions")["href"]
    assert link.startswith("https://www.openstreetmap.org/search?query=1+Quiet+Street")


def test_an_unpublished_or_private_privacy_page_is_not_linked(client, home, practice):
    practice.privacy_page = StandardPageFactory(parent=home, slug="privacy", live=False)
    practice.save()
    assert not soup(client.get("/")).find("footer").find("a", href="/privacy/")
    members = StandardPageFactory(parent=home, slug="members")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    practice.privacy_page = StandardPageFactory(parent=members, slug="privacy")
    practice.save()
    assert not soup(client.get("/")).find("footer").find("a", href="/members/privacy/")


@pytest.mark.parametrize("kind", ["modality", "faq", "about"])
def test_every_page_has_a_labelled_search_field_in_its_header(client, pages, kind):
    header = soup(client.get(pages[kind])).find("header", class_="site-header")
    form = header.find("form", role="search")
    assert (form["action"], form["method"]) == ("/search/", "get")
    field = form.find("input", attrs={"name": "q"})
    assert field["type"] == "search"
    assert header.find("label", attrs={"for": field["id"]}).get_text() == "Search the site"
    assert form.find("button", type="submit")
