"""Maintainers see their mistakes where they make them: every data file names, on its first
line, the JSON Schema generated from the model (schema/<file>.json, which editors with the
YAML language server read); the committed schemas are the model's; the data passes them,
and a mistake does not. In GitHub Actions each data error is also a workflow annotation."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from plansite.export import editor_schemas
from plansite.paths import DATA_FILES, PLAN_FILE, SETTINGS_FILE
from plansite.problems import Problem, annotations
from tests.project import ROOT
from tests.unit.test_cli import apply_fixture, plansite, project  # noqa: F401 (fixture)

NAMES = (*DATA_FILES, SETTINGS_FILE, PLAN_FILE)


@pytest.mark.parametrize("name", NAMES)
def test_a_data_file_names_its_schema_on_its_first_line(name):
    first = (ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../schema/{name}.json"
    assert (ROOT / "data" / f"../schema/{name}.json").is_file()


def test_the_committed_schemas_are_the_models():
    committed = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schema").glob("*.json")}
    stale = sorted(name for name, text in editor_schemas().items() if committed.get(name) != text)
    extra = sorted(set(committed) - set(editor_schemas()))
    assert (stale, extra) == ([], []), (
        "schema/ is not what the model gives: run `make schemas` and commit schema/"
    )


def _errors(name: str, data) -> list[str]:
    schema = json.loads((ROOT / "schema" / f"{name}.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    return [error.message for error in validator.iter_errors(data)]


@pytest.mark.parametrize("name", NAMES)
def test_the_data_passes_its_schema(name):
    data = yaml.safe_load((ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8"))
    assert _errors(name, data) == []


def test_the_schema_flags_what_the_editor_should_underline():
    tasks = yaml.safe_load((ROOT / "data" / "tasks.yml").read_text(encoding="utf-8"))
    tasks[0]["responsibe"] = tasks[0].pop("responsible")
    assert any("'responsibe' was unexpected" in e for e in _errors("tasks", tasks))
    assert _errors("site", {"status_as_of": "24/11/2026"}) != []


def test_annotations_only_in_github_actions(monkeypatch):
    problem = Problem("data/tasks.yml", 12, 5, "unknown id 'x'; did you mean 'y'?\n100%")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert annotations([problem]) == ""
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert annotations([problem]) == (
        "::error file=data/tasks.yml,line=12,col=5::unknown id 'x'; did you mean 'y'?%0A100%25\n"
    )
    comma = Problem("data/a,b.yml", 1, 1, "m")
    assert annotations([comma]).startswith("::error file=data/a%2Cb.yml,line=1,col=1::")


def test_check_annotates_each_error_on_its_line_in_github_actions(project: Path, monkeypatch):  # noqa: F811
    apply_fixture(project, "unknown-organisation")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    run = plansite(project, "check")
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        "::error file=data/tasks.yml,line=226,col=17::unknown organisation "
        "'ban-tuyen-giao-nu-cog'; did you mean 'ban-tuyen-giao-nu-cong'?; "
        "it must be an id in data/organisations.yml"
    ]
    assert "data/tasks.yml:226:17: error: unknown organisation" in run.stderr
