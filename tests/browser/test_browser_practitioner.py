"""The practitioner's own jobs, in Chromium: approving a contributor's article, reading contact
messages (and not a bot's), and changing the details every page shows.

With GUIDE_SCREENSHOTS set to a folder, the steps also save the screenshots that
docs/editor-guide.md shows (admin screens at a desktop size, the visitor's form at phone size).
"""

import os
import re
import time
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from playwright.sync_api import expect
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Collection, GroupCollectionPermission, Site

from blog.models import BlogIndexPage
from contact.models import ContactPage
from home.models import PracticeSettings
from modalities.models import ModalityPage
from tests.browser.steps import start_image_upload

pytestmark = pytest.mark.browser

LONG = 30_000
DESKTOP = {"width": 1280, "height": 900}
PASSWORD = "a-long-test-password-123"
MIN_SECONDS = 3.5  # a little over CONTACT_MIN_SECONDS: a person takes at least this long
MESSAGE = "Hello! Is a first session on a Tuesday evening possible? My back has been stiff."


def shot(page, name, **options):
    """Save `name`.png in $GUIDE_SCREENSHOTS (a page or a single element); nothing when unset."""
    folder = os.environ.get("GUIDE_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    page.screenshot(
        path=str(Path(folder) / f"{name}.png"), animations="disabled", caret="hide", **options
    )


# What Wagtail's own migrations add to these groups on a migrated database, per group and per
# collection. (Wagtail checks image permissions on wagtailimages.Image, whatever the image model.)
WAGTAIL_IMAGE_PERMISSIONS = {
    "Editors": (
        ["add_image", "change_image", "choose_image", "delete_image"],
        ["add_image", "change_image", "choose_image"],
    ),
    "Contributors": (["choose_image"], ["choose_image"]),
}


def _as_migrated():
    """Live-server tests start from an emptied database, which conftest refills with the demo
    and the groups: add what Wagtail's own migrations gave the groups, and forget what Wagtail
    remembers of the database before it was emptied."""

    get_form_types.cache_clear()  # the form pages' content types, whose ids have changed
    # wagtailimages.Image is swapped out, so only Wagtail's migrations create these.
    image_type = ContentType.objects.get_or_create(app_label="wagtailimages", model="image")[0]
    for action in ("add", "change", "choose", "delete"):
        Permission.objects.get_or_create(
            content_type=image_type,
            codename=f"{action}_image",
            defaults={"name": f"Can {action} image"},
        )
    images = Permission.objects.filter(content_type=image_type)
    root = Collection.get_first_root_node()
    for name, (on_group, on_collection) in WAGTAIL_IMAGE_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        group.permissions.add(*images.filter(codename__in=on_group))
        for permission in images.filter(codename__in=on_collection):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def _person(username, group=None):
    users = get_user_model().objects
    email = f"{username}@example.com"
    if group is None:
        return users.create_superuser(username, email, PASSWORD)
    user = users.create_user(username, email, PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def desktop(browser, live_demo):
    """sign_in(username): a new desktop-sized browser, signed in to the admin as that person."""
    contexts = []

    def sign_in(username):
        context = browser.new_context(viewport=DESKTOP)
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        tab.goto(live_demo.url + "/admin/login/")
        tab.get_by_label("Username").fill(username)
        tab.get_by_label("Password").fill(PASSWORD)
        tab.get_by_role("button", name="Sign in").click()
        expect(tab).to_have_url(live_demo.url + "/admin/", timeout=LONG)
        return tab

    yield sign_in
    for context in contexts:
        context.close()


def _open_footer_actions(tab):
    tab.locator("footer").locator(".w-dropdown__toggle").click()


def _wait_until(started, seconds):
    remaining = started + seconds - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)


