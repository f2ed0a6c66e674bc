"""Publishing: scheduled go-live, Editors and Contributors, moderation, revisions, menus."""

import datetime
import io
import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from blog.models import ArticlePage
from home.models import NavigationSettings, PracticeSettings
from home.models.navigation import MenuLinkBlock
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import (
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    StandardPageFactory,
    make_site,
    menu,
)
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return make_site()


@pytest.fixture
def blog(home):
    return BlogIndexPageFactory(parent=home)


def user_in(group, name):
    user = get_user_model().objects.create_user(name, f"{name}@example.com", "pw-12345678")
    user.groups.add(Group.objects.get(name=group))
    return user


def article_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "intro": "A short piece about resting well.",
            "date": "2026-11-01",
            "body": streamfield([]),
            "tags": "sleep",
            "search_description": "A short piece about resting well, written by the practice for you.",
            "comments": inline_formset([]),
            **extra,
        }
    )


def test_a_scheduled_page_goes_live_at_its_time(client, blog):
    page = blog.add_child(
        instance=ArticlePage(title="Winter rest", slug="winter-rest", intro="Soon.", live=False)
    )
    page.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    page.save_revision().publish()  # scheduled: stays offline until go_live_at
    page.refresh_from_db()
    assert not page.live and client.get("/blog/winter-rest/").status_code == 404

    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert not page.live  # not yet

    time.sleep(2.5)  # the time comes
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live
    assert client.get("/blog/winter-rest/").status_code == 200


def test_contributors_submit_and_editors_approve(client, blog):
    contributor = user_in("Contributors", "casey")
    editor = user_in("Editors", "eden")

    client.force_login(contributor)
    url = f"/admin/pages/add/blog/articlepage/{blog.pk}/"
    response = client.post(url, article_form("Sleep after a session", **{"action-publish": "1"}))
    page = ArticlePage.objects.get(slug="sleep-after-a-session")
    assert not page.live, "a contributor cannot publish"

    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        article_form("Sleep after a session", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live
    assert client.get("/blog/sleep-after-a-session/").status_code == 404

    client.force_login(editor)
    task_state = page.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "Lovely."}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get("/blog/sleep-after-a-session/").status_code == 200


def test_editors_can_ask_for_changes(client, blog):
    page = blog.add_child(instance=ArticlePage(title="Draft", slug="draft", intro="x", live=False))
    contributor = user_in("Contributors", "cam")
    page.save_revision(user=contributor)
    page.get_workflow().start(page, contributor)
    client.force_login(user_in("Editors", "elle"))
    task_state = page.current_workflow_task_state
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "Please add a source."},
    )
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "needs_changes"


def test_revisions_can_be_compared_and_rolled_back(client, blog):
    ArticlePageFactory(parent=blog).save_revision().publish()
    page = ArticlePage.objects.live().first()
    first = page.latest_revision
    original_title = page.title
    page.title = "A changed title"
    page.save_revision().publish()
    client.force_login(get_user_model().objects.create_superuser("r", "r@example.com", "pw"))
    compare = client.get(f"/admin/pages/{page.pk}/revisions/compare/{first.pk}...latest/")
    assert compare.status_code == 200 and "A changed title" in compare.content.decode()
    revert = client.get(f"/admin/pages/{page.pk}/revisions/{first.pk}/revert/")
    assert revert.status_code == 200
    assert original_title in revert.content.decode()


def test_menu_and_practice_changes_show_on_every_page_at_once(client, blog, home):
    modalities = ModalityIndexPageFactory(parent=home)
    ModalityPageFactory(parent=modalities, slug="craniosacral-therapy")
    faq = FAQPageFactory(parent=home)
    PracticeSettingsFactory(phone="+1 212 555 0147")
    NavigationSettingsFactory(header_links=menu((modalities, ""), (faq, "FAQ"), (blog, "")))
    warm = BeautifulSoup(client.get("/").content, "html.parser")  # warm the cached menus
    assert "+1 212 555 0147" in warm.find("footer").get_text()
    assert [a.get_text() for a in warm.select("nav.site-nav a")][:2] == ["Modalities", "FAQ"]
    settings = PracticeSettings.objects.get()
    settings.phone = "+1 212 555 0199"
    settings.save()
    menus = NavigationSettings.objects.get()
    links = list(menus.header_links.raw_data)
    menus.header_links = [links[1], links[0], *links[2:]]
    menus.save()
    for path in ("/", "/faq/", "/blog/", "/modalities/craniosacral-therapy/"):
        page = BeautifulSoup(client.get(path).content, "html.parser")
        assert "+1 212 555 0199" in page.find("footer").get_text()
        nav = [a.get_text() for a in page.select("nav.site-nav a")]
        assert nav[:2] == ["FAQ", "Modalities"]


def test_menu_links_need_exactly_one_target():
    block = MenuLinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "", "label": "Nowhere"}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "https://example.com", "label": ""}))


def test_a_page_in_the_footer_menu_renamed_shows_on_every_page_at_once(client, blog):
    article = ArticlePageFactory(parent=blog, title="Our cancellation policy")
    PracticeSettingsFactory()
    NavigationSettingsFactory(footer_links=menu((article, "")))
    for path in ("/", "/blog/"):
        footer = BeautifulSoup(client.get(path).content, "html.parser").find("footer")
        assert "Our cancellation policy" in footer.get_text()
    article.title = "Cancelling or moving a session"
    article.save_revision().publish()
    for path in ("/", "/blog/"):
        footer = BeautifulSoup(client.get(path).content, "html.parser").find("footer")
        assert "Cancelling or moving a session" in footer.get_text()


def test_a_pages_usage_lists_the_settings_that_show_it(client, home):
    privacy = StandardPageFactory(parent=home, title="Privacy", slug="privacy")
    PracticeSettingsFactory(privacy_page=privacy)
    NavigationSettingsFactory(footer_links=menu((privacy, "")))
    site = home.get_site()  # site settings are edited by their site's id
    client.force_login(get_user_model().objects.create_superuser("a", "a@example.com", "pw"))
    usage = BeautifulSoup(client.get(f"/admin/pages/{privacy.pk}/usage/").content, "html.parser")
    links = {a["href"].partition("#")[0] for a in usage.select("main table a")}
    assert links == {
        f"/admin/settings/home/practicesettings/{site.pk}/",
        f"/admin/settings/home/navigationsettings/{site.pk}/",
    }


@pytest.mark.usefixtures("home")
def test_practice_details_refuse_bad_phone_email_and_urls():
    PracticeSettingsFactory()
    settings = PracticeSettings.objects.get()
    settings.phone = "call me maybe"
    settings.email = "not-an-email"
    settings.booking_url = "ftp://example.com/book"
    with pytest.raises(ValidationError) as caught:
        settings.full_clean()
    assert {"phone", "email", "booking_url"} <= set(caught.value.message_dict)


@pytest.mark.usefixtures("blog")  # "Write an article" leads to the blog
def test_dashboard_offers_the_next_steps(client):
    client.force_login(user_in("Editors", "dee"))
    response = client.get("/admin/")
    html = response.content.decode()
    assert "Write an article" in html and "Add a question" in html
    assert "Pages that need SEO attention" in html
