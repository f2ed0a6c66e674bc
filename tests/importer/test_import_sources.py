"""manage.py import_content refuses broken sources and bad parents, and shows its progress."""

import io
import shutil

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from blog.models import ArticlePage
from home.models import StandardPage
from importer.models import ImportRecord
from importer.progress import ProgressBar
from tests.importer.helpers import SEED, WXR, import_wxr, run

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "content, message",
    [
        (WXR.read_bytes()[:1500], "not well-formed XML"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary data"),
        (b"<html><body>Not an export<br></body></html>", "not well-formed XML"),
        (b'<?xml version="1.0"?><rss><channel><title>A feed</title></channel></rss>', "WXR"),
    ],
    ids=["cut-short", "binary", "html-named-xml", "plain-rss"],
)
def test_a_broken_export_is_refused_and_nothing_is_saved(tmp_path, content, message):
    source = tmp_path / "export.xml"
    source.write_bytes(content)
    pages, records = Page.objects.count(), ImportRecord.objects.count()

    with pytest.raises(CommandError, match=message):
        import_wxr(source)

    assert Page.objects.count() == pages
    assert ImportRecord.objects.count() == records


def test_a_binary_file_in_a_folder_stops_the_whole_import(tmp_path):
    site = tmp_path / "old-site"
    site.mkdir()
    (site / "a-good-page.html").write_text("<main><p>Fine.</p></main>", encoding="utf-8")
    (site / "picture.html").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50)
    pages = Page.objects.count()

    with pytest.raises(CommandError, match="picture.html holds binary data"):
        run(site)

    assert Page.objects.count() == pages


def test_a_binary_text_page_is_refused(tmp_path):
    source = tmp_path / "page.txt"
    shutil.copy(SEED, source)
    source.write_bytes(source.read_bytes() + b"\x00\x01\x02" * 100)

    with pytest.raises(CommandError, match="binary data"):
        run(source)


def test_a_missing_source_is_refused(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        run(tmp_path / "nowhere.xml")


@pytest.mark.parametrize(
    "parent, message",
    [
        ("/no-such-section/", "no such page"),
        ("999999", "no such page"),
        ("/about/", "cannot be placed under it"),
    ],
)
def test_an_unknown_or_unsuitable_parent_is_refused(parent, message):
    pages = Page.objects.count()

    with pytest.raises(CommandError, match=message):
        run(WXR, "--parent", parent)

    assert Page.objects.count() == pages


def test_posts_need_a_parent():
    with pytest.raises(CommandError, match="--parent"):
        run(WXR)


def test_the_parent_can_be_a_page_id(blog):
    run(WXR, "--parent", str(blog.pk), "--pages-parent", "/about/")

    assert ArticlePage.objects.child_of(blog).filter(slug="workshop-notes").exists()
    about = Page.objects.get(url_path=Site.objects.get().root_page.url_path + "about/")
    assert StandardPage.objects.child_of(about).filter(title="Our approach").exists()


def test_a_long_import_shows_a_progress_bar_on_stderr(tmp_path):
    site = tmp_path / "old-site"
    site.mkdir()
    for number in range(1, 12):
        (site / f"page-{number}.html").write_text(f"<main><h1>Page {number}</h1><p>Hi.</p></main>")
    out, err = io.StringIO(), io.StringIO()

    call_command("import_content", str(site), stdout=out, stderr=err)

    # First every page is made, then every body filled in.
    assert "\rPages [" in err.getvalue() and "Pages [" + "#" * 30 + "] 11/11\n" in err.getvalue()
    assert err.getvalue().endswith("\rBodies [" + "#" * 30 + "] 11/11\n")
    assert "11 created" in out.getvalue()
    assert "[#" not in out.getvalue()


def test_progress_bar_shows_for_long_imports_only():
    written = io.StringIO()
    bar = ProgressBar(written.write, total=40, watched=False, width=10)
    bar.show(12)
    assert written.getvalue() == "\r[###.......] 12/40"
    bar.show(40)
    assert written.getvalue().endswith("\r[##########] 40/40\n")

    quiet = io.StringIO()
    ProgressBar(quiet.write, total=3, watched=False).show(1)
    assert quiet.getvalue() == ""
