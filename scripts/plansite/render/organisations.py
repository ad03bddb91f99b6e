"""Render stage: a page per organisation (/don-vi/<id>/): what this level must do."""

from __future__ import annotations

from plansite import model as m
from plansite.crossref import Index
from plansite.diagrams.reporting import reporting_figure
from plansite.duties import calendar_events
from plansite.language import count, date_text, excerpt, pick, plan_t, suffix, t, when_text
from plansite.model import task_number
from plansite.pagekinds import href, page_size
from plansite.render import paging
from plansite.render.common import esc, link, page
from plansite.render.documents import certainty_badge
from plansite.render.sources import Citations
from plansite.render.tasks import org_link, task_link


def level_name(index: Index, level: str, lang: str) -> str:
    """A level's name (data/plan.yml)."""
    return pick(index.data.plan.level_name(level), lang)


def _event_sort_key(event: m.Event) -> tuple:
    if event.date is not None:
        return (0, *m.date_key(event.date))
    rec = event.recurrence
    return (1, rec.month or 0, rec.day or 0)


def _life_banner(index: Index, org: m.Organisation, cite: Citations, lang: str) -> list[str]:
    """Whether the organisation still exists and who does its work now, with sources."""
    lines: list[str] = []
    certainty = certainty_badge(org.life_certainty, lang) if org.life_certainty else ""
    marks = cite.marks(org.life_sources)
    if index.ended(org.id):
        title = f"{t('org_ended', lang)} ({date_text(org.end_date, lang)})"
        lines += [
            f'!!! warning "{title}"',
            "",
            f"    {t('org_ended_banner', lang)}: {date_text(org.end_date, lang)}. "
            f"{certainty} {marks}",
            "",
        ]
        if org.successor:
            successor = index.orgs[org.successor]
            since = f" ({t('from_date', lang)} {date_text(successor.start_date, lang)})"
            lines.append(
                f"    {t('org_successor', lang)}: {org_link(index, org.successor, lang)}"
                + (since if successor.start_date else "")
                + "."
            )
        else:
            lines.append(f"    {t('org_successor_unknown', lang)}")
        lines += [""]
        if org.life_note:
            lines += [f"    {esc(pick(org.life_note, lang))}", ""]
        if index.tasks_responsible.get(org.id) or index.duties_by_org.get(org.id):
            lines += [f"    {plan_t(index.data.plan, 'org_duties_history', lang)}", ""]
        return lines
    if org.parent and index.ended(org.parent):
        parent = index.orgs[org.parent]
        successor = (
            f" {t('org_successor', lang)}: {org_link(index, parent.successor, lang)}."
            if parent.successor
            else ""
        )
        lines += [
            f'!!! warning "{t("org_parent_ended_title", lang)}"',
            "",
            f"    {t('org_parent_ended', lang)} {org_link(index, parent.id, lang)} "
            f"({date_text(parent.end_date, lang)}).{successor}",
            "",
        ]
    if org.start_date or org.life_note:
        lines += [f"## {t('org_life', lang)} {{#hoat-dong}}", ""]
        if org.start_date:
            lines += [
                f"- {t('org_started', lang)}: {date_text(org.start_date, lang)} {certainty} {marks}"
            ]
        took_over = index.predecessors.get(org.id, [])
        if took_over:
            lines += [
                f"- {t('org_took_over', lang)}: "
                + ", ".join(org_link(index, o, lang) for o in took_over)
            ]
        if org.life_note:
            lines += ["", esc(pick(org.life_note, lang))]
        lines += [""]
    return lines


