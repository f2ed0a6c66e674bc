"""Valid HTML5 (the Nu HTML checker) and no axe-core violations on every demo page."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.demo.test_demo_pages import DEMO_PAGES

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
EXTRA_PAGES = [
    "/blog/five-ways-to-settle-your-nervous-system/",
    "/philosophy/the-body-is-listening/",
    "/journey/before-your-first-session/",
    "/blog/tags/stress/",
    "/contact/",
    "/search/?q=stress",
    "/search/?q=nothing-matches-this",
    "/no-such-page/",
]


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")
def test_every_demo_page_is_valid_html(client, tmp_path):
    assert VNU.exists(), "run `make install-test` (npm vnu-jar)"
    assert shutil.which("java"), "the Nu HTML checker needs a Java runtime"
    files = []
    for number, path in enumerate([*DEMO_PAGES, *EXTRA_PAGES]):
        response = client.get(path)
        target = tmp_path / f"page{number}.html"
        target.write_bytes(response.content)
        files.append((path, target))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--stdout", *(str(f) for _, f in files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    names = {str(file): path for path, file in files}
    errors = [
        f"{names.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: "
        f"line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert not errors, "\n".join(errors)


@pytest.mark.browser
def test_no_axe_violations_on_any_demo_page(live_demo, page):
    assert AXE.exists(), "run `make install-test` (npm axe-core)"
    axe_source = AXE.read_text()
    failures = []
    for path in [*DEMO_PAGES, *EXTRA_PAGES]:
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto(live_demo.url + path)
            # Evaluated by the test, not added as an inline <script>: the site's CSP refuses those.
            page.evaluate(axe_source)
            result = page.evaluate(
                """() => axe.run(document, {runOnly: {type: 'tag',
                   values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"""
            )
            for violation in result["violations"]:
                targets = [node["target"] for node in violation["nodes"]][:3]
                failures.append(
                    f"{path} ({scheme}): {violation['id']}: {violation['help']} {targets}"
                )
    assert not failures, "\n".join(failures)
