"""URL routes: admin, documents, sitemap, robots.txt, search, API, and Wagtail's page tree."""

import posixpath

from django.conf import settings
from django.http import Http404
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

from api.urls import urlpatterns as api_urls
from search.views import search as search_view
from seo.sitemap import robots_txt, sitemap_index, sitemap_section

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_index),
    path("sitemap-<str:section>.xml", sitemap_section, name="sitemap_section"),
    path("robots.txt", robots_txt),
    # A rendition the worker has not made yet is made here when first fetched, then the
    # browser is sent on to its file: page views themselves never make one (media/ready.py).
    re_path(
        r"^renditions/([^/]*)/(\d*)/([^/]*)/[^/]*$",
        ServeView.as_view(action="redirect"),
        name="wagtailimages_serve",
    ),
    path("search/", search_view, name="search"),
    *api_urls,
]


# Documents go out through Wagtail's document view, which asks for a sign-in when their
# collection is private; original pictures not at all (pages show renditions). Neither folder
# has an address of its own.
UNSERVED_MEDIA = ("documents", "original_images")


def serve_media(request, path):
    """Uploads from MEDIA_ROOT as it is now (read per request, not when the URLs load)."""
    # The path as ``serve`` reads it: "images/../documents/x" is in the documents folder too.
    if posixpath.normpath(path).lstrip("/").split("/", 1)[0] in UNSERVED_MEDIA:
        raise Http404("Not found.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)


if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += [path("", include(wagtail_urls))]

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
