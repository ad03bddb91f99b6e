"""Index/export stage: per-level checklists (/bang-kiem/<slug>/) and their CSV and XLSX files.

A checklist is one organisation level's tasks in plan order, with what the data says
about each (legal basis, deadlines, who) and empty columns for results. The yearly
report form is built only from duties the data names for that level's organisations.
Nothing here is invented: a task without a dated duty says the plan sets no deadline.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass

from plansite import model as m
from plansite import xlsx
from plansite.calendar import calendar_events
from plansite.index import Index
from plansite.labels import t
from plansite.render.common import pick, task_number
from plansite.render.events import when_text

# Plan words that ask for lessons drawn in the yearly report (checked in the original text).
LESSONS = "rút kinh nghiệm"
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


@dataclass(frozen=True)
class Row:
    task: m.Task
    documents: list[m.Document]
    duties: list[m.Event]
    responsible: list[m.Organisation]
    supporting: list[m.Organisation]


@dataclass(frozen=True)
class Checklist:
    level: str
    slug: str  # the level's `checklist` in data/plan.yml: stable when organisations change
    plan_slug: str  # the plan's slug: the start of the downloaded files' names
    orgs: list[m.Organisation]
    rows: list[Row]
    reports: list[m.Event]  # yearly report duties of this level's organisations

    def file_name(self, ext: str) -> str:
        return f"{self.plan_slug}-bang-kiem-{self.slug}.{ext}"

    def rows_of(self, org_ids: set[str]) -> list[Row]:
        """The rows any of these organisations is responsible for, in order."""
        numbers = sorted({n for o in org_ids for n in self._rows_by_org.get(o, ())})
        return [self.rows[n] for n in numbers]

    @functools.cached_property
    def _rows_by_org(self) -> dict[str, list[int]]:
        by_org: dict[str, list[int]] = {}
        for number, row in enumerate(self.rows):
            for org in row.responsible:
                by_org.setdefault(org.id, []).append(number)
        return by_org


def short_name(org: m.Organisation, lang: str) -> str:
    return pick(org.short or org.name, lang)


def _duties(index: Index, orgs: list[m.Organisation]) -> dict[str, m.Event]:
    """Duties that apply to any of `orgs` (named, or through 'all levels'), by id."""
    return {e.id: e for org in orgs for e in calendar_events(index, org.id)}


def checklist(index: Index, level: str) -> Checklist | None:
    """The checklist of a level that has one in data/plan.yml (None if it gives no task)."""
    orgs = [o for o in index.orgs.values() if o.level == level]
    ids = {o.id for o in orgs}
    duties = _duties(index, orgs)
    duties_by_task: dict[str, list[m.Event]] = {}
    for event in duties.values():
        for task_id in dict.fromkeys(event.tasks):
            duties_by_task.setdefault(task_id, []).append(event)
    rows = []
    for task in index.tasks.values():
        responsible = [index.orgs[o] for o in task.responsible if o in ids]
        if not responsible:
            continue
        rows.append(
            Row(
                task=task,
                documents=[index.docs[d] for d in task.documents],
                duties=duties_by_task.get(task.id, []),
                responsible=responsible,
                supporting=[index.orgs[o] for o in task.supporting],
            )
        )
    if not rows:
        return None
    ids = {o.id for row in rows for o in row.responsible}
    orgs = [o for o in orgs if o.id in ids]
    tasks = {row.task.id for row in rows}
    reports = [
        e
        for e in duties.values()
        if e.recurrence is not None
        and e.recurrence.freq == m.Frequency.yearly
        and ids.intersection(e.organisations)
        and tasks.intersection(e.tasks)
        and any(index.orgs[o].reports_to for o in ids.intersection(e.organisations))
    ]
    plan = index.data.plan
    return Checklist(level, plan.checklist_slugs()[level], plan.slug, orgs, rows, reports)


def checklists(index: Index) -> list[Checklist]:
    found = (checklist(index, level) for level in index.data.plan.checklist_slugs())
    return [c for c in found if c is not None]


def asks_for_lessons(index: Index, report: m.Event) -> bool:
    """Whether the plan paragraphs behind a report duty ask to draw lessons."""
    return any(LESSONS in index.tasks[x].text.vi for x in report.tasks if x in index.tasks)


def document_label(doc: m.Document, lang: str) -> str:
    return doc.number or pick(doc.title, lang)


def deadline_text(row: Row, lang: str) -> str:
    if not row.duties:
        return t("checklist_no_deadline", lang)
    return "; ".join(f"{when_text(e, lang)}: {pick(e.title, lang)}" for e in row.duties)


def who_text(row: Row, lang: str) -> str:
    text = ", ".join(short_name(o, lang) for o in row.responsible)
    if row.supporting:
        others = ", ".join(short_name(o, lang) for o in row.supporting)
        text += f"; {t('supporting', lang).lower()}: {others}"
    return text


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


def files(index: Index, lang: str, sfx: str) -> dict[str, bytes]:
    """bang-kiem/<slug>.csv and .xlsx for every checklist, in one language."""
    out: dict[str, bytes] = {}
    for item in checklists(index):
        out[f"bang-kiem/{item.slug}{sfx}.csv"] = to_csv(item, lang)
        out[f"bang-kiem/{item.slug}{sfx}.xlsx"] = to_xlsx(item, lang, index.as_of)
    return out
