"""Render stage helper: the repository file behind a page, its edit link and last-updated date.

A hand-written page comes from its Markdown file under docs/; a generated page
names its data file in its front matter (`data_source`, set by render.common.page),
a pattern such as `data/*.yml` meaning the whole data folder. Dates come from
git (one `git log` per build, never file times), so the same commit gives the
same site; without git (or outside a repository) pages simply show no date.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urljoin

from plansite.language import date_text, t


def last_changes(root: Path) -> dict[str, dt.date]:
    """{path relative to the root: date of the last commit touching it}, from one git call
    (--relative: a plan folder inside a repository sees only its own files' dates)."""
    try:
        out = subprocess.run(
            [
                "git",
                "-c",
                "core.quotepath=off",
                "log",
                "--format=%x00%cs",
                "--name-only",
                "--relative",
            ],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, dt.date] = {}
    current: dt.date | None = None
    for line in out.splitlines():
        if line.startswith("\x00"):
            try:
                current = dt.date.fromisoformat(line[1:])
            except ValueError:
                current = None
        elif line and current is not None:
            dates.setdefault(line, current)  # newest first: the first date seen is the last
    return dates


def page_source(source: str) -> str:
    """The repository path a page is edited in, `data/x.yml`, `data/` or `docs/...md`, from
    its data file (a pattern such as `data/*.yml` meaning the whole folder) or its Markdown."""
    return "data/" if "*" in source else source


def updated(dates: Mapping[str, dt.date], source: str) -> dt.date | None:
    if source.endswith("/"):
        inside = [date for path, date in dates.items() if path.startswith(source)]
        return max(inside, default=None)
    return dates.get(source)


def updated_html(date: dt.date | None, lang: str) -> str | None:
    """What Material shows after its clock icon: a label and a <time>."""
    if date is None:
        return None
    iso = date.isoformat()
    return f'{t("last_updated", lang)}: <time datetime="{iso}">{date_text(iso, lang)}</time>'


def edit_url(repo_url: str | None, edit_uri: str | None, source: str) -> str | None:
    """The repository's edit page of `source` (its folder view for a folder)."""
    if not repo_url or not edit_uri or not source:
        return None
    # edit_uri points into docs/ ("edit/main/docs/"); data files sit beside docs/.
    base = urljoin(repo_url.rstrip("/") + "/", edit_uri.rstrip("/") + "/")
    relative = source.removeprefix("docs/") if source.startswith("docs/") else "../" + source
    url = urljoin(base, relative)
    if source.endswith("/"):
        url = url.replace("/edit/", "/tree/", 1)
    return url
