"""Render stage: the timeline (/moc-thoi-gian/) and what changed since the plan (/hien-trang/).

Real HTML lists grouped by year, no script, readable on a 360 px phone.
"""

from __future__ import annotations

from dataclasses import dataclass

from plansite import model as m
from plansite.crossref import Index
from plansite.diagrams.timeline import timeline_figure
from plansite.language import date_text, pick, plan_t, t, when_text
from plansite.pagekinds import href, page_size
from plansite.render import paging
from plansite.render.common import esc, link, page
from plansite.render.documents import certainty_badge, doc_heading
from plansite.render.sources import source_link, variant_origin
from plansite.render.tasks import org_link, task_link


@dataclass(frozen=True)
class Entry:
    date: str
    text: str  # Markdown, escaped
    certainty: m.Certainty
    sources: tuple[str, ...] = ()  # ids in data/sources.yml


def plan_not_before(index: Index) -> str | None:
    """The latest date among documents the plan cites: the plan is dated after it (None
    when the plan cites no dated document)."""
    cited = [index.docs[d] for d in index.plan_mentions if index.docs[d].issue_date]
    return max((d.issue_date for d in cited), key=m.date_key, default=None)


def _document_entries(index: Index, doc: m.Document, lang: str) -> list[Entry]:
    """A document's issue and effective dates; where sources differ, every date they give."""
    label = link(esc(doc_heading(doc, lang)), href("documents", doc.id))
    out = []
    for field_name, what in (("issue_date", "issued"), ("effective_date", "in_force_from")):
        value = getattr(doc, field_name)
        if value is None:
            continue
        certainty = doc.certainty_of(field_name)
        text = f"{label}: {t(what, lang)}"
        if certainty != m.Certainty.differs:
            sources = doc.sources_of(field_name) if certainty == m.Certainty.checked else []
            out.append(Entry(value, text, certainty, tuple(sources)))
            continue
        for variant in doc.variants[field_name]:
            origin = variant_origin(variant, lang, lambda s: esc(index.sources[s].publisher))
            out.append(
                Entry(variant.value, f"{text} ({origin})", certainty, tuple(variant.sources))
            )
    return out


def _organisation_entries(index: Index, org: m.Organisation, lang: str) -> list[Entry]:
    """When an organisation started or ended, and who took over its work."""
    certainty = org.life_certainty or m.Certainty.unknown
    label = link(esc(pick(org.name, lang)), href("organisations", org.id))
    out = []
    if org.start_date:
        out.append(
            Entry(
                org.start_date,
                f"{label}: {t('org_started', lang).lower()}",
                certainty,
                tuple(org.life_sources),
            )
        )
    if org.end_date:
        text = f"{label}: {t('org_ended', lang).lower()}"
        if org.successor:
            successor = index.orgs[org.successor]
            text += f"; {t('org_successor', lang).lower()}: " + link(
                esc(pick(successor.name, lang)), href("organisations", successor.id)
            )
        out.append(Entry(org.end_date, text, certainty, tuple(org.life_sources)))
    return out


def entries(index: Index, lang: str) -> list[Entry]:
    out: list[Entry] = []
    for doc in index.docs.values():
        out += _document_entries(index, doc, lang)
    for programme in index.programmes.values():
        label = link(esc(pick(programme.title, lang)), href("programmes", programme.id))
        out.append(
            Entry(
                str(programme.period.start), f"{label}: {t('period_start', lang)}", m.Certainty.plan
            )
        )
        out.append(
            Entry(str(programme.period.end), f"{label}: {t('period_end', lang)}", m.Certainty.plan)
        )
    for org in index.orgs.values():
        out += _organisation_entries(index, org, lang)
    for event in index.events.values():
        if event.date:
            out.append(
                Entry(
                    event.date, esc(pick(event.title, lang)), event.certainty, tuple(event.sources)
                )
            )
    return sorted(out, key=lambda e: (m.date_key(e.date), e.text))


def _line(entry: Entry, lang: str, after: str | None) -> str:
    later = (
        f" *({t('after_plan', lang)})*"
        if after and m.date_key(entry.date) > m.date_key(after)
        else ""
    )
    return f"- **{date_text(entry.date, lang)}** — {entry.text}{later} {certainty_badge(entry.certainty, lang)}"


