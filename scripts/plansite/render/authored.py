"""Render stage: hand-written prose (content/<folder>/<id>.md) joined with a generated card.

The prose is Markdown as a maintainer wrote it, with three additions resolved here
(plansite.prose checked them all before anything is rendered):

- `[@s1]`, `[@s1 @w2]`, `[checked @s1 @s2]`, `[@ke-hoach#ii-1-3]`: a citation. Sources
  (data/sources.yml) become numbered marks leading to the page's Sources list, numbered
  with the card's own (plansite.render.sources); `@ke-hoach#anchor` links to that
  paragraph of the plan; a leading certainty word shows its badge.
- `{{ issuer }}`, `{{ issue_date }}`…: a value of the card's data, with its certainty,
  so that the prose never restates a fact the data could contradict.
- `{{ plan: ii-1-3 }}` on a line of its own: that paragraph (or footnote, `fn:2`) of
  the plan, quoted verbatim from the plan page in the page's language, with links to
  it and to its task page.

A heading whose attributes carry the class `.summary` starts an editors' summary: it is
marked as such on the page, and every point under it cites a source.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from plansite import model as m
from plansite import pagekinds
from plansite.language import date_text, pick, t
from plansite.model import task_number
from plansite.proseformat import (
    CITATION,
    FENCE,
    FIELD,
    HEADING,
    PLAN_QUOTE,
    PLAN_REF,
    REF,
    SOURCES,
    SUMMARY_CLASS,
)
from plansite.render.common import esc, link, plan_link
from plansite.render.sources import Citations
from plansite.render.tasks import doc_link

if TYPE_CHECKING:
    from plansite.crossref import Index
    from plansite.proseformat import Prose


def _badge(certainty: m.Certainty, lang: str) -> str:
    label = t("certainty_" + certainty.value, lang)
    return f'<span class="certainty certainty-{certainty.value}">{label}</span>'


def field_value(index: Index, folder: str, item_id: str, name: str, lang: str) -> str:
    """`{{ name }}` on the page of `item_id`: the card's value (escaped Markdown)."""
    if folder == pagekinds.folder("programmes"):
        programme = index.programmes[item_id]
        if name == "period":
            return f"{programme.period.start}–{programme.period.end}"
        if name == "document":
            return doc_link(index, programme.document, lang)
        return esc(pick(programme.title, lang))
    doc = index.docs[item_id]
    variants = doc.variants.get(name)
    if variants:  # sources differ: every value with its certainty (the prose cites them)
        shown = (f"{_value(name, v.value, lang)} {_badge(v.certainty, lang)}" for v in variants)
        return "; ".join(shown)
    return f"{_value(name, getattr(doc, name), lang)} {_badge(doc.certainty_of(name), lang)}"


def _value(name: str, value, lang: str) -> str:
    if name in ("issue_date", "effective_date"):
        return date_text(value, lang)
    if value is None:
        return t("unknown_value", lang)
    return esc(value) if isinstance(value, str) else esc(pick(value, lang))


def _quote(index: Index, anchor: str, lang: str) -> list[str]:
    plan = index.data.plan_text(lang)
    text = plan.footnotes[anchor] if anchor.startswith("fn:") else plan.blocks[anchor]
    where = f"{t('quote_source', lang)} {plan_link(index, anchor)}"
    if anchor in index.tasks:
        task = f"{t('task', lang)} {task_number(anchor)}"
        where += " · " + link(task, pagekinds.href("tasks", anchor))
    return [f"> {esc(text)}", ">", f"> — {where}", ""]


def _citation(index: Index, cite: Citations, lang: str, match: re.Match) -> str:
    """A `[@…]` citation as its badge and marks: numbered sources, linked plan paragraphs."""
    badge = _badge(m.Certainty(match["word"]), lang) + " " if match["word"] else ""
    marks = []
    for ref in REF.findall(match["refs"]):
        if ref.startswith(PLAN_REF):
            anchor = ref.removeprefix(PLAN_REF)
            marks.append(plan_link(index, anchor, f"{t('plan_short', lang)} #{anchor}"))
        else:
            marks.append(cite.marks([ref]))
    return f'{badge}<sup class="cite">{" ".join(marks)}</sup>'


def prose(
    index: Index, folder: str, item_id: str, lang: str, cite: Citations | None = None
) -> list[str]:
    """The authored prose of a card's page in `lang` as Markdown lines (none without a
    file). Its sources join `cite`, the card's numbered list, where the card has one;
    otherwise the prose ends with its own list."""
    text: Prose | None = index.authored.get((folder, item_id, lang))
    if text is None:
        return []
    own = cite is None
    cite = cite or Citations(index, lang)
    out = [f"*{t('translation_pending', lang)}*", ""] if text.fallback else []
    fenced = False
    for line in text.lines:
        if FENCE.match(line):
            fenced = not fenced
        if fenced:
            out.append(line)
            continue
        quote = PLAN_QUOTE.match(line)
        if quote:
            out += _quote(index, quote["anchor"], lang)
            continue
        line = FIELD.sub(lambda f: field_value(index, folder, item_id, f["name"], lang), line)
        out.append(CITATION.sub(lambda c: _citation(index, cite, lang, c), line))
        if HEADING.match(line) and SUMMARY_CLASS.search(line):
            note = t("authored_summary_note", lang)
            out += ["", f'!!! abstract "{t("authored_summary", lang)}"', "", f"    {note}"]
    listed = cite.listing() if own else []
    if listed:
        out += ["", f"## {t('sources', lang)} {{#{SOURCES}}}", "", *listed]
    return [*out, ""]


def source_file(index: Index, folder: str, item_id: str, lang: str, data_source: str) -> str:
    """What a page's edit link and date follow: its authored file when it has one."""
    text: Prose | None = index.authored.get((folder, item_id, lang))
    return text.file if text else data_source
