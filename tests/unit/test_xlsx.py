"""Tests of the XLSX writer: valid for independent readers (openpyxl and LibreOffice), escaped,
reproducible."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from plansite.xlsx import sheet_name, workbook
from tests.project import ROOT

DAY = dt.date(2024, 11, 15)
ROWS = [
    ["Tên", "Ghi chú", "Công thức?"],
    ["<b>a & b</b>", "dòng 1\ndòng 2  ", "=1+1"],
    ["", "'x'", "007"],
]
SCRIPTS = ROOT / "scripts"


def test_markup_characters_newlines_and_formula_look_alikes_survive_as_text():
    book = openpyxl.load_workbook(io.BytesIO(workbook("Bảng 'kiểm' tra", ROWS, (5, 10, 24), DAY)))
    sheet = book.active
    assert sheet.title == "Bảng 'kiểm' tra"
    values = [[v or "" for v in row] for row in sheet.iter_rows(values_only=True)]
    assert values == ROWS
    assert sheet["C2"].data_type == "s" and sheet["C3"].data_type == "s"
    assert sheet.freeze_panes == "A2"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet["B2"].alignment.wrap_text and sheet["A3"].border.left.style == "thin"
    assert sheet.page_setup.paperSize == 9 and sheet.page_setup.orientation == "landscape"
    assert [sheet.column_dimensions[c].width for c in "ABC"] == pytest.approx([5, 10, 24], abs=1)


def test_sheet_names_are_made_acceptable_to_excel():
    assert sheet_name("'Bảng: kiểm [1/2]'") == "Bảng  kiểm  1 2"
    assert sheet_name("x" * 40) == "x" * 31
    assert sheet_name("''") == "Sheet1"


def test_the_same_data_gives_the_same_bytes_in_any_process():
    """Built in two fresh interpreters at different times, hash seeds and time zones."""
    code = (
        "import sys, datetime as dt; from plansite.xlsx import workbook\n"
        f"sys.stdout.buffer.write(workbook('Bảng kiểm', {ROWS!r}, (5, 9, 9), dt.date(2024, 11, 15)))"
    )
    outputs = []
    for seed, zone in (("1", "UTC"), ("2", "Asia/Ho_Chi_Minh")):
        env = {**os.environ, "PYTHONPATH": str(SCRIPTS), "PYTHONHASHSEED": seed, "TZ": zone}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, check=True
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    with zipfile.ZipFile(io.BytesIO(outputs[0])) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert ">2024-11-15T00:00:00Z</dcterms:created>" in core
    assert ">2024-11-15T00:00:00Z</dcterms:modified>" in core


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("LibreOffice is missing: apt-get install libreoffice-calc-nogui", pytrace=False)
    pytest.skip("LibreOffice is missing; install Debian's: apt-get install libreoffice-calc-nogui")


def _convert(soffice: str, source: Path, target: str, out: Path) -> Path:
    """`source` converted by LibreOffice headless to format `target`, in `out`."""
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(out / 'profile').as_uri()}",  # its own, throwaway profile
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    converted = out / f"{source.stem}.{target.split(':')[0]}"
    assert done.returncode == 0 and converted.is_file(), done.stdout + done.stderr
    return converted


def test_libreoffice_opens_the_workbook_and_reads_the_same_table(tmp_path):
    soffice = _soffice()
    source = tmp_path / "bang-kiem.xlsx"
    source.write_bytes(workbook("Bảng kiểm", ROWS, (5, 9, 9), DAY))
    # 44: comma, 34: double quote, 76: UTF-8
    table = _convert(soffice, source, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path)
    assert list(csv.reader(io.StringIO(table.read_text(encoding="utf-8")))) == ROWS
    flat = _convert(soffice, source, "fods", tmp_path).read_text(encoding="utf-8")
    assert 'table:name="Bảng kiểm"' in flat
    assert "<table:table-header-rows>" in flat  # the header row repeats on printed pages
