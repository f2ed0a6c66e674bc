"""The sitemap (pages with their pictures, noindex and excluded pages left out) and robots.txt."""

from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Site

from media.models import SiteImage


class PageSitemap(Sitemap):
    """Wagtail's page sitemap, in a fixed number of queries whatever the number of pages."""

    def _urls(self, page, protocol, domain):
        pages = [
            item
            for item in self.paginator.page(page).object_list
            if not getattr(item, "noindex", False)
            and not getattr(item, "exclude_from_sitemap", False)
        ]
        image_ids = {getattr(item, "hero_image_id", None) for item in pages} - {None}
        images = SiteImage.objects.in_bulk(image_ids) if image_ids else {}
        root = Site.find_for_request(self.request)
        root_url = root.root_url if root else ""
        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                image = images.get(getattr(item, "hero_image_id", None))
                if image:
                    # A large rendition, not the original upload; absolute on any storage.
                    url = image.get_rendition("max-1600x1600|format-jpeg").url
                    loc = url if url.startswith(("http://", "https://")) else f"{root_url}{url}"
                    url_info["images"] = [{"loc": loc, "title": image.alt_text}]
                urls.append(url_info)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    site = Site.find_for_request(request)
    root_url = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /documents/",
        "Disallow: /search/",
        "",
        f"Sitemap: {root_url}/sitemap.xml",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
