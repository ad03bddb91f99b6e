"""Build stage helper: a page's HTML cut into search sections, one per heading with an id.

This is what Material's search plugin does with Python's HTMLParser for every page, and
it was a tenth of the build; here two regular expressions do it. A section runs from a
heading that has an id to the next one; the part before the first such heading, and an
h1, belong to the page itself (no #anchor). Headings' permanent links ("#"), scripts,
styles and elements marked data-search-exclude are left out. Tags are kept in `text`
(plansite.search.index strips them), so entries look like Material's: location, title,
text. The MkDocs hook collects them page by page and marks each page excluded from
Material's own index, which is then written empty.
"""

from __future__ import annotations

import html
import re

from plansite.search.index import plain_text

_HEADING = re.compile(r"<h([1-6])\b([^>]*)>(.*?)</h\1>", re.DOTALL)
_ID = re.compile(r'\bid="([^"]+)"')
_LEFT_OUT = re.compile(
    r"<(script|style|object)\b.*?</\1>"
    r'|<a [^>]*class="headerlink"[^>]*>.*?</a>'
    r"|<(\w+)\b[^>]*\bdata-search-exclude\b[^>]*>.*?</\2>",
    re.DOTALL,
)


def page_sections(url: str, content: str, page_title: str) -> list[dict[str, str]]:
    """The search entries of one page: {location, title, text}, the page's own first.
    Titles and texts are markup, as in Material's index; a section without a heading
    takes the page's title."""
    page_title = html.escape(page_title, quote=False)
    content = _LEFT_OUT.sub(" ", content)
    entries: list[dict[str, str]] = []
    location, title, start = url, "", 0
    for heading in _HEADING.finditer(content):
        anchor = _ID.search(heading.group(2))
        if not anchor:
            continue
        if (
            heading.group(1) == "1"
            and not entries
            and not plain_text(content[start : heading.start()])
        ):
            title, start = heading.group(3), heading.end()
            continue
        entries.append(_entry(location, title or page_title, content[start : heading.start()]))
        location, title, start = f"{url}#{anchor.group(1)}", heading.group(3), heading.end()
    entries.append(_entry(location, title or page_title, content[start:]))
    return entries


def _entry(location: str, title: str, markup: str) -> dict[str, str]:
    return {"location": location, "title": title.strip(), "text": " ".join(markup.split())}
