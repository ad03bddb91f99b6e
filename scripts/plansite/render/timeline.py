"""Render stage: the timeline (/moc-thoi-gian/) and what changed since the plan (/hien-trang/).

Real HTML lists grouped by year, no script, readable on a 360 px phone.
"""

from __future__ import annotations

from dataclasses import dataclass

from plansite import model as m
from plansite.index import Index
from plansite.labels import t
from plansite.render import paging
from plansite.render.common import date_text, esc, link, page, pick
from plansite.render.documents import certainty_badge, doc_heading
from plansite.render.events import when_text
from plansite.render.tasks import task_link


@dataclass(frozen=True)
class Entry:
    date: str
    text: str  # Markdown, escaped
    certainty: m.Certainty
    source: str  # Markdown, escaped


def plan_not_before(index: Index) -> str:
    """The latest date among documents the plan cites: the plan is dated after it."""
    cited = [index.docs[d] for d in index.plan_mentions if index.docs[d].issue_date]
    return max((d.issue_date for d in cited), key=m.date_key)


def entries(index: Index, lang: str) -> list[Entry]:
    out: list[Entry] = []
    for doc in index.docs.values():
        label = link(esc(doc_heading(doc, lang)), f"../van-ban/{doc.id}.md")
        source = esc(pick(doc.source, lang))
        if doc.issue_date:
            out.append(
                Entry(
                    doc.issue_date,
                    f"{label}: {t('issued', lang)}",
                    doc.certainty_of("issue_date"),
                    source,
                )
            )
        if doc.effective_date:
            out.append(
                Entry(
                    doc.effective_date,
                    f"{label}: {t('in_force_from', lang)}",
                    doc.certainty_of("effective_date"),
                    source,
                )
            )
    for programme in index.programmes.values():
        label = link(esc(pick(programme.title, lang)), f"../chuong-trinh/{programme.id}.md")
        out.append(
            Entry(
                str(programme.period.start),
                f"{label}: {t('period_start', lang)}",
                m.Certainty.plan,
                t("certainty_plan", lang),
            )
        )
        out.append(
            Entry(
                str(programme.period.end),
                f"{label}: {t('period_end', lang)}",
                m.Certainty.plan,
                t("certainty_plan", lang),
            )
        )
    for event in index.events.values():
        if event.date:
            source = esc(pick(event.source, lang)) if event.source else t("certainty_plan", lang)
            out.append(Entry(event.date, esc(pick(event.title, lang)), event.certainty, source))
    return sorted(out, key=lambda e: (m.date_key(e.date), e.text))


def _line(entry: Entry, lang: str, after: str | None) -> str:
    later = (
        f" *({t('after_plan', lang)})*"
        if after and m.date_key(entry.date) > m.date_key(after)
        else ""
    )
    return f"- **{date_text(entry.date, lang)}** — {entry.text}{later} {certainty_badge(entry.certainty, lang)}"


def render_timeline(index: Index, lang: str) -> dict[str, str]:
    """Recurring duties, then dated entries by year; {file in moc-thoi-gian/: page}, more
    than one page when the entries do not fit on one (render.paging)."""
    after = plan_not_before(index)
    recurring = paging.Section(t("recurring", lang), "dinh-ky", 2)
    for event in index.events.values():
        if event.recurrence:
            tasks = ", ".join(task_link(index, x, lang) for x in event.tasks)
            recurring.items.append(
                f"- **{when_text(event, lang)}** — {esc(pick(event.title, lang))}"
                + (f" ({tasks})" if tasks else "")
            )
    years: dict[str, paging.Section] = {}
    for entry in entries(index, lang):
        year = entry.date[:4]
        if year not in years:
            years[year] = paging.Section(year, f"nam-{year}", 2)
        years[year].items.append(_line(entry, lang, after))
    out = {}
    for listed in paging.pages([recurring, *years.values()], t("timeline", lang), lang):
        body = [
            f"# {listed.title} {{#moc-thoi-gian}}",
            "",
            t("timeline_intro", lang),
            *listed.pager,
            *paging.body(listed.pieces, lang, str),
            *listed.pager,
            "",
        ]
        out[listed.file] = page(listed.title, t("timeline_intro", lang), body, "data/*.yml", lang)
    return out


def render_changes(index: Index, lang: str) -> dict[str, str]:
    """{file in hien-trang/: page}: what happened after the plan, then the documents no
    longer in force; over several pages when they do not fit on one (render.paging)."""
    after = plan_not_before(index)
    later = [e for e in entries(index, lang) if m.date_key(e.date) > m.date_key(after)]
    ended = [
        d for d in index.docs.values() if index.status[d.id].status.value in ("superseded", "ended")
    ]
    ended_title = f"{t('status_superseded', lang)} / {t('status_ended', lang)}"
    sections = [paging.Section("", "thay-doi", 2, later)]
    if ended:
        sections.append(paging.Section(ended_title, "het-hieu-luc", 2, ended))
    out = {}
    for listed in paging.pages(sections, t("changes", lang), lang):
        pager = listed.pager
        body = [f"# {listed.title} {{#hien-trang}}", "", t("changes_intro", lang), *pager, ""]
        for piece in listed.pieces:
            if piece.section.anchor == "thay-doi":
                body += [
                    f"| {t('date', lang)} | {t('what', lang)} | {t('certainty', lang)} | {t('source', lang)} |",
                    "|---|---|---|---|",
                    *(
                        f"| {date_text(e.date, lang)} | {e.text} | {certainty_badge(e.certainty, lang)} | {e.source} |"
                        for e in piece.items
                    ),
                ]
                continue
            body += piece.section.heading(piece.continued, lang)
            body += [
                f"- {link(esc(doc_heading(d, lang)), f'../van-ban/{d.id}.md')}: {t('status_' + index.status[d.id].status.value, lang)}"
                for d in piece.items
            ]
        out[listed.file] = page(
            listed.title,
            t("changes_intro", lang),
            [*body, *pager, ""],
            "data/documents.yml, data/events.yml",
            lang,
        )
    return out
