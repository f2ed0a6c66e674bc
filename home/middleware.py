"""Caching headers for the headless API."""

from django.conf import settings
from django.utils.cache import patch_cache_control


def api_cache_headers(get_response):
    """Public API answers may be cached briefly; ConditionalGetMiddleware adds ETag and 304."""

    def middleware(request):
        response = get_response(request)
        if (
            request.path.startswith("/api/")
            and request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
        ):
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
        return response

    return middleware
