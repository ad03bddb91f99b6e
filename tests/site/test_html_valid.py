"""Every built page, in both languages (and both 404 pages), is valid HTML for the W3C Nu
HTML Checker (npm `vnu-jar`, pinned in tests/vnu/, run with Debian's Java): zero errors.
Without Java or the checker the test is skipped locally and fails in CI (CI=true)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.project import ROOT

VNU = ROOT / "tests" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _java() -> str:
    java = shutil.which("java")
    if java and VNU.is_file():
        return java
    missing = (
        "Java (apt-get install default-jre-headless)"
        if not java
        else f"{VNU} (make test installs it)"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"the Nu HTML Checker needs {missing}", pytrace=False)
    pytest.skip(f"the Nu HTML Checker needs {missing}")


def nu_errors(files: list[Path], base: Path) -> list[str]:
    """The checker's errors as 'file:line:col: message' (paths relative to `base`)."""
    run = subprocess.run(
        [_java(), "-jar", str(VNU), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    assert run.returncode == (1 if messages else 0), run.stderr[-2000:]
    found = []
    for message in messages:
        name = Path(message["url"].removeprefix("file:")).relative_to(base).as_posix()
        found.append(
            f"{name}:{message.get('lastLine', 0)}:{message.get('firstColumn', 0)}: {message['message']}"
        )
    return found


def test_the_checker_finds_what_material_wrote(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>'
        '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">'
        '<label for="__toc">Mục lục</label></body></html>',
        encoding="utf-8",
    )
    errors = nu_errors([page], tmp_path)
    assert len(errors) == 2, errors
    assert errors[0].startswith("index.html:1:") and "“autocomplete” is only allowed" in errors[0]
    assert "“for” attribute of the “label” element must" in errors[1]


@pytest.mark.build
def test_every_built_page_is_valid_html(built_site: Path):
    pages = sorted(built_site.rglob("*.html"))
    assert any(p.parts[-3:] == ("en", "ke-hoach", "index.html") for p in pages)
    assert len(pages) > 100
    assert nu_errors(pages, built_site) == []
