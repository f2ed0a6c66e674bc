"""The page listing's tree and tag filters, as the OpenAPI document describes them.

Wagtail's own filters refuse with a 400 what a well-formed query may ask: a page id that names
no page (answered here with a 404, as a detail would be), ``child_of`` together with
``descendant_of`` (here both apply), and ``tags`` without ``type`` (here: pages of every type
with that tag).
"""

from __future__ import annotations

from django.db.models import Q
from rest_framework.exceptions import NotFound
from wagtail.api.v2 import filters
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page, get_page_models
from wagtail.search.backends.base import FilterFieldError


def _missing_page_is_not_found(filter_class):
    class Filter(filter_class):
        def filter_queryset(self, request, queryset, view):
            try:
                return super().filter_queryset(request, queryset, view)
            except BadRequestError as error:
                if isinstance(error.__cause__, Page.DoesNotExist):
                    raise NotFound(str(error).replace("doesn't", "does not")) from error
                raise

    Filter.__name__ = filter_class.__name__
    Filter.__doc__ = filter_class.__doc__
    return Filter


ChildOfFilter = _missing_page_is_not_found(filters.ChildOfFilter)
AncestorOfFilter = _missing_page_is_not_found(filters.AncestorOfFilter)
TranslationOfFilter = _missing_page_is_not_found(filters.TranslationOfFilter)


class DescendantOfFilter(_missing_page_is_not_found(filters.DescendantOfFilter)):
    """Descendants of a page; with ``child_of`` too, the children that are also descendants."""

    def filter_queryset(self, request, queryset, view):
        parent = getattr(queryset, "_filtered_by_child_of", None)
        if parent is None:
            return super().filter_queryset(request, queryset, view)
        del queryset._filtered_by_child_of
        queryset = super().filter_queryset(request, queryset, view)
        queryset._filtered_by_child_of = parent
        return queryset


class AnyTypeTagsFilter:
    """``?tags=`` on a listing of a type without tags (all pages, say): the pages of every
    tagged type with that tag. A type with tags is filtered by Wagtail's field filter."""

    def filter_queryset(self, request, queryset, view):
        name = request.GET.get("tags")
        model = queryset.model
        if name is None or any(field.name == "tags" for field in model._meta.get_fields()):
            return queryset
        tagged = Q(pk__in=[])
        for page_model in get_page_models():
            if page_model._meta.abstract or not any(
                field.name == "tags" for field in page_model._meta.get_fields()
            ):
                continue
            tagged |= Q(pk__in=page_model.objects.filter(tags__name=name).values("pk"))
        return queryset.filter(tagged)


class SearchAfterFiltersFilter(filters.SearchFilter):
    """Searches the pages (or images, documents) the other filters chose, whatever fields they
    filtered on: the search index knows only some fields, so the filtered items are passed to
    it by id."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        try:
            return super().filter_queryset(request, queryset, view)
        except BadRequestError as error:
            if not isinstance(error.__cause__, FilterFieldError) and not getattr(
                queryset, "_filtered_by_tag", False
            ):
                raise
        chosen = queryset.model._default_manager.filter(pk__in=queryset.order_by().values("pk"))
        return super().filter_queryset(request, chosen.order_by(*queryset.query.order_by), view)
