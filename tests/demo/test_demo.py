"""The demo loader: complete, tagged, and idempotent."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from media.models import SiteImage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

SEED_IMAGE_WORDS = {
    "hand",
    "somato emotional release",
    "craniosacral therapy",
    "new york",
    "manual therapy",
    "visceral manipulation",
    "nautilus",
    "philosophy",
    "river",
    "journey",
}


def test_loading_twice_creates_nothing_new():
    pages = Page.objects.count()
    images = SiteImage.objects.count()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "left as they are" in out.getvalue()
    assert Page.objects.count() == pages
    assert SiteImage.objects.count() == images


def test_demo_images_carry_the_seed_words_as_tags_and_real_alt_text():
    tags = {tag.name for image in SiteImage.objects.all() for tag in image.tags.all()}
    assert tags >= SEED_IMAGE_WORDS
    for image in SiteImage.objects.all():
        assert len(image.description) > 15
        assert image.width >= 800


def test_demo_pages_are_all_live_and_reachable(client):
    for page in Page.objects.filter(depth__gt=1).specific():
        assert page.live
        assert client.get(page.url).status_code == 200, page.url


def test_demo_admin_prints_login_once(monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    out = io.StringIO()
    call_command("demo_admin", stdout=out)
    first = out.getvalue()
    assert "/admin/" in first and "User name: admin" in first
    password = first.split("Password:")[1].split()[0]
    assert len(password) >= 12
    out = io.StringIO()
    call_command("demo_admin", stdout=out)
    assert password not in out.getvalue()


def test_demo_admin_password_from_environment(client, monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-chosen-demo-password")
    call_command("demo_admin", stdout=io.StringIO())
    assert client.login(username="admin", password="a-chosen-demo-password")