def test_a_contributors_article_goes_live_only_when_an_editor_approves(live_demo, page, desktop):
    _as_migrated()
    _person("casey", "Contributors")
    _person("eden", "Editors")
    blog = BlogIndexPage.objects.get()
    title = "Resting between sessions"
    intro = "Why the days after a session matter, and how to spend them gently."

    # The contributor writes an article under the blog.
    writer = desktop("casey")
    writer.goto(f"{live_demo.url}/admin/pages/{blog.pk}/add_subpage/")
    expect(writer).to_have_url(re.compile(r"/admin/pages/add/blog/articlepage/\d+/$"), timeout=LONG)
    writer.locator("#id_title").fill(title)
    tag_input = writer.locator("[data-contentpath='tags'] .tagit-new input")
    tag_input.fill("aftercare")
    tag_input.press("Enter")
    expect(writer.locator("[data-contentpath='tags'] .tagit-label")).to_have_text(["aftercare"])
    writer.locator("#id_intro").fill(intro)

    # The preview panel shows the unsaved article at phone size…
    writer.get_by_role("button", name="Toggle preview").click()
    expect(writer.get_by_label("Preview in mobile size")).to_be_checked()
    preview = writer.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(title, timeout=LONG)
    shot(writer, "preview-panel")
    # …and the Checks panel lists what is missing for search engines.
    writer.get_by_role("button", name="Toggle checks").click()
    checks = writer.locator("[data-side-panel='checks']")
    expect(checks.get_by_text("No SEO title", exact=True)).to_be_visible(timeout=LONG)
    shot(writer, "checks-panel")

    # The publishing schedule is in the Status panel (left empty here: the editor decides).
    writer.get_by_role("button", name="Toggle status").click()
    writer.get_by_role("button", name="Set schedule").click()
    schedule = writer.locator("#schedule-publishing-dialog")
    go_live = schedule.get_by_label("Go live date/time")
    expect(go_live).to_be_visible()
    go_live.fill("2030-03-04 09:00")
    shot(writer, "publishing-schedule")
    go_live.fill("")
    schedule.get_by_role("button", name="Close dialog").click()
    expect(schedule).to_be_hidden()

    # A contributor cannot publish: the action menu offers "Submit to Editor approval".
    _open_footer_actions(writer)
    expect(writer.locator("button[name='action-publish']")).to_have_count(0)
    submit = writer.locator("button[name='action-submit']")
    expect(submit).to_have_text("Submit to Editor approval")
    expect(submit).to_be_visible()
    shot(writer, "article-submit")
    submit.click()
    expect(
        writer.get_by_text(f"Page '{title}' created and submitted for moderation.")
    ).to_be_visible(timeout=LONG)

    # A visitor does not see it yet.
    page.goto(live_demo.url + "/blog/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("link", name=title)).to_have_count(0)
    assert page.goto(live_demo.url + "/blog/resting-between-sessions/").status == 404

    # The editor finds it on the dashboard under "Awaiting your review" and approves it.
    reviewer = desktop("eden")
    waiting = reviewer.locator("section, .w-panel, .panel").filter(
        has=reviewer.get_by_role("heading", name="Awaiting your review")
    )
    expect(waiting.get_by_text("casey").first).to_be_visible()
    waiting.get_by_role("heading", name="Awaiting your review").scroll_into_view_if_needed()
    shot(reviewer, "awaiting-review")
    waiting.get_by_role("link", name=title).first.click()
    expect(reviewer).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"), timeout=LONG)

    _open_footer_actions(reviewer)
    reviewer.get_by_role("button", name="Approve with comment and Publish").click()
    dialog = reviewer.locator(".modal-dialog")
    expect(dialog.get_by_text("Approve with comment").first).to_be_visible(timeout=LONG)
    dialog.get_by_label("Comment").fill("Lovely, thank you. Publishing it now.")
    shot(reviewer, "approve-dialog")
    dialog.get_by_role("button", name="Approve with comment").click()
    expect(reviewer.get_by_text(f"Page '{title}' has been updated.")).to_be_visible(timeout=LONG)

    # Now the visitor finds it in the blog and can read it.
    page.goto(live_demo.url + "/blog/")
    link = page.get_by_role("link", name=title, exact=True)
    expect(link).to_be_visible()
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text(intro)).to_be_visible()
    expect(page.get_by_role("list", name="Tags").get_by_role("link")).to_have_text(["aftercare"])


def _fill_contact_form(tab, email):
    tab.get_by_label("Your name").fill("Robin Reyes")
    tab.get_by_role("textbox", name="Email").fill(email)
    tab.get_by_role("group", name="How should we reply?").get_by_label("Email").check()
    tab.get_by_label("Your message").fill(MESSAGE)


