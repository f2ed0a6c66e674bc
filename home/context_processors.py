"""What every template may print: the practice's details and the main navigation."""

from dataclasses import dataclass

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from home.caching import cached
from home.models import NavigationSettings
from home.models.practice import practice_for
from home.visibility import visible, visible_page_ids


@dataclass(frozen=True)
class MenuItem:
    pk: int | None
    title: str
    url: str
    url_path: str


def menu_items(links, request) -> list[MenuItem]:
    chosen = [link.value["page"].pk for link in links if link.value["page"] is not None]
    shown = visible_page_ids(chosen)
    items = []
    for link in links:
        page, url = link.value["page"], link.value["url"]
        if page is not None:
            if page.pk in shown:
                items.append(
                    MenuItem(
                        page.pk,
                        link.value["label"] or page.title,
                        page.get_url(request),
                        page.url_path,
                    )
                )
        elif url:
            items.append(MenuItem(None, link.value["label"], url, ""))
    return items


def menus(request) -> dict[str, list[MenuItem]]:
    """The header and footer menus of this request's site, cached until content changes."""
    site = Site.find_for_request(request)
    if site is None:
        return {"header": [], "footer": []}

    def build():
        settings = NavigationSettings.for_site(site)
        header = menu_items(settings.header_links, request)
        if not settings.header_links:
            pages = visible(site.root_page.get_children().in_menu())
            header = [
                MenuItem(page.pk, page.title, page.get_url(request), page.url_path)
                for page in pages.only("title", "url_path", "depth", "path")
            ]
        return {"header": header, "footer": menu_items(settings.footer_links, request)}

    return cached(f"menus:{site.pk}", build)


def site_chrome(request):
    site_menus = SimpleLazyObject(lambda: menus(request))
    return {
        "practice": SimpleLazyObject(lambda: practice_for(request)),
        "nav_pages": SimpleLazyObject(lambda: site_menus["header"]),
        "footer_links": SimpleLazyObject(lambda: site_menus["footer"]),
    }
