"""The demo's admin writes as the demo's one author, so new pages name her."""

import io

import pytest
from django.core.management import call_command

from home.models import Author
from tests.home.factories import AuthorFactory

pytestmark = pytest.mark.django_db


def test_the_demo_admin_becomes_the_only_authors_account(client, monkeypatch):
    author = AuthorFactory(name="Maya Lindqvist")
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-chosen-demo-password")
    call_command("demo_admin", stdout=io.StringIO())
    assert Author.objects.get(pk=author.pk).user.username == "admin"
    # Run again with a new password: it is set, and the link stays.
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "another-demo-password")
    call_command("demo_admin", stdout=io.StringIO())
    assert client.login(username="admin", password="another-demo-password")
    assert Author.objects.get(pk=author.pk).user.username == "admin"


def test_no_author_is_guessed_among_several(monkeypatch):
    AuthorFactory.create_batch(2)
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-chosen-demo-password")
    call_command("demo_admin", stdout=io.StringIO())
    assert not Author.objects.filter(user__isnull=False).exists()
