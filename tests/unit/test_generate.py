"""Tests of the whole pipeline on a copy of the project: edits follow everywhere, writes are minimal."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from plansite.generate import generate, render_all
from plansite.paths import GENERATED_DIRS, Paths
from tests.conftest import plansite_build
from tests.project import copy_project


@pytest.fixture()
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


def test_second_generate_writes_nothing(project):
    generate(Paths(project))
    again = generate(Paths(project)).report
    assert again.written == [] and again.removed == []


def test_one_line_edit_follows_everywhere(project):
    paths = Paths(project)
    generate(paths)
    tasks = project / "data" / "tasks.yml"
    text = tasks.read_text(encoding="utf-8")
    start = text.index("- id: ii-4-1")
    end = text.index("- id:", start + 5)
    entry = text[start:end]
    edited = entry.replace("responsible: [cong-doan-co-so]", "responsible: [cong-doan-nganh]")
    assert edited != entry, "the fixture expects ii-4-1 to name cong-doan-co-so"
    tasks.write_text(text.replace(entry, edited), encoding="utf-8")
    written = {p.relative_to(paths.docs).as_posix() for p in generate(paths).report.written}
    for page in (
        "nhiem-vu/ii-4-1.md",
        "nhiem-vu/ii-4-1.en.md",
        "nhiem-vu/index.md",
        "don-vi/cong-doan-nganh.md",
        "don-vi/cong-doan-co-so.md",
        "du-lieu/ke-hoach.json",
    ):
        assert page in written, page
    task_page = (paths.docs / "nhiem-vu" / "ii-4-1.md").read_text(encoding="utf-8")
    assert "../don-vi/cong-doan-nganh.md" in task_page
    assert "../don-vi/cong-doan-co-so.md" not in task_page
    data = json.loads((paths.docs / "du-lieu" / "ke-hoach.json").read_text(encoding="utf-8"))
    task = next(t for t in data["tasks"] if t["id"] == "ii-4-1")
    assert task["responsible"] == ["cong-doan-nganh"]


def test_removed_entry_removes_its_pages(project):
    paths = Paths(project)
    generate(paths)
    page = paths.docs / "chuong-trinh" / "thoa-uoc-2013-2018.md"
    assert page.exists()
    programmes = project / "data" / "programmes.yml"
    text = programmes.read_text(encoding="utf-8")
    start = text.index("- id: thoa-uoc-2013-2018")
    end = text.index("- id:", start + 5)
    programmes.write_text(text[:start] + text[end:], encoding="utf-8")
    tasks = project / "data" / "tasks.yml"
    text = tasks.read_text(encoding="utf-8")
    tasks.write_text(text.replace("programmes: [thoa-uoc-2013-2018]", "programmes: []"), "utf-8")
    for authored in (project / "content" / "chuong-trinh").glob("thoa-uoc-2013-2018*.md"):
        authored.unlink()  # its authored text would otherwise name a programme that is gone
    removed = generate(paths).report.removed
    assert page in removed and not page.exists()


@pytest.fixture()
def old_site(project) -> Path:
    """A site/ that a previous good build left: one page saying so."""
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("the last good site")
    return site


@pytest.mark.build
def test_failed_build_leaves_the_old_site(project, old_site):
    site = old_site
    tasks = project / "data" / "tasks.yml"
    tasks.write_text(
        tasks.read_text(encoding="utf-8").replace("group: ii-1", "group: ii-9", 1),
        encoding="utf-8",
    )
    result = plansite_build(project)
    assert result.returncode != 0
    assert "data/tasks.yml:" in result.stderr and "Traceback" not in result.stderr
    assert (site / "index.html").read_text() == "the last good site"
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]


@pytest.mark.build
def test_broken_link_in_a_page_fails_the_build_and_keeps_the_site(project, old_site):
    site = old_site
    home = project / "docs" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n[x](khong-co.md)\n", encoding="utf-8")
    result = plansite_build(project)
    assert result.returncode != 0
    assert "khong-co.md" in result.stderr
    assert (site / "index.html").read_text() == "the last good site"


def test_parallel_generation_writes_what_serial_rendering_makes(project, monkeypatch):
    """`generate` renders and writes each language in its own process (plansite.parallel):
    the files must be exactly render_all()'s, and stale files still go."""
    paths = Paths(project)
    for folder in GENERATED_DIRS:  # copied from a build of the repository
        shutil.rmtree(paths.docs / folder, ignore_errors=True)
    stale = project / "docs" / "nhiem-vu" / "khong-con.md"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("old\n", encoding="utf-8")
    result = generate(paths)
    expected = render_all(result.index)
    written = {
        path.relative_to(paths.docs).as_posix(): path.read_bytes()
        for folder in GENERATED_DIRS
        for path in (paths.docs / folder).rglob("*")
        if path.is_file()
    }
    as_bytes = {k: v.encode() if isinstance(v, str) else v for k, v in expected.items()}
    assert written == as_bytes
    assert result.report.removed == [stale] and not stale.exists()
    assert len(result.report.written) == len(expected)
