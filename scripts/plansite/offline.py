"""Build stage: the offline copy, a .zip of the whole site that opens from a folder (file://).

MkDocs builds a second site with the site's configuration and `use_directory_urls: false`
(so every link names an .html file); links that still point at a folder (hand-written
HTML, the theme's notice) get `index.html` added; then the folder is zipped reproducibly
under one top folder named after the plan (its slug, data/plan.yml). Source maps are left out
(browsers need them only for debugging), and so are the 404 pages, which only a web
server shows and which link from the server's root.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path, PurePosixPath

from plansite.archive import OfflineCopy, zip_bytes
from plansite.paths import Paths
from plansite.sitebuild import build_site

STAGING = ".site-offline"
LEFT_OUT = (".map", ".zip", "404.html")
_FOLDER_LINK = re.compile(r'(href=")([^":?#]*/)(#[^"]*)?(")')


class OfflineBuildError(Exception):
    pass


def _epoch(day: dt.date) -> str:
    return str(int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()))


def file_links(html: str, page: PurePosixPath, files: set[PurePosixPath]) -> str:
    """Point relative links to folders at the folder's index.html, as file:// needs."""

    def fix(match: re.Match) -> str:
        target = PurePosixPath(os.path.normpath(page.parent / match.group(2))) / "index.html"
        if target not in files:
            return match.group(0)
        return f"{match.group(1)}{match.group(2)}index.html{match.group(3) or ''}{match.group(4)}"

    return _FOLDER_LINK.sub(fix, html)


def zip_name(slug: str) -> str:
    """The offline copy's file name: the plan's slug (its one top folder has that name)."""
    return f"{slug}.zip"


def collect(folder: Path, top: str) -> dict[str, bytes]:
    """The built site's files for the archive (paths under top/), links made file:// safe."""
    paths = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(LEFT_OUT))
    relative = {PurePosixPath(p.relative_to(folder).as_posix()): p for p in paths}
    names = set(relative)
    out: dict[str, bytes] = {}
    for name, path in relative.items():
        data = path.read_bytes()
        if name.suffix == ".html":
            data = file_links(data.decode("utf-8"), name, names).encode("utf-8")
        out[f"{top}/{name}"] = data
    return out


def build_offline(paths: Paths, as_of: dt.date, slug: str) -> OfflineCopy:
    """Build the offline site with MkDocs and zip it under the folder `slug`; the docs must
    be generated already."""
    staging = paths.root / STAGING
    epoch = os.environ.get("SOURCE_DATE_EPOCH", _epoch(as_of))
    env = {"SOURCE_DATE_EPOCH": epoch, "PLANSITE_GENERATED": "1"}
    try:
        if not build_site(paths.engine_config, staging, env, paths.docs, offline=True):
            raise OfflineBuildError("the MkDocs build of the offline copy failed")
        return OfflineCopy(zip_name(slug), zip_bytes(collect(staging, slug), as_of))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
