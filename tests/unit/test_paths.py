"""Tests of where things are (plansite.paths), on the small plan's folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from plansite.pagekinds import KINDS
from plansite.paths import ENGINE_CONFIG, GENERATED_DIRS, GENERATOR, Paths, find_root
from tests.plans import SMALL
from tests.project import ROOT


def test_folders_and_files_of_a_plan():
    paths = Paths(SMALL)
    assert paths.data_file("tasks") == SMALL / "data" / "tasks.yml"
    assert paths.plan("vi") == SMALL / "docs" / "ke-hoach" / "index.md"
    assert paths.plan("en") == SMALL / "docs" / "ke-hoach" / "index.en.md"
    assert paths.content == SMALL / "content"
    assert paths.display(paths.plan("en")) == "docs/ke-hoach/index.en.md"
    assert paths.display(Path("/elsewhere/x.yml")) == "/elsewhere/x.yml"


def test_a_plan_without_its_own_engine_configuration_uses_the_generators():
    assert not (SMALL / ENGINE_CONFIG).exists()
    assert Paths(SMALL).engine_config == GENERATOR / ENGINE_CONFIG == ROOT / "mkdocs.yml"


def test_part_pages_are_listed_in_folder_order(tmp_path):
    plan = Path(shutil.copytree(SMALL, tmp_path / "plan"))
    assert Paths(plan).plan_parts("vi") == []
    for part in ("phu-luc-2", "phu-luc-1"):
        page = plan / "docs" / "ke-hoach" / part / "index.md"
        page.parent.mkdir()
        page.write_text("# Phụ lục {#pl}\n", encoding="utf-8")
    found = Paths(plan).plan_parts("vi")
    assert [page for page, _ in found] == [
        "ke-hoach/phu-luc-1/index.md",
        "ke-hoach/phu-luc-2/index.md",
    ]
    assert Paths(plan).plan_parts("en") == [], "no English part page written"


def test_the_root_is_found_upwards_from_any_folder_of_a_plan():
    assert find_root(SMALL / "docs" / "ke-hoach") == SMALL
    assert find_root(SMALL / "data") == SMALL
    assert find_root(ROOT / "scripts" / "plansite") == ROOT


def test_a_folder_outside_any_plan_is_its_own_root(tmp_path):
    assert find_root(tmp_path) == tmp_path


def test_generated_folders_are_the_page_kinds_folders():
    assert tuple(kind.folder for kind in KINDS) == GENERATED_DIRS
    assert "nhiem-vu" in GENERATED_DIRS and "ke-hoach" not in GENERATED_DIRS
