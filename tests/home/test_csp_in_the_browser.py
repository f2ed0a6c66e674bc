"""In Chromium: the admin works under the Content-Security-Policy, and a stray script does not."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from blog.models import ArticlePage
from contact.models import ContactPage
from home.caching import bump_content_version
from home.models import StandardPage

pytestmark = pytest.mark.browser

LONG = 30_000
PASSWORD = "a-long-test-password-123"
# Every refusal the policy makes is recorded, in every frame, before the page's own scripts run.
RECORD_REFUSALS = """
window.refusals = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.refusals.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
});
"""


def refusals(tab) -> list[str]:
    return tab.evaluate("() => window.refusals")


@pytest.fixture
def admin_tab(live_demo, browser):
    get_user_model().objects.create_superuser("keeper", "keeper@example.com", PASSWORD)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.add_init_script(RECORD_REFUSALS)
    tab.goto(live_demo.url + "/admin/login/")
    tab.get_by_label("Username").fill("keeper")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    expect(tab).to_have_url(live_demo.url + "/admin/", timeout=LONG)
    yield tab
    context.close()


def test_the_admins_widgets_start_and_nothing_is_refused(live_demo, admin_tab):
    tab = admin_tab
    assert refusals(tab) == []

    # The article editor: the hero picture's chooser opens its dialogue, the date picker opens.
    article = ArticlePage.objects.first()
    tab.goto(f"{live_demo.url}/admin/pages/{article.pk}/edit/")
    tab.locator("[data-contentpath='hero_image']").get_by_role("button").first.click()
    dialog = tab.locator(".modal-dialog")
    expect(dialog).to_be_visible(timeout=LONG)
    dialog.get_by_role("button", name=re.compile("close", re.IGNORECASE)).first.click()
    expect(dialog).to_be_hidden()
    tab.locator("#id_date").click()
    expect(tab.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    assert refusals(tab) == []

    # The contact page's form fields: an inline panel adds a field.
    contact = ContactPage.objects.get()
    tab.goto(f"{live_demo.url}/admin/pages/{contact.pk}/edit/")
    fields = tab.locator("[id$='-TOTAL_FORMS']").first
    before = int(fields.input_value())
    tab.get_by_role("button", name=re.compile(r"^Add form field", re.IGNORECASE)).click()
    expect(fields).to_have_value(str(before + 1))
    assert refusals(tab) == []

    # Promoted search results: their own inline script starts the query chooser and the picks.
    tab.goto(f"{live_demo.url}/admin/searchpicks/add/")
    tab.get_by_role("button", name="Add a recommended result").click()
    expect(tab.locator("[id$='editors_picks-TOTAL_FORMS']")).to_have_value("1")
    assert refusals(tab) == []


def test_a_script_stored_past_the_cleaning_is_refused_by_the_browser(live_demo, page):
    about = StandardPage.objects.filter(depth=3).first()
    # Written straight into the database, as an old row or another program might have left it.
    StandardPage.objects.filter(pk=about.pk).update(
        body=[
            {
                "type": "paragraph",
                "value": "<p>Hello</p><script>window.ran = true</script>"
                '<img src="/missing.png" onerror="window.ran = true">',
                "id": "5c1a",
            }
        ]
    )
    bump_content_version()  # as any change of content does: no body cached from before
    page.add_init_script(RECORD_REFUSALS)
    page.goto(live_demo.url + about.url)
    expect(page.get_by_text("Hello", exact=True)).to_be_visible()
    assert page.evaluate("() => window.ran") is None
    assert any(refusal.startswith("script-src") for refusal in refusals(page))
