"""Pages of results: the page number asked for, and the links to the pages beside it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.http import Http404
from django.utils.http import urlencode

PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")


def page_number(request) -> int:
    """The ``page`` asked for; anything but a positive whole number is not a page (404).

    Not "0", "²" or a number no database can hold.
    """
    raw = request.GET.get("page", "1")
    if not PAGE_NUMBER.fullmatch(raw):
        raise Http404("No such page of results.")
    return int(raw)


@dataclass(frozen=True)
class Pagination:
    """Where a page of results stands, as the pagination nav shows it."""

    number: int
    previous_url: str = ""
    next_url: str = ""


def paginate(number: int, has_next: bool, **query) -> Pagination:
    """Links to the pages before and after ``number``, keeping the other ``query`` parameters.

    Page 1 is linked without ``page`` when other parameters remain (``?q=sleep``).
    """

    def link(target: int) -> str:
        page = {"page": target} if target > 1 or not query else {}
        return "?" + urlencode({**query, **page})

    return Pagination(
        number=number,
        previous_url=link(number - 1) if number > 1 else "",
        next_url=link(number + 1) if has_next else "",
    )
