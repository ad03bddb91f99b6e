"""Render stage: a page per programme (/chuong-trinh/<id>/) and the movements page (/phong-trao/)."""

from __future__ import annotations

from plansite import model as m
from plansite.crossref import Index
from plansite.language import ORIGINAL, is_original, pick, plan_t, suffix, t
from plansite.pagekinds import folder
from plansite.render import authored
from plansite.render.common import esc, link, page
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
    body += authored.prose(
        index, folder("programmes"), programme.id, lang
    )  # content/chuong-trinh/<id>.md
    tasks = index.tasks_by_programme.get(programme.id, [])
    if tasks:
        body += [f"## {t('tasks_resting', lang)} {{#nhiem-vu}}", ""]
        body += [f"- {task_link(index, x, lang)}" for x in tasks] + [""]
    source = f"data/programmes.yml ({programme.id})"
    source = authored.source_file(index, folder("programmes"), programme.id, lang, source)
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
            if not is_original(lang):
                body += [f"*{esc(pick(movement.name, ORIGINAL))}*", ""]
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


def pages(index: Index, lang: str) -> dict[str, str]:
    """A page per programme and their index (pagekinds: "programmes")."""
    sfx = suffix(lang)
    files = {
        f"{programme.id}{sfx}.md": render_programme(index, programme, lang)
        for programme in index.programmes.values()
    }
    return {**files, f"index{sfx}.md": render_programme_index(index, lang)}


def movement_pages(index: Index, lang: str) -> dict[str, str]:
    """The movements page (pagekinds: "movements")."""
    return {f"index{suffix(lang)}.md": render_movements(index, lang)}
