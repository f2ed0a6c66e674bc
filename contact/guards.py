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


def _read(store, key: str) -> int | None:
    """How many are counted in ``key``; None when the store did not answer."""
    try:
        return int(store.get(key) or 0)
    except OSError:
        return None


def _messages_key(address: str) -> str:
    return f"stillpoint:contact:{address}"


def too_many_messages(address: str) -> bool:
    """Whether this address has already sent CONTACT_RATE_LIMIT messages in the window.

    Only messages that were kept are counted (``count_message``): a form sent back for a
    mistake, or refused, costs the visitor nothing.
    """
    key = _messages_key(address)
    sent = _read(shared_cache(), key)
    here = _read(_here, key) or 0
    # This process's own count stands in for the shared one when that did not answer.
    return max(sent or 0, here) >= settings.CONTACT_RATE_LIMIT


def count_message(address: str) -> None:
    """One more message kept from this address, for CONTACT_RATE_WINDOW seconds."""
    key = _messages_key(address)
    window = settings.CONTACT_RATE_WINDOW
    if _count(shared_cache(), key, window) is None:
        _count(_here, key, window)


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
