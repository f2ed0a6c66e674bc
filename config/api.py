"""The headless API's router: Wagtail API v2 endpoints and our read-only extras."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter

from home.api.preview import preview_view
from home.api.schema import schema_view
from home.api.views import (
    DocumentsEndpoint,
    ImagesEndpoint,
    PagesEndpoint,
    RedirectsEndpoint,
    menus,
    practice_details,
)

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
api_router.register_endpoint("redirects", RedirectsEndpoint)

urlpatterns = [
    path("api/v2/settings/", practice_details, name="api_practice_details"),
    path("api/v2/menus/", menus, name="api_menus"),
    path("api/v2/preview/", preview_view, name="api_preview"),
    path("api/v2/", api_router.urls),
    path("api/schema/", schema_view, name="api_schema"),
]
