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
from pathlib import Path

import markdown
from markdown.extensions.admonition import AdmonitionExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.extensions.tables import TableExtension
from selectolax.lexbor import LexborHTMLParser, LexborNode

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


HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _skipped(node: LexborNode) -> bool:
    """Footnote markers and back-links: not part of the text they follow."""
    attributes = node.attributes
    return (node.tag == "sup" and (attributes.get("id") or "").startswith("fnref")) or (
        node.tag == "a" and "footnote-backref" in (attributes.get("class") or "")
    )


def _collect(node: LexborNode, open_ids: list[list[str]], texts: dict[str, list[str]],
             order: list[tuple[str, str]]) -> None:
    """The text of every element with an id (also of ids nested in it), in `texts`."""
    child = node.child
    while child is not None:
        if child.tag == "-text":
            for parts in open_ids:
                parts.append(child.text_content or "")
        elif not child.tag.startswith("-") and not _skipped(child):
            anchor = child.attributes.get("id")
            if anchor:
                texts[anchor] = []
                order.append((anchor, child.tag))
                _collect(child, [*open_ids, texts[anchor]], texts, order)
            else:
                _collect(child, open_ids, texts, order)
        child = child.next


@functools.cache
def _converter() -> markdown.Markdown:
    """One Markdown converter per process, reset for each page, so that a plan of many part
    pages sets up its extensions once. They are given as instances: a name would make
    Markdown read every installed package's entry points to find it."""
    return markdown.Markdown(
        extensions=[
            AttrListExtension(),
            FootnoteExtension(),
            MarkdownInHtmlExtension(),
            AdmonitionExtension(),
            TableExtension(),
        ]
    )


def parse_plan(source: str) -> PlanText:
    texts: dict[str, list[str]] = {}
    order: list[tuple[str, str]] = []
    body = LexborHTMLParser(_converter().reset().convert(source)).body
    if body is not None:
        _collect(body, [], texts, order)
    blocks: dict[str, str] = {}
    headings: dict[str, str] = {}
    parents: dict[str, str] = {}
    footnotes: dict[str, str] = {}
    open_headings: dict[int, str] = {}
    for anchor, tag in order:
        text = collapse("".join(texts[anchor]))
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
