"""What a kept page or API item depends on: the version keys of the page itself and of the
sections above it (a renamed or moved section changes the addresses below it)."""

from __future__ import annotations

from wagtail.models import Page

from home.caching import page_version_key, pages_version, tree_version_key


class _Sections:
    """The ids of the pages at the paths above others (sections), kept by each process until
    any page changes (the pages version: a page made, moved or deleted) or the site-wide version
    moves; asked of the database while the shared cache does not answer."""

    def __init__(self):
        # The versions they were read under and the ids by path, replaced together: threads
        # share them.
        self.kept: tuple[str | None, dict[str, int | None]] = (None, {})

    def ids(self, paths: set[str]) -> dict[str, int]:
        if not paths:
            return {}
        under = pages_version()
        kept_under, known = self.kept
        if under is None or kept_under != under:
            known = {}
        if missing := paths - known.keys():
            found = dict(Page.objects.filter(path__in=missing).values_list("path", "pk"))
            known = {**known, **dict.fromkeys(missing), **found}
            if under is not None:
                self.kept = (under, known)
        return {path: known[path] for path in paths if known[path] is not None}


_sections = _Sections()


def page_depends(pages) -> dict[int, list[str]]:
    """For each page, the version keys of what it shows: its own and those of the trees above
    it (a renamed or moved section), as the page cache keeps a page; one query for them all."""
    step = Page.steplen
    above = {
        page.pk: [page.path[:end] for end in range(2 * step, len(page.path), step)]
        for page in pages
    }
    ids = _sections.ids({path for prefixes in above.values() for path in prefixes})
    return {
        pk: [
            page_version_key(pk),
            *(tree_version_key(ids[path]) for path in prefixes if path in ids),
        ]
        for pk, prefixes in above.items()
    }
