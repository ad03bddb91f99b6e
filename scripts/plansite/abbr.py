"""Render stage helper: a Markdown extension that explains every glossary abbreviation.

Every occurrence of a term of data/glossary.yml in the text of a page becomes
`<abbr title="expansion" tabindex="0">term</abbr>`. docs/assets/glossary.js shows
the title as a tooltip on hover and on focus; tabindex="0" makes each one reachable
with the Tab key and by a tap. Only elements are added: the text
content of the page (the verbatim plan included) stays the same. Text inside
links, code and existing <abbr> is left alone, and so are ids and attributes.
The MkDocs hook sets `lang` for each language pass.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as etree
from pathlib import Path

import yaml
from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from plansite.language import LANGS, ORIGINAL, pick
from plansite.model import GlossaryEntry

SKIP = {"a", "abbr", "code", "pre", "kbd", "samp", "script", "style", "svg", "math"}


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int) -> tuple[GlossaryEntry, ...]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    return tuple(GlossaryEntry.model_validate(item) for item in raw)


def glossary_titles(path: str | Path, lang: str) -> dict[str, str]:
    """{term: expansion in lang (Vietnamese while a translation is pending)}."""
    path = Path(path)
    if not path.is_file():
        return {}
    titles = {}
    for entry in _load(str(path), path.stat().st_mtime_ns):
        expansion = pick(entry.expansion, lang)
        titles[entry.term] = expansion
    return titles


def term_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """Whole terms only (no letter or digit on either side), longest first."""
    if not terms:
        return None
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


class Abbreviations(Treeprocessor):
    def __init__(self, md, titles: dict[str, str]) -> None:
        super().__init__(md)
        self.titles = titles
        self.pattern = term_pattern(list(titles))

    def run(self, root: etree.Element) -> None:
        if self.pattern is not None:
            self._walk(root)

    def _walk(self, element: etree.Element) -> None:
        if element.tag in SKIP:
            return
        children = list(element)
        if element.text:
            element.text, nodes = self._split(element.text)
            for position, node in enumerate(nodes):
                element.insert(position, node)
        for child in children:
            self._walk(child)
            if child.tail:
                child.tail, nodes = self._split(child.tail)
                position = list(element).index(child) + 1
                for offset, node in enumerate(nodes):
                    element.insert(position + offset, node)

    def _split(self, text: str) -> tuple[str, list[etree.Element]]:
        """The text before the first term, and one <abbr> per term (with the text after it)."""
        matches = list(self.pattern.finditer(text))
        if not matches:
            return text, []
        nodes = []
        for number, match in enumerate(matches):
            node = etree.Element("abbr", {"title": self.titles[match.group()], "tabindex": "0"})
            node.text = match.group()
            end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
            node.tail = text[match.end() : end]
            nodes.append(node)
        return text[: matches[0].start()], nodes


class AbbreviationExtension(Extension):
    def __init__(self, **kwargs) -> None:
        self.config = {
            "glossary": ["data/glossary.yml", "The glossary data file"],
            "lang": [ORIGINAL, f"The language of the page: {' or '.join(LANGS)}"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Markdown's API name)
        titles = glossary_titles(self.getConfig("glossary"), self.getConfig("lang"))
        # after toc (5) has read the headings and the paragraph links (4) are in place
        md.treeprocessors.register(Abbreviations(md, titles), "plansite_abbreviations", 3)


def makeExtension(**kwargs) -> AbbreviationExtension:  # noqa: N802 (Markdown's API name)
    return AbbreviationExtension(**kwargs)
