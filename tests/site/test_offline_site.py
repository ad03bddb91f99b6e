"""Tests of the built offline copy (/tai-ve/): what the .zip holds, its links, its page.

The archive must hold both languages and every asset, name no server (every relative
link resolves to a file in the archive), hold neither itself nor source maps, and be
byte-identical when built again from the same sources.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

import pytest
import yaml

from plansite.generate import generate
from plansite.offline import build_offline, zip_name
from plansite.paths import Paths
from tests.project import ROOT

# The archive is named after the plan's slug (data/plan.yml), its one folder too.
FOLDER = yaml.safe_load((ROOT / "data" / "plan.yml").read_text(encoding="utf-8"))["slug"]
ZIP_NAME = zip_name(FOLDER)
pytestmark = pytest.mark.build
LINK = re.compile(r'\s(?:href|src)="([^"]*)"')


@pytest.fixture(scope="module")
def archive(built_site: Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(built_site / "tai-ve" / ZIP_NAME)


def test_archive_holds_both_languages_and_assets(archive):
    names = set(archive.namelist())
    assert all(name.startswith(f"{FOLDER}/") for name in names)
    for path in (
        "index.html",
        "en/index.html",
        "nhiem-vu/ii-1-1.html",
        "en/nhiem-vu/ii-1-1.html",
        "don-vi/cong-doan-co-so.html",
        "bang-kiem/co-so.html",
        "bang-kiem/co-so.csv",
        "en/bang-kiem/co-so.xlsx",
        "lich/ke-hoach.ics",
        "du-lieu/ke-hoach.json",
        "assets/site.css",
        "assets/favicon.svg",
    ):
        assert f"{FOLDER}/{path}" in names, path
    assert any(n.startswith(f"{FOLDER}/assets/javascripts/bundle.") for n in names)
    assert not [n for n in names if n.endswith((".zip", ".map"))]


def test_every_relative_link_in_the_archive_names_a_file_in_it(archive):
    names = set(archive.namelist())
    broken = []
    for name in sorted(n for n in names if n.endswith(".html")):
        if name == f"{FOLDER}/404.html":
            continue  # served by a web server only, with absolute links
        html = archive.read(name).decode("utf-8")
        for target in LINK.findall(html):
            path = target.split("#")[0].split("?")[0]
            if not path or re.match(r"^[a-z][a-z0-9+.-]*:", path):
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(name), path))
            if resolved not in names:
                broken.append(f"{name}: {target}")
    assert not broken, "\n".join(broken[:20])


def test_download_page_links_the_archive_with_its_size(built_site: Path):
    size = (built_site / "tai-ve" / ZIP_NAME).stat().st_size
    vi = (built_site / "tai-ve" / "index.html").read_text(encoding="utf-8")
    en = (built_site / "en" / "tai-ve" / "index.html").read_text(encoding="utf-8")
    assert f'href="{ZIP_NAME}"' in vi
    assert f'href="../../tai-ve/{ZIP_NAME}"' in en
    assert f"{size / 1e6:.1f}".replace(".", ",") + " MB" in vi
    assert f"{size / 1e6:.1f} MB" in en
    assert not (built_site / "en" / "tai-ve" / ZIP_NAME).exists(), "one copy of the archive"


def test_the_copy_inside_the_archive_does_not_link_itself(archive):
    page = archive.read(f"{FOLDER}/tai-ve/index.html").decode("utf-8")
    assert f'href="{ZIP_NAME}"' not in page
    assert "Tệp .zip có trên trang web trực tuyến" in page


def test_a_second_build_gives_the_same_bytes(built_site: Path):
    paths = Paths(ROOT)
    result = generate(paths)  # the docs as the offline build saw them
    copy = None
    try:
        copy = build_offline(paths, result.index.as_of, result.index.data.plan.slug)
    finally:
        generate(paths, copy)  # the docs as the site build saw them
    assert copy.data == (built_site / "tai-ve" / ZIP_NAME).read_bytes()


def test_archive_opens_as_a_zip(built_site: Path):
    data = (built_site / "tai-ve" / ZIP_NAME).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
