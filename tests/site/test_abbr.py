"""The glossary's terms on the built site (plansite.abbr): every occurrence on every page is explained."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from plansite.abbr import glossary_titles, term_pattern
from tests.project import ROOT

GLOSSARY = ROOT / "data" / "glossary.yml"


SKIP = {"a", "abbr", "code", "pre", "script", "style", "svg", "title", "kbd", "samp"}


class BareTerms(HTMLParser):
    """Glossary terms in the text of <article> outside <abbr>, links, code and the
    print-only address block (paper has no tooltips)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__()
        self.pattern = pattern
        self.stack: list[tuple[str, bool]] = []  # (tag, is its text skipped)
        self.article = 0
        self.bare: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in {"br", "img", "input", "hr", "meta", "link", "wbr", "source"}:
            return
        skipped = tag in SKIP or "print-address" in (dict(attrs).get("class") or "")
        self.stack.append((tag, skipped or bool(self.stack and self.stack[-1][1])))
        if tag == "article":
            self.article += 1

    def handle_endtag(self, tag):
        while self.stack:
            top, _ = self.stack.pop()
            if top == "article":
                self.article -= 1
            if top == tag:
                break

    def handle_data(self, data):
        if self.article and self.stack and not self.stack[-1][1]:
            self.bare += self.pattern.findall(data)


@pytest.mark.build
def test_every_occurrence_on_every_page_is_explained(built_site):
    pattern = term_pattern(list(glossary_titles(GLOSSARY, "vi")))
    offenders = {}
    pages = list(built_site.rglob("index.html"))
    assert len(pages) > 100
    for page in pages:
        parser = BareTerms(pattern)
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.bare:
            offenders[str(page.relative_to(built_site))] = parser.bare[:5]
    assert offenders == {}, "glossary terms without a tooltip"
    plan = (built_site / "ke-hoach" / "index.html").read_text(encoding="utf-8")
    assert (
        plan.count('<abbr tabindex="0" title="công nhân, viên chức, lao động">CNVCLĐ</abbr>') >= 5
    )
