"""A site-wide content version, changed whenever anything a visitor sees is published or edited.

What every page repeats (the menu, the practice's details) is cached under this version, so it
is worked out once after each change instead of once per request.
"""

import uuid

from django.core.cache import cache, caches
from django.db import transaction

VERSION_KEY = "stillpoint:content-version"
TIMEOUT = 24 * 60 * 60


def shared_cache():
    # Shared by every process (a file or Redis), unlike the default local-memory cache.
    return caches["shared"]


def content_version() -> str:
    versions = shared_cache()
    version = versions.get(VERSION_KEY)
    if version is None:
        versions.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = versions.get(VERSION_KEY)
    return version


def bump_content_version(**_kwargs) -> None:
    """Move the version on now, and again once the change is committed.

    The second move closes the window in which another request could read the old rows
    under the new version (editors' saves run inside a transaction).
    """

    def bump():
        shared_cache().set(VERSION_KEY, uuid.uuid4().hex, None)

    bump()
    transaction.on_commit(bump)


def cached(name: str, compute, timeout: int = TIMEOUT):
    """``compute()`` cached until the next content change."""
    return cache.get_or_set(f"stillpoint:{name}:{content_version()}", compute, timeout)
