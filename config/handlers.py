"""Django's request handlers, made to refuse a malformed request with a 400 instead of crashing."""

from django.core.exceptions import BadRequest, TooManyFieldsSent
from django.core.handlers.asgi import ASGIHandler, ASGIRequest
from django.core.handlers.wsgi import WSGIHandler, WSGIRequest


class ContentTypeGuard:
    """Django 5.2 reads the Content-Type header while it builds the request, before any
    middleware or error view could answer, so what it raises there is the server's 500 for any
    address. Two requests do that: a character set named the RFC 2231 way that is unknown or
    holds a NUL (``charset*=bogus''x``), and any valid charset with a
    query string of more than DATA_UPLOAD_MAX_NUMBER_FIELDS fields (setting the encoding parses
    the query). The first request keeps no content type and reading its body is a 400; the
    second is refused as a 400 where the query is read, as without a charset."""

    malformed_content_type = False

    def _set_content_type_params(self, meta):
        try:
            super()._set_content_type_params(meta)
        except ValueError:
            self.content_type, self.content_params = "", {}
            self.malformed_content_type = True
        except TooManyFieldsSent:
            pass  # the encoding is set; the query raises again when read, handled then

    def _load_post_and_files(self):
        if self.malformed_content_type:
            raise BadRequest("The Content-Type header is not valid.")
        super()._load_post_and_files()


class GuardedWSGIRequest(ContentTypeGuard, WSGIRequest):
    pass


class GuardedASGIRequest(ContentTypeGuard, ASGIRequest):
    pass


class GuardedWSGIHandler(WSGIHandler):
    request_class = GuardedWSGIRequest


class GuardedASGIHandler(ASGIHandler):
    request_class = GuardedASGIRequest
