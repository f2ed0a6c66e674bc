"""The sitemap (an index of one sitemap per section, each paged, with the pages' pictures; noindex
and excluded pages left out) and robots.txt."""

from __future__ import annotations

from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from home.visibility import visible
from media.models import SiteImage
from media.ready import SITEMAP, ready_one, warm

# The sitemap of the pages outside every section: the home page and the single pages beside it.
OTHER_PAGES = "pages"


class PageSitemap(Sitemap):
    """Some of a site's pages, 10,000 to a sitemap page, each page of them in a fixed number of
    queries (a count, the pages, their specific rows by type, their pictures), however many."""

    limit = 10_000

    def __init__(self, request, pages, root_url: str):
        super().__init__(request)
        self.pages = visible(pages).order_by("path")
        self.root_url = root_url
        # The index links each sitemap on the Site's own scheme, as the pages' addresses are.
        self.protocol = root_url.split("://", 1)[0]

    def items(self):
        return self.pages.defer_streamfields().specific()

    def get_latest_lastmod(self):
        # One aggregate, instead of Django's maximum over every page of the section.
        latest = Coalesce("last_published_at", "latest_revision_created_at")
        return self.pages.aggregate(latest=Max(latest))["latest"]

    def _urls(self, page, protocol, domain):
        pages = [
            item
            for item in self.paginator.page(page).object_list
            if not getattr(item, "noindex", False)
            and not getattr(item, "exclude_from_sitemap", False)
        ]
        images = self.image_urls({getattr(item, "hero_image_id", None) for item in pages})
        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                image = images.get(getattr(item, "hero_image_id", None))
                if image:
                    url_info["images"] = [image]
                urls.append(url_info)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def image_urls(self, image_ids: set) -> dict[int, dict]:
        """A large rendition of each picture (not the original upload), absolute on any storage:
        the pictures in one query, their renditions in one cache round trip (media.ready.warm)."""
        image_ids.discard(None)
        if not image_ids:
            return {}
        images = SiteImage.objects.in_bulk(image_ids)
        warm(images.values(), lambda _image: [SITEMAP])
        entries = {}
        for pk, image in images.items():
            url = ready_one(image, SITEMAP).url  # a stand-in until the worker has made it
            loc = url if url.startswith(("http://", "https://")) else f"{self.root_url}{url}"
            entries[pk] = {"loc": loc, "title": image.alt_text}
        return entries


def sections(request) -> dict[str, PageSitemap]:
    """The site's sitemaps: one per section (each top-level page with pages under it: the blog,
    the modalities…) and one of the other pages, read from the page tree."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return {}
    root = site.root_page
    tops = Page.objects.child_of(root).filter(numchild__gt=0).order_by("path")
    sitemaps = {
        OTHER_PAGES: PageSitemap(
            request,
            Page.objects.filter(Q(pk=root.pk) | Q(depth=root.depth + 1, numchild=0)).filter(
                path__startswith=root.path
            ),
            site.root_url,
        )
    }
    for top in tops.only("path", "slug", "depth"):
        name = top.slug if top.slug != OTHER_PAGES else f"{top.slug}-section"
        sitemaps[name] = PageSitemap(
            request, Page.objects.descendant_of(top, inclusive=True), site.root_url
        )
    return sitemaps


def sitemap_index(request):
    """``/sitemap.xml``: the sitemap of each section, and each of its pages past the first."""
    return sitemap_views.index(request, sections(request), sitemap_url_name="sitemap_section")


def sitemap_section(request, section):
    return sitemap_views.sitemap(
        request, sections(request), section=section, template_name="sitemap.xml"
    )


# What crawlers leave alone: the admin, endless search results and the API's JSON copies of
# pages. Prefixes only, no wildcards, so every parser reads them alike.
ROBOTS_DISALLOW = ("/admin/", "/search/", "/api/")


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    site = Site.find_for_request(request)
    root_url = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    # Only Disallow lines: everything else is allowed without an "Allow: /", which first-match
    # parsers would read before the lines below and so allow everything. Public documents
    # (/documents/) stay crawlable; private ones are refused by their collection's privacy.
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in ROBOTS_DISALLOW),
        "",
        f"Sitemap: {root_url}/sitemap.xml",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
