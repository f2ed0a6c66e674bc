"""The demo as a visitor sees it in Chromium: nothing scrolls sideways on a 320 px phone, pictures
fill their places, card grids have no holes, and booking stays within reach on a desktop."""

import pytest
from playwright.sync_api import expect

from blog.models import ArticlePage

pytestmark = pytest.mark.browser

# One page of each type the demo has.
PAGE_TYPES = [
    "/",
    "/about/",
    "/privacy/",
    "/modalities/",
    "/modalities/somato-emotional-release/",
    "/faq/",
    "/philosophy/",
    "/philosophy/stillness-is-not-nothing/",
    "/journey/",
    "/journey/before-your-first-session/",
    "/blog/",
    "/blog/tags/stress/",
    "/contact/",
    "/search/?q=emotion",
    "/no-such-page/",
]
UNBROKEN = "Craniosacralsomatoemotionalvisceralmanipulationunwinding" * 2


# Elements that reach past the right edge of the screen, fixed ones (the booking bar) included;
# a table or code may scroll inside its own box.
PAST_THE_EDGE = """() => [...document.querySelectorAll("body *")]
    .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
    .filter(e => !e.closest(".table-scroll, pre"))
    .map(e => e.tagName.toLowerCase() + "." + e.className)"""


def fit(page, url: str) -> tuple[int, list[str]]:
    page.goto(url)
    return page.evaluate("document.documentElement.scrollWidth"), page.evaluate(PAST_THE_EDGE)


def test_no_page_scrolls_sideways_at_320_px(live_demo, browser):
    article = ArticlePage.objects.get(slug="what-your-belly-might-be-telling-you")
    article.title = UNBROKEN
    article.save_revision().publish()
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    try:
        wide = {path: fit(tab, live_demo.url + path) for path in PAGE_TYPES}
        wide[article.url] = fit(tab, live_demo.url + article.url)
        expect(tab.get_by_role("heading", level=1)).to_have_text(UNBROKEN)
    finally:
        context.close()
    assert {path: width for path, (width, _) in wide.items() if width > 320} == {}
    assert {path: past for path, (_, past) in wide.items() if past} == {}


def test_pictures_fill_their_places_and_grids_have_no_holes(live_demo, browser):
    for width in (390, 1366):
        context = browser.new_context(viewport={"width": width, "height": 900})
        tab = context.new_page()
        try:
            tab.goto(live_demo.url + "/journey/before-your-first-session/")
            photo = tab.locator(".author__photo").bounding_box()
            assert photo["width"] >= 90 and photo["height"] >= 90, photo

            tab.goto(live_demo.url + "/modalities/visceral-manipulation/")
            column = tab.locator("main .prose").first.bounding_box()
            picture = tab.locator("main .figure img").first.bounding_box()
            assert picture["width"] >= min(column["width"], 700) - 1, (picture, column)

            tab.goto(live_demo.url + "/")
            grid = tab.locator(".hero__inner").bounding_box()
            hero = tab.locator(".hero__image img").bounding_box()
            assert abs((hero["x"] + hero["width"]) - (grid["x"] + grid["width"])) <= 1
            # Six teaser cards: rows of three on a desktop, one under another on a phone.
            tops = tab.locator(".teasers .card").evaluate_all(
                "cards => cards.map(card => Math.round(card.getBoundingClientRect().top))"
            )
            rows = [tops.count(top) for top in sorted(set(tops))]
            assert rows == ([3, 3] if width == 1366 else [1] * 6), rows
        finally:
            context.close()


def test_booking_stays_within_reach_on_a_desktop(live_demo, browser):
    context = browser.new_context(viewport={"width": 1366, "height": 800})
    tab = context.new_page()
    try:
        tab.goto(live_demo.url + "/modalities/somato-emotional-release/")
        booking = tab.locator(".booking-bar").get_by_role("link", name="Book a session")
        # On the first screen the header's own button is there, and nothing floats over the page.
        expect(
            tab.locator(".site-header").get_by_role("link", name="Book a session")
        ).to_be_visible()
        expect(booking).to_be_hidden()
        tab.mouse.wheel(0, 2500)
        expect(tab.locator(".site-header")).not_to_be_in_viewport()
        expect(booking).to_be_visible()
        expect(booking).to_be_in_viewport()
        expect(booking).to_have_attribute("href", "https://stillpoint.example/book")
        # The page ends with the invitation to book, from the practice details.
        tab.keyboard.press("End")
        invitation = tab.locator("main .booking-cta")
        expect(invitation).to_be_in_viewport()
        expect(invitation.get_by_role("heading")).to_have_text("Ready when you are")
    finally:
        context.close()


def test_the_header_search_works_at_320_px_without_scripts(live_demo, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(live_demo.url + "/about/")
        field = tab.locator(".site-header").get_by_label("Search the site")
        box = field.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320
        field.fill("emotion")
        field.press("Enter")
        expect(tab).to_have_url(live_demo.url + "/search/?q=emotion")
        expect(tab.locator("main .search-result").first).to_be_visible()
    finally:
        context.close()