def year_links(listing: list[paging.Page]) -> dict[str, str]:
    """Year -> the link to its section of the list, from the list's first page."""
    links = {}
    for number, listed in enumerate(listing, start=1):
        page_file = "" if number == 1 else paging.file_name(number, "")
        for piece in listed.pieces:
            anchor = piece.section.anchor
            if anchor.startswith("nam-") and not piece.continued:
                links[anchor[len("nam-") :]] = f"{page_file}#{anchor}"
    return links


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
    listing = paging.pages(
        [recurring, *years.values()], t("timeline", lang), lang, page_size("timeline")
    )
    for listed in listing:
        drawn = listed is listing[0]
        body = [
            f"# {listed.title} {{#moc-thoi-gian}}",
            "",
            t("timeline_intro", lang),
            "",
            timeline_figure(index, lang, year_links(listing)) if drawn else "",
            *listed.pager,
            *paging.body(listed.pieces, lang, str),
            *listed.pager,
            "",
        ]
        out[listed.file] = page(listed.title, t("timeline_intro", lang), body, "data/*.yml", lang)
    return out


def _source_cell(index: Index, entry: Entry, lang: str) -> str:
    if entry.sources:
        return ", ".join(source_link(index.sources[s]) for s in entry.sources)
    if entry.certainty == m.Certainty.plan:
        return t("certainty_plan", lang)
    return t("unknown_value", lang)


def _ended_line(index: Index, org: m.Organisation, lang: str) -> str:
    name = link(esc(pick(org.name, lang)), href("organisations", org.id))
    line = f"- {name}: {date_text(org.end_date, lang)}."
    if org.successor:
        return f"{line} {t('org_successor', lang)}: {org_link(index, org.successor, lang)}."
    return f"{line} {t('org_successor_unknown', lang)}"


def render_changes(index: Index, lang: str) -> dict[str, str]:
    """{file in hien-trang/: page}: every change after the plan, newest first, dated and
    sourced; then the documents no longer in force and the organisations that ended; over
    several pages when they do not fit on one (render.paging)."""
    after = plan_not_before(index)
    # Without a date for the plan, every dated entry is listed: none can be ruled out.
    later = [
        e for e in entries(index, lang) if after is None or m.date_key(e.date) > m.date_key(after)
    ]
    later.sort(key=lambda e: m.date_key(e.date), reverse=True)  # stable: same day keeps order
    ended = [
        d for d in index.docs.values() if index.status[d.id].status.value in ("superseded", "ended")
    ]
    ended_title = f"{t('status_superseded', lang)} / {t('status_ended', lang)}"
    sections = [paging.Section("", "thay-doi", 2, later)]
    if ended:
        sections.append(paging.Section(ended_title, "het-hieu-luc", 2, ended))
    gone = [o for o in index.orgs.values() if index.ended(o.id)]
    if gone:
        sections.append(paging.Section(t("org_ended", lang), "don-vi-ket-thuc", 2, gone))
    out = {}
    intro = plan_t(index.data.plan, "changes_intro", lang)
    title = plan_t(index.data.plan, "changes", lang)
    for listed in paging.pages(sections, title, lang, page_size("changes")):
        pager = listed.pager
        body = [f"# {listed.title} {{#hien-trang}}", "", intro, *pager, ""]
        for piece in listed.pieces:
            if piece.section.anchor == "thay-doi":
                body += [
                    f"| {t('date', lang)} | {t('what', lang)} | {t('certainty', lang)} | {t('sources', lang)} |",
                    "|---|---|---|---|",
                    *(
                        f"| {date_text(e.date, lang)} | {e.text} | {certainty_badge(e.certainty, lang)} | {_source_cell(index, e, lang)} |"
                        for e in piece.items
                    ),
                    "",
                ]
                continue
            body += piece.section.heading(piece.continued, lang)
            if piece.section.anchor == "don-vi-ket-thuc":
                body += [_ended_line(index, o, lang) for o in piece.items]
                body.append("")
                continue
            body += [
                f"- {link(esc(doc_heading(d, lang)), href('documents', d.id))}: {t('status_' + index.status[d.id].status.value, lang)}"
                for d in piece.items
            ]
            body.append("")
        out[listed.file] = page(
            listed.title,
            intro,
            [*body, *pager, ""],
            "data/documents.yml, data/organisations.yml, data/events.yml",
            lang,
        )
    return out


def pages(index: Index, lang: str) -> dict[str, str]:
    """The timeline (pagekinds: "timeline")."""
    return render_timeline(index, lang)


def change_pages(index: Index, lang: str) -> dict[str, str]:
    """What changed since the plan (pagekinds: "changes")."""
    return render_changes(index, lang)
