"""Render stage: a printable checklist per organisation level (/bang-kiem/<slug>/) and their index.

Each page holds the level's tasks (number linked to the task page, a short excerpt,
basis, deadlines, who) with empty result columns, download links to the CSV and
XLSX files, and, where the data names a yearly report duty for the level, a
report form made only of what the plan says the report contains.
"""

from __future__ import annotations

from plansite import model as m
from plansite.crossref import Index
from plansite.duties import Checklist, Row, checklists
from plansite.language import count, excerpt, pick, short_name, suffix, t, when_text, who_text
from plansite.model import task_number
from plansite.pagekinds import href, page_size
from plansite.render import paging
from plansite.render.common import esc, link, page, plan_link
from plansite.render.organisations import level_name

BLANK = "…" * 20


def _task_cell(row: Row, lang: str) -> str:
    number = link(task_number(row.task.id), href("tasks", row.task.id))
    return f"{number}: {esc(excerpt(pick(row.task.text, lang)))}"


def _org(org: m.Organisation, lang: str) -> str:
    return link(esc(short_name(org, lang)), href("organisations", org.id))


def _deadline(row: Row, lang: str) -> str:
    if not row.duties:
        return t("checklist_no_deadline", lang)
    return "; ".join(f"**{when_text(e, lang)}**: {esc(pick(e.title, lang))}" for e in row.duties)


def _basis(row: Row, lang: str) -> str:
    return ", ".join(
        link(esc(d.number or pick(d.title, lang)), href("documents", d.id)) for d in row.documents
    )


def _task_table(rows: list[tuple[int, Row]], lang: str) -> list[str]:
    columns = ["col_no", "col_task", "col_basis", "col_deadline", "col_who"]
    columns += ["col_result", "col_done", "col_notes"]
    lines = [
        '<div markdown class="checklist-table">',
        "",
        "| " + " | ".join(t(c, lang) for c in columns) + " |",
        "|" + "---|" * len(columns),
    ]
    for number, row in rows:
        cells = [str(number), _task_cell(row, lang), _basis(row, lang), _deadline(row, lang)]
        cells += [who_text(row, lang, _org), " ", " ", " "]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, "", "</div>", ""]


def _senders(index: Index, item: Checklist, report: m.Event) -> list[m.Organisation]:
    ids = {o.id for o in item.orgs}
    return [index.orgs[o] for o in report.organisations if o in ids]


def _report_head(index: Index, item: Checklist, report: m.Event, rows, heading, lang: str):
    """The form's heading, due date, addressees and the plan's words on what the report
    holds, for the tasks among `rows` (those its senders answer for)."""
    senders = _senders(index, item, report)
    targets = list(dict.fromkeys(to for o in senders for to in o.reports_to))
    vias = list(dict.fromkeys(o.reports_via for o in senders if o.reports_via))
    to_text = ", ".join(_org(index.orgs[o], lang) for o in targets)
    if vias:
        to_text += (
            f" ({t('reports_via', lang)} {', '.join(_org(index.orgs[o], lang) for o in vias)})"
        )
    body = [
        *heading,
        f"{t('report_due', lang)}: **{when_text(report, lang)}**  ",
        f"{t('report_to', lang)}: {to_text}  ",
        f"{t('report_from', lang)}: {BLANK}{BLANK}  ",
        f"{t('report_year', lang)}: {BLANK}",
        "",
        f"{t('report_plan_says', lang)}:",
        "",
    ]
    answered = {row.task.id for _, row in rows}
    for task_id in [x for x in report.tasks if x in answered]:
        body += [
            f"> {esc(pick(index.tasks[task_id].text, lang))}",
            ">",
            f"> — {plan_link(index, task_id)}",
            "",
        ]
    return body


def _report_table(rows: list[tuple[int, Row]], lessons: bool, lang: str) -> list[str]:
    columns = [t("col_no", lang), t("col_task", lang), t("col_result", lang)]
    body = [
        '<div markdown class="checklist-table report-table">',
        "",
        "| " + " | ".join(columns) + " |",
        "|---|---|---|",
    ]
    for number, row in rows:
        body.append(f"| {number} | {_task_cell(row, lang)} |   |")
    if lessons:
        body.append(f"|   | **{t('report_lessons', lang)}** |   |")
    return [*body, "", "</div>", ""]


