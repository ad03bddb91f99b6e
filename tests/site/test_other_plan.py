"""Another plan, no code change: the fictional example plan in tests/fixtures/plans/vi-du/
(its own levels, task ids b-N and c-N, sections A–C, its own name, slug and calendar
identity in data/plan.yml) builds into a working site through the same command the real
site uses, `python -m plansite --root <folder> build`, with the generator's configuration,
theme and page assets. The build runs on a copy, so the fixture folder stays clean."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import icalendar
import openpyxl
import pytest
import yaml

from plansite.paths import GENERATED_DIRS
from tests.project import ROOT

PLAN = ROOT / "tests" / "fixtures" / "plans" / "vi-du"
IDENTITY = yaml.safe_load((PLAN / "data" / "plan.yml").read_text(encoding="utf-8"))
REAL = yaml.safe_load((ROOT / "data" / "plan.yml").read_text(encoding="utf-8"))
pytestmark = pytest.mark.build
TEXT_FILES = (".html", ".js", ".css", ".svg", ".json", ".ics", ".csv", ".xml", ".txt")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("other-plan") / "vi-du"
    shutil.copytree(PLAN, folder, ignore=shutil.ignore_patterns(*IGNORED))
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", NO_MKDOCS_2_WARNING="1")
    env.pop("REPO_URL", None)
    run = subprocess.run(
        [sys.executable, "-m", "plansite", "--root", str(folder), "build"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, f"{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    return folder / "site"


# What a build there may have left: the site, its temporary folders, the generated pages.
IGNORED = ("site", ".site-*", *GENERATED_DIRS)


def read(site: Path, name: str) -> str:
    return (site / name).read_text(encoding="utf-8")


def test_pages_carry_the_plans_own_name_in_both_languages(site):
    assert f"<title>Trang chủ - {IDENTITY['name']['vi']}</title>" in read(site, "index.html")
    assert f"<title>Home - {IDENTITY['name']['en']}</title>" in read(site, "en/index.html")
    task = read(site, "nhiem-vu/b-1/index.html")
    assert f"<title>Nhiệm vụ B.1 - {IDENTITY['name']['vi']}</title>" in task
    assert IDENTITY["notice"]["text"]["vi"] in task  # the plan's own notice above the page
    assert 'href="https://git.example.org/ke-hoach-mau"' in task  # its repository


def test_nothing_of_the_real_plan_reaches_the_other_site(site):
    words = ("Kon Tum", "KL79", "79-KL/TW", REAL["slug"], REAL["calendar"]["uid_domain"])
    words += tuple(text for word in REAL["wording"].values() for text in word.values())
    found = [
        f"{path.relative_to(site)}: {word}"
        for path in sorted(site.rglob("*"))
        if path.suffix in TEXT_FILES
        for word in words
        if word in path.read_text(encoding="utf-8")
    ]
    assert found == []
    assert (site / "assets" / "og.png").read_bytes() == (PLAN / "docs/assets/og.png").read_bytes()
    assert not (site / "tuyen-truyen").exists(), "a hand-written page of the real site only"


def test_its_levels_columns_and_task_ids_shape_the_pages(site):
    organisation = read(site, "don-vi/to-cong-doan/index.html")
    assert "Tổ công đoàn" in organisation
    matrix = read(site, "nhiem-vu/index.html")
    assert "Công ty, tổ" in matrix and "Ngành" in matrix
    for number in ("B.1", "B.2", "B.3", "C.1"):
        assert f"Nhiệm vụ {number}" in matrix
    note = IDENTITY["section_notes"][0]["text"]
    assert note["vi"] in read(site, "nhiem-vu/c-1/index.html")
    assert note["vi"] not in read(site, "nhiem-vu/b-1/index.html")
    assert note["en"] in read(site, "en/nhiem-vu/c-1/index.html")


def test_published_schema_names_its_levels_and_task_id_shape(site):
    schema = json.loads(read(site, "du-lieu/schema.json"))
    assert schema["$defs"]["Level"]["enum"] == [level["id"] for level in IDENTITY["levels"]]
    pattern = schema["$defs"]["Task"]["properties"]["id"]["pattern"]
    assert pattern == f"^(?:{IDENTITY['task_ids']['pattern']})$"
    data = json.loads(read(site, "du-lieu/ke-hoach.json"))
    assert all(re.fullmatch(pattern, task["id"]) for task in data["tasks"])


def test_calendars_parse_and_carry_the_plans_identity(site):
    whole = icalendar.Calendar.from_ical((site / "lich" / "ke-hoach.ics").read_bytes())
    assert str(whole["PRODID"]) == IDENTITY["calendar"]["prodid"]
    uids = sorted(str(event["UID"]) for event in whole.walk("VEVENT"))
    domain = IDENTITY["calendar"]["uid_domain"]
    assert uids == [
        f"{name}@{domain}"
        for name in sorted(
            ("bao-cao-hang-nam-mau", "kiem-tra-hang-thang-mau", "tap-huan-mau", "thang-an-toan-mau")
        )
    ]
    # A duty addressed to every level (moi-cap) reaches a union level (to) in its calendar.
    team = icalendar.Calendar.from_ical((site / "lich" / "to-cong-doan.ics").read_bytes())
    assert [str(e["UID"]) for e in team.walk("VEVENT")] == [f"thang-an-toan-mau@{domain}"]
    english = icalendar.Calendar.from_ical((site / "en" / "lich" / "ke-hoach.ics").read_bytes())
    assert "Example safety month" in [str(e["SUMMARY"]) for e in english.walk("VEVENT")]


def test_checklists_of_its_levels_with_files_named_after_the_plan(site):
    rows = list(csv.reader(io.StringIO(read(site, "bang-kiem/cap-cong-ty.csv").lstrip("\ufeff"))))
    assert [row[1] for row in rows[1:]] == ["B.2", "C.1"]
    book = openpyxl.load_workbook(site / "bang-kiem" / "cap-nganh.xlsx")
    assert [row[1] for row in book.active.iter_rows(min_row=2, values_only=True)] == ["B.1", "C.1"]
    page = read(site, "bang-kiem/cap-cong-ty/index.html")
    assert f'download="{IDENTITY["slug"]}-bang-kiem-cap-cong-ty.xlsx"' in page
    assert "Cấp công ty" in page
    assert not (site / "bang-kiem" / "co-so").exists()


def test_search_index_of_both_languages(site):
    for lang in ("vi", "en"):
        keys = read(site, f"search/{lang}/keys.js")
        assert keys.startswith(f'__plansiteSearch("{lang}/keys",')
    pages = "".join(
        path.read_text(encoding="utf-8") for path in (site / "search" / "vi" / "p").glob("*.js")
    )
    assert "Các tổ công đoàn nhắc người lao động dùng đồ bảo hộ." in pages
    assert '"bao":' in read(site, "search/vi/t/ba.js")  # "bảo hộ", folded


def test_offline_copy_is_a_zip_under_the_plans_slug(site):
    name = f"{IDENTITY['slug']}.zip"
    with zipfile.ZipFile(site / "tai-ve" / name) as archive:
        names = archive.namelist()
        assert all(n.startswith(f"{IDENTITY['slug']}/") for n in names)
        assert {f"{IDENTITY['slug']}/index.html", f"{IDENTITY['slug']}/en/index.html"} <= set(names)
        home = archive.read(f"{IDENTITY['slug']}/index.html").decode("utf-8")
    assert IDENTITY["name"]["vi"] in home
    assert f'href="{name}"' in read(site, "tai-ve/index.html")