def render_organisation(index: Index, org: m.Organisation, lang: str) -> str:
    name = pick(org.name, lang)
    cite = Citations(index, lang)
    body = [
        f"# {esc(name)} {{#don-vi}}",
        "",
        *_life_banner(index, org, cite, lang),
        f"{t('level', lang)}: {esc(level_name(index, org.level, lang))}",
        "",
    ]
    if org.parent:
        body += [f"{t('part_of', lang)}: {org_link(index, org.parent, lang)}", ""]
    body += [f"## {t('must_do', lang)} {{#phai-lam}}", ""]
    own = index.tasks_responsible.get(org.id, [])
    slugs = index.data.plan.checklist_slugs()
    if own and org.level in slugs:
        target = href("checklists", slugs[org.level])
        body += [f"{t('checklist', lang)}: {link(t('checklist_link', lang), target)}", ""]
    if own:
        body += [
            f"- {task_link(index, tid, lang)}: {esc(_excerpt(index, tid, lang))}" for tid in own
        ] + [""]
    else:
        body += [t("no_tasks", lang), ""]
    support = index.tasks_supporting.get(org.id, [])
    if support:
        body += [f"## {t('supports_tasks', lang)} {{#phoi-hop}}", ""]
        body += [f"- {task_link(index, tid, lang)}" for tid in support] + [""]
    duties = calendar_events(index, org.id)
    named = [index.events[e] for e in index.events_by_org.get(org.id, [])]
    events = sorted({e.id: e for e in [*duties, *named]}.values(), key=_event_sort_key)
    if events or org.reports_to:
        body += [f"## {t('reporting', lang)} {{#bao-cao}}", ""]
        for event in events:
            tasks = ", ".join(task_number(x) for x in event.tasks)
            body.append(
                f"- **{when_text(event, lang)}**: {esc(pick(event.title, lang))}"
                + (f" ({tasks})" if tasks else "")
            )
        if duties:
            body += ["", link(t("calendar_file", lang), href("calendars", org.id, "ics")), ""]
        if org.reports_to:
            targets = ", ".join(org_link(index, o, lang) for o in org.reports_to)
            via = (
                f" ({t('reports_via', lang)} {org_link(index, org.reports_via, lang)})"
                if org.reports_via
                else ""
            )
            body += [f"{t('reports_to', lang)}: {targets}{via}", ""]
    reporters = index.reporters.get(org.id, [])
    if reporters:
        body += [f"## {t('reported_by', lang)} {{#nhan-bao-cao}}", ""]
        body += [f"- {org_link(index, o, lang)}" for o in reporters] + [""]
    children = index.children.get(org.id, [])
    if children:
        body += [f"## {t('units', lang)} {{#truc-thuoc}}", ""]
        body += [f"- {org_link(index, o, lang)}" for o in children] + [""]
    listed = cite.listing()
    if listed:
        body += [f"## {t('sources', lang)} {{#nguon}}", "", *listed, ""]
    return page(
        name, f"{t('must_do', lang)}: {name}", body, f"data/organisations.yml ({org.id})", lang
    )


def _excerpt(index: Index, task_id: str, lang: str) -> str:
    return excerpt(pick(index.tasks[task_id].text, lang))


def render_organisation_index(index: Index, lang: str) -> dict[str, str]:
    """{file in don-vi/: page}: organisations by level, over several pages when they do not
    fit on one (render.paging)."""
    sections = []
    for level in index.data.plan.levels:
        orgs = [o for o in index.orgs.values() if o.level == level.id]
        if orgs:
            sections.append(paging.Section(esc(pick(level.name, lang)), level.id, 2, orgs))
    out = {}
    for listed in paging.pages(
        sections, t("organisations", lang), lang, page_size("organisations")
    ):
        body = [
            f"# {listed.title} {{#don-vi}}",
            "",
            reporting_figure(index, lang) if listed.file.startswith("index") else "",
            *listed.pager,
            *paging.body(listed.pieces, lang, lambda o: _index_line(index, o, lang)),
            "",
            *listed.pager,
        ]
        out[listed.file] = page(
            listed.title, t("must_do", lang), body, "data/organisations.yml", lang
        )
    return out


def _index_line(index: Index, org: m.Organisation, lang: str) -> str:
    tasks = len(index.tasks_responsible.get(org.id, []))
    note = f" — {count('task_count', tasks, lang)}" if tasks else ""
    if index.ended(org.id):
        note += f" *({t('org_ended_short', lang)} {date_text(org.end_date, lang)})*"
    return f"- {link(esc(pick(org.name, lang)), f'{org.id}.md')}{note}"


def pages(index: Index, lang: str) -> dict[str, str]:
    """A page per organisation and their index (pagekinds: "organisations")."""
    sfx = suffix(lang)
    files = {
        f"{org.id}{sfx}.md": render_organisation(index, org, lang) for org in index.orgs.values()
    }
    return {**files, **render_organisation_index(index, lang)}
