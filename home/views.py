"""Error views: the site's own 400, 404 and 500 pages, and JSON ones under /api/."""

from django.core.exceptions import BadRequest, RequestDataTooBig, TooManyFieldsSent
from django.http import HttpResponseBadRequest, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.html import format_html

BAD_REQUEST_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bad request</title>
</head>
<body><main><h1>This request could not be read</h1><p>{}</p>
<p>Go back to the <a href="/">home page</a>.</p></main></body>
</html>
"""


def for_api(request) -> bool:
    return request.path.startswith("/api/")  # API clients read JSON, whatever went wrong


def bad_request(request, exception=None):
    # Not Django's own view, which reads the form again for its CSRF token: a body that could
    # not be read the first time (a charset other than UTF-8, too many fields) fails again,
    # and the 400 becomes a 500. Nothing here reads the request beyond its path.
    if isinstance(exception, RequestDataTooBig):
        reason = "The request is too large."
    elif isinstance(exception, TooManyFieldsSent):
        reason = "The request has too many fields."
    elif isinstance(exception, BadRequest):
        reason = str(exception)  # written for the client: what to send instead
    else:  # other suspicious requests (a host not served, say): no details for a prober
        reason = "The request is not valid."
    if for_api(request):
        return JsonResponse({"message": reason}, status=400)
    return HttpResponseBadRequest(format_html(BAD_REQUEST_PAGE, reason))


def page_not_found(request, exception=None):
    if for_api(request):
        return JsonResponse({"message": "Not found."}, status=404)
    return render(request, "404.html", status=404)


def server_error(request):
    if for_api(request):
        return JsonResponse({"message": "Something went wrong on our side."}, status=500)
    # No context processors or database: the error may be the database itself.
    return HttpResponseServerError(loader.get_template("500.html").render())
