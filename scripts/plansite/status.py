"""Index stage helper: a document's validity status, computed as of one date.

Never typed per page: the status follows from dates and relations in
documents.yml and programmes.yml, as of `status_as_of` in data/site.yml
(default: the date of the last commit).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from plansite import model as m

LEGAL_TYPES = {
    m.DocumentType.hien_phap,
    m.DocumentType.bo_luat,
    m.DocumentType.luat,
    m.DocumentType.nghi_quyet_qh,
}


class Status(StrEnum):
    in_force = "in_force"
    amended = "amended"
    superseded = "superseded"
    ended = "ended"
    pending = "pending"
    no_known_change = "no_known_change"
    unknown = "unknown"


@dataclass(frozen=True)
class DocStatus:
    status: Status
    since: str | None = None  # date or year the status began
    by: tuple[str, ...] = ()  # successor, amending document or programme ids


def start_of(value: str | None) -> dt.date | None:
    if value is None:
        return None
    year, month, day = m.date_key(value)
    return dt.date(year, month or 1, day or 1)


def _in_effect_from(doc: m.Document) -> str | None:
    return doc.effective_date or doc.issue_date


def compute_status(
    doc: m.Document,
    successors: list[m.Document],
    amenders: list[m.Document],
    programmes: list[m.Programme],
    as_of: dt.date,
) -> DocStatus:
    active = [s for s in successors if (d := start_of(_in_effect_from(s))) and d <= as_of]
    if active:
        first = min(active, key=lambda s: m.date_key(_in_effect_from(s)))
        return DocStatus(Status.superseded, _in_effect_from(first), tuple(s.id for s in active))
    over = [p for p in programmes if p.period.end < as_of.year]
    if over:
        return DocStatus(
            Status.ended, str(max(p.period.end for p in over)), tuple(p.id for p in over)
        )
    start = start_of(_in_effect_from(doc))
    if start is None:
        return DocStatus(Status.unknown)
    if start > as_of:
        return DocStatus(Status.pending, _in_effect_from(doc))
    if doc.type not in LEGAL_TYPES:
        return DocStatus(Status.no_known_change, _in_effect_from(doc))
    changes = [a for a in amenders if (d := start_of(_in_effect_from(a))) and d <= as_of]
    if changes:
        return DocStatus(Status.amended, _in_effect_from(doc), tuple(a.id for a in changes))
    return DocStatus(Status.in_force, _in_effect_from(doc))
