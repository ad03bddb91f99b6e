"""Tests of the write stage: only changed files are written, stale ones removed, swaps atomic."""

from __future__ import annotations

from plansite.write import swap_in, sync, write_if_changed


def test_write_if_changed_leaves_unchanged_files_alone(tmp_path):
    path = tmp_path / "a" / "page.md"
    assert write_if_changed(path, "xin chào")
    mtime = path.stat().st_mtime_ns
    assert not write_if_changed(path, "xin chào")
    assert path.stat().st_mtime_ns == mtime
    assert write_if_changed(path, "xin chào!")
    assert path.read_text(encoding="utf-8") == "xin chào!"


def test_sync_removes_stale_files_only_in_owned_folders(tmp_path):
    (tmp_path / "own").mkdir()
    (tmp_path / "own" / "old.md").write_text("old")
    (tmp_path / "hand").mkdir()
    (tmp_path / "hand" / "keep.md").write_text("keep")
    report = sync(tmp_path, ("own",), {"own/new.md": "new"})
    assert not (tmp_path / "own" / "old.md").exists()
    assert (tmp_path / "own" / "new.md").read_text() == "new"
    assert (tmp_path / "hand" / "keep.md").exists()
    assert [p.name for p in report.removed] == ["old.md"]
    again = sync(tmp_path, ("own",), {"own/new.md": "new"})
    assert again.written == [] and again.unchanged == 1


def test_swap_in_replaces_the_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("old")
    new = tmp_path / "staging"
    new.mkdir()
    (new / "index.html").write_text("new")
    swap_in(new, site)
    assert (site / "index.html").read_text() == "new"
    assert not (site / "old.html").exists()
    assert not new.exists()
