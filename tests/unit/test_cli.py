"""The command line, `python -m plansite …`, run in a copy of the project.

A few tests start a real subprocess; the others call plansite.cli.main in-process
(same code path, much faster) through `cli`, which turns an exception escaping
main into the "Traceback …" a user would see on stderr.
"""

from __future__ import annotations

import re
import subprocess
import sys
import traceback
import unicodedata
from pathlib import Path

import pytest

from plansite.cli import main
from tests.project import CHECKED, ROOT, copy_project
from tests.rules.test_validate import apply, read_fixture

FIXTURES = ROOT / "tests" / "fixtures" / "invalid"
DECOMPOSED = "Vi\u0065\u0323\u0302t Nam"  # ệ as e + U+0323 + U+0302
PROBLEM_LINE = re.compile(r"^\S+:\d+:\d+: (error|warning): \S")
SUMMARY = re.compile(r"^\d+ error\(s\); nothing was changed\. Fix them and run again\.$")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # A fixed status date: no `git log` per check (faster), and the same result every day.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    return copy_project(tmp_path / "project", CHECKED)


def plansite(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m plansite ARGS` in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "plansite", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run plansite.cli.main(ARGS) in-process with cwd; returns a CompletedProcess."""

    def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
        monkeypatch.chdir(cwd)
        capsys.readouterr()
        try:
            code = main(list(args))
            crash = ""
        except SystemExit as stop:
            code, crash = stop.code, ""
        except Exception:
            code, crash = 1, traceback.format_exc()
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err + crash)

    return run


def apply_fixture(root: Path, name: str) -> dict:
    fixture = read_fixture(name)
    apply(root, fixture)
    return fixture


def assert_clean_failure(run: subprocess.CompletedProcess[str]) -> list[str]:
    """Exit 1, no traceback, only file:line:col lines and the summary on stderr."""
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode == 1, run.stderr[-3000:]
    assert "ok:" not in run.stdout
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert SUMMARY.match(lines[-1]), lines[-1]
    assert all(PROBLEM_LINE.match(line) for line in lines[:-1]), run.stderr
    count = int(lines[-1].split()[0])
    assert count == len(lines) - 1
    return lines[:-1]


# --- check -----------------------------------------------------------------------


def test_check_passes_on_the_real_data(project: Path) -> None:
    run = plansite(project, "check")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("ok: ")
    assert re.match(r"ok: \d+ tasks, \d+ organisations, \d+ documents", run.stdout)
    assert "Traceback" not in run.stderr
    assert "error" not in run.stderr


def test_check_finds_the_root_from_a_subfolder(cli, project: Path) -> None:
    run = cli(project / "docs" / "ke-hoach", "check")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("ok: ")


def test_check_with_root_option(cli, project: Path, tmp_path: Path) -> None:
    run = cli(tmp_path, "--root", str(project), "check")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("ok: ")


def test_check_reports_a_broken_task_by_file_line_col(project: Path) -> None:
    apply_fixture(project, "unknown-organisation")
    lines = assert_clean_failure(plansite(project, "check"))
    assert lines == [
        "data/tasks.yml:226:17: error: unknown organisation 'ban-tuyen-giao-nu-cog'; "
        "did you mean 'ban-tuyen-giao-nu-cong'?; it must be an id in data/organisations.yml"
    ]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["yaml-syntax"], "data/tasks.yml:162:14: error: YAML syntax error:"),
        (["tab-indentation"], "data/tasks.yml:162:1: error: YAML syntax error:"),
        (["duplicate-key"], "data/tasks.yml:163:3: error: duplicate key 'group'"),
        (["task-text-vi-drift"], "data/tasks.yml:164:9: error: text.vi differs"),
        (["entry-not-mapping"], "data/tasks.yml:161:3: error: expected an entry"),
        (["missing-data-file"], "data/movements.yml:1:1: error: missing data file"),
        (["top-level-not-list"], "data/glossary.yml:2:1: error: expected a list"),
        (["non-nfc"], "data/organisations.yml:11:36: error: text is not in Unicode NFC"),
        (["unknown-aim", "period-end-before-start"], "data/programmes.yml:8:30: error: period"),
        (["unknown-aim", "period-end-before-start"], "data/tasks.yml:183:10: error: unknown aim"),
    ],
)
def test_check_fails_cleanly_on_broken_data(
    cli, project: Path, names: list[str], expected: str
) -> None:
    for name in names:
        apply_fixture(project, name)
    lines = assert_clean_failure(cli(project, "check"))
    assert any(line.startswith(expected) for line in lines), "\n".join(lines)


def test_check_fails_cleanly_on_a_binary_data_file(cli, project: Path) -> None:
    (project / "data" / "tasks.yml").write_bytes(b"\x00\x01\x02")
    lines = assert_clean_failure(cli(project, "check"))
    assert "data/tasks.yml:1:1: error: binary file; expected UTF-8 YAML text" in lines


def test_check_fails_cleanly_on_non_utf8_data(cli, project: Path) -> None:
    path = project / "data" / "movements.yml"
    path.write_bytes(path.read_bytes().replace("Hồ Chí Minh".encode(), b"H\xf4 Chi Minh", 1))
    lines = assert_clean_failure(cli(project, "check"))
    assert any(re.match(r"data/movements\.yml:\d+:1: error: not UTF-8 text", x) for x in lines)


def test_check_reports_a_missing_plan_page(cli, project: Path) -> None:
    (project / "docs" / "ke-hoach" / "index.en.md").unlink()
    lines = assert_clean_failure(cli(project, "check"))
    assert "docs/ke-hoach/index.en.md:1:1: error: the plan page is missing; restore it" in lines


def test_check_reports_non_nfc_markdown(cli, project: Path) -> None:
    (project / "docs" / "thu.md").write_text(f"# Thử\n\n{DECOMPOSED}\n", encoding="utf-8")
    lines = assert_clean_failure(cli(project, "check"))
    assert lines == [
        "docs/thu.md:3:1: error: text is not in Unicode NFC; run: python -m plansite nfc docs/thu.md"
    ]


def test_check_prints_warnings_and_passes(cli, project: Path) -> None:
    path = project / "data" / "organisations.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('    en: "VGCL"\n', "    en: null\n", 1),
        encoding="utf-8",
    )
    run = cli(project, "check")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("ok: ")
    assert "data/organisations.yml:15:9: warning: English translation pending (en: null)" in (
        run.stderr
    )


@pytest.mark.parametrize("name", ["impossible-date-unquoted", "recursive-alias"])
def test_check_never_prints_a_traceback(cli, project: Path, name: str) -> None:
    apply_fixture(project, name)
    assert_clean_failure(cli(project, "check"))


# --- nfc -------------------------------------------------------------------------


def test_nfc_normalizes_a_file(project: Path) -> None:
    page = project / "docs" / "thu.md"
    original = f"# Thử\n\n{DECOMPOSED}\n"
    page.write_text(original, encoding="utf-8")
    run = plansite(project, "nfc", "docs/thu.md")
    assert run.returncode == 0, run.stderr
    assert run.stdout == "normalized docs/thu.md\n"
    text = page.read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", original)
    assert "Việt Nam" in text
    again = plansite(project, "nfc", "docs/thu.md")
    assert (again.returncode, again.stdout) == (0, "")
    assert page.read_text(encoding="utf-8") == text


def test_nfc_leaves_nfc_files_alone(cli, project: Path) -> None:
    plan = project / "docs" / "ke-hoach" / "index.md"
    before = plan.read_bytes()
    run = cli(project, "nfc", str(plan))
    assert (run.returncode, run.stdout) == (0, "")
    assert plan.read_bytes() == before


def test_nfc_repairs_a_data_file_so_check_passes(cli, project: Path) -> None:
    apply_fixture(project, "non-nfc")
    assert_clean_failure(cli(project, "check"))
    run = cli(project, "nfc", "data/organisations.yml")
    assert run.stdout == "normalized data/organisations.yml\n"
    ok = cli(project, "check")
    assert ok.returncode == 0, ok.stderr
    original = (ROOT / "data" / "organisations.yml").read_bytes()
    assert (project / "data" / "organisations.yml").read_bytes() == original


@pytest.mark.parametrize("content", [None, b"caf\xe9\n"], ids=["missing", "latin1"])
def test_nfc_reports_bad_files_without_traceback(cli, project: Path, content: bytes | None) -> None:
    path = project / "docs" / "bad.md"
    if content is not None:
        path.write_bytes(content)
    run = cli(project, "nfc", "docs/bad.md")
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode != 0
    assert "docs/bad.md" in run.stderr
