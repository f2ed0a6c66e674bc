"""What every template may print: the practice's details and the main navigation."""

from dataclasses import dataclass

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from home.caching import cached
from home.models import PracticeSettings


@dataclass(frozen=True)
class MenuItem:
    pk: int
    title: str
    url: str
    url_path: str


def practice_for(request) -> PracticeSettings:
    """The practice's details for this request's site, cached until the next content change."""
    if not hasattr(request, "_practice"):
        site = Site.find_for_request(request)
        request._practice = cached(
            f"practice:{site.pk if site else 0}",
            lambda: (
                PracticeSettings.base_queryset()
                .select_related("default_social_image")
                .get_or_create(site=site)[0]
                if site
                else PracticeSettings()
            ),
        )
    return request._practice


def navigation(request) -> list[MenuItem]:
    site = Site.find_for_request(request)
    if site is None:
        return []

    def menu():
        pages = site.root_page.get_children().live().in_menu().public()
        return [
            MenuItem(page.pk, page.title, page.get_url(request), page.url_path)
            for page in pages.only("title", "url_path", "depth", "path")
        ]

    return cached(f"nav:{site.pk}", menu)


def site_chrome(request):
    return {
        "practice": SimpleLazyObject(lambda: practice_for(request)),
        "nav_pages": SimpleLazyObject(lambda: navigation(request)),
    }
