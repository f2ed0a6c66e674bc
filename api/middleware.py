"""Caching headers of the API: public answers may be kept briefly by shared caches."""

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
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # A signed-in editor may see restricted pages: never for shared caches.
                patch_cache_control(response, private=True, max_age=0)
            else:
                patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
        return response

    return middleware
