"""Squarespace's export, a folder of HTML pages, a text page, pictures fetched, a large export."""

import functools
import http.server
import importlib.util
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from blog.models import ArticlePage
from home.models import StandardPage
from media.models import SiteImage
from modalities.models import ModalityPage
from tests.importer.helpers import HTML_SITE, MODALITY_TEXT, SQUARESPACE, published, run
from tests.modalities.factories import ModalityIndexPageFactory

pytestmark = pytest.mark.django_db

GENERATOR = Path(__file__).parents[2] / "scripts" / "wxr_export.py"


def main_of(client, page):
    response = client.get(published(page).url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def test_a_squarespace_export_keeps_its_pictures_and_captions(uploads, client):
    report = run(SQUARESPACE, "--parent", "/blog/", "--media", str(uploads))

    post = ArticlePage.objects.get(slug="a-bowl-of-tea")
    main = main_of(client, post)
    bowl = main.find("img", alt="A shallow tea bowl on a wooden tray")
    assert bowl.find_parent("figure").figcaption.get_text(strip=True) == "Green tea, no sugar"
    assert SiteImage.objects.filter(description="A shallow tea bowl on a wooden tray").exists()
    # The kettle was never in the uploads: its address is listed, its alt text left as a note.
    assert "kettle.jpeg?format=750w: not in the --media folder" in report
    assert "[Missing picture: An iron kettle]" in main.get_text()
    assert [li.get_text() for li in main.select("ul li")][:2] == [
        "Warm the bowl.",
        "Wait a minute.",
    ]
    assert "removed an inline style (×2)" in report
    assert "In the source: 1 × page, 1 × post, 2 × status: publish." in report  # no "0 ×"
    assert StandardPage.objects.filter(slug="visit").exists()
    # Its old address is its new one; the address by id leads to it.
    assert "/blog/a-bowl-of-tea →" not in report
    assert client.get("/?p=7")["Location"] == "/blog/a-bowl-of-tea/"


def test_a_folder_of_html_pages_keeps_pictures_code_and_rules(uploads, client, videos):
    report = run(HTML_SITE, "--media", str(uploads))

    welcome = StandardPage.objects.get(title="Welcome")
    main = main_of(client, welcome)
    assert main.find("img", alt="A shallow tea bowl on a wooden tray")
    assert main.find("figcaption").get_text(strip=True).startswith("Our tea bowl")
    assert (
        main.select_one("pre code.language-text").get_text()
        == "Arrive 5 minutes early\nBring water"
    )
    assert main.find("hr", class_="divider")
    kettle = StandardPage.objects.get(title="The kettle")
    assert f'<a linktype="page" id="{kettle.pk}">' in str(welcome.body.raw_data)
    assert [block.block_type for block in kettle.body].count("video") == 1
    assert "<sup>100</sup>" in kettle.body[0].value.source
    assert "removed <iframe> (https://maps.unknown.example/embed)" in report
    assert "removed onmouseover event handler" in report


def test_a_text_page_under_the_modalities_becomes_a_modality_draft(home):
    modalities = ModalityIndexPageFactory(parent=home, slug="modalities")

    report = run(MODALITY_TEXT, "--parent", "/modalities/")

    page = ModalityPage.objects.child_of(modalities).get()
    assert page.title == "Warm Stone Work"
    assert not page.live
    assert page.summary.startswith("Smooth stones, warmed in water")
    assert "modality" in report


@pytest.fixture
def old_site_server(tmp_path, uploads):
    """The old site, answering on a local port: two pictures, one too large, one not a picture."""
    root = tmp_path / "served"
    target = root / "wp-content" / "uploads" / "2019" / "04"
    target.mkdir(parents=True)
    (target / "hands.png").write_bytes((uploads / "2019" / "04" / "hands.png").read_bytes())
    (target / "huge.png").write_bytes(b"\x89PNG" + b"\x00" * 400_000)
    (target / "fake.png").write_text("<html>not a picture</html>")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/wp-content/uploads/2019/04"
    server.shutdown()
    server.server_close()


def small_export(tmp_path, base):
    pictures = "".join(f'<p><img src="{base}/{name}" alt="{name}" /></p>' for name in NAMES)
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<link>https://fetched.example</link><item><title>Fetched</title>"
        f"<content:encoded><![CDATA[{pictures}]]></content:encoded>"
        "<wp:post_id>1</wp:post_id><wp:post_name>fetched</wp:post_name>"
        "<wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    return path


NAMES = ["hands.png", "huge.png", "fake.png"]


def test_pictures_are_fetched_only_when_asked_and_pass_the_upload_checks(
    tmp_path, old_site_server, settings
):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100_000
    settings.IMPORT_FETCH_ALLOW_PRIVATE = ["127.0.0.0/8"]  # the old site is on loopback here
    export = small_export(tmp_path, old_site_server)

    without = run(export)
    assert not SiteImage.objects.exists()
    assert "3 missing" in without and "no --media folder or --fetch given" in without

    report = run(export, "--fetch")

    assert list(SiteImage.objects.values_list("description", flat=True)) == ["hands.png"]
    missing = report.split("Missing pictures")[1]
    assert "huge.png: larger than" in missing
    assert "fake.png: " in missing
    page = StandardPage.objects.get(slug="fetched")
    assert [block.block_type for block in page.get_latest_revision_as_object().body][0] == "image"


def test_pictures_are_never_fetched_from_this_machine_or_a_private_network(
    tmp_path, old_site_server
):
    report = run(small_export(tmp_path, old_site_server), "--fetch")

    assert not SiteImage.objects.exists()
    assert "127.0.0.1 is on this machine or a private network" in report


def generated_export(tmp_path, posts: int) -> Path:
    spec = importlib.util.spec_from_file_location("wxr_export", GENERATOR)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    export = tmp_path / "large.xml"
    generator.write(posts, export)
    return export


def test_a_generated_export_imports_with_progress_in_two_phases(tmp_path, blog):
    export = generated_export(tmp_path, 12)
    errors = tmp_path / "progress.txt"

    with errors.open("w") as stderr:
        from django.core.management import call_command  # noqa: PLC0415

        call_command("import_content", str(export), "--parent", "/blog/", stderr=stderr)

    progress = errors.read_text()
    assert "Pages [" + "#" * 30 + "] 12/12\n" in progress
    assert progress.endswith("Bodies [" + "#" * 30 + "] 12/12\n")
    assert ArticlePage.objects.child_of(blog).count() == 12
    assert Page.objects.filter(title="Note 12").exists()


def test_the_report_lists_every_missing_picture_however_many(tmp_path, blog):
    export = generated_export(tmp_path, 26)  # two pictures a post, none of their files given

    report = run(export, "--parent", "/blog/")

    assert "Imported WordPress export (WXR) large.xml: 26 created" in report
    assert "52 missing" in report
    missing = report.split("Missing pictures")[1].split("\n\n")[0]
    listed = [line for line in missing.splitlines() if "/wp-content/uploads/" in line]
    assert len(listed) == 52 and "more" not in missing
    assert all(line.endswith(": no --media folder or --fetch given") for line in listed)
