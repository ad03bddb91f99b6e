"""Load and validate stages, run on a copy of the real project with one mistake patched in.

Each file in tests/fixtures/invalid/ is one rule, written as a patch of a real data file:

    file: tasks              # data/<file>.yml
    replace: "..."           # an exact substring of that file; must occur exactly once
    with: "..."              # its replacement
    expect: "..."            # a substring of the expected message
    line: 162                # the expected line (optional)
    col: 3                   # the expected column (optional)

Instead of replace/with a fixture may give `content` (the whole new file) or
`remove: true` (delete the file). A fixture with `xfail: <reason>` records a
known bug of the validator: its test is expected to fail until the bug is fixed;
`raises: ValueError` (a builtin exception) narrows the expected failure.

The test copies data/, docs/ke-hoach/ and mkdocs.yml into a temporary folder,
applies the patch, runs plansite.generate.check and expects DataErrors with a
problem in data/<file>.yml at that line whose message holds `expect`.
"""

from __future__ import annotations

import builtins
import unicodedata
from pathlib import Path

import pytest
import yaml

from plansite.generate import check
from plansite.paths import Paths
from plansite.problems import DataErrors, Problem
from tests.project import CHECKED, ROOT, copy_project

FIXTURES = ROOT / "tests" / "fixtures" / "invalid"
FIXTURE_KEYS = {"file", "replace", "with", "content", "remove", "expect", "line", "col"}
FIXTURE_KEYS |= {"xfail", "raises"}


def read_fixture(name: str) -> dict:
    return yaml.safe_load((FIXTURES / f"{name}.yml").read_text(encoding="utf-8"))


def apply(root: Path, fixture: dict) -> Path:
    """Apply one fixture's patch to the project copy at `root`; returns the patched file."""
    path = root / "data" / f"{fixture['file']}.yml"
    if fixture.get("remove"):
        path.unlink()
    elif "content" in fixture:
        path.write_text(fixture["content"], encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
        count = text.count(fixture["replace"])
        assert count == 1, (
            f"'replace' occurs {count} times in data/{fixture['file']}.yml; "
            "the fixture is out of date with the data"
        )
        path.write_text(text.replace(fixture["replace"], fixture["with"]), encoding="utf-8")
    return path


def errors_of(root: Path) -> list[Problem]:
    with pytest.raises(DataErrors) as caught:
        check(Paths(root))
    return caught.value.problems


def matches(problem: Problem, fixture: dict) -> bool:
    return (
        problem.file == f"data/{fixture['file']}.yml"
        and problem.severity == "error"
        and fixture["expect"] in problem.message
        and problem.line == fixture.get("line", problem.line)
        and problem.col == fixture.get("col", problem.col)
    )


def assert_reported(problems: list[Problem], fixture: dict) -> None:
    where = f"data/{fixture['file']}.yml:{fixture.get('line', '?')}:{fixture.get('col', '?')}"
    assert any(matches(p, fixture) for p in problems), (
        f"expected {where}: …{fixture['expect']}… among:\n"
        + "\n".join(p.format() for p in problems)
    )


def fixture_params():
    params = []
    for path in sorted(FIXTURES.glob("*.yml")):
        fixture = yaml.safe_load(path.read_text(encoding="utf-8"))
        marks = []
        if "xfail" in fixture:
            raises = getattr(builtins, fixture["raises"]) if "raises" in fixture else None
            marks.append(pytest.mark.xfail(strict=True, reason=fixture["xfail"], raises=raises))
        params.append(pytest.param(path.stem, marks=marks, id=path.stem))
    return params


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # A fixed status date: no `git log` per check (faster), and the same result every day.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    return copy_project(tmp_path / "project", CHECKED)


# --- the real data -------------------------------------------------------------


def test_real_data_passes(project: Path) -> None:
    result = check(Paths(project))
    tasks = yaml.safe_load((project / "data" / "tasks.yml").read_text(encoding="utf-8"))
    assert sorted(result.index.tasks) == sorted(task["id"] for task in tasks)
    assert all(w.severity == "warning" for w in result.warnings)


# --- one fixture per rule ------------------------------------------------------


def test_fixtures_are_well_formed() -> None:
    names = sorted(FIXTURES.glob("*.yml"))
    assert len(names) >= 38
    for path in names:
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), f"{path.name} is not NFC"
        fixture = yaml.safe_load(text)
        assert set(fixture) <= FIXTURE_KEYS, (
            f"{path.name}: unknown keys {set(fixture) - FIXTURE_KEYS}"
        )
        assert isinstance(fixture["expect"], str), path.name
        assert "raises" not in fixture or "xfail" in fixture, f"{path.name}: raises without xfail"
        ways = [
            ("replace" in fixture and "with" in fixture),
            "content" in fixture,
            "remove" in fixture,
        ]
        assert sum(ways) == 1, f"{path.name}: give replace+with, content or remove"


