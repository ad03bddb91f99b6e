"""Pages cut into search sections (plansite.search.sections): on examples, and against
Material's own search parser on every page of the built site (the words must agree)."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from plansite.search.index import plain_text
from plansite.search.sections import page_sections
from plansite.search.text import words

PAGE = """<h1 id="tieu-de">Tiêu đề<a class="headerlink" href="#tieu-de" title="x">#</a></h1>
<p>Mở đầu &amp; giới thiệu</p>
<h2>Không có mã neo</h2><p>vẫn thuộc phần đầu</p>
<h2 id="phan-mot">Phần một<a class="headerlink" href="#phan-mot">#</a></h2>
<p>Nội dung <abbr title="công đoàn cơ sở">CĐCS</abbr></p>
<script>var hidden = 1;</script>
<div data-search-exclude><p>bỏ qua</p></div>
<h3 id="phan-hai">Phần hai</h3><ul><li>một</li><li>hai</li></ul>"""


def test_sections_start_at_headings_with_an_id():
    entries = page_sections("trang/", PAGE, "Trang")
    assert [e["location"] for e in entries] == ["trang/", "trang/#phan-mot", "trang/#phan-hai"]
    assert [plain_text(e["title"]) for e in entries] == ["Tiêu đề", "Phần một", "Phần hai"]
    first, second, third = (plain_text(e["text"]) for e in entries)
    assert first == "Mở đầu & giới thiệu Không có mã neo vẫn thuộc phần đầu"
    assert second == "Nội dung CĐCS"  # no script, nothing marked data-search-exclude
    assert third == "một hai"


def test_a_page_without_an_h1_takes_the_page_title():
    entries = page_sections("x/", '<p>a</p><h2 id="b">B</h2><p>c</p>', "Trang & tên")
    assert [(e["location"], plain_text(e["title"])) for e in entries] == [
        ("x/", "Trang & tên"),
        ("x/#b", "B"),
    ]


@pytest.mark.parametrize(
    "left_out",
    [
        "<div data-search-exclude><div>a</div>LEAK</div>",
        "<div data-search-exclude><p>a<p>b LEAK</div>",  # paragraphs closed by the div
        "<aside data-search-exclude=\"\"><section><h2 id=\"x\">LEAK</h2></section>LEAK</aside>",
        "<script>if (a < b) { LEAK }</script><style>p > a { content: 'LEAK' }</style>",
        "<object data=\"x\"><object>LEAK</object>LEAK</object>",
    ],
)
def test_left_out_parts_end_where_their_element_ends(left_out):
    entries = page_sections("x/", f"<p>before</p>{left_out}<p>after</p>", "T")
    assert [(e["location"], plain_text(e["text"])) for e in entries] == [("x/", "before after")]


def test_text_is_escaped_markup_and_elements_split_words():
    entries = page_sections("x/", "<p>a &lt;b&gt; &amp;c</p><p>d</p><p>e<br>f</p>", "T")
    assert entries[0]["text"] == "a &lt;b&gt; &amp;c d e f"


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
