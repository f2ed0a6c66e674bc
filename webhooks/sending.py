"""One attempt to send a signed event (Standard Webhooks) to the address that was checked."""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import socket
import ssl
import time
from dataclasses import dataclass

from django.conf import settings

from home.addresses import AddressRefused, Target, check_url

# The answer's first bytes kept in the log: enough to read an error message.
KEPT_BYTES = 500
USER_AGENT = "Stillpoint-Webhooks/1"


def sign(secret: str, message_id: str, timestamp: int, body: str) -> str:
    """The webhook-signature header: ``v1,`` and the base64 HMAC-SHA256 of id.timestamp.body."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{message_id}.{timestamp}.{body}".encode()
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


@dataclass(frozen=True)
class Outcome:
    delivered: bool
    retry: bool  # worth another attempt later
    status: int | None
    text: str


class PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the checked address, whatever the host name resolves to now."""

    def __init__(self, target: Target, timeout: float):
        super().__init__(target.host, target.port, timeout=timeout)
        self.target = target

    def connect(self):
        self.sock = socket.create_connection((self.target.address, self.port), self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As above, with TLS checked against the host name (SNI and certificate)."""

    def __init__(self, target: Target, timeout: float):
        super().__init__(
            target.host, target.port, timeout=timeout, context=ssl.create_default_context()
        )
        self.target = target

    def connect(self):
        sock = socket.create_connection((self.target.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.target.host)


def send(url: str, secret: str, message_id: str, body: str) -> Outcome:
    """POST the event once. Redirects are not followed (they could lead anywhere)."""
    try:
        target = check_url(url)
    except AddressRefused as refusal:
        return Outcome(delivered=False, retry=False, status=None, text=str(refusal))
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, message_id, timestamp, body),
    }
    connection_class = PinnedHTTPSConnection if target.scheme == "https" else PinnedHTTPConnection
    connection = connection_class(target, timeout=settings.WEBHOOKS_TIMEOUT)
    try:
        connection.request("POST", target.path, body=body.encode(), headers=headers)
        response = connection.getresponse()
        start = response.read(KEPT_BYTES).decode("utf-8", errors="replace")
    except (OSError, http.client.HTTPException) as error:
        # Refused, reset, timed out, or not speaking HTTP: the endpoint may be back later.
        return Outcome(delivered=False, retry=True, status=None, text=f"No answer: {error!r}")
    finally:
        connection.close()
    delivered = 200 <= response.status < 300
    return Outcome(delivered=delivered, retry=not delivered, status=response.status, text=start)
