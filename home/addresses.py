"""Which addresses the site itself may send requests to (webhooks, pictures fetched by the
importer): http(s) only, and never this machine or a private network unless a setting says so.

Webhooks check when an endpoint is saved and again before each attempt, on the addresses the
name resolves to then, and connect to the address that was checked, so a name that resolves
elsewhere between the check and the connection (DNS rebinding) gains nothing.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings


class AddressRefused(Exception):
    """Why nothing may be sent to this URL, in words for the admin form, a report or the log."""


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str
    address: str  # the checked IP address to connect to


def allowed_networks(setting: str) -> list | None:
    """Private networks allowed by the setting: None for none, [] for all of them."""
    allow = getattr(settings, setting, False)
    if allow is True:
        return []
    if not allow:
        return None
    return [ipaddress.ip_network(network, strict=False) for network in allow]


def is_refused(address: str, setting: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_global and not ip.is_multicast:
        return False
    allowed = allowed_networks(setting)
    if allowed is None:
        return True
    return bool(allowed) and not any(ip in network for network in allowed)


def check_url(url: str, setting: str = "WEBHOOKS_ALLOW_PRIVATE", use: str = "webhooks") -> Target:
    """The address to send to, or ``AddressRefused`` saying why not; ``setting`` names the
    private networks allowed, ``use`` what the address is for, in the messages."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise AddressRefused(f"This is not a valid address: {error}.") from error
    if parts.scheme not in ("http", "https"):
        raise AddressRefused(f"Only http:// and https:// addresses are allowed for {use}.")
    if not parts.hostname:
        raise AddressRefused("The address needs a host name.")
    if parts.username or parts.password:
        raise AddressRefused("Put no user name or password in the address.")
    try:
        found = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise AddressRefused(f"{parts.hostname} cannot be found ({error}).") from error
    addresses = [info[4][0] for info in found]
    refused = [address for address in addresses if is_refused(address, setting)]
    if not addresses:
        raise AddressRefused(f"{parts.hostname} leads to no address.")
    if refused:
        where = (
            parts.hostname if refused[0] == parts.hostname else f"{parts.hostname} ({refused[0]})"
        )
        raise AddressRefused(
            f"{where} is on this machine or a private network: {use} may only use public addresses."
        )
    path = parts.path or "/"
    return Target(
        scheme=parts.scheme,
        host=parts.hostname,
        port=port,
        path=f"{path}?{parts.query}" if parts.query else path,
        address=addresses[0],
    )
