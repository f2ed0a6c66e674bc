"""What the search tests share: reading the results page, and adding published pages."""

from bs4 import BeautifulSoup

from home.models import HomePage
from tests.home.factories import StandardPageFactory

# A long paragraph that names "osteopathy" once, far from either end: its excerpt is cut.
CRANIOSACRAL_TEXT = (
    "A session begins with a short conversation about how you are and what you hope for. "
    "You then rest, fully clothed, on a padded table while light hands follow the slow "
    "rhythm of the fluid around the brain and spinal cord. CranioSacral Therapy grew out of "
    "osteopathy in the twentieth century and keeps its patient, listening touch. Most people "
    "feel warm and heavy as the session goes on, and many drift close to sleep before the "
    "hands lift away and the room grows quiet again."
)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def results(response) -> list:
    return soup(response).select("main ol.search-results > li")


def titles(response) -> list[str]:
    return [
        item.select_one(".search-result__title").get_text(strip=True) for item in results(response)
    ]


def publish(page):
    # Publishing indexes the page again once its tags are saved (home.signals).
    page.save_revision().publish()


def add_standard_page(title, text, *, live=True, parent=None):
    page = StandardPageFactory(
        parent=parent or HomePage.objects.get(), title=title, intro=text, live=live
    )
    if live:
        publish(page)
    return page
