"""Counters of attempts in the shared cache, so every app process counts against one limit."""

from __future__ import annotations

import hashlib
import ipaddress
from dataclasses import dataclass

from django.conf import settings

from home.caching import shared_cache
from home.requests import client_address


@dataclass(frozen=True)
class Throttle:
    """At most ``limit`` attempts per key in ``window`` seconds, read from settings when used
    (so a deployment, or a test, can change them)."""

    name: str
    limit_setting: str
    window_setting: str

    @property
    def limit(self) -> int:
        return getattr(settings, self.limit_setting)

    @property
    def window(self) -> int:
        return getattr(settings, self.window_setting)

    def key(self, *parts: object) -> str:
        # Hashed: an email address or a visitor's address never appears in a cache key.
        digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
        return f"stillpoint:throttle:{self.name}:{digest}"

    def used(self, *parts: object) -> int:
        return shared_cache().get(self.key(*parts), 0)

    def exhausted(self, *parts: object) -> bool:
        return self.used(*parts) >= self.limit

    def hit(self, *parts: object) -> int:
        """Count one attempt; returns how many this window holds, this one included."""
        counter, key = shared_cache(), self.key(*parts)
        counter.add(key, 0, self.window)
        try:
            return counter.incr(key)
        except ValueError:  # expired between add and incr
            counter.set(key, 1, self.window)
            return 1

    def minutes(self) -> int:
        return max(1, round(self.window / 60))


PASSWORD_RESET_BY_ADDRESS = Throttle(
    "reset-address", "PASSWORD_RESET_RATE_LIMIT", "PASSWORD_RESET_RATE_WINDOW"
)
PASSWORD_RESET_BY_EMAIL = Throttle(
    "reset-email", "PASSWORD_RESET_RATE_LIMIT", "PASSWORD_RESET_RATE_WINDOW"
)
PRIVATE_PASSWORD = Throttle(
    "private-password", "PRIVATE_PASSWORD_RATE_LIMIT", "PRIVATE_PASSWORD_RATE_WINDOW"
)


def login_address(request) -> str | None:
    """The visitor's address as django-axes stores it: a valid IP address, or None.

    An address column refuses anything else, and a forged X-Forwarded-For entry must not turn
    a failed sign-in into a server error; such attempts share one count.
    """
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