def _sections(index: Index, item: Checklist, lang: str) -> tuple[list[paging.Section], dict]:
    """The task table and each report form as sections of numbered rows; the reports by
    their sections' anchors."""
    sections = [paging.Section(t("tasks", lang), "nhiem-vu", 2, list(enumerate(item.rows, 1)))]
    reports = {}
    for number, report in enumerate(item.reports, start=1):
        anchor = "bao-cao" if number == 1 else f"bao-cao-{number}"
        rows = item.rows_of({o.id for o in _senders(index, item, report)})
        sections.append(paging.Section(t("report_form", lang), anchor, 2, list(enumerate(rows, 1))))
        reports[anchor] = report
    return sections, reports


def _pieces(index: Index, item: Checklist, pieces: list[paging.Piece], reports, lang: str):
    body: list[str] = []
    for piece in pieces:
        section = piece.section
        heading = section.heading(piece.continued, lang)
        ends = not section.items or piece.items[-1:] == section.items[-1:]
        if section.anchor == "nhiem-vu":
            body += [*heading, *_task_table(piece.items, lang)]
            continue
        report = reports[section.anchor]
        lessons = ends and report.lessons
        if piece.continued:
            body += heading
        else:
            body += _report_head(index, item, report, section.items, heading, lang)
        body += _report_table(piece.items, lessons, lang)
        if ends:
            body += [f"*{t('report_note' if lessons else 'report_note_plain', lang)}*", ""]
    return body


def _history(index: Index, item: Checklist, lang: str) -> list[str]:
    """A notice when organisations of this level have ended: their part is history."""
    ended = [o for o in item.orgs if index.ended(o.id)]
    if not ended:
        return []
    if len(ended) == len(item.orgs):
        return [f'!!! warning "{t("checklist_history", lang)}"', ""]
    names = ", ".join(_org(o, lang) for o in ended)
    return [f'!!! warning "{t("checklist_partly_history", lang)}"', "", f"    {names}", ""]


def render_checklist(index: Index, item: Checklist, lang: str) -> dict[str, str]:
    """{file in bang-kiem/: page}: the level's checklist, over several pages when its rows
    do not fit on one (render.paging)."""
    title = f"{t('checklist_of', lang)}: {level_name(index, item.level, lang)}"
    downloads = " · ".join(
        link(t(f"checklist_{ext}", lang), f"{item.slug}.{ext}")
        + f'{{download="{item.file_name(ext)}"}}'
        for ext in ("xlsx", "csv")
    )
    sections, reports = _sections(index, item, lang)
    out = {}
    for listed in paging.pages(sections, title, lang, page_size("checklists"), item.slug):
        body = [
            '<div markdown class="checklist-page">',
            "",
            f"# {esc(listed.title)} {{#bang-kiem}}",
            "",
            f"{t('checklist_for', lang)}: " + ", ".join(_org(o, lang) for o in item.orgs),
            "",
            *_history(index, item, lang),
            f'<p class="checklist-screen" markdown>{t("checklist_download", lang)}: {downloads}</p>',
            "",
            f"*{t('checklist_how', lang)}*",
            *listed.pager,
            *_pieces(index, item, listed.pieces, reports, lang),
            *listed.pager,
            "</div>",
            "",
        ]
        out[listed.file] = page(
            listed.title, t("checklists_intro", lang), body, "data/tasks.yml, data/events.yml", lang
        )
    return out


def render_checklist_index(index: Index, lang: str) -> str:
    body = [f"# {t('checklists', lang)} {{#bang-kiem}}", "", t("checklists_intro", lang), ""]
    for item in checklists(index):
        names = ", ".join(esc(short_name(o, lang)) for o in item.orgs)
        label = esc(level_name(index, item.level, lang))
        body.append(
            f"- {link(label, f'{item.slug}.md')} ({names}) — {count('task_count', len(item.rows), lang)}"
        )
    body.append("")
    return page(t("checklists", lang), t("checklists_intro", lang), body, "data/tasks.yml", lang)


def pages(index: Index, lang: str) -> dict[str, str]:
    """Each level's checklist and their index (pagekinds: "checklists")."""
    files = {f"index{suffix(lang)}.md": render_checklist_index(index, lang)}
    for item in checklists(index):
        files.update(render_checklist(index, item, lang))
    return files
