"""What every template may print: the practice's details and the main navigation."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from home.models import PracticeSettings


def navigation(request) -> list:
    site = Site.find_for_request(request)
    if site is None:
        return []
    return list(
        site.root_page.get_children().live().in_menu().public().only("title", "url_path", "depth")
    )


def site_chrome(request):
    return {
        "practice": SimpleLazyObject(lambda: PracticeSettings.for_request(request)),
        "nav_pages": SimpleLazyObject(lambda: navigation(request)),
    }
