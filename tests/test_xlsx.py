"""Tests of the XLSX and ZIP writers: valid for an independent reader, escaped, reproducible."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl

from plansite.archive import zip_bytes
from plansite.xlsx import column, workbook

DAY = dt.date(2024, 11, 15)


def test_column_letters():
    assert [column(n) for n in (1, 9, 26, 27, 52, 53)] == ["A", "I", "Z", "AA", "AZ", "BA"]


def test_markup_characters_and_newlines_survive():
    rows = [["Tên", "Ghi chú"], ["<b>a & b</b>", "dòng 1\ndòng 2  "], ["", "'x'"]]
    book = openpyxl.load_workbook(io.BytesIO(workbook("Bảng 'kiểm'", rows, (10, 10), DAY)))
    sheet = book.active
    assert sheet.title == "Bảng 'kiểm'"
    values = [[v or "" for v in row] for row in sheet.iter_rows(values_only=True)]
    assert values == rows


def test_zip_is_sorted_dated_and_reproducible():
    files = {"b.txt": b"2", "a/c.txt": b"1", "[x].xml": b"3"}
    data = zip_bytes(files, DAY)
    assert data == zip_bytes(dict(reversed(files.items())), DAY)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == sorted(files)
        assert {i.date_time for i in infos} == {(2024, 11, 15, 0, 0, 0)}
        assert archive.read("a/c.txt") == b"1"
    assert zip_bytes(files, dt.date(1970, 1, 1))  # dates before 1980 are clamped
