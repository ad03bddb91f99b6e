"""Tests of the page registry (plansite.pagekinds): every generated folder, link, nav entry
and .gitignore line derives from its one list of page kinds."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import pytest
from mkdocs.config import load_config

from plansite import pagekinds
from plansite.generate import check, render_all, renderers
from plansite.language import LANGS, suffix
from plansite.pagekinds import KINDS, href
from plansite.paths import GENERATED_DIRS, Paths
from tests.project import ROOT

FOLDERS = [kind.folder for kind in KINDS]
LINK = re.compile(r"\]\(([^)\s]+)\)")
RENDER_LAYERS = ("plansite.render.", "plansite.ical:", "plansite.sheets:")


@pytest.fixture(scope="module")
def generated() -> dict[str, str | bytes]:
    return render_all(check(Paths(ROOT)).index)


def test_one_folder_per_kind_and_the_generator_owns_exactly_those():
    assert len(set(FOLDERS)) == len(FOLDERS) == len(pagekinds.BY_NAME)
    assert tuple(FOLDERS) == GENERATED_DIRS


def test_every_renderer_is_a_render_or_export_function():
    for kind in KINDS:
        assert kind.render, kind.name
        assert all(name.startswith(RENDER_LAYERS) for name in kind.render), kind.render
        assert all(callable(function) for function in renderers(kind))


def test_the_gitignore_lists_exactly_the_generated_folders():
    lines = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    ignored = [line[len("/docs/") : -1] for line in lines if re.fullmatch(r"/docs/[^/]+/", line)]
    assert sorted(ignored) == sorted(FOLDERS), "write one /docs/<folder>/ line per page kind"


def _nav_files(items) -> list[str]:
    found = []
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        found += _nav_files(value) if isinstance(value, list) else [value]
    return found


def test_the_navigation_has_every_kind_and_no_other_generated_page():
    nav = _nav_files(load_config(str(ROOT / "mkdocs.yml")).nav)
    in_generated = {f for f in nav if PurePosixPath(f).parts[0] in FOLDERS}
    assert in_generated == {f"{folder}/index.md" for folder in FOLDERS}


def test_every_generated_file_lies_in_its_kinds_folder_in_every_language(generated):
    assert {PurePosixPath(name).parts[0] for name in generated} == set(FOLDERS)
    for kind in KINDS:
        for lang in LANGS:
            assert f"{kind.folder}/index{suffix(lang)}.md" in generated, (kind.name, lang)


def test_href_links_a_generated_page_from_another():
    assert href("tasks", "ii-1-3") == "../nhiem-vu/ii-1-3.md"
    assert href("calendars", "ldld-tinh", "ics") == "../lich/ldld-tinh.ics"
    assert href("movements") == "../phong-trao/index.md"


def _hand_written_links() -> list[tuple[str, str]]:
    """(file, link) of every relative Markdown link of a hand-written page in docs/."""
    found = []
    for path in sorted((ROOT / "docs").rglob("*.md")):
        relative = path.relative_to(ROOT / "docs")
        if relative.parts[0] in FOLDERS:
            continue
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            if not re.match(r"[a-z]+:|#|/", target):
                found.append((relative.as_posix(), target))
    return found


def test_hand_written_links_to_generated_pages_reach_a_page_and_its_anchor(generated):
    checked, wrong = 0, []
    for page, target in _hand_written_links():
        address, _, anchor = target.partition("#")
        resolved = PurePosixPath(page).parent / address
        parts = [p for p in resolved.parts if p != "."]
        while ".." in parts:
            at = parts.index("..")
            del parts[at - 1 : at + 1]
        if not parts or parts[0] not in FOLDERS:
            continue
        checked += 1
        name = "/".join(parts)
        if name not in generated:
            wrong.append(f"docs/{page}: {target}: no generated page {name}")
        elif anchor and not re.search(
            rf"#{re.escape(anchor)}\b|id=\"{re.escape(anchor)}\"", str(generated[name])
        ):
            wrong.append(f"docs/{page}: {target}: no anchor #{anchor} on {name}")
    assert not wrong, "\n".join(wrong)
    assert checked >= 15  # the home page, the plan and the propaganda pages link to them
