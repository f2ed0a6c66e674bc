"""What a request says about the visitor who sent it: their address, behind trusted proxies."""

from django.conf import settings


def client_address(request) -> str:
    """The visitor's address; behind TRUSTED_PROXIES proxies, the one the nearest proxy saw.

    Each trusted proxy appends the address it was reached from to X-Forwarded-For, so the
    Nth entry from the right is the last one a visitor cannot forge.
    """
    if settings.TRUSTED_PROXIES:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= settings.TRUSTED_PROXIES:
            return forwarded[-settings.TRUSTED_PROXIES]
    return request.META.get("REMOTE_ADDR", "")
