"""The checklist pages in a real browser: the CSV and XLSX downloads, print layout, links.

Chromium downloads each file from the built page through its link; the file must parse
(CSV with `csv` and utf-8-sig, XLSX with openpyxl) with Vietnamese intact in NFC and one
row per task of that level.
"""

from __future__ import annotations

import csv
import io
import posixpath
import unicodedata

import openpyxl
import pytest

from plansite.duties import checklist
from plansite.generate import check
from plansite.paths import Paths
from plansite.sheets import table
from tests.browser.test_key_pages import DESKTOP, open_tab_in
from tests.content.test_plan_duties import SLUGS, tasks_of_level
from tests.project import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.build]
LEVEL = {slug: level for level, slug in SLUGS.items()}


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


@pytest.fixture
def tab(browser, site_server):
    context, tab = open_tab_in(browser, site_server, DESKTOP)
    context.set_default_timeout(10_000)
    yield tab
    context.close()


def download(tab, path: str, ext: str) -> tuple[str, bytes]:
    tab.goto(path)
    with tab.page.expect_download() as info:
        tab.page.click(f"a[download$='.{ext}']")
    got = info.value
    return got.suggested_filename, open(got.path(), "rb").read()


@pytest.mark.parametrize(
    ("prefix", "slug", "header"),
    [("", "co-so", "Kết quả"), ("/en", "cap-tren-co-so", "Result"), ("", "cap-tinh", "Kết quả")],
)
def test_csv_download_parses_with_vietnamese_intact(tab, index, prefix, slug, header):
    name, data = download(tab, f"{prefix}/bang-kiem/{slug}/", "csv")
    assert name == f"ke-hoach-kl79-bang-kiem-{slug}.csv"
    assert data.startswith(b"\xef\xbb\xbf"), "a UTF-8 byte order mark, for Excel"
    text = data.decode("utf-8-sig")
    assert unicodedata.normalize("NFC", text) == text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][6] == header
    assert len(rows) - 1 == len(tasks_of_level(index, LEVEL[slug]))
    assert rows == table(checklist(index, LEVEL[slug]), "en" if prefix else "vi")
    assert "LĐLĐ" in text, "Vietnamese letters (Đ) survive the download"


def test_xlsx_download_opens_with_openpyxl(tab, index):
    name, data = download(tab, "/bang-kiem/co-so/", "xlsx")
    assert name == "ke-hoach-kl79-bang-kiem-co-so.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("STT", "Nhiệm vụ", "Nội dung")
    assert len(rows) - 1 == len(tasks_of_level(index, LEVEL["co-so"]))
    last = rows[-1]
    assert last[1] == "III.3.1" and last[2] == index.tasks["iii-3-1"].text.vi


def test_report_form_and_print_layout(tab):
    tab.goto("/bang-kiem/co-so/")
    page = tab.page
    form = page.locator("#bao-cao")
    assert "Mẫu báo cáo kết quả" in form.inner_text()
    assert "trước ngày 15 tháng 11" in page.locator(".checklist-page").inner_text()
    report_rows = page.locator(".report-table tbody tr")
    assert report_rows.count() == 18  # 17 tasks and the lessons the plan asks for
    assert page.locator(".checklist-screen").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".checklist-screen").is_visible()
    assert not page.locator(".md-header").is_visible()
    border = page.locator(".checklist-table td").first.evaluate(
        "td => getComputedStyle(td).borderTopStyle"
    )
    assert border == "solid"
    pdf = page.pdf(prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("start", "target"),
    [
        ("/don-vi/cong-doan-co-so/", "/bang-kiem/co-so/"),
        ("/en/don-vi/ldld-huyen/", "/en/bang-kiem/cap-tren-co-so/"),
        ("/", "/bang-kiem/co-so/"),
        ("/en/", "/en/bang-kiem/co-so/"),
    ],
)
def test_organisation_and_home_pages_link_the_checklist(tab, start, target):
    tab.goto(start)
    relative = posixpath.relpath(target, start) + "/"
    link = tab.page.locator(f"article a[href='{relative}']").first
    link.click()
    tab.page.wait_for_load_state()
    assert tab.page.url == tab.base + target
    assert tab.page.locator("h1").first.is_visible()
