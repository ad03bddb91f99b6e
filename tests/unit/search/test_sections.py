"""Pages cut into search sections (plansite.search.sections): on examples, and against
Material's own search parser on every page of the built site (the words must agree)."""

from __future__ import annotations

import pytest

from plansite.search.index import plain_text
from plansite.search.sections import page_sections

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
