"""What the import tests share: the sample sources and a way to run the import command."""

import io
from pathlib import Path

from django.core.management import call_command

DATA = Path(__file__).parents[1] / "data"
WXR = DATA / "old-site.xml"
SEED = DATA / "practice-page.txt"


def run(source, *args):
    out = io.StringIO()
    call_command("import_content", str(source), *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def import_wxr(source=WXR):
    return run(source, "--parent", "/blog/")


HAND_WRITTEN = Path(__file__).parent / "data"
WORDPRESS = HAND_WRITTEN / "wordpress.xml"
SQUARESPACE = HAND_WRITTEN / "squarespace.xml"
HTML_SITE = HAND_WRITTEN / "html-site"
MODALITY_TEXT = HAND_WRITTEN / "modality-page.txt"


def published(page):
    """The imported draft as a visitor sees it once an editor has reviewed and published it."""
    page.get_latest_revision().publish()
    page.refresh_from_db()
    return page
