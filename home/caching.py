"""A site-wide content version, changed whenever anything a visitor sees is published or edited.

What every page repeats (the menu, the practice's details) is cached under this version, so it
is worked out once after each change instead of once per request.
"""

import uuid

from django.core.cache import cache

VERSION_KEY = "stillpoint:content-version"
TIMEOUT = 24 * 60 * 60


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_content_version(**_kwargs) -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def cached(name: str, compute):
    """``compute()`` cached until the next content change."""
    return cache.get_or_set(f"stillpoint:{name}:{content_version()}", compute, TIMEOUT)
