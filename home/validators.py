"""Validators shared by models and forms, and the search-appearance limits every check uses."""

from django.core.validators import URLValidator

CANONICAL_MESSAGE = "Enter a full address starting with https:// (or http://)."
# Search results show about this many characters of a title; the editor refuses past the max.
SEO_TITLE_TARGET = 60
SEO_TITLE_MAX = 70
# A meta description search engines show whole and find long enough to use.
DESCRIPTION_MIN = 50
DESCRIPTION_MAX = 160


def validate_canonical(value: str) -> None:
    URLValidator(schemes=["http", "https"], message=CANONICAL_MESSAGE)(value)
