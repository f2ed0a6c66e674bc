"""The SEO team's tools in Chromium: the Promote tab's counters and search-result preview, and
the Checks panel's count of the page's own words."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from blog.models import ArticlePage
from home.appearance import with_site_name
from home.models import StandardPage
from seo.editors import own_word_count

pytestmark = pytest.mark.browser

LONG = 30_000
PASSWORD = "a-long-test-password-123"


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def sign_in(tab, base_url):
    get_user_model().objects.create_superuser("seo", "seo@example.com", PASSWORD)
    tab.goto(base_url + "/admin/login/")
    tab.get_by_label("Username").fill("seo")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    expect(tab).to_have_url(base_url + "/admin/", timeout=LONG)


def test_the_seo_title_counter_and_preview_follow_what_the_editor_types(live_demo, desktop):
    tab = desktop
    sign_in(tab, live_demo.url)
    article = ArticlePage.objects.get(slug="sleep-after-craniosacral-therapy")
    tab.goto(f"{live_demo.url}/admin/pages/{article.pk}/edit/#tab-promote")
    title_field = tab.locator("#id_seo_title")
    counter = tab.locator("#seo-title-count")
    desktop_title = tab.locator(".seo-preview__result--desktop .seo-preview__title")
    phone_title = tab.locator(".seo-preview__result--phone .seo-preview__title")

    # Left empty, the page title is used, with the site's name.
    title_field.fill("")
    expect(counter).to_contain_text("Empty: the page title is used")
    expect(desktop_title).to_have_text(with_site_name(article.title, "Stillpoint Bodywork"))

    title_field.fill("Sleep after bodywork")
    expect(counter).to_have_text(re.compile(r"^42 characters shown, up to 60 advised"))
    expect(desktop_title).to_have_text("Sleep after bodywork · Stillpoint Bodywork")
    expect(tab.locator(".seo-preview__result--phone .seo-preview__url")).to_contain_text(
        "blog › sleep-after-craniosacral-therapy"
    )

    # Too long for results: the counter warns and the preview cuts it at a word, sooner on
    # a phone than on a desktop, and the site's name is left out.
    long_title = (
        "Why so many people sleep deeply after a gentle CranioSacral Therapy session in New York"
    )
    title_field.fill(long_title)
    expect(counter).to_have_attribute("data-state", "over")
    expect(desktop_title).to_have_text(re.compile(r"^Why so many people sleep .+…$"))
    expect(phone_title).to_have_attribute("data-cut", "true")
    assert "Stillpoint Bodywork" not in desktop_title.inner_text()

    # The description falls back to the listing intro or the intro, and says so.
    tab.locator("#id_search_description").fill("")
    expect(tab.locator("#seo-description-count")).to_contain_text("Empty: the")
    tab.locator("#id_search_description").fill("Too short.")
    expect(tab.locator("#seo-description-count")).to_have_attribute("data-state", "under")
    expect(tab.locator(".seo-preview__result--desktop .seo-preview__description")).to_have_text(
        "Too short."
    )


def test_the_checks_panel_counts_the_pages_own_words_and_each_problem_once(live_demo, desktop):
    tab = desktop
    sign_in(tab, live_demo.url)
    about = StandardPage.objects.get(slug="about")
    about.search_description = about.listing_intro = about.intro = ""
    about.save_revision().publish()

    tab.goto(f"{live_demo.url}/admin/pages/{about.pk}/edit/")
    tab.locator("button[data-side-panel-toggle='checks']").click()
    panel = tab.locator("[data-side-panel='checks']")
    words = panel.locator("[data-content-word-count]")
    expect(words).to_have_text(str(own_word_count(about)), timeout=LONG)
    expect(panel.get_by_text("No meta description")).to_have_count(1, timeout=LONG)
    expect(panel.get_by_text("Meta description is empty")).to_have_count(0)
