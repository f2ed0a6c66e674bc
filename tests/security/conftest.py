"""What the security tests share: the WSGI application gunicorn serves, called in-process."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from config.wsgi import application as wsgi_application


@pytest.fixture
def application():
    """config.wsgi's application, which builds the request as a server does (the test client
    builds its own, and would miss a crash there). It closes database connections when a
    request ends; the test's transaction lives on that connection, so not here (as Django's
    test client does too)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield wsgi_application
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
