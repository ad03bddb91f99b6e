"""Render stage: a printable checklist per organisation level (/bang-kiem/<slug>/) and their index.

Each page holds the level's tasks (number linked to the task page, a short excerpt,
basis, deadlines, who) with empty result columns, download links to the CSV and
XLSX files, and, where the data names a yearly report duty for the level, a
report form made only of what the plan says the report contains.
"""

from __future__ import annotations

from plansite import model as m
from plansite.checklist import Checklist, Row, asks_for_lessons, checklists, short_name
from plansite.index import Index
from plansite.labels import t
from plansite.render.common import esc, link, page, pick, plan_link, task_number
from plansite.render.events import when_text
from plansite.render.organisations import level_name

EXCERPT = 100
BLANK = "…" * 20


def excerpt(task: m.Task, lang: str) -> str:
    text = pick(task.text, lang)
    return esc(text if len(text) <= EXCERPT else text[:EXCERPT].rstrip() + "…")


def _task_cell(row: Row, lang: str) -> str:
    number = link(task_number(row.task.id), f"../nhiem-vu/{row.task.id}.md")
    return f"{number}: {excerpt(row.task, lang)}"


def _org(org: m.Organisation, lang: str) -> str:
    return link(esc(short_name(org, lang)), f"../don-vi/{org.id}.md")


def _who(row: Row, lang: str) -> str:
    text = ", ".join(_org(o, lang) for o in row.responsible)
    if row.supporting:
        text += f"; {t('supporting', lang).lower()}: " + ", ".join(
            _org(o, lang) for o in row.supporting
        )
    return text


def _deadline(row: Row, lang: str) -> str:
    if not row.duties:
        return t("checklist_no_deadline", lang)
    return "; ".join(f"**{when_text(e, lang)}**: {esc(pick(e.title, lang))}" for e in row.duties)


def _basis(row: Row, lang: str) -> str:
    return ", ".join(
        link(esc(d.number or pick(d.title, lang)), f"../van-ban/{d.id}.md") for d in row.documents
    )


def _task_table(item: Checklist, lang: str) -> list[str]:
    columns = ["col_no", "col_task", "col_basis", "col_deadline", "col_who"]
    columns += ["col_result", "col_done", "col_notes"]
    lines = [
        '<div markdown class="checklist-table">',
        "",
        "| " + " | ".join(t(c, lang) for c in columns) + " |",
        "|" + "---|" * len(columns),
    ]
    for number, row in enumerate(item.rows, start=1):
        cells = [str(number), _task_cell(row, lang), _basis(row, lang), _deadline(row, lang)]
        cells += [_who(row, lang), " ", " ", " "]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, "", "</div>", ""]


def _report_form(index: Index, item: Checklist, report: m.Event, lang: str) -> list[str]:
    ids = {o.id for o in item.orgs}
    senders = [index.orgs[o] for o in report.organisations if o in ids]
    targets = list(dict.fromkeys(to for o in senders for to in o.reports_to))
    vias = list(dict.fromkeys(o.reports_via for o in senders if o.reports_via))
    to_text = ", ".join(_org(index.orgs[o], lang) for o in targets)
    if vias:
        to_text += (
            f" ({t('reports_via', lang)} {', '.join(_org(index.orgs[o], lang) for o in vias)})"
        )
    quote_label = "report_plan_says" if lang == "vi" else "report_plan_says_en"
    body = [
        f"## {t('report_form', lang)} {{#bao-cao}}",
        "",
        f"{t('report_due', lang)}: **{when_text(report, lang)}**  ",
        f"{t('report_to', lang)}: {to_text}  ",
        f"{t('report_from', lang)}: {BLANK}{BLANK}  ",
        f"{t('report_year', lang)}: {BLANK}",
        "",
        f"{t(quote_label, lang)}:",
        "",
    ]
    # The rows the senders answer for (all of them, unless the level has other organisations).
    rows = item.rows_of({o.id for o in senders})
    tasks = [x for x in report.tasks if x in {row.task.id for row in rows}]
    for task_id in tasks:
        body += [
            f"> {esc(pick(index.tasks[task_id].text, lang))}",
            ">",
            f"> — {plan_link(index, task_id)}",
            "",
        ]
    columns = [t("col_no", lang), t("col_task", lang), t("col_result", lang)]
    body += [
        '<div markdown class="checklist-table report-table">',
        "",
        "| " + " | ".join(columns) + " |",
        "|---|---|---|",
    ]
    for number, row in enumerate(rows, start=1):
        body.append(f"| {number} | {_task_cell(row, lang)} |   |")
    lessons = asks_for_lessons(index, report)
    if lessons:
        body.append(f"|   | **{t('report_lessons', lang)}** |   |")
    body += [
        "",
        "</div>",
        "",
        f"*{t('report_note' if lessons else 'report_note_plain', lang)}*",
        "",
    ]
    return body


def render_checklist(index: Index, item: Checklist, lang: str) -> str:
    title = f"{t('checklist_of', lang)}: {level_name(item.level, lang)}"
    downloads = " · ".join(
        link(t(f"checklist_{ext}", lang), f"{item.slug}.{ext}")
        + f'{{download="{item.file_name(ext)}"}}'
        for ext in ("xlsx", "csv")
    )
    body = [
        '<div markdown class="checklist-page">',
        "",
        f"# {esc(title)} {{#bang-kiem}}",
        "",
        f"{t('checklist_for', lang)}: " + ", ".join(_org(o, lang) for o in item.orgs),
        "",
        f'<p class="checklist-screen" markdown>{t("checklist_download", lang)}: {downloads}</p>',
        "",
        f"*{t('checklist_how', lang)}*",
        "",
        f"## {t('tasks', lang)} {{#nhiem-vu}}",
        "",
        *_task_table(item, lang),
    ]
    for report in item.reports:
        body += _report_form(index, item, report, lang)
    body += ["</div>", ""]
    return page(title, t("checklists_intro", lang), body, "data/tasks.yml, data/events.yml", lang)


def render_checklist_index(index: Index, lang: str) -> str:
    body = [f"# {t('checklists', lang)} {{#bang-kiem}}", "", t("checklists_intro", lang), ""]
    for item in checklists(index):
        names = ", ".join(esc(short_name(o, lang)) for o in item.orgs)
        label = esc(level_name(item.level, lang))
        body.append(
            f"- {link(label, f'{item.slug}.md')} ({names}) — {len(item.rows)} {t('tasks', lang).lower()}"
        )
    body.append("")
    return page(t("checklists", lang), t("checklists_intro", lang), body, "data/tasks.yml", lang)


def checklist_pages(index: Index, lang: str, sfx: str) -> dict[str, str]:
    files = {f"bang-kiem/index{sfx}.md": render_checklist_index(index, lang)}
    for item in checklists(index):
        files[f"bang-kiem/{item.slug}{sfx}.md"] = render_checklist(index, item, lang)
    return files
