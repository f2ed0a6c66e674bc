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
