"""Tests of the load stage (plansite.load) on the small plan and broken copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plansite.load import load_sources
from plansite.paths import DATA_FILES, Paths
from tests.plans import SMALL


@pytest.fixture
def plan(tmp_path) -> Path:
    return Path(shutil.copytree(SMALL, tmp_path / "plan"))


def messages(sources) -> list[str]:
    return [problem.format() for problem in sources.problems]


def test_every_data_file_and_both_plan_pages_are_read():
    sources = load_sources(Paths(SMALL))
    assert sources.problems == []
    assert set(sources.files) == set(DATA_FILES)
    assert sources.settings is None, "the small plan has no data/site.yml"
    assert sources.plan is not None and sources.plan.data["slug"] == "ke-hoach-mau-at"
    tasks = sources.files["tasks"]
    assert [entry["id"] for entry in tasks.data] == ["b-1", "b-2", "b-3", "c-1"]
    assert tasks.name == "data/tasks.yml" and tasks.where((2, "id")) == (22, 7)
    assert list(sources.plans) == ["vi", "en"]
    assert sources.plans["vi"].anchors[:3] == ["tieu-de", "trich-yeu", "a"]


def test_a_missing_data_file_is_a_problem_naming_it(plan):
    (plan / "data" / "glossary.yml").unlink()
    assert messages(load_sources(Paths(plan))) == [
        "data/glossary.yml:1:1: error: missing data file; create data/glossary.yml (a YAML list)"
    ]


def test_a_missing_plan_identity_says_what_to_write(plan):
    (plan / "data" / "plan.yml").unlink()
    [message] = messages(load_sources(Paths(plan)))
    assert message.startswith("data/plan.yml:1:1: error: missing the plan's identity; create")


def test_a_folder_in_place_of_a_data_file(plan):
    (plan / "data" / "events.yml").unlink()
    (plan / "data" / "events.yml").mkdir()
    assert messages(load_sources(Paths(plan))) == [
        "data/events.yml:1:1: error: a folder, not a file; replace it by the YAML file"
    ]


def test_a_missing_plan_page(plan):
    (plan / "docs" / "ke-hoach" / "index.en.md").unlink()
    sources = load_sources(Paths(plan))
    assert list(sources.plans) == ["vi"]
    assert messages(sources) == [
        "docs/ke-hoach/index.en.md:1:1: error: the plan page is missing; restore it"
    ]


def test_part_pages_join_the_plan_and_may_not_repeat_an_anchor(plan):
    part = plan / "docs" / "ke-hoach" / "phu-luc" / "index.md"
    part.parent.mkdir()
    part.write_text("## D. PHỤ LỤC {#d}\n\nMột đoạn.\n{: #d-1 }\n\nLặp lại.\n{: #b-1 }\n", "utf-8")
    sources = load_sources(Paths(plan))
    vi = sources.plans["vi"]
    assert vi.page_of("d-1") == "ke-hoach/phu-luc/index.md"
    assert vi.page_of("b-2") == "ke-hoach/index.md"
    assert messages(sources) == [
        "docs/ke-hoach/phu-luc/index.md:1:1: error: anchors already used on an earlier plan "
        "page: b-1; every anchor of the plan must be unique across its pages"
    ]
