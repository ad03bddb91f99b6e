"""Load stage for the plan page: the text of every anchored block of docs/ke-hoach/.

The plan is hand-written Markdown (it is the primary source, published
verbatim). The generator reads it back to check that task texts in
data/tasks.yml match it word for word, to find which paragraphs mention
which document, and to list the published anchors.

A long plan, or a site that publishes several plans, may continue on part pages,
docs/ke-hoach/<part>/index.md (and .en.md): their blocks join the plan's, each
remembering its page so that links to it point to the right page.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown

PLAN_EXTENSIONS = ["attr_list", "footnotes", "md_in_html", "admonition", "tables"]
_SPACE = re.compile(r"\s+")
MAIN_PAGE = "ke-hoach/index.md"  # relative to docs/, as Markdown links name it


def collapse(text: str) -> str:
    """NFC, whitespace collapsed to single spaces, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


@dataclass(frozen=True)
class PlanText:
    blocks: dict[str, str]  # anchor -> collapsed text, in page order
    headings: dict[str, str]  # heading anchor -> collapsed text
    parents: dict[str, str]  # block anchor -> anchor of the heading above it
    footnotes: dict[str, str]  # "fn:1" -> collapsed text ("<page>:fn:1" on part pages)
    pages: dict[str, str] = field(default_factory=dict)  # anchor -> its part page

    @property
    def anchors(self) -> list[str]:
        return list(self.blocks)

    def page_of(self, anchor: str) -> str:
        """The page holding `anchor`, relative to docs/ (Vietnamese file name)."""
        return self.pages.get(anchor, MAIN_PAGE)

    def target(self, anchor: str) -> str:
        """`anchor` as a Markdown link target relative to docs/: page#id."""
        page = self.page_of(anchor)
        return f"{page}#{anchor.removeprefix(page + ':')}"

    def with_parts(self, parts: list[tuple[str, PlanText]]) -> PlanText:
        """This plan followed by each (page, part)'s blocks (anchors must not repeat);
        built in one pass, so that many part pages cost no more than one long page."""
        blocks, headings, parents = dict(self.blocks), dict(self.headings), dict(self.parents)
        footnotes, pages = dict(self.footnotes), dict(self.pages)
        for page, part in parts:
            blocks.update(part.blocks)
            headings.update(part.headings)
            parents.update(part.parents)
            footnotes.update({f"{page}:{k}": v for k, v in part.footnotes.items()})
            pages.update(dict.fromkeys(part.blocks, page))
            pages.update({f"{page}:{k}": page for k in part.footnotes})
        return PlanText(blocks, headings, parents, footnotes, pages)

    def full_text(self) -> str:
        return " ".join([*self.blocks.values(), *self.footnotes.values()])


VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _Collector(HTMLParser):
    """Collects the text of every element with an id, leaving out footnote markers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None, bool]] = []  # tag, id, skipped
        self.texts: dict[str, list[str]] = {}
        self.order: list[tuple[str, str]] = []  # (id, tag) in document order

    def handle_starttag(self, tag, attrs) -> None:
        if tag in VOID:
            return
        attributes = dict(attrs)
        anchor = attributes.get("id")
        skipped = (tag == "sup" and (anchor or "").startswith("fnref")) or (
            tag == "a" and "footnote-backref" in (attributes.get("class") or "")
        )
        if anchor and not skipped:
            self.texts[anchor] = []
            self.order.append((anchor, tag))
        self.stack.append((tag, anchor, skipped))

    def handle_endtag(self, tag) -> None:
        if tag in VOID:
            return
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data) -> None:
        if any(skipped for _, _, skipped in self.stack):
            return
        for _, anchor, _ in self.stack:
            if anchor in self.texts:
                self.texts[anchor].append(data)


@functools.cache
def _converter() -> markdown.Markdown:
    """One Markdown converter per process, reset for each page: setting up its extensions
    costs about a millisecond, which the 200 part pages of a 100-province site would pay."""
    return markdown.Markdown(extensions=PLAN_EXTENSIONS)


def parse_plan(source: str) -> PlanText:
    collector = _Collector()
    collector.feed(_converter().reset().convert(source))
    blocks: dict[str, str] = {}
    headings: dict[str, str] = {}
    parents: dict[str, str] = {}
    footnotes: dict[str, str] = {}
    open_headings: dict[int, str] = {}
    for anchor, tag in collector.order:
        text = collapse("".join(collector.texts[anchor]))
        if anchor.startswith("fn:"):
            footnotes[anchor] = text
            continue
        blocks[anchor] = text
        if tag in HEADINGS:
            level = int(tag[1])
            headings[anchor] = text
            open_headings = {k: v for k, v in open_headings.items() if k < level}
            if open_headings:
                parents[anchor] = open_headings[max(open_headings)]
            open_headings[level] = anchor
        elif open_headings:
            parents[anchor] = open_headings[max(open_headings)]
    return PlanText(blocks, headings, parents, footnotes)


def read_plan(path: Path) -> PlanText:
    return parse_plan(path.read_text(encoding="utf-8"))