def test_the_contact_form_refuses_a_bot_and_accepts_a_person(live_demo, page, desktop):
    _as_migrated()
    contact = ContactPage.objects.get()
    phone = PracticeSettings.for_site(Site.objects.get()).phone
    send = page.get_by_role("button", name="Send message")
    heading = page.get_by_role("heading", level=1)

    # A bot fills every input it finds, the hidden "website" one too, and sends at once.
    page.goto(live_demo.url + "/contact/")
    _fill_contact_form(page, "robin@example.com")
    phone_screen = page.viewport_size
    page.set_viewport_size({**phone_screen, "height": 2000})  # the whole form, above the call bar
    shot(page.locator("form.contact-form"), "contact-form")  # as a person sees it, too
    page.set_viewport_size(phone_screen)
    trap = page.locator("input[name='website']")
    expect(trap).not_to_be_in_viewport()
    trap.fill("https://cheap-pills.example", force=True)
    send.click()
    # It is refused with a reason a person would understand, and the message is still there.
    expect(page.get_by_role("alert")).to_contain_text("it was not delivered")
    expect(heading).to_have_text("Contact")
    expect(page.get_by_label("Your message")).to_have_value(MESSAGE)
    call = page.locator("#main").get_by_role("link", name=phone, exact=True)
    expect(call).to_have_attribute("href", "tel:" + re.sub(r"[^\d+]", "", phone))

    # A patient bot, filled in now and sent once the minimum time is long past.
    patient_bot = page.context.new_page()
    patient_bot.goto(live_demo.url + "/contact/")
    _fill_contact_form(patient_bot, "robin@example.com")
    patient_bot.locator("input[name='website']").fill("https://cheap-pills.example", force=True)

    # A person mistypes the email address: the form says so and keeps the message.
    page.goto(live_demo.url + "/contact/")
    opened = time.monotonic()
    _fill_contact_form(page, "robin.example.com")
    _wait_until(opened, MIN_SECONDS)
    send.click()
    expect(page.get_by_role("alert")).to_contain_text("Please check the fields marked below")
    expect(page.locator("#id_email_error")).to_have_text("Enter a valid email address.")
    expect(page.get_by_label("Your message")).to_have_value(MESSAGE)
    expect(page.get_by_label("Your name")).to_have_value("Robin Reyes")

    # They correct it and send it again. (The form shown again starts a new minimum time.)
    shown_again = time.monotonic()
    page.get_by_role("textbox", name="Email").fill("robin@example.com")
    _wait_until(shown_again, MIN_SECONDS)
    send.click()
    expect(heading).to_have_text("Thank you")
    expect(page.get_by_text("Your message has arrived safely")).to_be_visible()

    patient_bot.get_by_role("button", name="Send message").click()
    expect(patient_bot.get_by_role("alert")).to_contain_text("looked automatic")

    # The practitioner reads it under Forms; the bot's message was never stored.
    _person("admin")
    admin = desktop("admin")
    admin.get_by_role("link", name="Forms", exact=True).click()
    admin.get_by_role("link", name=contact.title, exact=True).click()
    expect(admin).to_have_url(f"{live_demo.url}/admin/forms/submissions/{contact.pk}/")
    rows = admin.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Robin Reyes")
    expect(rows.first).to_contain_text("robin@example.com")
    expect(rows.first).to_contain_text("Tuesday evening")
    top = {"x": 0, "y": 0, "width": DESKTOP["width"], "height": 300}
    shot(admin, "contact-submissions", clip=top)

    # The "…" menu beside the title downloads every message as a spreadsheet.
    admin.locator("header").get_by_role("button", name="Actions").click()
    download_csv = admin.get_by_role("link", name="Download CSV")
    expect(download_csv).to_be_visible()
    shot(admin, "contact-export", clip=top)
    with admin.expect_download() as download:
        download_csv.click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Robin Reyes" in exported and MESSAGE in exported


