"""An answer showing a picture whose renditions the worker has not made yet is not kept by any
cache, so the next visitor gets the finished pictures."""

from django.utils.cache import add_never_cache_headers

from media.ready import pending, remember_renditions, reset_pending


def pictures_pending(get_response):
    def middleware(request):
        reset_pending()
        remember_renditions()
        try:
            response = get_response(request)
        finally:
            remember_renditions(False)
        if pending():
            add_never_cache_headers(response)
            reset_pending()
        return response

    return middleware
