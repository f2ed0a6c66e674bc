"""Headless preview: the editor's draft as the same JSON the pages endpoint gives, by signed link."""

from django.conf import settings
from django.core import signing
from django.shortcuts import render
from django.urls import reverse
from rest_framework.response import Response

from api.models import PagePreview
from api.router import api_router
from api.views import PagesEndpoint, read_only


class PreviewEndpoint(PagesEndpoint):
    def preview_view(self, request):
        try:
            page = PagePreview.page_for_token(
                request.GET.get("token", ""), max_age=settings.PREVIEW_TOKEN_SECONDS
            )
        except signing.SignatureExpired:
            return Response({"message": "This preview link has expired."}, status=403)
        except signing.BadSignature:
            return Response({"message": "This preview link is not valid."}, status=403)
        self._cached_object = page
        response = Response(self.get_serializer(page).data)
        response["Cache-Control"] = "private, no-store"
        return response

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["view"] = self
        return context


@read_only
def preview_view(request):
    request.wagtailapi_router = api_router
    view = PreviewEndpoint.as_view({"get": "preview_view"})
    return view(request)


def serve_headless_preview(page, request):
    """What the editor's "Headless (JSON)" preview mode shows: the link to hand to a front end."""
    preview = PagePreview.for_page(page)
    url = request.build_absolute_uri(f"{reverse('api_preview')}?token={preview.token}")
    return render(
        request,
        "api/headless_preview.html",
        {"page": page, "preview_url": url, "minutes": settings.PREVIEW_TOKEN_SECONDS // 60},
    )
