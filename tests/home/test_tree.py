"""Editors can only build a sane page tree."""

import pytest

from blog.models import ArticlePage, BlogIndexPage, EssayPage, JourneyStagePage
from home.models import HomePage, StandardPage
from modalities.models import FAQPage, ModalityIndexPage, ModalityPage
from tests.blog.factories import BlogIndexPageFactory
from tests.home.factories import make_site
from tests.modalities.factories import FAQPageFactory, ModalityIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sections():
    home = make_site()
    ModalityIndexPageFactory(parent=home)
    FAQPageFactory(parent=home)
    BlogIndexPageFactory(parent=home)


@pytest.fixture
def editor_client(admin_client):
    return admin_client  # pytest-django's signed-in superuser


def test_placement_rules():
    assert ModalityPage.can_create_at(ModalityIndexPage.objects.get())
    assert not ModalityPage.can_create_at(BlogIndexPage.objects.get())
    assert not ModalityPage.can_create_at(HomePage.objects.get())
    blog = BlogIndexPage.objects.get()
    assert ArticlePage.can_create_at(blog)
    assert not EssayPage.can_create_at(blog)
    assert not JourneyStagePage.can_create_at(blog)
    home = HomePage.objects.get()
    # One of each: a second FAQ page, blog or home page is refused.
    assert not FAQPage.can_create_at(home)
    assert not BlogIndexPage.can_create_at(home)
    assert not HomePage.can_create_at(home)
    assert StandardPage.can_create_at(home)


def test_admin_refuses_a_modality_under_the_blog(editor_client):
    blog = BlogIndexPage.objects.get()
    url = f"/admin/pages/add/modalities/modalitypage/{blog.pk}/"
    response = editor_client.get(url, follow=True)
    assert response.redirect_chain and response.redirect_chain[-1][0] == "/admin/"
    assert "permission" in response.content.decode()
    response = editor_client.post(
        url, {"title": "Sneaky", "slug": "sneaky", "summary": "x", "action-publish": "1"}
    )
    assert response.status_code in (302, 403)
    assert not ModalityPage.objects.filter(slug="sneaky").exists()


def test_admin_offers_only_articles_under_the_blog(editor_client):
    blog = BlogIndexPage.objects.get()
    response = editor_client.get(f"/admin/pages/{blog.pk}/add_subpage/")
    # With a single allowed type, Wagtail goes straight to the article form.
    assert response.status_code == 302
    assert "/add/blog/articlepage/" in response["Location"]
