"""Factories of the page core: the home page and its site, standard pages, authors, bodies."""

import factory
import wagtail_factories
from wagtail.models import Page, Site

from home.bodies import body_json
from home.models import Author, HomePage, StandardPage


def body(*blocks: tuple[str, object]) -> str:
    """A body's JSON from ``(block type, raw value)`` pairs, checked by the block library."""
    return body_json(blocks)


def paragraph(text: str) -> tuple[str, str]:
    return ("paragraph", f"<p>{text}</p>")


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Writer {n}")
    credentials = "LMT"
    bio = "Works with gentle, hands-on bodywork."


class SitePageFactory(wagtail_factories.PageFactory):
    """A published page; ``parent`` is required (the site's home page, or a section)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"A page about rest {n}")
    search_description = "A calm, unhurried page written for the tests of the site."


class HomePageFactory(SitePageFactory):
    class Meta:
        model = HomePage

    title = "Stillpoint"
    slug = "home-page"
    hero_heading = "Gentle bodywork in New York"
    hero_lead = "Unhurried sessions of light, attentive touch."
    parent = factory.LazyFunction(Page.get_first_root_node)


class StandardPageFactory(SitePageFactory):
    class Meta:
        model = StandardPage

    intro = "What this page is about, in one line."
    body = factory.LazyFunction(lambda: body(paragraph("A short paragraph of plain words.")))


def make_site(**home_fields) -> HomePage:
    """A home page at the root of the default site, which serves the test client's host."""
    home = HomePageFactory(**home_fields)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.hostname = "localhost"
    site.port = 80
    site.site_name = "Stillpoint"
    site.save()
    return home


class PracticeSettingsFactory(factory.django.DjangoModelFactory):
    """The practice's details of the default site (call ``make_site()`` first).

    One row per site: when the site already has its row, that row is returned unchanged.
    A served site has this row after its first visit; made beforehand, the first visit does not
    create it (a settings change, which starts a new content version and empties the caches).
    """

    class Meta:
        model = "home.PracticeSettings"
        django_get_or_create = ("site",)

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    name = "Stillpoint"
    phone = "+1 212 555 0147"
    email = "hello@stillpoint.example"
    booking_url = "https://stillpoint.example/book"


class NavigationSettingsFactory(factory.django.DjangoModelFactory):
    """The menus of the default site; ``header_links`` and ``footer_links`` take ``menu(...)``.

    One row per site, as for ``PracticeSettingsFactory``.
    """

    class Meta:
        model = "home.NavigationSettings"
        django_get_or_create = ("site",)

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))


def menu(*links) -> list[dict]:
    """Menu links from ``(page, label)`` pairs; an empty label shows the page's title."""
    return [
        {"type": "link", "value": {"page": page.pk, "url": "", "label": label}}
        for page, label in links
    ]
