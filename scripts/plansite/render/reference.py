"""Render stage: the glossary (/thuat-ngu/), open data (/du-lieu/) and calendars (/lich/) pages."""

from __future__ import annotations

from plansite.crossref import Index
from plansite.duties import calendar_events
from plansite.language import pick, plan_t, suffix, t
from plansite.pagekinds import DATA_EXPORT
from plansite.render.common import esc, link, page


def render_glossary(index: Index, lang: str) -> str:
    body = [
        f"# {t('glossary', lang)} {{#thuat-ngu}}",
        "",
        t("glossary_intro", lang),
        "",
        f"| {t('term', lang)} | {t('expansion', lang)} |",
        "|---|---|",
    ]
    for entry in sorted(index.data.glossary, key=lambda e: e.term.casefold()):
        body.append(
            f'| <span id="{entry.id}">{esc(entry.term)}</span> | {esc(pick(entry.expansion, lang))} |'
        )
    return page(
        t("glossary", lang), t("glossary_intro", lang), [*body, ""], "data/glossary.yml", lang
    )


def render_data_page(lang: str) -> str:
    body = [
        f"# {t('data', lang)} {{#du-lieu}}",
        "",
        t("data_intro", lang),
        "",
        f"- [{DATA_EXPORT}]({DATA_EXPORT})",
        "- [schema.json](schema.json)",
        "",
    ]
    return page(t("data", lang), t("data_intro", lang), body, "data/*.yml", lang)


def render_calendar_page(index: Index, lang: str) -> str:
    body = [
        f"# {t('calendars', lang)} {{#lich}}",
        "",
        t("calendar_intro", lang),
        "",
        f"- {link(t('calendar_all', lang), 'ke-hoach.ics')}",
    ]
    for org in index.orgs.values():
        if calendar_events(index, org.id):
            body.append(f"- {link(esc(pick(org.name, lang)), f'{org.id}.ics')}")
    body += ["", f"*{plan_t(index.data.plan, 'calendar_note', lang)}*", ""]
    return page(t("calendars", lang), t("calendar_intro", lang), body, "data/events.yml", lang)


def glossary_pages(index: Index, lang: str) -> dict[str, str]:
    return {f"index{suffix(lang)}.md": render_glossary(index, lang)}


def data_pages(index: Index, lang: str) -> dict[str, str]:
    return {f"index{suffix(lang)}.md": render_data_page(lang)}


def calendar_pages(index: Index, lang: str) -> dict[str, str]:
    return {f"index{suffix(lang)}.md": render_calendar_page(index, lang)}
