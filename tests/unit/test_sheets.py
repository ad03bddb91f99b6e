"""Tests of the checklist files (plansite.sheets) on the small plan: CSV with a BOM, one row
per task, the same table in the XLSX file, reproducible bytes."""

from __future__ import annotations

import csv
import io
import unicodedata

import openpyxl
import pytest

from plansite.duties import checklist, checklists
from plansite.language import t
from plansite.sheets import COLUMNS, files, table, to_csv, to_xlsx


def parse_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(("level", "tasks"), [("nganh", ["B.1", "C.1"]), ("co-so", ["B.2", "C.1"])])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_csv_has_a_bom_a_header_and_one_row_per_task(small_index, level, tasks, lang):
    data = to_csv(checklist(small_index, level), lang)
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = parse_csv(data)
    assert rows[0] == [t(c, lang) for c in COLUMNS]
    assert [row[1] for row in rows[1:]] == tasks
    assert [row[0] for row in rows[1:]] == ["1", "2"]
    for row in rows[1:]:
        assert row[6:] == ["", "", ""], "result, date done and notes stay empty"


def test_csv_rows_carry_text_basis_deadline_and_who_in_nfc(small_index):
    text = to_csv(checklist(small_index, "nganh"), "vi").decode("utf-8-sig")
    assert unicodedata.is_normalized("NFC", text)
    training, report = parse_csv(text.encode("utf-8"))[1:]
    assert training[2] == "Công đoàn Ngành Mẫu tổ chức tập huấn ATLĐ cho cán bộ công đoàn."
    assert training[3] == "Kế hoạch mẫu về an toàn lao động (hư cấu)"  # no number: the title
    assert training[4] == "15/09/2026: Lớp tập huấn ATLĐ mẫu"
    assert training[5] == "CĐ Ngành Mẫu"  # the short name
    # the yearly report duty names the company union only: the sector union has no deadline
    assert report[4] == t("checklist_no_deadline", "vi")
    english = parse_csv(to_csv(checklist(small_index, "co-so"), "en"))
    assert english[1][4] == "Every month: Monthly safety self-check"
    assert english[2][3] == "" and english[2][4].startswith("Every year, before 1 December")


def test_xlsx_holds_the_csv_table(small_index):
    item = checklist(small_index, "co-so")
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(item, "vi", small_index.as_of)))
    sheet = book.active
    assert sheet.title == "Bảng kiểm"
    cells = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert cells == table(item, "vi")
    assert sheet.freeze_panes == "A2"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet["A1"].font.b and sheet["C2"].alignment.wrap_text


def test_files_per_checklist_and_language_are_reproducible(small_index):
    first = files(small_index, "vi")
    assert first == files(small_index, "vi")
    assert sorted(first) == [
        "cap-cong-ty.csv",
        "cap-cong-ty.xlsx",
        "cap-nganh.csv",
        "cap-nganh.xlsx",
    ]
    assert sorted(files(small_index, "en")) == [
        "cap-cong-ty.en.csv",
        "cap-cong-ty.en.xlsx",
        "cap-nganh.en.csv",
        "cap-nganh.en.xlsx",
    ]
    assert len(checklists(small_index)) == 2
