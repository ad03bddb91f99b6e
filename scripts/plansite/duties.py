"""Index stage (derived data): the duties in each organisation's calendar, and per level
the checklist of its tasks, with what the data says about each (legal basis, duties, who)
and the yearly report duties of its organisations.

Nothing here is invented: a task without a dated duty has no deadline. Words and files
are made from these records by plansite.render.checklists and plansite.sheets.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from plansite import model as m
from plansite.crossref import Index
from plansite.status import start_of


def calendar_events(index: Index, org_id: str | None) -> list[m.Event]:
    """Duties for the whole plan (org_id None) or for one organisation."""
    if org_id is None:
        return [e for e in index.events.values() if e.kind == m.EventKind.duty]
    return [index.events[e] for e in index.duties_by_org.get(org_id, [])]


def last_day(index: Index, org_id: str | None) -> dt.date | None:
    """The last day an organisation's calendar may remind of: the day before it ended
    (None while it exists, and for the whole plan's calendar)."""
    if org_id is None or not index.ended(org_id):
        return None
    return start_of(index.orgs[org_id].end_date) - dt.timedelta(days=1)


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

