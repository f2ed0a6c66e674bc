"""A visitor and an editor use the live demo site in Chromium on a phone-sized screen."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from blog.models import BlogIndexPage
from tests.browser.steps import start_image_upload

pytestmark = pytest.mark.browser

LONG = 30_000


def test_visitor_goes_home_to_a_modality_to_the_faq(live_demo, page):
    page.goto(live_demo.url + "/")
    page.locator(".card").get_by_role("link", name="Somato Emotional Release", exact=True).click()
    expect(page).to_have_url(live_demo.url + "/modalities/somato-emotional-release/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Somato Emotional Release")

    page.locator(".card").get_by_role("link", name="Frequently Asked Questions", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Frequently Asked Questions")

    disclosures = page.locator("details")
    assert disclosures.count() >= 8
    first = disclosures.first
    answer = first.locator(".qa__answer")
    expect(answer).to_be_hidden()
    first.locator("summary").click()
    expect(first).to_have_attribute("open", "")
    expect(answer).to_be_visible()
    assert answer.inner_text().strip()

    # The sticky booking bar stays on screen on a phone: a call link and the booking button.
    bar = page.locator(".booking-bar")
    call = bar.get_by_role("link", name=re.compile(r"^Call "))
    expect(call).to_have_attribute("href", re.compile(r"^tel:\+\d{7,}$"))
    expect(call).to_be_in_viewport()
    booking = bar.get_by_role("link", name="Book a session", exact=True)
    expect(booking).to_be_visible()
    expect(booking).to_be_in_viewport()
    footer_phone = page.locator("footer li", has_text="Phone:").get_by_role("link")
    expect(footer_phone).to_have_attribute("href", re.compile(r"^tel:\+\d{7,}$"))


def test_editor_publishes_an_article_with_an_image_and_two_tags(live_demo, page, tmp_path):
    password = "a-long-test-password-123"
    get_user_model().objects.create_superuser("editor", "editor@example.com", password)
    title = "Breathing with the tide"
    alt = "A calm blue sea under an even sky"
    tags = ["Breathwork", "Evening calm"]

    # Sign in through the admin login form.
    page.goto(live_demo.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(live_demo.url + "/admin/", timeout=LONG)

    # Upload an image; alt text is required before the image is saved.
    item = start_image_upload(page, live_demo.url, tmp_path, "tide", (90, 140, 180))
    item.get_by_label("Title").fill("Tide")
    item.get_by_label("Alt text").fill(alt)
    item.get_by_role("button", name="Update").click()
    expect(page.get_by_role("status").get_by_text("Image updated.")).to_be_visible(timeout=LONG)

    # A new article under the blog (the only page type the blog index allows).
    blog_index = BlogIndexPage.objects.get()
    page.goto(f"{live_demo.url}/admin/pages/{blog_index.pk}/add_subpage/")
    expect(page).to_have_url(re.compile(r"/add/blog/articlepage/"), timeout=LONG)
    page.locator("#id_title").fill(title)
    tag_input = page.locator("[data-contentpath='tags'] .tagit-new input")
    for tag in tags:
        tag_input.fill(tag)
        tag_input.press("Enter")
    # Wagtail shows multi-word tags in quotes.
    chips = page.locator("[data-contentpath='tags'] .tagit-choice .tagit-label")
    expect(chips).to_have_text([re.compile(rf'^"?{re.escape(tag)}"?$') for tag in tags])
    page.locator("#id_intro").fill("A few slow breaths, timed to the waves, before sleep.")

    page.locator("[data-contentpath='hero_image']").get_by_role(
        "button", name="Choose an image"
    ).click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("heading", name="Tide", exact=True).click()
    expect(page.locator("[data-contentpath='hero_image'] [data-chooser-title]")).to_have_text(
        "Tide", timeout=LONG
    )

    page.locator("footer").locator(".w-dropdown__toggle").click()
    page.locator("button[name='action-publish']").click()
    expect(page.get_by_text(f"Page '{title}' created and published")).to_be_visible(timeout=LONG)

    # A visitor finds it in the blog, on a tag page, and with its picture.
    page.goto(live_demo.url + "/blog/")
    expect(page.get_by_role("link", name=title, exact=True)).to_be_visible()
    page.goto(live_demo.url + "/blog/tags/evening-calm/")
    expect(page.get_by_role("link", name=title, exact=True)).to_be_visible()
    page.get_by_role("link", name=title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("list", name="Tags").get_by_role("link")).to_have_text(tags)
    hero = page.locator(".hero-figure img")
    expect(hero).to_have_attribute("alt", alt)
    expect(hero).to_be_visible()
    # Made on first request when the worker has not got to it yet: wait for it to arrive.
    expect(hero).to_have_js_property("complete", True, timeout=LONG)
    assert hero.evaluate("img => img.naturalWidth") > 0, "the hero image did not load"
