"""Plan part pages (docs/ke-hoach/<part>/index.md): their anchors join the plan's, links
to them point to their own page, and a repeated anchor or a drifted task text names the
part's file. The parts here are the benchmark's synthetic provinces (bench/synth.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml

from plansite.generate import check, render_all
from plansite.paths import Paths
from plansite.plantext import parse_plan
from plansite.problems import DataErrors
from tests.project import ROOT, copy_project

sys.path.insert(0, str(ROOT / "bench"))
synth = pytest.importorskip("synth")


@pytest.fixture(scope="module")
def two_parts(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("parts") / "project")
    synth.multiply(project, 3)  # the real plan, then parts p001 and p002
    return project


def test_part_blocks_join_the_plan_with_their_page():
    main = parse_plan("# Plan {#plan}\n\nFirst.\n{: #ii-1 }\n\nNote[^1]\n\n[^1]: A note.\n")
    part = parse_plan("# Part {#part}\n\nSecond.\n{: #ii-101 }\n\nNote[^1]\n\n[^1]: Its note.\n")
    joined = main.with_parts([("ke-hoach/p001/index.md", part)])
    assert joined.anchors == ["plan", "ii-1", "part", "ii-101"]
    assert joined.target("ii-1") == "ke-hoach/index.md#ii-1"
    assert joined.target("ii-101") == "ke-hoach/p001/index.md#ii-101"
    assert joined.parents["ii-101"] == "part"
    # both pages number their footnotes from 1: the part's keep their page
    assert joined.target("fn:1") == "ke-hoach/index.md#fn:1"
    assert joined.target("ke-hoach/p001/index.md:fn:1") == "ke-hoach/p001/index.md#fn:1"
    assert "Its note." in joined.full_text()


def test_tasks_on_part_pages_link_to_their_page(two_parts):
    index = check(Paths(two_parts)).index
    assert index.data.plans["vi"].page_of("ii-201-1") == "ke-hoach/p002/index.md"
    files = render_all(index)
    task = files["nhiem-vu/ii-201-1.md"]
    assert "(../ke-hoach/p002/index.md#ii-201-1)" in task
    assert "(../ke-hoach/p002/index.md#ii-201)" in task  # its group heading
    assert "(../ke-hoach/index.md#ii-1-1)" in files["nhiem-vu/ii-1-1.md"]


def test_a_repeated_anchor_on_a_part_page_names_the_part(tmp_path):
    project = copy_project(tmp_path / "project")
    part = project / "docs" / "ke-hoach" / "phu-luc"
    part.mkdir()
    for name in ("index.md", "index.en.md"):
        (part / name).write_text("# Phụ lục {#phu-luc}\n\nĐoạn.\n{: #ii-1-1 }\n", "utf-8")
    with pytest.raises(DataErrors) as raised:
        check(Paths(project))
    messages = [p.format() for p in raised.value.problems]
    assert (
        "docs/ke-hoach/phu-luc/index.md:1:1: error: anchors already used on an earlier plan "
        "page: ii-1-1; every anchor of the plan must be unique across its pages"
    ) in messages


def test_a_task_text_that_drifts_from_a_part_names_the_part_file(two_parts, tmp_path):
    project = Path(shutil.copytree(two_parts, tmp_path / "project"))
    tasks_file = project / "data" / "tasks.yml"
    tasks = yaml.safe_load(tasks_file.read_text(encoding="utf-8"))
    task = next(t for t in tasks if t["id"] == "ii-101-1")
    task["text"]["en"] = task["text"]["en"] + " (edited)"
    synth.dump(tasks_file, tasks)
    with pytest.raises(DataErrors) as raised:
        check(Paths(project))
    messages = [p.message for p in raised.value.problems]
    assert len(messages) == 1
    assert messages[0].startswith("text.en differs from #ii-101-1 on docs/ke-hoach/p001/index.en.md")
