"""Render stage: a page per programme (/chuong-trinh/<id>/) and the movements page (/phong-trao/)."""

from __future__ import annotations

from plansite import model as m
from plansite.index import Index
from plansite.labels import plan_t, t
from plansite.render import authored
from plansite.render.common import esc, link, page, pick
from plansite.render.tasks import doc_link, task_link


def render_programme(index: Index, programme: m.Programme, lang: str) -> str:
    title = pick(programme.title, lang)
    period = f"{programme.period.start}–{programme.period.end}"
    body = [f"# {esc(title)} {{#chuong-trinh}}", ""]
    if programme.period.end < index.as_of.year:
        body += [
            f'!!! info "{t("status_ended", lang)}"',
            "",
            f"    {t('ended_banner', lang)} {programme.period.end}.",
            "",
        ]
    body += [
        f"- {t('period', lang)}: {period}",
        f"- {t('document', lang)}: {doc_link(index, programme.document, lang)}",
        "",
        f"## {t('summary', lang)} {{#tom-tat}}",
        "",
        f'!!! abstract "{t("summary_note", lang)}"',
        "",
        f"    {esc(pick(programme.summary, lang))}",
        "",
    ]
    body += authored.prose(index, "chuong-trinh", programme.id, lang)  # content/chuong-trinh/<id>.md
    tasks = index.tasks_by_programme.get(programme.id, [])
    if tasks:
        body += [f"## {t('tasks_resting', lang)} {{#nhiem-vu}}", ""]
        body += [f"- {task_link(index, x, lang)}" for x in tasks] + [""]
    source = f"data/programmes.yml ({programme.id})"
    source = authored.source_file(index, "chuong-trinh", programme.id, lang, source)
    return page(title, pick(programme.summary, lang), body, source, lang)


def render_programme_index(index: Index, lang: str) -> str:
    title = plan_t(index.data.plan, "programmes", lang)
    body = [f"# {title} {{#chuong-trinh}}", ""]
    for programme in index.programmes.values():
        period = f"{programme.period.start}–{programme.period.end}"
        body.append(f"- {link(esc(pick(programme.title, lang)), f'{programme.id}.md')} ({period})")
    return page(title, title, [*body, ""], "data/programmes.yml", lang)


def render_movements(index: Index, lang: str) -> str:
    body = [f"# {t('movements', lang)} {{#phong-trao}}", ""]
    for kind in m.MovementKind:
        items = [mv for mv in index.movements.values() if mv.kind == kind]
        if not items:
            continue
        body += [f"## {t('kind_' + kind.value, lang)} {{#{kind.value}}}", ""]
        for movement in items:
            body += [f"### {esc(pick(movement.name, lang))} {{#{movement.id}}}", ""]
            if lang == "en":
                body += [f"*{esc(movement.name.vi)}*", ""]
            if movement.note:
                body += [esc(pick(movement.note, lang)), ""]
            tasks = index.tasks_by_movement.get(movement.id, [])
            if tasks:
                body += [
                    f"{t('named_in', lang)}: "
                    + ", ".join(task_link(index, x, lang) for x in tasks),
                    "",
                ]
    return page(t("movements", lang), t("movements", lang), body, "data/movements.yml", lang)
