"""Render stage: a page per task (/nhiem-vu/<id>/) and the task index with its matrix."""

from __future__ import annotations

from plansite import model as m
from plansite.crossref import Index
from plansite.language import excerpt, pending, pick, suffix, t, when_text
from plansite.model import task_number
from plansite.pagekinds import href, page_size
from plansite.render import paging
from plansite.render.common import esc, link, page, plan_link


def org_link(index: Index, org_id: str, lang: str) -> str:
    """A link to the organisation's page; one that has ended says so beside its name."""
    name = link(esc(pick(index.orgs[org_id].name, lang)), href("organisations", org_id))
    return f"{name} *({t('org_ended_short', lang)})*" if index.ended(org_id) else name


def doc_link(index: Index, doc_id: str, lang: str) -> str:
    doc = index.docs[doc_id]
    label = pick(doc.title, lang)
    if doc.number:
        label = f"{doc.number} — {label}"
    return link(esc(label), href("documents", doc_id))


def task_link(index: Index, task_id: str, lang: str) -> str:
    return link(f"{t('task', lang)} {task_number(task_id)}", href("tasks", task_id))


def _bullets(items: list[str]) -> list[str]:
    return [f"- {item}" for item in items] + [""]


def render_task(index: Index, task: m.Task, lang: str) -> str:
    number = task_number(task.id)
    plan = index.data.plan_text(lang)
    group_title = plan.headings.get(task.group, task.group)
    body = [
        f"# {t('task', lang)} {number} {{#nhiem-vu}}",
        "",
        f"{t('group', lang)}: {plan_link(index, task.group, esc(group_title))}",
        "",
    ]
    if pending(task.text, lang):
        body += [f"*{t('translation_pending', lang)}*", ""]
    body += [
        f"> {esc(pick(task.text, lang))}",
        ">",
        f"> — {t('quote_source', lang)} {plan_link(index, task.id)}",
        "",
        f"## {t('responsible', lang)} {{#thuc-hien}}",
        "",
        *_bullets([org_link(index, o, lang) for o in task.responsible]),
    ]
    for note in index.data.plan.section_notes:
        if task.id.startswith(f"{note.section}-"):
            body += [f"*{esc(pick(note.text, lang))}*", ""]
    if task.supporting:
        body += [
            f"## {t('supporting', lang)} {{#phoi-hop}}",
            "",
            *_bullets([org_link(index, o, lang) for o in task.supporting]),
        ]
    basis = [doc_link(index, d, lang) for d in task.documents]
    basis += [
        link(esc(pick(index.programmes[p].title, lang)), href("programmes", p))
        for p in task.programmes
    ]
    basis += [
        link(esc(pick(index.movements[mv].name, lang)), href("movements") + f"#{mv}")
        for mv in task.movements
    ]
    if basis:
        body += [f"## {t('rests_on', lang)} {{#can-cu}}", "", *_bullets(basis)]
    body += [f"## {t('deadlines', lang)} {{#thoi-han}}", ""]
    events = index.events_by_task.get(task.id, [])
    if events:
        body += _bullets(
            [
                f"**{when_text(index.events[e], lang)}**: {esc(pick(index.events[e].title, lang))}"
                for e in events
            ]
        )
    else:
        body += [t("no_deadline", lang), ""]
    if task.aims:
        aims = [plan_link(index, a) + f" {esc(plan.blocks.get(a, ''))}" for a in task.aims]
        body += [
            f"## {t('aims', lang)} {{#muc-dich}}",
            "",
            *_bullets(aims),
            f"*{t('aims_note', lang)}*",
            "",
        ]
    previous, following = index.neighbours(task.id)
    nav = []
    if previous:
        nav.append(f"← {t('previous', lang)}: {task_link(index, previous, lang)}")
    nav.append(link(t("all_tasks", lang), "index.md"))
    if following:
        nav.append(f"{t('next', lang)}: {task_link(index, following, lang)} →")
    body += [" · ".join(nav), ""]
    return page(
        f"{t('task', lang)} {number}",
        pick(task.text, lang),
        body,
        f"data/tasks.yml ({task.id})",
        lang,
    )


def matrix_columns(index: Index, lang: str) -> list[tuple[str, set[str]]]:
    """The task matrix's columns (data/plan.yml): (name, the levels it counts)."""
    plan = index.data.plan
    return [
        (pick(column.name, lang), {level.id for level in plan.levels if level.column == column.id})
        for column in plan.columns
    ]


def _cell(index: Index, task: m.Task, levels: set[str], lang: str) -> str:
    if any(index.orgs[o].level in levels for o in task.responsible):
        return t("lead", lang)
    if any(index.orgs[o].level in levels for o in task.supporting):
        return t("support", lang)
    return ""


def render_task_index(index: Index, lang: str) -> dict[str, str]:
    """The task list by group and the responsibility matrix; {file in nhiem-vu/: page},
    more than one page when the tasks do not fit on one (render.paging)."""
    plan = index.data.plan_text(lang)
    groups: dict[str, paging.Section] = {}
    for task in index.tasks.values():
        if task.group not in groups:
            title = esc(plan.headings.get(task.group, task.group))
            groups[task.group] = paging.Section(title, task.group, 3)
        groups[task.group].items.append(task)
    return {
        listed.file: _task_index_page(index, listed, lang)
        for listed in paging.pages(
            list(groups.values()), t("tasks", lang), lang, page_size("tasks")
        )
    }


def _task_line(task: m.Task, lang: str) -> str:
    text = pick(task.text, lang)
    label = f"{t('task', lang)} {task_number(task.id)}"
    return f"- {link(label, f'{task.id}.md')}: {esc(excerpt(text))}"


def _task_index_page(index: Index, listed: paging.Page, lang: str) -> str:
    pieces = listed.pieces
    body = [
        f"# {listed.title} {{#nhiem-vu}}",
        *listed.pager,
        "",
        f"## {t('by_group', lang)} {{#theo-nhom}}",
        "",
        *paging.body(pieces, lang, lambda task: _task_line(task, lang)),
    ]
    columns = matrix_columns(index, lang)
    headers = [t("task", lang)] + [name for name, _ in columns]
    body += [
        "",
        f"## {t('matrix', lang)} {{#ma-tran}}",
        "",
        t("matrix_intro", lang),
        "",
        "| " + " | ".join(headers) + " |",
        "|" + "---|" * len(headers),
    ]
    for task in paging.items(pieces):
        cells = [_cell(index, task, levels, lang) for _, levels in columns]
        body.append(
            f"| {link(task_number(task.id), f'{task.id}.md')} | " + " | ".join(cells) + " |"
        )
    body += listed.pager
    return page(listed.title, t("matrix_intro", lang), body, "data/tasks.yml", lang)


def pages(index: Index, lang: str) -> dict[str, str]:
    """A page per task and the task index (pagekinds: "tasks")."""
    sfx = suffix(lang)
    files = {f"{task.id}{sfx}.md": render_task(index, task, lang) for task in index.tasks.values()}
    return {**files, **render_task_index(index, lang)}
