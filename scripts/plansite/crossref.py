"""Index stage: reverse links and statuses, computed once in linear time.

Every relation is written once in the data (a task names its documents, a
newer law names what it replaces); the index derives the other direction.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from plansite import model as m
from plansite.archive import OfflineCopy
from plansite.plantext import collapse
from plansite.status import DocStatus, compute_status, start_of
from plansite.validate import Dataset


@dataclass(frozen=True)
class Index:
    data: Dataset
    as_of: dt.date
    orgs: dict[str, m.Organisation]
    tasks: dict[str, m.Task]
    docs: dict[str, m.Document]
    programmes: dict[str, m.Programme]
    movements: dict[str, m.Movement]
    events: dict[str, m.Event]
    tasks_responsible: dict[str, list[str]]
    tasks_supporting: dict[str, list[str]]
    tasks_by_document: dict[str, list[str]]
    tasks_by_programme: dict[str, list[str]]
    tasks_by_movement: dict[str, list[str]]
    events_by_task: dict[str, list[str]]
    events_by_org: dict[str, list[str]]
    reverse_relations: dict[str, dict[str, list[str]]]  # relation -> target -> sources
    programmes_by_document: dict[str, list[str]]
    reporters: dict[str, list[str]]
    children: dict[str, list[str]]
    plan_mentions: dict[str, list[str]]  # document -> plan anchors (and footnotes) naming it
    status: dict[str, DocStatus]
    task_neighbours: dict[str, tuple[str | None, str | None]]  # task -> (previous, next)
    duties_by_org: dict[str, list[str]]  # organisation -> duty events in its calendar
    sources: dict[str, m.Source]
    predecessors: dict[str, list[str]]  # organisation -> those whose work it took over
    # (folder, id, lang) -> authored prose joined with that card (plansite.prose)
    authored: dict = field(default_factory=dict)
    # the offline copy, once `python -m plansite build` has built it (its page links it)
    offline: OfflineCopy | None = None

    def neighbours(self, task_id: str) -> tuple[str | None, str | None]:
        return self.task_neighbours[task_id]

    def replaced_by(self, doc_id: str) -> list[str]:
        return self.reverse_relations["replaces"].get(doc_id, [])

    def amended_by(self, doc_id: str) -> list[str]:
        return self.reverse_relations["amends"].get(doc_id, [])

    def ended(self, org_id: str) -> bool:
        """Whether the organisation has ended as of the status date. A year or month alone
        counts from its first day: a duty is never promised after a body may have ended."""
        end = start_of(self.orgs[org_id].end_date)
        return end is not None and end <= self.as_of


def _group(pairs) -> dict[str, list[str]]:
    """key -> its values in first-seen order, without repeats (a dict as an ordered set)."""
    grouped: dict[str, dict[str, None]] = defaultdict(dict)
    for key, value in pairs:
        grouped[key][value] = None
    return {key: list(values) for key, values in grouped.items()}


def _began(event: m.Event) -> str:
    return event.date or event.recurrence.since


def _duties_by_org(data: Dataset) -> dict[str, list[str]]:
    """Duties in calendars: those naming the organisation, and, for a union level, those
    addressed to every level that began after it did (a body founded later, such as a
    federation formed by a merger, is not one of the levels the plan addressed).
    In data order, computed once for all organisations."""
    duties = [e for e in data.events if e.kind == m.EventKind.duty]
    # The levels an event addressed to "every level" reaches, and who stands for every level.
    union_levels = data.plan.levels_where("union")
    every = data.plan.levels_where("every_level")
    every_level = {o.id for o in data.organisations if o.level in every}
    general = [e for e in duties if every_level.intersection(e.organisations)]
    named = _group((o, e.id) for e in duties for o in e.organisations)
    order = {e.id: position for position, e in enumerate(duties)}
    result = {}
    for org in data.organisations:
        ids = set(named.get(org.id, []))
        if org.level in union_levels:
            ids |= {
                e.id
                for e in general
                if org.start_date is None or m.date_key(org.start_date) <= m.date_key(_began(e))
            }
        if ids:
            result[org.id] = sorted(ids, key=order.__getitem__)
    return result


def _neighbours(ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    before = [None, *ids[:-1]]
    after = [*ids[1:], None]
    return {task: (prev, nxt) for task, prev, nxt in zip(ids, before, after, strict=True)}


def build_index(data: Dataset, as_of: dt.date) -> Index:
    docs = {d.id: d for d in data.documents}
    programmes = {p.id: p for p in data.programmes}
    reverse = {
        relation: _group(
            (target, d.id) for d in data.documents for target in getattr(d.relations, relation)
        )
        for relation in ("implements", "based_on", "replaces", "amends")
    }
    programmes_by_document = _group((p.document, p.id) for p in data.programmes)
    status = {
        d.id: compute_status(
            d,
            [docs[s] for s in reverse["replaces"].get(d.id, [])],
            [docs[s] for s in reverse["amends"].get(d.id, [])],
            [programmes[p] for p in programmes_by_document.get(d.id, [])],
            as_of,
        )
        for d in data.documents
    }
    plan = data.plan_text()
    texts = {**plan.blocks, **plan.footnotes}
    mentions = _group(
        (d.id, anchor)
        for d in data.documents
        for mention in map(collapse, d.mentions)
        for anchor, text in texts.items()
        if mention in text
    )
    return Index(
        data=data,
        as_of=as_of,
        orgs={o.id: o for o in data.organisations},
        tasks={t.id: t for t in data.tasks},
        docs=docs,
        programmes=programmes,
        movements={mv.id: mv for mv in data.movements},
        events={e.id: e for e in data.events},
        tasks_responsible=_group((o, t.id) for t in data.tasks for o in t.responsible),
        tasks_supporting=_group((o, t.id) for t in data.tasks for o in t.supporting),
        tasks_by_document=_group((d, t.id) for t in data.tasks for d in t.documents),
        tasks_by_programme=_group((p, t.id) for t in data.tasks for p in t.programmes),
        tasks_by_movement=_group((mv, t.id) for t in data.tasks for mv in t.movements),
        events_by_task=_group((t, e.id) for e in data.events for t in e.tasks),
        events_by_org=_group((o, e.id) for e in data.events for o in e.organisations),
        reverse_relations=reverse,
        programmes_by_document=programmes_by_document,
        reporters=_group((to, o.id) for o in data.organisations for to in o.reports_to),
        children=_group((o.parent, o.id) for o in data.organisations if o.parent),
        plan_mentions=mentions,
        status=status,
        task_neighbours=_neighbours([t.id for t in data.tasks]),
        duties_by_org=_duties_by_org(data),
        sources={s.id: s for s in data.sources},
        predecessors=_group((o.successor, o.id) for o in data.organisations if o.successor),
    )
