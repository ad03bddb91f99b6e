"""Render stage: the drawn timeline on /moc-thoi-gian/, from the same data as its list.

A time axis from the earliest year in the data to `status_as_of` (the "today" line, so two
builds of one commit are the same). One row per dated document (a dot when issued, a
diamond when in force, a bar while in force for laws), per programme (its period as a
bar), per change after the plan and per organisation that started or ended. Documents of
one lineage or chain sit together. Every row links to its page or to its year in the list;
the axis' years link to the list's year sections.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from plansite import model as m
from plansite.crossref import Index
from plansite.diagrams import svg
from plansite.diagrams.relations import _components, edges
from plansite.language import date_text, pick, t
from plansite.render import documents as card
from plansite.status import LEGAL_TYPES, Status, start_of

LABEL_W = 196  # the rows' names, left of the axis
YEAR_W = 22  # one year on the axis
ROW_H = 20
AXIS_H = 36
MAX_ROWS = 60  # a bigger site draws its first rows and says so; the list has all
BARRED = (Status.in_force, Status.amended, Status.superseded, Status.pending)


@dataclass
class Row:
    label: str
    name: str  # the row's accessible name: what and when, in words
    href: str
    marks: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, date, class)
    bar: tuple[str, str, str] | None = None  # (start, end, class)


def _doc_order(index: Index) -> list[m.Document]:
    """Documents of one lineage or chain together (as /van-ban/ draws them), then the rest."""
    seen: dict[str, None] = {}
    for group in _components(edges(index)):
        ids = [n for e in group for n in (e.left, e.right) if not n.startswith("p:")]
        for doc_id in sorted(dict.fromkeys(ids), key=lambda d: _first(index.docs[d])):
            seen[doc_id] = None
    for doc in sorted(index.docs.values(), key=_first):
        seen.setdefault(doc.id, None)
    return [index.docs[d] for d in seen]


def _first(doc: m.Document) -> tuple[int, int, int]:
    dates = [d for d in (doc.issue_date, doc.effective_date) if d]
    return min(map(m.date_key, dates)) if dates else (9999, 0, 0)


def _doc_row(index: Index, doc: m.Document, lang: str) -> Row | None:
    if not (doc.issue_date or doc.effective_date):
        return None
    status = index.status[doc.id]
    label = f"{doc.number or card.type_name(doc.type, lang)} {pick(doc.title, lang)}"
    when = []
    row = Row(label, "", f"../van-ban/{doc.id}.md")
    if doc.issue_date:
        row.marks.append(("issued", doc.issue_date, "dg-mk-issued"))
        when.append(f"{t('dg_issued', lang)} {date_text(doc.issue_date, lang)}")
    if doc.effective_date and doc.effective_date != doc.issue_date:
        row.marks.append(("effective", doc.effective_date, "dg-mk-effective"))
        when.append(f"{t('dg_in_force_from', lang)} {date_text(doc.effective_date, lang)}")
    start = doc.effective_date or doc.issue_date
    if doc.type in LEGAL_TYPES and status.status in BARRED:
        end = status.since if status.status == Status.superseded else index.as_of.isoformat()
        row.bar = (start, end, f"dg-bar dg-st-{status.status.value}")
    words = t(f"dg_st_{status.status.value}", lang)
    row.name = f"{card.doc_heading(doc, lang)}: {'; '.join(when)} ({words})"
    return row


def rows(index: Index, lang: str, year_links: dict[str, str]) -> list[Row]:
    out = [r for d in _doc_order(index) if (r := _doc_row(index, d, lang))]
    for programme in index.programmes.values():
        start, end = f"{programme.period.start}-01-01", f"{programme.period.end}-12-31"
        ended = programme.period.end < index.as_of.year
        title = pick(programme.title, lang)
        period = f"{programme.period.start}–{programme.period.end}"
        row = Row(
            title,
            f"{t('programme', lang)}: {title} ({period})",
            f"../chuong-trinh/{programme.id}.md",
        )
        row.bar = (start, end, "dg-bar dg-bar-period" + (" dg-st-ended" if ended else ""))
        out.append(row)
    for event in index.events.values():
        if event.date:
            title = pick(event.title, lang)
            href = year_links.get(event.date[:4], "")
            row = Row(title, f"{date_text(event.date, lang)}: {title}", href)
            row.marks.append(("change", event.date, "dg-mk-change"))
            out.append(row)
    for org in index.orgs.values():
        if not (org.start_date or org.end_date):
            continue
        name = pick(org.name, lang)
        row = Row(name, name, f"../don-vi/{org.id}.md")
        when = []
        if org.start_date:
            row.marks.append(("change", org.start_date, "dg-mk-change"))
            when.append(f"{t('org_started', lang)} {date_text(org.start_date, lang)}")
        if org.end_date:
            row.marks.append(("end", org.end_date, "dg-mk-end"))
            when.append(f"{t('org_ended', lang)} {date_text(org.end_date, lang)}")
        row.name = f"{name}: {'; '.join(when)}"
        out.append(row)
    return out


def timeline_figure(index: Index, lang: str, year_links: dict[str, str]) -> str:
    """The picture (a raw-HTML Markdown block); `year_links`: year -> its list section's
    link ("#nam-2014" on this page, "trang-2.md#nam-2014" on another)."""
    every = rows(index, lang, year_links)
    dated = [d for r in every for d in [*(x[1] for x in r.marks), *(r.bar[:2] if r.bar else ())]]
    if not dated:
        return ""
    shown = every[:MAX_ROWS]
    first = min(int(d[:4]) for d in dated)
    # To today, or further when the data holds a later date (a law not yet in force).
    last = max(index.as_of.year, max(int(d[:4]) for d in dated))
    origin = dt.date(first, 1, 1)

    def x(value: str | dt.date) -> float:
        day = value if isinstance(value, dt.date) else start_of(value)
        return LABEL_W + (day - origin).days / 365.25 * YEAR_W

    width = LABEL_W + (last - first + 1) * YEAR_W + 24  # room for the last year's label
    height = AXIS_H + len(shown) * ROW_H + 6
    body = []
    for year in range(first, last + 1):
        gx = LABEL_W + (year - first) * YEAR_W
        body.append(svg.line(gx, AXIS_H - 6, gx, height, "dg-grid"))
        if (year - first) % 2 == 0:
            label = svg.text(gx + 2, AXIS_H - 10, str(year), "dg-ax")
            href = year_links.get(str(year))
            name = f"{t('timeline', lang)}: {year}"
            body.append(svg.link(href, name, [label]) if href else label)
    for i, row in enumerate(shown):
        top = AXIS_H + i * ROW_H
        mid = top + ROW_H / 2
        parts = [svg.rect(0, top + 1, width, ROW_H - 2, "dg-rowbg", 0)]
        parts.append(svg.text(4, mid + 4, svg.fit(row.label, LABEL_W - 10, 11), "dg-row"))
        if row.bar:
            start, end, cls = row.bar
            right = x(end) if "-12-31" not in end else x(end) + 1
            parts.append(svg.rect(x(start), mid - 3, max(right - x(start), 2), 6, cls, 1))
        parts += [svg.mark(kind, x(date), mid, cls) for kind, date, cls in row.marks]
        body.append(svg.link(row.href, row.name, parts, "dg-tl") if row.href else "".join(parts))
    today = x(index.as_of)
    as_of = f"{t('dg_today', lang)} {date_text(index.as_of.isoformat(), lang)}"
    body.append(svg.line(today, 14, today, height, "dg-today"))
    body.append(svg.text(today - 3, 10, as_of, "dg-ax", "end"))
    picture = svg.Picture(
        "dg-truc",
        round(width),
        round(height),
        t("dg_timeline", lang),
        t("dg_timeline_desc", lang),
        body,
    )
    caption = t("dg_timeline", lang)
    if len(shown) < len(every):
        caption += ". " + t("dg_more", lang).format(shown=len(shown), total=len(every))
    bars = {r.bar[2] for r in shown if r.bar}
    legend = [
        ("dg-mk-issued", t("dg_issued", lang)),
        ("dg-mk-effective", t("dg_in_force_from", lang)),
    ]
    for status in BARRED:  # a bar per status the picture draws, named in words
        if f"dg-bar dg-st-{status.value}" in bars:
            words = t(f"dg_st_{status.value}", lang)
            legend.append(
                (f"dg-bar dg-st-{status.value}", f"{t('dg_in_force_bar', lang)} ({words})")
            )
    legend += [
        ("dg-bar dg-bar-period dg-st-ended", t("dg_period_bar", lang)),
        ("dg-mk-change", t("dg_change", lang)),
        ("dg-mk-end", t("org_ended", lang)),
        ("dg-today", as_of),
    ]
    return svg.figure(picture, caption, legend, t("dg_scroll", lang))