@pytest.mark.parametrize("name", fixture_params())
def test_invalid_fixture(project: Path, name: str) -> None:
    fixture = read_fixture(name)
    apply(project, fixture)
    assert_reported(errors_of(project), fixture)


def test_non_nfc_fixture_really_is_decomposed() -> None:
    replacement = read_fixture("non-nfc")["with"]
    assert "e\u0323\u0302" in replacement
    assert not unicodedata.is_normalized("NFC", replacement)


# --- warnings ------------------------------------------------------------------


def test_english_null_is_a_warning_not_an_error(project: Path) -> None:
    apply(
        project, {"file": "organisations", "replace": '    en: "VGCL"\n', "with": "    en: null\n"}
    )
    result = check(Paths(project))
    assert (
        Problem(
            "data/organisations.yml", 15, 9, "English translation pending (en: null)", "warning"
        )
        in result.warnings
    )


def test_english_null_in_task_text_is_a_warning(project: Path) -> None:
    path = project / "data" / "tasks.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[164].startswith('    en: "Grassroots trade unions')  # line 165
    lines[164] = "    en: null\n"
    path.write_text("".join(lines), encoding="utf-8")
    result = check(Paths(project))
    pending = [w for w in result.warnings if w.file == "data/tasks.yml"]
    assert [(w.line, w.severity) for w in pending] == [(165, "warning")]


# --- every error of a run is collected -----------------------------------------


@pytest.mark.parametrize(
    "names",
    [
        ("unknown-organisation", "period-end-before-start"),
        ("yaml-syntax", "during-month-with-day"),
        ("unknown-document", "unknown-aim", "unknown-organisation"),
        ("non-nfc", "malformed-date", "missing-data-file", "top-level-not-list"),
    ],
    ids=["two-files", "load-and-validate", "same-file", "four-files"],
)
def test_all_errors_are_collected(project: Path, names: tuple[str, ...]) -> None:
    fixtures = [read_fixture(name) for name in names]
    for fixture in fixtures:
        apply(project, fixture)
    problems = errors_of(project)
    for fixture in fixtures:
        assert_reported(problems, fixture)
    assert problems == sorted(problems)


def test_report_has_one_line_per_problem(project: Path) -> None:
    apply(project, read_fixture("unknown-organisation"))
    with pytest.raises(DataErrors) as caught:
        check(Paths(project))
    report = caught.value.report().splitlines()
    assert len(report) == len(caught.value.problems)
    assert report[0].startswith("data/tasks.yml:226:17: error: unknown organisation")


# --- known bugs ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "bogus"),
    [
        ("wrong-type", "unknown organisation 'tong-ldld-vn'"),
        ("impossible-date", "unknown document 'kl-79-kl-tw-2013'"),
        ("non-nfc", "unknown organisation 'ldld-tinh'"),
        ("yaml-syntax", "unknown task 'ii-1-6'"),
    ],
)
def test_one_mistake_does_not_make_existing_ids_unknown(
    project: Path, name: str, bogus: str
) -> None:
    apply(project, read_fixture(name))
    problems = errors_of(project)
    assert not [p.format() for p in problems if p.message.startswith(bogus)]


def test_unquoted_timing_on_is_accepted_or_explained(project: Path) -> None:
    apply(
        project,
        {
            "file": "events",
            "replace": "timing: before,",
            "with": "timing: on,",
        },
    )
    try:
        check(Paths(project))
    except DataErrors as error:
        at_line = [p for p in error.problems if (p.file, p.line) == ("data/events.yml", 15)]
        assert at_line
        assert all("quote" in p.message for p in at_line), [p.format() for p in at_line]
