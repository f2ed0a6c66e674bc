"""Where sections and features plug into the page core, from their ``AppConfig.ready()``.

The core calls what is registered here and never imports a section or a feature itself, so
a section can be added or left out without touching ``home``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DashboardAction:
    """A button on the dashboard's first panel. ``url(request)`` may return None to hide it."""

    label: str
    url: Callable[[Any], str | None]
    primary: bool = False
    icon: str = ""
    order: int = 100


@dataclass(frozen=True)
class PreviewMode:
    """A preview mode every page offers beside the site's own rendering."""

    name: str
    label: str
    serve: Callable[[Any, Any], Any]  # (page, request) -> response


@dataclass
class Registry:
    # Models whose saving or deleting changes what visitors see (home.invalidation works out
    # which pages: those that show them, every page, or only the listings).
    content_models: list[type] = field(default_factory=list)
    # Content models every page shows (menus, practice details): a change moves every page on.
    site_wide_models: list[type] = field(default_factory=list)
    # Content models shown only where pages refer to them (the reference index knows where).
    referenced_models: list[type] = field(default_factory=list)
    # Content models that change only what lists pages (search results, redirects).
    page_list_models: list[type] = field(default_factory=list)
    # Page models whose pages every page shows (the practice's offers in its JSON-LD).
    site_wide_pages: list[type] = field(default_factory=list)
    # (request, site) -> schema.org Offer nodes of the practice's catalogue.
    offers: list[Callable] = field(default_factory=list)
    # (site_root, count) -> the newest writing pages under it, newest first.
    latest_writing: list[Callable] = field(default_factory=list)
    # Page models suggested on the search page when nothing is found.
    search_suggestions: list[type] = field(default_factory=list)
    dashboard_actions: list[DashboardAction] = field(default_factory=list)
    # (request) -> HTML of a section of the dashboard's first panel, after the drafts.
    dashboard_sections: list[Callable] = field(default_factory=list)
    preview_modes: list[PreviewMode] = field(default_factory=list)
    # (context) -> attributes for the page's <h1>, for editors' tools (the SEO checks).
    heading_attributes: list[Callable] = field(default_factory=list)
    # (app label, model name, Editors' actions, Contributors' actions) on snippets and settings.
    roles: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    # name -> (page, request) -> JSON: page data that a feature computes (the JSON-LD graph).
    page_data: dict[str, Callable] = field(default_factory=dict)

    def add_content_models(self, *models: type) -> None:
        self.content_models.extend(model for model in models if model not in self.content_models)

    def add_role_model(
        self, label: str, model: str, editors=("add", "change", "delete"), contributors=()
    ):
        self.roles.append((label, model, tuple(editors), tuple(contributors)))

    def newest_writing(self, site_root, count: int) -> list:
        if count <= 0:
            return []
        pieces = [piece for source in self.latest_writing for piece in source(site_root, count)]
        pieces.sort(key=lambda page: page.date, reverse=True)
        return pieces[:count]


registry = Registry()