def test_an_editor_updates_the_phone_number_a_question_and_a_picture(
    live_demo, page, desktop, tmp_path
):
    _as_migrated()
    _person("eden", "Editors")
    site = Site.objects.get()
    new_phone = "+1 212 555 0123"

    # Settings → Practice details, from the admin menu.
    editor = desktop("eden")
    editor.get_by_role("button", name="Settings").click()
    editor.get_by_role("link", name="Practice details").click()
    expect(editor).to_have_url(f"{live_demo.url}/admin/settings/home/practicesettings/{site.pk}/")
    field = editor.get_by_label("Phone")
    expect(field).to_have_value("+1 212 555 0147")
    field.fill(new_phone)
    editor.get_by_role("heading", name="Contact and booking").evaluate(
        "heading => heading.scrollIntoView({block: 'start'})"
    )
    shot(editor, "practice-details")
    editor.get_by_role("button", name="Save").click()
    expect(editor.get_by_text("Practice details updated.")).to_be_visible(timeout=LONG)
    expect(editor.get_by_label("Phone")).to_have_value(new_phone)

    # Every page's footer shows the new number, as a link that calls it.
    for path in ("/", "/faq/", "/blog/"):
        page.goto(live_demo.url + path)
        footer_phone = page.locator("footer li", has_text="Phone:").get_by_role("link")
        expect(footer_phone).to_have_text(new_phone)
        expect(footer_phone).to_have_attribute("href", "tel:+12125550123")
        expect(
            page.locator(".booking-bar").get_by_role("link", name=f"Call {new_phone}")
        ).to_be_attached()

    # Settings → Menus: the header links in their order.
    editor.get_by_role("button", name="Settings").click()
    editor.get_by_role("link", name="Menus").click()
    expect(editor).to_have_url(f"{live_demo.url}/admin/settings/home/navigationsettings/{site.pk}/")
    expect(editor.get_by_role("heading", name="Header links")).to_be_visible()
    expect(editor.get_by_text("Modalities", exact=True).first).to_be_visible()
    shot(editor, "menus")

    # A new question: its topic on the FAQ page, and the modality pages it also appears on.
    question = "Can I come straight from work?"
    editor.goto(live_demo.url + "/admin/snippets/modalities/question/add/")
    editor.locator("#id_question").fill(question)
    editor.locator("[data-contentpath='answer'] [contenteditable='true']").click()
    editor.keyboard.type("Yes. Loose, comfortable clothes are best, but you need not change.")
    editor.locator("[data-contentpath='topic']").get_by_role(
        "button", name="Choose question topic"
    ).click()
    editor.locator(".modal-dialog").get_by_role("link", name="Practical matters").click()
    expect(editor.locator("[data-contentpath='topic'] [data-chooser-title]")).to_have_text(
        "Practical matters", timeout=LONG
    )
    for modality in ("CranioSacral Therapy", "Visceral Manipulation"):
        editor.locator("#id_modalities").get_by_label(modality).check()
    editor.set_viewport_size({"width": DESKTOP["width"], "height": 1100})  # down to Save
    shot(editor, "faq-question")
    editor.set_viewport_size(DESKTOP)
    editor.get_by_role("button", name="Save").click()
    expect(editor.get_by_text(f"Question '{question}' created.")).to_be_visible(timeout=LONG)

    page.goto(live_demo.url + "/faq/")
    expect(page.locator("summary", has_text=question)).to_be_visible()
    for title, shown in [("CranioSacral Therapy", 1), ("Somato Emotional Release", 0)]:
        page.goto(live_demo.url + ModalityPage.objects.get(title=title).url)
        expect(page.get_by_text(question)).to_have_count(shown)

    # Images: the alt text is required; tags make pictures easy to find again.
    item = start_image_upload(editor, live_demo.url, tmp_path, "linen", (214, 200, 178))
    item.get_by_label("Title").fill("Linen cloth")
    tags = item.locator(".tagit-new input")
    for tag in ("treatment room", "calm"):
        tags.fill(tag)
        tags.press("Enter")
    alt_text = item.get_by_label("Alt text")
    alt_text.fill("Folded white linen on a wooden treatment table")
    editor.set_viewport_size({"width": DESKTOP["width"], "height": 1300})  # the whole form
    shot(item, "image-upload")
    editor.set_viewport_size(DESKTOP)
    # Without alt text the picture is not saved.
    alt_text.fill("")
    item.get_by_role("button", name="Update").click()
    expect(item.get_by_text("This field is required.")).to_be_visible(timeout=LONG)
    alt_text.fill("Folded white linen on a wooden treatment table")
    item.get_by_role("button", name="Update").click()
    expect(editor.get_by_role("status").get_by_text("Image updated.")).to_be_visible(timeout=LONG)
