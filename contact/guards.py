"""The contact form's shared counters: messages per address, and anti-bot tokens already used.

Both live in the shared cache, so every app process agrees. When it cannot answer (Redis down),
this process counts on its own: a person is never refused for it, and a token is still not
accepted twice by the same process.
"""

import contextlib
import hashlib

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache

from home.caching import shared_cache

# This process's own memory, for when the shared cache does not answer; bounded.
_here = LocMemCache("stillpoint-contact", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


def _count(store, key: str, window: int) -> int | None:
    """One more in ``key`` for ``window`` seconds; None when the store did not answer."""
    try:
        store.add(key, 0, window)
        return store.incr(key)
    except ValueError:  # expired between add and incr
        store.set(key, 1, window)
        return 1
    except OSError:  # the file-based shared cache: a full or read-only disk
        return None


def too_many_messages(address: str) -> bool:
    """Whether this address has sent more than CONTACT_RATE_LIMIT messages in the window."""
    key = f"stillpoint:contact:{address}"
    window = settings.CONTACT_RATE_WINDOW
    attempts = _count(shared_cache(), key, window)
    if attempts is None:
        attempts = _count(_here, key, window)
    return attempts > settings.CONTACT_RATE_LIMIT


def _token_key(token: str) -> str:
    return "stillpoint:contact:used:" + hashlib.sha256(token.encode()).hexdigest()


def claim_token(token: str, lifetime: int) -> bool:
    """Mark a form's anti-bot token used; False when it was used before (a replay).

    Remembered for the token's ``lifetime``, after which it is refused as expired anyway.
    """
    key = _token_key(token)
    new_here = _here.add(key, True, lifetime)
    try:
        # True, False when already there, None when the shared cache did not answer.
        new_everywhere = shared_cache().add(key, True, lifetime)
    except OSError:
        new_everywhere = None
    return new_here and new_everywhere is not False


def release_token(token: str) -> None:
    """Forget a claim whose message could not be kept, so that sending it again works."""
    key = _token_key(token)
    _here.delete(key)
    with contextlib.suppress(OSError):
        shared_cache().delete(key)
