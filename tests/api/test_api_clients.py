"""Clients generated from /api/schema/ by tools nobody here wrote, checked on every run.

TypeScript: openapi-typescript's types, and the strict consumer in clients/typescript, which
narrows pages by meta.type and blocks by type without a cast, compiled by tsc --strict. Python:
datamodel-code-generator's pydantic models, which must parse every page of the demo into its own
page type. Both tools are pinned (package.json, pyproject.toml) and installed by make install-test.
"""

import importlib.util
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Page

ROOT = Path(__file__).resolve().parents[2]
NODE_BIN = ROOT / "node_modules" / ".bin"
CONSUMER = ROOT / "clients" / "typescript"


def run(command: list, cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, f"{' '.join(map(str, command))} failed:\n{output}"
    return output


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "openapi.json"
    call_command("api_schema", output=str(path), stdout=io.StringIO())
    return path


def test_typescript_consumer_compiles_strictly_against_generated_types(document, capsys):
    workdir = document.parent
    generated = run(
        [NODE_BIN / "openapi-typescript", document.name, "--output", "api.d.ts"], workdir
    )
    for name in ("consumer.ts", "tsconfig.json"):
        shutil.copy(CONSUMER / name, workdir / name)
    compiled = run([NODE_BIN / "tsc", "--project", "tsconfig.json"], workdir)
    with capsys.disabled():
        print(f"\n{generated}\ntsc --strict: {compiled or 'no errors'}")


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")
def test_python_models_parse_every_demo_page_into_its_own_type(
    document, client, capsys, monkeypatch
):
    models_file = document.parent / "stillpoint_api.py"
    output = run(
        [
            Path(sys.executable).parent / "datamodel-codegen",
            "--input", document.name,
            "--input-file-type", "openapi",
            "--output-model-type", "pydantic_v2.BaseModel",
            "--target-python-version", "3.11",
            "--formatters", "ruff-format",
            "--output", models_file.name,
        ],
        document.parent,
    )  # fmt: skip
    spec = importlib.util.spec_from_file_location("stillpoint_api", models_file)
    models = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, models)  # pydantic resolves its types there
    spec.loader.exec_module(models)
    pages = Page.objects.filter(depth__gt=1).live().specific()
    parsed = {}
    for page in pages:
        answer = client.get(f"/api/v2/pages/{page.pk}/").json()
        model = models.Page.model_validate(answer).root
        assert type(model).__name__ == type(page).__name__, (page.url, type(model).__name__)
        parsed[type(model).__name__] = parsed.get(type(model).__name__, 0) + 1
    listing = client.get("/api/v2/pages/?limit=100&fields=*").json()
    items = [models.PageItem.model_validate(item).root for item in listing["items"]]
    assert [type(item).__name__ for item in items] == [
        f"{item['meta']['type'].split('.')[1]}Item" for item in listing["items"]
    ]
    with capsys.disabled():
        print(f"\ndatamodel-codegen: {output or 'no warnings'}")
        print(f"{len(pages)} demo pages parsed, each into its own type: {parsed}")
