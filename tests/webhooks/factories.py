"""Factories of webhooks: endpoints, and a receiver on loopback that records what it is sent."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import factory

from webhooks.models import Endpoint, Event

PORTS = range(8150, 8160)


@dataclass
class Received:
    headers: dict[str, str]
    body: str

    @property
    def event(self) -> dict:
        return json.loads(self.body)


@dataclass
class Receiver:
    """An HTTP server in a thread: answers the statuses of ``answers`` in turn, then 200."""

    answers: list[int] = field(default_factory=list)
    delay: float = 0.0  # seconds before each answer: a slow endpoint
    received: list[Received] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/stillpoint"

    @property
    def events(self) -> list[str]:
        return [item.event["type"] for item in self.received]

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length).decode()
                receiver.received.append(Received(dict(self.headers.items()), body))
                status = receiver.answers.pop(0) if receiver.answers else 200
                time.sleep(receiver.delay)
                answer = b"ok" if status < 400 else b"something broke on the receiving side"
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except OSError:
                    pass  # the sender gave up waiting

            def log_message(self, *args):
                pass

        for port in PORTS:
            try:
                self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
                break
            except OSError:
                continue
        else:
            raise RuntimeError("No free port for the test receiver.")
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class EndpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Endpoint

    url = "https://hooks.example.com/stillpoint"
    description = "Front-end rebuild"
    events = factory.LazyFunction(lambda: [event.value for event in Event])
    active = True
