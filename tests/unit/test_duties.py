"""Tests of the checklist export stage: rows per level, CSV with a BOM, XLSX, report duties."""

from __future__ import annotations

import csv
import io
import unicodedata

import openpyxl
import pytest
import yaml

from plansite.duties import asks_for_lessons, checklist, checklists
from plansite.generate import check
from plansite.language import t
from plansite.paths import Paths
from plansite.sheets import COLUMNS, files, table, to_csv, to_xlsx
from tests.project import ROOT

PLAN = yaml.safe_load((ROOT / "data" / "plan.yml").read_text(encoding="utf-8"))
# Level id -> its checklist's slug (data/plan.yml), in plan order.
SLUGS = {level["id"]: level["checklist"] for level in PLAN["levels"] if level.get("checklist")}


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


def tasks_of_level(index, level: str) -> list[str]:
    return [
        task.id
        for task in index.tasks.values()
        if any(index.orgs[o].level == level for o in task.responsible)
    ]


def parse_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_a_checklist_for_every_level_with_tasks_and_none_for_others(index):
    levels = {item.level for item in checklists(index)}
    expected = {level["id"] for level in PLAN["levels"] if tasks_of_level(index, level["id"])}
    assert levels == expected
    assert levels <= set(SLUGS)
    assert checklist(index, "union-group") is None


@pytest.mark.parametrize("level", list(SLUGS), ids=[s for s in SLUGS.values()])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_csv_has_a_bom_a_header_and_one_row_per_task(index, level, lang):
    item = checklist(index, level)
    data = to_csv(item, lang)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = parse_csv(data)
    assert rows[0] == [t(c, lang) for c in COLUMNS]
    ids = tasks_of_level(index, level)
    assert [row[1] for row in rows[1:]] == [i.replace("-", ".").upper() for i in ids]
    assert [row[0] for row in rows[1:]] == [str(n) for n in range(1, len(ids) + 1)]
    for row in rows[1:]:
        assert row[6:] == ["", "", ""], "result, date done and notes stay empty"


def test_csv_keeps_vietnamese_intact_in_nfc(index):
    item = checklist(index, "grassroots")
    text = to_csv(item, "vi").decode("utf-8-sig")
    assert unicodedata.normalize("NFC", text) == text
    rows = parse_csv(to_csv(item, "vi"))
    assert rows[0][4] == "Thời hạn, định kỳ"
    by_task = {row[1]: row for row in rows[1:]}
    assert by_task["III.3.1"][2] == index.tasks["iii-3-1"].text.vi
    assert "trước ngày 15 tháng 11" in by_task["III.3.1"][4]
    assert by_task["II.1.1"][4] == t("checklist_no_deadline", "vi")
    assert by_task["II.1.1"][5] == "CĐCS"


def test_xlsx_opens_with_openpyxl_and_holds_the_csv_table(index):
    item = checklist(index, "district")
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(item, "vi", index.as_of)))
    sheet = book.active
    assert sheet.title == "Bảng kiểm"
    cells = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert cells == table(item, "vi")
    assert sheet.freeze_panes == "A2"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet["A1"].font.b and sheet["C2"].alignment.wrap_text


def test_exports_are_reproducible(index):
    first = files(index, "vi")
    assert first == files(index, "vi")
    assert set(first) == {
        f"{slug}.{ext}" for slug in (c.slug for c in checklists(index)) for ext in ("csv", "xlsx")
    }
    assert set(files(index, "en")) == {
        name.replace(".csv", ".en.csv").replace(".xlsx", ".en.xlsx") for name in first
    }


def test_report_form_only_where_the_data_names_a_yearly_report(index):
    reports = {item.level: [e.id for e in item.reports] for item in checklists(index)}
    assert reports["grassroots"] == ["bao-cao-hang-nam"]
    assert reports["district"] == ["bao-cao-hang-nam"]
    assert reports["province"] == []
    assert reports["province-unit"] == []


def test_lessons_come_from_the_plan_text(index):
    report = index.events["bao-cao-hang-nam"]
    assert asks_for_lessons(index, report)
    assert not asks_for_lessons(index, index.events["thang-cong-nhan"])


def test_checklist_names_only_organisations_with_tasks(index):
    item = checklist(index, "province-unit")
    assert [o.id for o in item.orgs] == ["cac-ban-ldld-tinh", "ban-tuyen-giao-nu-cong"]
