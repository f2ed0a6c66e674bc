"""A WordPress export with every case: identity, pictures, galleries, embeds, code, old addresses."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, PageViewRestriction

from blog.models import ArticlePage
from home.models import StandardPage
from importer.models import ImportedImage, ImportRecord
from media.models import SiteImage
from tests.importer.helpers import WORDPRESS, published, run

pytestmark = pytest.mark.django_db


def import_wordpress(*args):
    return run(WORDPRESS, "--parent", "/blog/", *args)


def page_html(client, page):
    response = client.get(published(page).url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def article(slug):
    return ArticlePage.objects.get(slug=slug)


@pytest.fixture
def imported(uploads, videos):
    return import_wordpress("--media", str(uploads))


def test_a_second_and_third_run_change_nothing_though_two_posts_share_a_guid(uploads, videos):
    first = import_wordpress("--media", str(uploads))
    latest = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    pictures = SiteImage.objects.count()

    second = import_wordpress("--media", str(uploads))
    third = import_wordpress("--media", str(uploads))

    assert "10 created, 0 updated, 0 unchanged, 0 skipped" in first
    for report in (second, third):
        assert "0 created, 0 updated, 10 unchanged, 0 skipped" in report
    assert {page.pk: page.latest_revision_id for page in Page.objects.all()} == latest
    assert SiteImage.objects.count() == pictures
    # Each of the twins keeps its own words.
    assert "Words and pictures" in str(article("media-and-text").body.raw_data)
    assert "Back to" in str(article("title-with-tags").body.raw_data)


@pytest.mark.usefixtures("imported")
def test_a_post_recorded_by_its_guid_earlier_is_found_again(uploads):
    record = ImportRecord.objects.get(page=article("awaiting-review"))
    record.source_key = "wxr:https://quiethands.example/?p=204"  # how it used to be keyed
    record.save()
    pages = Page.objects.count()

    report = import_wordpress("--media", str(uploads))

    assert "0 created, 0 updated, 10 unchanged" in report
    assert Page.objects.count() == pages
    record.refresh_from_db()
    assert record.source_key == "wxr:quiethands.example#204"


@pytest.mark.usefixtures("imported")
def test_a_post_edited_since_the_import_is_left_alone(uploads):
    post = article("title-with-tags")
    edited = post.get_latest_revision_as_object()
    edited.title = "Retitled by the editor"
    edited.save_revision()

    report = import_wordpress("--media", str(uploads))

    assert "edited since last import" in report
    assert article("title-with-tags").get_latest_revision_as_object().title == (
        "Retitled by the editor"
    )


def test_pictures_arrive_in_the_library_with_alt_title_caption_credit_and_tags(imported, client):
    hands = SiteImage.objects.get(title="Hands at rest")
    assert hands.description == "Two hands resting on a folded linen towel"
    assert hands.caption == "Resting hands after a session"
    assert hands.credit == "Photo: Ines"
    assert {tag.name for tag in hands.tags.all()} == {"Notes", "calm"}
    assert ImportedImage.objects.count() == 3  # hands, stones, river; each once
    assert "3 added to the image library" in imported

    main = page_html(client, article("media-and-text"))
    figure = main.find("img", alt="Two hands resting on a folded linen towel").find_parent("figure")
    assert "Hands, after the session" in figure.figcaption.get_text()
    assert "Photo: Ines" in figure.figcaption.get_text()


def test_galleries_become_a_grid_of_figures_with_captions(imported, client):
    main = page_html(client, article("title-with-tags"))
    grid = main.find("ul", class_="gallery__grid")
    figures = grid.find_all("figure")
    assert [figure.img["alt"] for figure in figures] == [
        "Three smooth grey stones stacked on a sill",
        "A slow river bending through reeds",
    ]
    assert [figure.figcaption.get_text(strip=True) for figure in figures] == ["Stones", "River"]
    # [gallery] without ids shows the pictures attached to the page.
    room = StandardPage.objects.get(slug="the-room")
    assert len(page_html(client, room).select(".gallery__grid figure")) == 2
    # [gallery ids="102,103"] too.
    assert len(page_html(client, article("media-and-text")).select(".gallery__grid li")) == 2


def test_a_missing_picture_is_reported_with_its_address_and_left_as_a_note(imported, client):
    assert "lantern.png: not in the --media folder" in imported
    assert "unused.png" in imported.split("Attachments no imported page shows")[1]
    main = page_html(client, article("title-with-tags"))
    assert "[Missing picture: A paper lantern glowing in the dark]" in main.get_text()


def test_videos_become_video_blocks_and_other_embeds_links(imported, client, videos):
    types = [block.block_type for block in article("title-with-tags").body]
    assert types.count("video") == 2  # [embed] Vimeo and the YouTube iframe
    assert [block.block_type for block in article("media-and-text").body].count("video") == 1
    main = page_html(client, article("title-with-tags"))
    assert main.find("a", href="https://twitter.com/quiethands/status/1")
    assert main.find("iframe", src="https://vimeo.com/76979871")
    assert "twitter.com/quiethands/status/1 is not a YouTube or Vimeo video" in imported


@pytest.mark.usefixtures("imported")
def test_code_rules_headings_and_inline_formatting_are_kept(client):
    main = page_html(client, article("media-and-text"))
    code = main.select("pre code")
    assert code[0]["class"] == ["language-python"]
    assert code[0].get_text() == "def pause(seconds):\n    return seconds * 2"
    assert code[1].get_text() == 'echo "in" && echo "out"'
    assert main.find("hr", class_="divider")
    assert main.find("h2", string="Breathing")
    assert [h.get_text() for h in main.find_all("h4")][:2] == ["Counting", "Fine print"]
    for tag, text in [("sub", "2"), ("sup", "st"), ("code", "breathe --slowly"), ("s", "rush")]:
        assert main.find(tag, string=text), tag
    # A definition list: each term a heading, each definition a paragraph.
    term = main.find("h4", string="Stillpoint")
    assert term.find_next("p").get_text() == "A pause in the body's rhythm."
    quote = main.find("blockquote")
    assert quote.find("a", href="https://slow.example/") and quote.find("b", string="smooth")
    # A numbered list keeps its start; a table keeps the links and emphasis in its cells.
    steps = main.find("ol", start="3")
    assert [li.get_text() for li in steps.find_all("li")] == ["Third step", "Fourth step"]
    table = main.find("table")
    assert [th.get_text() for th in table.select("thead th")] == ["Session", "Length"]
    assert table.find("td").find("a").get_text() == "First"
    assert table.find("b", string="90")


@pytest.mark.usefixtures("imported")
def test_links_between_posts_lead_to_their_new_pages_and_anchors_stay(client):
    published(article("title-with-tags"))
    main = page_html(client, article("media-and-text"))
    assert main.find("a", string="the next note")["href"] == "/blog/title-with-tags/"
    assert main.find("a", string="the breathing part")["href"] == "#breath"
    assert main.find("a", string="stay here")["href"] == "#"
    published(article("media-and-text"))
    main = page_html(client, article("title-with-tags"))
    assert main.find("a", string="the first note")["href"] == "/blog/media-and-text/"


@pytest.mark.usefixtures("imported")
@pytest.mark.parametrize(
    "old, new",
    [
        ("/2019/04/media-and-text/", "/blog/media-and-text/"),
        ("/?p=201", "/blog/media-and-text/"),
        ("/?page_id=301", "/the-room/"),
    ],
)
def test_old_addresses_redirect_permanently(client, old, new):
    published(Page.objects.get(url_path__endswith=new.lstrip("/")).specific)
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


def test_titles_are_decoded_once_and_intros_never_repeat_the_body(imported):
    assert article("media-and-text").title == "Media & Text"
    assert article("title-with-tags").title == "Title With Tags"
    assert article("media-and-text").intro == "A note on words and pictures."
    second = article("title-with-tags")
    assert second.intro == "A second note that shares its guid with the first."
    assert "shares its guid" not in str(second.body.raw_data)


def test_a_password_protected_post_is_private_with_the_same_password(imported, client):
    post = article("for-clients")
    restriction = PageViewRestriction.objects.get(page=post)
    assert restriction.restriction_type == PageViewRestriction.PASSWORD
    assert restriction.password == "open sesame"
    assert "password-protected: private page, same password" in imported
    response = client.get(published(post).url)
    assert b"Exercises for clients" not in response.content


def test_protected_posts_can_be_skipped_instead(uploads):
    report = import_wordpress("--skip-protected")
    assert not ArticlePage.objects.filter(slug="for-clients").exists()
    assert "“For clients”: password-protected: skipped" in report


def test_the_report_accounts_for_every_kind_of_item(imported):
    census = imported.split("In the source: ")[1].split("\n")[0]
    for count in (
        "5 × attachment",
        "2 × comment",
        "10 × post",
        "1 × page",
        "1 × sticky",
        "1 × status: draft",
        "1 × status: pending",
        "1 × status: future",
        "1 × status: private",
        "1 × nav_menu_item",
        "1 × password-protected",
    ):
        assert count in census
    assert "“Media & Text”: was sticky on the old site" in imported
    assert "“Media & Text”: 2 comment(s) not imported" in imported
    assert "“Coming soon”: was future on the old site: imported as a draft" in imported
    assert "“Thrown away”: its status on the old site is “trash”" in imported
    empty = imported.split("Imported with an empty body")[1]
    assert "“Nothing to say”" in empty


def test_scripts_handlers_styles_and_unknown_iframes_never_reach_a_page(imported):
    stored = str(article("title-with-tags").body.raw_data)
    for leftover in ("<script", "onclick", "javascript:", "ads.example", "style="):
        assert leftover not in stored
    unmapped = imported.split("Could not be mapped:")[1]
    for note in (
        "removed <iframe> (https://ads.example/frame)",
        "removed <script>",
        "removed onclick event handler",
        "removed an inline style",
        "removed a javascript: link",
    ):
        assert note in unmapped
