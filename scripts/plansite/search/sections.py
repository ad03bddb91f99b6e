"""Build stage helper: a page's HTML cut into search sections, one per heading with an id.

This is what Material's search plugin does for every page with Python's HTMLParser; here
lexbor, a compiled HTML5 parser (through selectolax), reads the page, which costs less
than the regular expressions it replaces and, unlike them, knows where a nested element
ends. A section runs from a heading that has an id to the next one; the part before the
first such heading, and an h1, belong to the page itself (no #anchor). Headings'
permanent links ("#"), scripts, styles and elements marked data-search-exclude are left
out, with everything inside them. Entries look like Material's: location, title, text,
as markup (text escaped, each element's edges a space; plansite.search.index reads them
as plain text). The MkDocs hook collects them page by page and marks each page excluded
from Material's own index, which is then written empty.
"""

from __future__ import annotations

import html

from selectolax.lexbor import LexborHTMLParser, LexborNode

from plansite.search.index import plain_text

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_LEFT_OUT = frozenset(("script", "style", "object", "template"))


def _left_out(node: LexborNode) -> bool:
    if node.tag in _LEFT_OUT:
        return True
    attributes = node.attributes
    return "data-search-exclude" in attributes or (
        node.tag == "a" and "headerlink" in (attributes.get("class") or "").split()
    )


class _Cutter:
    def __init__(self, url: str, page_title: str) -> None:
        self.url, self.page_title = url, html.escape(page_title, quote=False)
        self.entries: list[dict[str, str]] = []
        self.location, self.title, self.body = url, "", []

    def walk(self, node: LexborNode, out: list[str]) -> None:
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                out.append(html.escape(child.text_content or "", quote=False))
            elif tag.startswith("-") or _left_out(child):  # comments, left-out parts
                pass
            elif tag in _HEADINGS and out is self.body and child.attributes.get("id"):
                self.heading(child)
            else:
                out.append(" ")
                self.walk(child, out)
                out.append(" ")
            child = child.next

    def heading(self, node: LexborNode) -> None:
        text: list[str] = []
        self.walk(node, text)
        title = " ".join("".join(text).split())
        if node.tag == "h1" and not self.entries and not plain_text("".join(self.body)):
            self.title = title
            self.body.clear()
        else:
            self.cut()
            self.location, self.title = f"{self.url}#{node.attributes['id']}", title

    def cut(self) -> None:
        self.entries.append({
            "location": self.location,
            "title": self.title or self.page_title,
            "text": " ".join("".join(self.body).split()),
        })
        self.body.clear()


def page_sections(url: str, content: str, page_title: str) -> list[dict[str, str]]:
    """The search entries of one page: {location, title, text}, the page's own first.
    Titles and texts are markup, as in Material's index; a section without a heading
    takes the page's title."""
    cutter = _Cutter(url, page_title)
    body = LexborHTMLParser(content).body
    if body is not None:
        cutter.walk(body, cutter.body)
    cutter.cut()
    return cutter.entries
