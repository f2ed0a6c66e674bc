"""Error views that render the site's own 404 and 500 pages."""

from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    if request.path.startswith("/api/"):  # API clients read JSON, even for a wrong address
        return JsonResponse({"message": "Not found."}, status=404)
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors or database: the error may be the database itself.
    return HttpResponseServerError(loader.get_template("500.html").render())
