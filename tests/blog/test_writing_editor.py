"""Writing a piece takes few steps: it starts signed and ready to type into, "Publish" is the
visible button, and one picture serves the top of the piece, its cards and its shared link."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import ArticlePage
from media.templatetags.pictures import social_image
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import AuthorFactory, make_site
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog():
    return BlogIndexPageFactory(parent=make_site())


def person(name, group=None):
    users = get_user_model().objects
    if group is None:
        return users.create_superuser(name, f"{name}@example.com", "pw-12345678")
    user = users.create_user(name, f"{name}@example.com", "pw-12345678")
    user.groups.add(Group.objects.get(name=group))
    return user


def add_url(blog):
    return reverse("wagtailadmin_pages:add", args=("blog", "articlepage", blog.pk))


def new_article_form(client, blog) -> BeautifulSoup:
    response = client.get(add_url(blog))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def chosen_author(html) -> str:
    return html.find("input", attrs={"name": "author"}).get("value") or ""


def test_a_new_article_names_the_writers_own_author_profile(client, blog):
    writer = person("maya")
    AuthorFactory(name="Someone else")
    own = AuthorFactory(name="Maya Lindqvist", user=writer)
    client.force_login(writer)
    assert chosen_author(new_article_form(client, blog)) == str(own.pk)


def test_the_only_author_is_named_when_the_writer_has_no_profile(client, blog):
    only = AuthorFactory(name="Maya Lindqvist")
    client.force_login(person("sam"))
    assert chosen_author(new_article_form(client, blog)) == str(only.pk)


def test_nobody_is_guessed_among_several_authors(client, blog):
    AuthorFactory.create_batch(2)
    client.force_login(person("sam"))
    assert chosen_author(new_article_form(client, blog)) == ""


def test_the_body_starts_with_a_paragraph_to_type_into(admin_client, blog):
    html = new_article_form(admin_client, blog)
    body = html.find(attrs={"data-contentpath": "body"})
    stream = body.find(attrs={"data-controller": "w-block"})
    children = json.loads(stream["data-w-block-arguments-value"])[0]
    assert [child["type"] for child in children] == ["paragraph"]


def article_post(title, body_blocks, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "intro": "A short piece about resting well.",
            "date": "2026-11-01",
            "author": "",
            "body": streamfield(body_blocks),
            "tags": "sleep",
            "comments": inline_formset([]),
            "action-publish": "Publish",
            **extra,
        }
    )


def test_an_untouched_empty_paragraph_does_not_stop_publishing(admin_client, blog):
    response = admin_client.post(
        add_url(blog),
        article_post(
            "Resting well",
            [("paragraph", rich_text("")), ("paragraph", rich_text("Lie down for a while."))],
        ),
    )
    assert response.status_code == 302, response.content[:2000]
    article = ArticlePage.objects.get(title="Resting well")
    assert article.live
    assert [child.block_type for child in article.body] == ["paragraph"]
    assert "Lie down for a while." in article.body[0].value.source


def footer_actions(html) -> list[str]:
    """The editor's action buttons in their order: the first is the one shown, the rest are in
    the menu beside it."""
    buttons = html.select("footer button[type='submit']")
    assert buttons
    return [button.get("name", "") or button.get_text(strip=True) for button in buttons]


def test_publish_is_the_visible_button_for_those_who_may_publish(client, blog):
    client.force_login(person("eden", "Editors"))
    actions = footer_actions(new_article_form(client, blog))
    assert actions[0] == "action-publish"
    # A contributor cannot publish: saving a draft stays first, then submitting for review.
    client.force_login(person("casey", "Contributors"))
    actions = footer_actions(new_article_form(client, blog))
    assert "action-publish" not in actions
    assert actions[0] == "Save draft"
    assert "action-submit" in actions[1:]


def test_the_main_picture_serves_cards_sharing_and_the_api(client, blog):
    picture = SiteImageFactory(title="Morning light")
    article = ArticlePageFactory(parent=blog, title="Resting well", hero_image=picture)
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    og_image = html.find("meta", property="og:image")["content"]
    graph = json.loads(html.find("script", type="application/ld+json").string)["@graph"]
    posting = next(node for node in graph if node["@type"] == "BlogPosting")
    social = social_image(picture).url
    assert og_image.endswith(social)
    assert social in json.dumps(posting["image"])

    listing = BeautifulSoup(client.get(blog.url).content, "html.parser")
    card = listing.select_one(".card")
    assert card.find("img")

    data = client.get(f"/api/v2/pages/{article.pk}/").json()
    assert data["listing"]["image"]["id"] == picture.pk
    assert data["seo"]["social_image"]["id"] == picture.pk

    # A card or social picture of its own wins where it is set, and only there.
    other = SiteImageFactory(title="A card of its own")
    article.listing_image = other
    article.save_revision().publish()
    data = client.get(f"/api/v2/pages/{article.pk}/").json()
    assert data["listing"]["image"]["id"] == other.pk
    assert data["hero_image"]["id"] == picture.pk


def test_help_texts_say_what_the_main_picture_stands_in_for():
    hero = ArticlePage._meta.get_field("hero_image").help_text
    assert "cards" in hero and "shared" in hero
    assert "main picture" in ArticlePage._meta.get_field("listing_image").help_text
    assert "main picture" in ArticlePage._meta.get_field("social_image").help_text
