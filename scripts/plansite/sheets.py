"""Export stage: each level's checklist (plansite.duties) as a CSV and an XLSX file,
the same table in both: the plan's tasks with their basis, deadlines and who, and empty
columns for results."""

from __future__ import annotations

import csv
import io

from plansite import model as m
from plansite import xlsx
from plansite.crossref import Index
from plansite.duties import Checklist, Row, checklists
from plansite.language import pick, suffix, t, when_text, who_text
from plansite.model import task_number

COLUMNS = (
    "col_no",
    "col_task",
    "col_text",
    "col_basis",
    "col_deadline",
    "col_who",
    "col_result",
    "col_done",
    "col_notes",
)
# Spreadsheet column widths in characters, in COLUMNS order.
WIDTHS = (5, 9, 60, 24, 24, 24, 30, 12, 20)


def document_label(doc: m.Document, lang: str) -> str:
    return doc.number or pick(doc.title, lang)


def deadline_text(row: Row, lang: str) -> str:
    if not row.duties:
        return t("checklist_no_deadline", lang)
    return "; ".join(f"{when_text(e, lang)}: {pick(e.title, lang)}" for e in row.duties)


def table(item: Checklist, lang: str) -> list[list[str]]:
    """The header and one line per task: the same table in the CSV and the XLSX file."""
    lines = [[t(c, lang) for c in COLUMNS]]
    for number, row in enumerate(item.rows, start=1):
        lines.append(
            [
                str(number),
                task_number(row.task.id),
                pick(row.task.text, lang),
                "; ".join(document_label(d, lang) for d in row.documents),
                deadline_text(row, lang),
                who_text(row, lang),
                "",
                "",
                "",
            ]
        )
    return lines


def to_csv(item: Checklist, lang: str) -> bytes:
    """UTF-8 with a byte order mark (so Excel reads Vietnamese), comma separated, CRLF."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(table(item, lang))
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def to_xlsx(item: Checklist, lang: str, when) -> bytes:
    return xlsx.workbook(t("checklist", lang), table(item, lang), WIDTHS, when)


def files(index: Index, lang: str) -> dict[str, bytes]:
    """<slug>.csv and .xlsx for every checklist, in one language (pagekinds: "checklists")."""
    sfx = suffix(lang)
    out: dict[str, bytes] = {}
    for item in checklists(index):
        out[f"{item.slug}{sfx}.csv"] = to_csv(item, lang)
        out[f"{item.slug}{sfx}.xlsx"] = to_xlsx(item, lang, index.as_of)
    return out
