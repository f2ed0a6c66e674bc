"""URL routes: admin, documents, sitemap, robots.txt, search, API, and Wagtail's page tree."""

from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap as sitemap_view
from wagtail.documents import urls as wagtaildocs_urls

from api.urls import urlpatterns as api_urls
from search.views import search as search_view
from seo.sitemap import PageSitemap, robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap_view,
        {"sitemaps": {"pages": PageSitemap}, "template_name": "sitemap.xml"},
    ),
    path("robots.txt", robots_txt),
    path("search/", search_view, name="search"),
    *api_urls,
]


def serve_media(request, path):
    """Uploads from MEDIA_ROOT as it is now (read per request, not when the URLs load)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += [path("", include(wagtail_urls))]

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
