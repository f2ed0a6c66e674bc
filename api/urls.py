"""The headless API's addresses: the v2 endpoints, our read-only extras and the schema."""

from django.urls import path

from api.preview import preview_view
from api.router import api_router
from api.schema import schema_view
from api.site_details import menus, practice_details

urlpatterns = [
    path("api/v2/settings/", practice_details, name="api_practice_details"),
    path("api/v2/menus/", menus, name="api_menus"),
    path("api/v2/preview/", preview_view, name="api_preview"),
    path("api/v2/", api_router.urls),
    path("api/schema/", schema_view, name="api_schema"),
]
