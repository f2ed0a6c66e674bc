"""Fixtures of the webhook tests: a site, and a receiver on loopback started for each test."""

import pytest

from tests.home.factories import make_site
from tests.webhooks.factories import Receiver


@pytest.fixture
def home():
    return make_site()


@pytest.fixture
def receiver():
    receiver = Receiver().start()
    yield receiver
    receiver.stop()
