"""The dashboard says when scheduled publishing last ran, and warns when it has stopped."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from publishing.models import PublishingHeartbeat
from publishing.scheduling import publish_due
from tests.blog.factories import BlogIndexPageFactory
from tests.home.factories import make_site
from tests.publishing.helpers import scheduled_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog():
    return BlogIndexPageFactory(parent=make_site())


@pytest.fixture
def dashboard(client):
    editor = get_user_model().objects.create_user("eden", "eden@example.com", "pw-12345678")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    def read():
        response = client.get("/admin/")
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        heading = html.find("h3", string="Scheduled publishing")
        assert heading is not None
        warning = html.select_one(".w-panel .help-block.help-warning")
        return " ".join(heading.parent.get_text().split()), warning

    return read


def ran(minutes_ago):
    PublishingHeartbeat.objects.update_or_create(
        pk=PublishingHeartbeat.SINGLETON,
        defaults={"last_run_at": timezone.now() - datetime.timedelta(minutes=minutes_ago)},
    )


def test_it_shows_the_last_run_and_what_waits(dashboard, blog):
    scheduled_article(blog, "winter-rest")
    scheduled_article(blog, "spring-walks", due=False)
    publish_due()

    text, warning = dashboard()
    assert warning is None
    assert "Last ran less than a minute ago: 1 published, 0 unpublished." in text
    assert "1 page waits for its go-live time, the next at" in text


def test_it_warns_when_it_never_ran(dashboard):
    text, warning = dashboard()
    assert warning is not None
    said = " ".join(warning.get_text().split())
    assert "Scheduled publishing is not running. It has never run." in said
    assert "manage.py worker" in warning.get_text()


def test_it_warns_when_it_stopped_while_something_is_scheduled(dashboard, blog):
    scheduled_article(blog, "winter-rest")
    scheduled_article(blog, "spring-walks", due=False)
    ran(minutes_ago=12)

    text, warning = dashboard()
    assert warning is not None
    said = " ".join(warning.get_text().split())
    assert "It last ran 12 minutes ago, and 2 pages wait for their go-live time" in said
    assert "(1 already past it)" in said


def test_a_quiet_site_with_nothing_scheduled_is_not_a_worry(dashboard, blog):
    ran(minutes_ago=12)
    text, warning = dashboard()
    assert warning is None
    assert "Last ran 12 minutes ago" in text
    assert "Nothing is waiting for its go-live time." in text


def test_a_recent_run_with_pages_waiting_is_not_a_worry(dashboard, blog):
    scheduled_article(blog, "spring-walks", due=False)
    ran(minutes_ago=4)
    text, warning = dashboard()
    assert warning is None
    assert "Last ran 4 minutes ago" in text
