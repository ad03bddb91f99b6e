"""Every built page cut into search sections (plansite.search.sections) as Material's own
search parser cuts it: the words must agree."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from plansite.search.index import plain_text
from plansite.search.sections import page_sections
from plansite.search.text import words


def _content(page: Path) -> str:
    """A built page's article without what the template adds around the page's content."""
    text = page.read_text(encoding="utf-8")
    start = text.index(">", text.index('<article class="md-content__inner')) + 1
    article = text[start : text.rindex("</article>")]
    article = re.sub(r'<div class="page-tools".*?</div>', "", article, flags=re.DOTALL)
    article = re.sub(r'<aside class="md-source-file">.*?</aside>', "", article, flags=re.DOTALL)
    return article.split('<div class="print-address">')[0]


def _words(entries) -> list[str]:
    """Every word of the page's sections in order; a section Material makes for a page that
    opens with a wrapper element (its title "T", nothing in it) is not counted."""
    out: list[str] = []
    for e in entries:
        title, text = words(plain_text(e["title"])), words(plain_text(e["text"]))
        if title != ["t"] or text:
            out += title + text
    return out


def _cuts(entries, h1: str | None) -> set[str]:
    """Section addresses, apart from the page's own (Material gives an h1 inside a wrapper
    element its #id; here the h1 stays the page's own section)."""
    return {e["location"] for e in entries[1:]} - {h1}


@pytest.mark.build
def test_every_page_cuts_like_materials_parser(built_site: Path):
    from material.plugins.search.plugin import SearchIndex

    pages = sorted(p for p in built_site.rglob("index.html") if "search" not in p.parts)
    assert len(pages) > 100
    for path in pages:
        url = path.parent.relative_to(built_site).as_posix() + "/"
        url = "" if url == "./" else url
        content = _content(path)
        material = SearchIndex()
        page = SimpleNamespace(content=content, toc=[], url=url, meta={}, title="T")
        material.add_entry_from_context(page)
        ours = page_sections(url, content, "T")
        h1 = re.search(r'<h1 id="([^"]+)"', content)
        h1 = url + "#" + h1.group(1) if h1 else None
        assert _words(ours) == _words(material.entries), url
        assert _cuts(ours, h1) == _cuts(material.entries, h1), url
        assert re.search(r"\S", "".join(e["text"] for e in ours)), url
