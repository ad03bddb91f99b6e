"""Edit links and last-updated dates (plansite.pagesource), alone and on the built site."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from plansite.pagesource import edit_url, last_changes, page_source, updated, updated_html
from tests.project import ROOT

REPO = "https://github.com/example/ke-hoach-kl79"


def commit(repo: Path, files: dict[str, str], date: str) -> None:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    env = dict(
        os.environ,
        GIT_AUTHOR_DATE=f"{date}T12:00:00+07:00",
        GIT_COMMITTER_DATE=f"{date}T12:00:00+07:00",
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.org",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.org",
    )
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", date], cwd=repo, check=True, env=env)


def test_last_changes_gives_each_file_its_last_commit_date(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    commit(tmp_path, {"docs/a.md": "1", "data/tasks.yml": "1"}, "2024-01-02")
    commit(tmp_path, {"data/tasks.yml": "2"}, "2025-03-04")
    dates = last_changes(tmp_path)
    assert dates == {"docs/a.md": dt.date(2024, 1, 2), "data/tasks.yml": dt.date(2025, 3, 4)}
    assert updated(dates, "data/") == dt.date(2025, 3, 4)
    assert updated(dates, "docs/b.md") is None


def test_without_git_there_are_no_dates(tmp_path, monkeypatch):
    assert last_changes(tmp_path) == {}  # not a repository
    monkeypatch.setenv("PATH", str(tmp_path))  # no git at all
    assert last_changes(ROOT) == {}
    assert updated_html(None, "vi") is None


def test_dates_are_shown_per_language():
    day = dt.date(2025, 3, 4)
    assert updated_html(day, "vi") == (
        'Cập nhật lần cuối: <time datetime="2025-03-04">04/03/2025</time>'
    )
    assert (
        updated_html(day, "en") == 'Last updated: <time datetime="2025-03-04">4 March 2025</time>'
    )


def test_a_page_is_edited_in_its_markdown_or_its_data_file():
    assert page_source("docs/ke-hoach/index.en.md") == "docs/ke-hoach/index.en.md"
    assert page_source("data/tasks.yml") == "data/tasks.yml"
    assert page_source("data/*.yml") == "data/"


def test_edit_links():
    uri = "edit/main/docs/"
    assert (
        edit_url(REPO, uri, "docs/ke-hoach/index.md") == f"{REPO}/edit/main/docs/ke-hoach/index.md"
    )
    assert edit_url(REPO + "/", uri, "data/tasks.yml") == f"{REPO}/edit/main/data/tasks.yml"
    assert edit_url(REPO, uri, "data/") == f"{REPO}/tree/main/data/"
    assert edit_url(None, uri, "data/tasks.yml") is None
    assert edit_url(REPO, uri, "") is None
