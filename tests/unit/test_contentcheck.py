"""plansite.contentcheck: hand-written content (docs/**/*.md, overrides, README) must be NFC."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from plansite.cli import main
from plansite.contentcheck import check_content
from plansite.paths import GENERATED_DIRS, Paths
from plansite.problems import Problem
from tests.plans import SMALL

DECOMPOSED = "Vi\u0065\u0323\u0302t Nam"  # ệ as e + U+0323 + U+0302
PAGE = f"# Trang thử\n\nDòng hai.\n{DECOMPOSED} ở dòng bốn.\n{DECOMPOSED} ở dòng năm.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the small plan (the real content's own check: content/test_content_nfc.py)."""
    return Path(shutil.copytree(SMALL, tmp_path / "project"))


def test_copied_content_is_nfc(project: Path) -> None:
    assert check_content(Paths(project)) == []


def test_non_nfc_markdown_is_reported_with_line_and_fix(project: Path) -> None:
    page = project / "docs" / "thu" / "index.md"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    assert check_content(Paths(project)) == [
        Problem(
            "docs/thu/index.md",
            4,
            1,
            "text is not in Unicode NFC; run: python -m plansite nfc docs/thu/index.md",
        )
    ]


def test_non_nfc_plan_page_is_reported(project: Path) -> None:
    plan = project / "docs" / "ke-hoach" / "index.md"
    lines = plan.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if "Ngành Mẫu" in line)
    lines[number] = lines[number].replace("Ngành Mẫu", DECOMPOSED, 1)
    plan.write_text("".join(lines), encoding="utf-8")
    [problem] = check_content(Paths(project))
    assert (problem.file, problem.line) == ("docs/ke-hoach/index.md", number + 1)
    assert problem.message.endswith("python -m plansite nfc docs/ke-hoach/index.md")


def test_readme_and_overrides_are_checked(project: Path) -> None:
    (project / "README.md").write_text(f"ok\n{DECOMPOSED}\n", encoding="utf-8")
    (project / "overrides").mkdir()
    (project / "overrides" / "main.html").write_text(f"<p>{DECOMPOSED}</p>\n", encoding="utf-8")
    found = {(p.file, p.line) for p in check_content(Paths(project))}
    assert found == {("README.md", 2), ("overrides/main.html", 1)}


@pytest.mark.parametrize("folder", GENERATED_DIRS)
def test_generated_folders_are_skipped(project: Path, folder: str) -> None:
    page = project / "docs" / folder / "x.md"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE, encoding="utf-8")
    assert check_content(Paths(project)) == []


def test_non_utf8_markdown_is_reported(project: Path) -> None:
    (project / "docs" / "latin1.md").write_bytes("caf\u00e9\n".encode("latin-1"))
    assert check_content(Paths(project)) == [
        Problem("docs/latin1.md", 1, 1, "not UTF-8 text; save it as UTF-8")
    ]


def test_the_suggested_fix_works(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = project / "docs" / "thu.md"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["--root", str(project), "nfc", str(page)]) == 0
    assert capsys.readouterr().out == f"normalized {page}\n"
    text = page.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert text == unicodedata.normalize("NFC", PAGE)
    assert check_content(Paths(project)) == []
