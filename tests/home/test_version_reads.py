"""Within one request the site-wide version is read once; a change made meanwhile still counts."""

import pytest

from home import caching

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_request():
    caching.remember_version()
    yield
    caching.forget_version()


def test_fragments_of_one_request_read_the_version_once(one_request, monkeypatch):
    reads = []
    real = caching.content_version
    monkeypatch.setattr(caching, "content_version", lambda: reads.append(1) or real())
    assert caching.cached("one", lambda: "menu") == "menu"
    assert caching.cached("two", lambda: "practice") == "practice"
    assert len(reads) == 1


def test_a_change_made_during_the_request_is_seen_by_later_fragments(one_request):
    assert caching.cached("details", lambda: "before") == "before"
    caching.bump_content_version()
    assert caching.cached("details", lambda: "after") == "after"


def test_outside_a_request_the_version_is_read_every_time(monkeypatch):
    caching.forget_version()
    reads = []
    real = caching.content_version
    monkeypatch.setattr(caching, "content_version", lambda: reads.append(1) or real())
    caching.cached("one", lambda: 1)
    caching.cached("two", lambda: 2)
    assert len(reads) == 2
