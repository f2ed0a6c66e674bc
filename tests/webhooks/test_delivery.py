"""Publishing sends signed events to subscribed endpoints, after commit, with retries, in order.

Each test starts a real HTTP receiver on loopback. Tasks run on the immediate backend here, so a
retry runs at once (the back-off needs a backend that can defer); the test of order runs the
database backend's worker instead, where retries go back in the queue behind later events.
"""

import pytest
from django.core.management import call_command
from django.test import override_settings
from standardwebhooks.webhooks import Webhook

from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.conftest import _restore_wagtail_roots as restore_wagtail_roots
from tests.home.factories import PracticeSettingsFactory, StandardPageFactory
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import QuestionFactory
from tests.webhooks.factories import EndpointFactory
from webhooks.models import Delivery, Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def endpoint(receiver):
    return EndpointFactory(url=receiver.url)


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Runs what waits for the commit (recording and sending events) as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_publishing_sends_an_event_the_receiver_can_verify(home, endpoint, receiver, commits):
    blog = BlogIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=blog, title="Rest after a session")
    receiver.received.clear()
    with commits():
        article.save_revision().publish()
    [request] = receiver.received
    # The Standard Webhooks library checks the id, timestamp and signature headers.
    event = Webhook(endpoint.secret).verify(request.body, request.headers)
    assert event["type"] == "page.published"
    assert event["data"] == {
        "id": article.pk,
        "type": "blog.ArticlePage",
        "title": "Rest after a session",
        "url": article.get_full_url(),
        "api_url": f"http://127.0.0.1:8000/api/v2/pages/{article.pk}/",
    }
    delivery = Delivery.objects.get(event="page.published", subject=f"page:{article.pk}")
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 1, 200)
    assert delivery.response_start == "ok"
    assert request.headers["webhook-id"] == delivery.message_id


def test_a_tampered_body_does_not_verify(home, endpoint, receiver, commits):
    page = StandardPageFactory(parent=home)
    receiver.received.clear()
    with commits():
        page.save_revision().publish()
    [request] = receiver.received
    with pytest.raises(Exception, match="signature"):
        Webhook(endpoint.secret).verify(request.body.replace("page", "Page"), request.headers)


def test_a_draft_save_sends_nothing(home, endpoint, receiver, commits):
    page = StandardPageFactory(parent=home)
    receiver.received.clear()
    Delivery.objects.all().delete()
    page.title = "A new title, not yet published"
    with commits():
        page.save_revision()
    assert receiver.received == []
    assert not Delivery.objects.exists()


def test_nothing_is_sent_before_the_transaction_commits(home, endpoint, receiver):
    page = StandardPageFactory(parent=home)
    receiver.received.clear()
    page.save_revision().publish()  # inside the test's transaction, never committed
    assert receiver.received == []


def test_unpublish_move_and_delete_are_sent(home, endpoint, receiver, commits):
    blog = BlogIndexPageFactory(parent=home)
    other = StandardPageFactory(parent=home, title="Writing", slug="writing")
    article = ArticlePageFactory(parent=blog, slug="quiet-hands")
    old_url = article.get_full_url()
    receiver.received.clear()
    with commits():
        article.unpublish()
        article.save_revision().publish()
        article.move(other, pos="last-child")
    with commits():
        article.refresh_from_db()
        article.delete()
    # Wagtail unpublishes a live page as it deletes it: both are announced.
    assert receiver.events == [
        "page.unpublished",
        "page.published",
        "page.moved",
        "page.unpublished",
        "page.deleted",
    ]
    moved = receiver.received[2].event["data"]
    assert moved["old_url"] == old_url
    assert moved["url"].endswith("/writing/quiet-hands/")


def test_snippets_pictures_and_practice_details_are_sent(home, endpoint, receiver, commits):
    with commits():
        question = QuestionFactory()
        picture = SiteImageFactory()
        practice = PracticeSettingsFactory()
    data = {item.event["type"]: item.event["data"] for item in receiver.received}
    assert data["snippet.changed"] == {"model": "modalities.Question", "id": question.pk}
    assert data["image.changed"]["id"] == picture.pk
    assert data["image.changed"]["api_url"].endswith(f"/api/v2/images/{picture.pk}/")
    assert data["practice.changed"]["id"] == practice.pk


