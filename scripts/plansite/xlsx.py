"""Export stage helper: a reproducible one-sheet Excel workbook (.xlsx), written by XlsxWriter.

One sheet of text cells: a bold header row that stays in view and repeats on every printed
page, wrapped text, thin borders, A4 landscape fitted to the page width.

The same data gives the same bytes: the workbook is built in memory (XlsxWriter then dates
every ZIP entry 1980-01-01) and its creation date, otherwise the time of the build, is the
date passed in.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import xlsxwriter

# Excel refuses these in a sheet name, and an apostrophe at either end.
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
_SHEET_NAME_MAX = 31


def sheet_name(title: str) -> str:
    """`title` as Excel accepts it for a sheet: without []:*?/\\ and outer apostrophes, 31 characters."""
    name = _NOT_IN_SHEET_NAMES.sub(" ", title)[:_SHEET_NAME_MAX].strip("' ")
    return name or "Sheet1"


def workbook(title: str, rows: list[list[str]], widths: tuple[int, ...], when: dt.date) -> bytes:
    """An .xlsx file with one sheet named after `title` holding `rows` (the first is the header)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": dt.datetime(when.year, when.month, when.day)})
    cell = {"font_name": "Arial", "font_size": 11, "border": 1, "valign": "top", "text_wrap": True}
    header, body = book.add_format({**cell, "bold": True}), book.add_format(cell)
    sheet = book.add_worksheet(sheet_name(title))
    for number, width in enumerate(widths):
        sheet.set_column(number, number, width)
    for r, row in enumerate(rows):
        style = header if r == 0 else body
        for c, value in enumerate(row):
            if value:
                sheet.write_string(r, c, value, style)  # never read as a formula or number
            else:
                sheet.write_blank(r, c, None, style)
    sheet.freeze_panes(1, 0)
    sheet.repeat_rows(0)
    sheet.set_paper(9)  # A4
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    book.close()
    return buffer.getvalue()
