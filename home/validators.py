"""Validators shared by models and forms."""

from django.core.validators import URLValidator

CANONICAL_MESSAGE = "Enter a full address starting with https:// (or http://)."


def validate_canonical(value: str) -> None:
    URLValidator(schemes=["http", "https"], message=CANONICAL_MESSAGE)(value)
