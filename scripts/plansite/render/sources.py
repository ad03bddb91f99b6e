"""Render stage helper: the sources that checked facts cite.

A page numbers the sources it cites in the order it first cites them; a value carries
marks ([1], [2]) that lead to the page's "Sources" list, where every source shows its
publisher, title, date and language, and links to its address.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from plansite import model as m
from plansite.crossref import Index
from plansite.language import date_text, t
from plansite.render.common import esc, link


def _href(url: str) -> str:
    """A source address as a Markdown link target (parentheses would end the link)."""
    return url.replace("(", "%28").replace(")", "%29")


def source_link(source: m.Source) -> str:
    """The publisher's name, linked to the source's address where it has one."""
    name = esc(source.publisher)
    if source.url is None:
        return name
    return f'{link(name, _href(source.url))}{{hreflang="{source.lang.value}"}}'


def source_entry(source: m.Source, lang: str) -> str:
    """One line of a Sources list: publisher and title (linked), site, date, language."""
    label = esc(source.publisher)
    if source.title:
        label += f": «{esc(source.title)}»"
    parts = [label]
    if source.url is not None:
        parts = [f'{link(label, _href(source.url))}{{hreflang="{source.lang.value}"}}']
        parts.append(esc(urlsplit(source.url).hostname or ""))
    if source.date:
        parts.append(date_text(source.date, lang))
    parts.append(t(f"language_{source.lang.value}", lang))
    return " · ".join(parts)


def variant_origin(variant: m.Variant, lang: str, name: Callable[[str], str]) -> str:
    """Where one of several differing values comes from: "according to" its sources (each
    shown by `name`), or its certainty when it cites none (e.g. "as stated in the plan")."""
    if not variant.sources:
        return t(f"certainty_{variant.certainty.value}", lang)
    return f"{t('variant_by', lang)} " + ", ".join(name(s) for s in variant.sources)


class Citations:
    """The sources one page cites, numbered in the order the page first cites them."""

    def __init__(self, index: Index, lang: str) -> None:
        self.index = index
        self.lang = lang
        self.numbers: dict[str, int] = {}

    def marks(self, source_ids: list[str]) -> str:
        """Links such as [1] [2] to the sources in the page's list."""
        shown = []
        for source_id in source_ids:
            number = self.numbers.setdefault(source_id, len(self.numbers) + 1)
            shown.append(link(f"\\[{number}\\]", f"#nguon-{source_id}"))
        return " ".join(shown)

    def listing(self) -> list[str]:
        """The numbered list of every source cited so far (empty if none)."""
        return [
            f'{number}. <span id="nguon-{source_id}"></span>'
            + source_entry(self.index.sources[source_id], self.lang)
            for source_id, number in self.numbers.items()
        ]
