"""The page editor in Chromium: the block picker previews blocks, and an article with a tag and a
picture goes from the dashboard to published in 15 interactions or fewer.

With EDITOR_SCREENSHOTS set to a folder, the steps also save what they show at 1366 and 390 px.
"""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from blog.models import ArticlePage
from home.models import Author

pytestmark = pytest.mark.browser

LONG = 30_000
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
PASSWORD = "a-long-test-password-123"
MOST_INTERACTIONS = 15


def shot(tab, name):
    """Save `name`-<width>.png in $EDITOR_SCREENSHOTS; nothing when unset."""
    folder = os.environ.get("EDITOR_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        width = tab.viewport_size["width"]
        tab.screenshot(path=str(Path(folder) / f"{name}-{width}.png"), animations="disabled")


def sign_in(browser, base_url, username, viewport=DESKTOP):
    tab = browser.new_context(viewport=viewport).new_page()
    tab.set_default_timeout(15_000)
    tab.goto(base_url + "/admin/login/")
    tab.get_by_label("Username").fill(username)
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    expect(tab).to_have_url(base_url + "/admin/", timeout=LONG)
    return tab


class Count:
    """Every click, every field typed in and every key pressed, counted as the editor does them."""

    def __init__(self):
        self.clicks = self.fields = self.keys = 0

    def click(self, locator):
        locator.click()
        self.clicks += 1

    def fill(self, locator, text):
        locator.fill(text)
        self.fields += 1

    def type_into(self, tab, text):
        tab.keyboard.type(text)
        self.fields += 1

    def press(self, locator, key):
        locator.press(key)
        self.keys += 1

    @property
    def total(self):
        return self.clicks + self.fields + self.keys


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_block_picker_previews_each_block_with_its_description(live_demo, browser, viewport):
    get_user_model().objects.create_superuser("maya", "maya@example.com", PASSWORD)
    article = ArticlePage.objects.live().first()
    tab = sign_in(browser, live_demo.url, "maya", viewport)
    tab.goto(f"{live_demo.url}/admin/pages/{article.pk}/edit/")
    body = tab.locator("[data-contentpath='body']")
    body.get_by_role("button", name="Insert a block").first.click()
    picker = tab.locator(".w-combobox").filter(has=tab.locator(".w-combobox__option")).first
    expect(picker).to_be_visible()

    def option(label):
        return picker.locator(".w-combobox__option-row").filter(
            has=tab.locator(".w-combobox__option-text", has_text=re.compile(f"^{label}$"))
        )

    option("Image").get_by_role("button", name="Preview").click()
    preview = tab.locator(".w-combobox-preview")
    expect(preview.locator(".w-combobox-preview__description")).to_have_text(
        "A picture across the text column, with a caption."
    )
    frame = preview.frame_locator("iframe.w-combobox-preview__iframe")
    picture = frame.locator("main figure img")
    expect(picture).to_be_visible(timeout=LONG)
    # A picture of the demo's own library, drawn and loaded, not a broken image. A picture the
    # worker has not made yet is made when first asked for: wait for it to arrive.
    expect(picture).to_have_js_property("complete", True, timeout=LONG)
    assert picture.evaluate("img => img.naturalWidth") > 0
    shot(tab, "block-picker-image")

    option("Teaser cards").get_by_role("button", name="Preview").click()
    expect(preview.locator(".w-combobox-preview__description")).to_have_text(
        "A grid of “Read more” cards that lead to other pages."
    )
    expect(frame.locator("main .card").first).to_be_visible(timeout=LONG)
    expect(frame.locator("main .card img").first).to_be_visible()
    shot(tab, "block-picker-cards")
    tab.context.close()


def test_an_article_with_a_tag_and_a_picture_is_published_in_15_interactions(
    live_demo, browser, page
):
    writer = get_user_model().objects.create_superuser("maya", "maya@example.com", PASSWORD)
    author = Author.objects.get()
    author.user = writer
    author.save()
    title = "Slow mornings after a session"
    tab = sign_in(browser, live_demo.url, "maya")
    shot(tab, "dashboard")
    count = Count()

    count.click(tab.get_by_role("link", name="Write an article"))
    expect(tab).to_have_url(re.compile(r"/admin/pages/add/blog/articlepage/\d+/$"), timeout=LONG)
    # The author is already the writer, and "Publish" is the button in view.
    expect(tab.locator("[data-contentpath='author'] [data-chooser-title]")).to_contain_text(
        author.name
    )
    publish = tab.locator("footer").get_by_role("button", name="Publish", exact=True)
    expect(publish).to_be_visible()
    shot(tab, "new-article")
    tab.set_viewport_size(PHONE)
    shot(tab, "new-article")
    tab.set_viewport_size(DESKTOP)

    count.fill(tab.locator("#id_title"), title)
    count.fill(tab.locator("#id_intro"), "Why the morning after bodywork is worth keeping quiet.")
    count.fill(tab.locator("[data-contentpath='tags'] .tagit-new input"), "mornings")
    count.press(tab.locator("[data-contentpath='tags'] .tagit-new input"), "Enter")
    expect(tab.locator("[data-contentpath='tags'] .tagit-label")).to_have_text(["mornings"])

    # One picture: the top of the article, its card and its shared link.
    count.click(tab.locator("[data-contentpath='hero_image']").get_by_role("button").first)
    chooser = tab.locator(".modal-dialog")
    count.click(chooser.locator("a.image-choice, [data-chooser-modal-choice]").first)
    expect(tab.locator("[data-contentpath='hero_image'] [data-chooser-title]")).not_to_be_empty(
        timeout=LONG
    )

    # The body starts with a paragraph, ready to type into.
    count.click(tab.locator("[data-contentpath='body'] [contenteditable='true']").first)
    count.type_into(tab, "Keep the first hour after waking slow: water, light, no screens.")
    # The editor keeps what was typed a moment later (a person takes that moment anyway).
    typed = tab.locator("[data-contentpath='body'] input[type='hidden'][name$='-value']").first
    expect(typed).to_have_value(re.compile("Keep the first hour"))
    shot(tab, "article-ready")

    count.click(publish)
    # "created and published", or "has been published" once the editor has autosaved a draft.
    published = re.compile(rf"Page '{re.escape(title)}' (created and|has been) published\.")
    expect(tab.get_by_text(published)).to_be_visible(timeout=LONG)

    print(
        f"\nPublishing an article took {count.total} interactions: {count.clicks} clicks, "
        f"{count.fields} fields typed, {count.keys} keys pressed."
    )
    assert count.total <= MOST_INTERACTIONS

    article = ArticlePage.objects.get(title=title)
    assert article.live and article.author == author and article.hero_image is not None
    assert [tag.name for tag in article.tags.all()] == ["mornings"]
    page.goto(live_demo.url + article.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text("Keep the first hour after waking slow")).to_be_visible()
    expect(page.locator(".hero-figure img")).to_be_visible()
    # Its card in the blog shows the same picture.
    page.goto(live_demo.url + "/blog/")
    card = page.locator(".card", has=page.get_by_role("link", name=title))
    expect(card.locator("img")).to_be_visible()
    tab.context.close()


def test_questions_are_reordered_by_dragging_in_their_listing(live_demo, browser, page):
    get_user_model().objects.create_superuser("maya", "maya@example.com", PASSWORD)
    tab = sign_in(browser, live_demo.url, "maya")
    tab.goto(live_demo.url + "/admin/snippets/modalities/question/")
    rows = tab.locator("tbody tr")
    first, second = rows.nth(0), rows.nth(1)
    moved = second.locator("td").nth(1).inner_text().strip()
    shot(tab, "questions")
    handle = second.locator("[data-w-orderable-target='handle']")
    expect(handle).to_be_visible()
    with tab.expect_response(re.compile(r"/reorder/\d+/")):
        handle.drag_to(first, target_position={"x": 20, "y": 2})
    page.goto(live_demo.url + "/faq/")
    expect(page.locator("main details summary").first).to_have_text(moved)
    tab.set_viewport_size(PHONE)
    tab.reload()
    shot(tab, "questions")
    tab.context.close()
