"""The /search/ page."""

from django.shortcuts import render


def search(request):
    return render(request, "search.html", {"query": request.GET.get("q", "")})
