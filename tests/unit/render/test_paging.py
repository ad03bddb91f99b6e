"""Long generated lists split over pages (plansite.render.paging), alone and on the small
plan's task index, timeline, checklists, documents and organisations with tiny page sizes
(pagekinds declares the real sizes, far above the small plan's lists)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from plansite import pagekinds
from plansite.render import paging
from plansite.render.tasks import render_task_index
from plansite.render.timeline import render_timeline


def sections(*sizes: int) -> list[paging.Section]:
    return [
        paging.Section(f"S{i}", f"s{i}", 2, [f"{i}.{j}" for j in range(n)])
        for i, n in enumerate(sizes)
    ]


def shape(pages) -> list[list[tuple[str, int, int]]]:
    return [[(p.section.anchor, len(p.items), p.continued) for p in page] for page in pages]


def test_a_list_that_fits_stays_one_page():
    assert shape(paging.paginate(sections(3, 4), size=10)) == [[("s0", 3, 0), ("s1", 4, 0)]]
    assert paging.pager(1, 1, "vi") == []


def test_whole_sections_move_to_the_next_page_and_long_ones_are_cut():
    pages = paging.paginate(sections(6, 6, 25), size=10)
    assert shape(pages) == [
        [("s0", 6, 0)],
        [("s1", 6, 0)],
        [("s2", 10, 0)],
        [("s2", 10, 1)],
        [("s2", 5, 2)],
    ]
    lines = paging.body(pages[3], "en", str)
    assert "## S2 (continued) {#s2-2}" in lines and lines[-1] == "2.19"


def test_pager_links_every_page_and_marks_the_current_one():
    assert paging.pager(2, 3, "vi") == [
        "",
        "Trang: [1](index.md) · **2** · [3](trang-3.md)",
        "{: .pager }",
        "",
    ]
    assert paging.file_name(1, ".en") == "index.en.md"
    assert paging.file_name(3, ".en") == "trang-3.en.md"


def page_size(monkeypatch, kind: str, size: int) -> None:
    """Make a page kind's list pages hold `size` items (pagekinds declares the sizes)."""
    changed = dataclasses.replace(pagekinds.BY_NAME[kind], page_size=size)
    monkeypatch.setitem(pagekinds.BY_NAME, kind, changed)


@pytest.fixture(scope="module")
def index(small_index):
    return small_index


def test_task_index_pages_hold_every_task_once(index, monkeypatch):
    page_size(monkeypatch, "tasks", 2)
    pages = render_task_index(index, "vi")
    count = -(-len(index.tasks) // 2)
    assert len(pages) >= count > 1
    assert list(pages)[:2] == ["index.md", "trang-2.md"]
    listed = [
        task
        for text in pages.values()
        for task in re.findall(r"^- \[[^]]+\]\(([a-z0-9-]+)\.md\)", text, re.MULTILINE)
    ]
    assert sorted(listed) == sorted(index.tasks)
    for text in pages.values():
        mine = re.findall(r"^- \[[^]]+\]\(([a-z0-9-]+)\.md\)", text, re.MULTILINE)
        matrix = re.findall(r"^\| \[[^]]+\]\(([a-z0-9-]+)\.md\) \|", text, re.MULTILINE)
        assert matrix == mine  # each page's matrix covers its own tasks
        assert "{#ma-tran}" in text and "Trang: " in text


def test_timeline_pages_keep_every_entry_and_the_recurring_anchor_on_page_one(index, monkeypatch):
    whole = render_timeline(index, "en")
    assert list(whole) == ["index.en.md"]
    page_size(monkeypatch, "timeline", 3)
    pages = render_timeline(index, "en")
    assert len(pages) > 1 and "trang-2.en.md" in pages
    assert "{#dinh-ky}" in pages["index.en.md"]

    def entries(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.startswith("- **")]

    assert sum(len(entries(text)) for text in pages.values()) == len(entries(whole["index.en.md"]))
    assert all(len(entries(text)) <= 3 for text in pages.values())
    assert "# Timeline (page 2) {#moc-thoi-gian}" in pages["trang-2.en.md"]


def test_checklist_pages_keep_every_row_and_each_report_form_whole(index, monkeypatch):
    from plansite.duties import checklists
    from plansite.render import checklists as render

    item = max(checklists(index), key=lambda c: len(c.rows) + len(c.reports))
    whole = render.render_checklist(index, item, "vi")
    assert list(whole) == [f"{item.slug}.md"]
    page_size(monkeypatch, "checklists", 1)
    pages = render.render_checklist(index, item, "vi")
    assert len(pages) > 1 and f"{item.slug}-trang-2.md" in pages

    def rows(text: str) -> list[str]:
        return re.findall(r"^\| \d+ \| \[[^]]+\]\(\.\./nhiem-vu/([a-z0-9-]+)\.md\)", text, re.M)

    assert sorted(sum((rows(text) for text in pages.values()), [])) == sorted(
        rows(whole[f"{item.slug}.md"])
    )
    for text in pages.values():
        assert len(rows(text)) <= 1
        assert f"({item.slug}.xlsx)" in text and "Trang: " in text
    joined = "\n".join(pages.values())
    assert joined.count("{#bao-cao}") == 1 and len(item.reports) >= 1


def test_document_index_and_changes_pages_keep_every_row(index, monkeypatch):
    from plansite.render import documents
    from plansite.render.timeline import render_changes

    page_size(monkeypatch, "documents", 2)
    pages = documents.render_document_index(index, "vi")
    linked = [
        doc
        for text in pages.values()
        for doc in re.findall(r"^\| \[[^]]*\]\(([a-z0-9-]+)\.md\)", text, re.MULTILINE)
    ]
    assert sorted(linked) == sorted(index.docs) and len(pages) == -(-len(index.docs) // 2) == 2
    whole = render_changes(index, "en")["index.en.md"]
    page_size(monkeypatch, "changes", 3)
    split = render_changes(index, "en")
    assert len(split) > 1

    def rows(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.startswith(("| ", "- ["))]

    assert sorted(
        r for text in split.values() for r in rows(text) if not r.startswith("| Date")
    ) == sorted(r for r in rows(whole) if not r.startswith("| Date"))


def test_organisation_index_pages_list_every_organisation_once(index, monkeypatch):
    from plansite.render.organisations import render_organisation_index

    assert list(render_organisation_index(index, "vi")) == ["index.md"]
    page_size(monkeypatch, "organisations", 2)
    pages = render_organisation_index(index, "vi")
    listed = [
        org
        for text in pages.values()
        for org in re.findall(r"^- \[[^]]+\]\(([a-z0-9-]+)\.md\)", text, re.MULTILINE)
    ]
    assert len(pages) > 1 and sorted(listed) == sorted(index.orgs)
