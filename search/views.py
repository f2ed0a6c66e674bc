"""The /search/ page: editors' picks first, then every live public page that matches."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import render
from django.utils.safestring import SafeString
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, Site

from home.caching import PAGES_KEY, cached
from home.pagination import page_number, paginate
from home.registry import registry
from home.visibility import visible as visible_to_visitors
from search.snippets import excerpt, page_text, search_terms
from search.tasks import count_search

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10


@dataclass
class Result:
    """One line of the results list: a page of this site or an editor's outside link."""

    title: str
    url: str
    section: str = ""
    snippet: SafeString | str = ""
    recommended: bool = False


def clean_query(values: list[str]) -> tuple[str, bool]:
    """The first non-empty ``q``: printable, on one line, at most MAX_QUERY_LENGTH characters.

    Returns the query and whether it had to be shortened.
    """
    raw = next((value for value in values if value.strip()), "")
    text = "".join(
        " " if char.isspace() else char
        for char in raw
        # Control characters (NUL included), lone surrogates and the replacement character
        # left by bytes that were not UTF-8 cannot be searched for.
        if char.isspace() or (unicodedata.category(char)[0] != "C" and char != "\ufffd")
    )
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    kept = text[:MAX_QUERY_LENGTH]
    if text[MAX_QUERY_LENGTH] != " " and " " in kept:
        kept = kept.rsplit(" ", 1)[0]  # a cut word would be searched for as a different word
    return kept.rstrip(), True


def sections_for(pages: list[Page], site_root: Page) -> dict[int, str]:
    """Each page's section (its parent's title), with every parent loaded in one query."""
    parent_paths = {page.path[: -Page.steplen] for page in pages if page.depth > site_root.depth}
    parents = Page.objects.filter(path__in=parent_paths).only("title", "path", "depth")
    titles = {
        parent.path: "Home" if parent.depth == site_root.depth else parent.title
        for parent in parents
    }
    return {page.pk: titles.get(page.path[: -Page.steplen], "") for page in pages}


def page_result(page: Page, request, terms: list[str], section: str, **extra) -> Result:
    snippet = excerpt(page_text(page), terms) or getattr(page, "card_intro", "")
    return Result(
        title=page.title,
        url=page.get_url(request) or "",
        section=section,
        snippet=snippet,
        **extra,
    )


def suggested_pages(visible, request) -> list[tuple[str, str]]:
    """Places to start from when there is nothing (or nothing yet) to show: modalities, FAQ."""
    if not registry.search_suggestions:
        return []
    pages = visible.type(*registry.search_suggestions).only("title", "url_path", "path", "depth")
    return [(page.title, page.get_url(request)) for page in pages]


def pick_result(pick, page: Page | None, request, terms: list[str], section: str) -> Result:
    """An editor's pick for the query: a page of this site or an address elsewhere."""
    if page is None:
        return Result(
            title=pick.external_link_text or pick.external_link_url,
            url=pick.external_link_url,
            snippet=pick.description,
            recommended=True,
        )
    result = page_result(page, request, terms, section, recommended=True)
    result.snippet = pick.description or result.snippet
    return result


def search(request):
    query, shortened = clean_query(request.GET.getlist("q"))
    number = page_number(request)
    site = Site.find_for_request(request)
    if query:
        count_search.enqueue(query)
    # The same words find the same pages until something is published or edited.
    digest = hashlib.sha256(query.encode()).hexdigest()
    context = cached(
        f"search:{site.pk if site else 0}:{number}:{digest}",
        lambda: results_context(request, query, number, site),
        depends=[PAGES_KEY],  # and every page change
    )
    return render(request, "search.html", {**context, "shortened": shortened})


def results_context(request, query: str, number: int, site) -> dict:
    site_root = site.root_page if site else Page.get_first_root_node()
    visible = visible_to_visitors(Page.objects.descendant_of(site_root, inclusive=True))
    terms = search_terms(query)
    picks = list(Query.get(query).editors_picks.all()) if query else []

    # Editors' picks lead page 1; the search's own results follow and fill the pages after it.
    pick_ids = [pick.page_id for pick in picks if pick.page_id]
    pick_pages = (
        {page.pk: page for page in visible.filter(pk__in=pick_ids).specific()} if pick_ids else {}
    )
    picks = [
        pick
        for pick in picks
        if pick.page_id in pick_pages or (not pick.page_id and pick.external_link_url)
    ]
    # Only words reach the search backend: quotes and operators mean something to SQLite's FTS.
    found = visible.exclude(pk__in=pick_ids).specific().search(" ".join(terms)) if terms else None
    total = len(picks) + (found.count() if found is not None else 0)

    start = (number - 1) * PAGE_SIZE
    if number > 1 and start >= total:
        raise Http404("No such page of results.")
    shown_picks = picks[start : start + PAGE_SIZE]
    first_found = max(0, start - len(picks))
    wanted = PAGE_SIZE - len(shown_picks)
    pages = list(found[first_found : first_found + wanted]) if found is not None and wanted else []
    shown_pages = [pick_pages[pick.page_id] for pick in shown_picks if pick.page_id] + pages
    sections = sections_for(shown_pages, site_root) if shown_pages else {}

    results = [
        pick_result(
            pick, pick_pages.get(pick.page_id), request, terms, sections.get(pick.page_id, "")
        )
        for pick in shown_picks
    ] + [page_result(page, request, terms, sections[page.pk]) for page in pages]

    context = {
        "query": query,
        "results": results,
        "total": total,
        "number": number,
        "first_number": start + 1,
        "pages": paginate(number, start + PAGE_SIZE < total, q=query),
    }
    if not results:
        context["suggestions"] = suggested_pages(visible, request)
    return context