def test_only_subscribed_events_reach_an_endpoint(home, receiver, commits):
    EndpointFactory(url=receiver.url, events=[Event.PAGE_UNPUBLISHED])
    page = StandardPageFactory(parent=home)
    with commits():
        page.save_revision().publish()
        page.unpublish()
    assert receiver.events == ["page.unpublished"]


def test_pages_in_private_sections_are_not_announced(home, endpoint, receiver, commits):
    page = StandardPageFactory(parent=home)
    page.view_restrictions.create(restriction_type="login")
    receiver.received.clear()
    with commits():
        page.save_revision().publish()
    assert receiver.received == []


def test_an_error_is_retried_with_the_same_id(home, endpoint, receiver, commits):
    page = StandardPageFactory(parent=home)
    receiver.received.clear()
    receiver.answers = [500, 503]
    with commits():
        page.save_revision().publish()
    assert [r.headers["webhook-id"] for r in receiver.received] == [
        receiver.received[0].headers["webhook-id"]
    ] * 3
    delivery = Delivery.objects.get(subject=f"page:{page.pk}", event="page.published")
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 3, 200)


@override_settings(WEBHOOKS_MAX_ATTEMPTS=3)
def test_an_endpoint_that_keeps_failing_is_marked_failed(home, endpoint, receiver, commits):
    page = StandardPageFactory(parent=home)
    receiver.received.clear()
    receiver.answers = [500] * 10
    with commits():
        page.save_revision().publish()
    assert len(receiver.received) == 3
    delivery = Delivery.objects.get(subject=f"page:{page.pk}", event="page.published")
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("failed", 3, 500)
    assert delivery.response_start == "something broke on the receiving side"


@override_settings(WEBHOOKS_MAX_ATTEMPTS=2, WEBHOOKS_TIMEOUT=0.2)
def test_a_slow_endpoint_times_out_and_is_retried(home, endpoint, receiver, commits):
    page = StandardPageFactory(parent=home)
    receiver.received.clear()
    receiver.delay = 1.0
    with commits():
        page.save_revision().publish()
    delivery = Delivery.objects.get(subject=f"page:{page.pk}", event="page.published")
    assert (delivery.status, delivery.attempts) == ("failed", 2)
    assert "timed out" in delivery.response_start


def test_an_address_turned_private_is_refused_when_sending(home, endpoint, receiver, commits):
    page = StandardPageFactory(parent=home)
    receiver.received.clear()
    with override_settings(WEBHOOKS_ALLOW_PRIVATE=False), commits():
        page.save_revision().publish()
    assert receiver.received == []
    delivery = Delivery.objects.get(subject=f"page:{page.pk}", event="page.published")
    assert (delivery.status, delivery.attempts) == ("failed", 1)
    assert "127.0.0.1" in delivery.response_start


DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def committed(transactional_db):
    """Real commits, as the worker sees them: it opens and closes connections of its own, which
    a test's outer transaction would not survive on PostgreSQL."""
    restore_wagtail_roots()


@override_settings(TASKS=DATABASE_TASKS, WEBHOOKS_RETRY_DELAY=0)
def test_events_about_one_page_arrive_in_order_despite_a_retry(
    committed, home, endpoint, receiver, commits
):
    """The first event fails once and goes back in the worker's queue behind the two later
    ones; they wait for it, so the receiver still gets published, unpublished, published."""
    page = StandardPageFactory(parent=home)
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    receiver.received.clear()
    receiver.answers = [500]
    with commits():
        page.save_revision().publish()
        page.unpublish()
        page.save_revision().publish()
    assert receiver.received == []  # enqueued for the worker, not sent while publishing
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert receiver.events == [
        "page.published",
        "page.published",
        "page.unpublished",
        "page.published",
    ]
    statuses = Delivery.objects.filter(subject=f"page:{page.pk}").values_list("status", flat=True)
    assert set(statuses) == {"delivered"}
