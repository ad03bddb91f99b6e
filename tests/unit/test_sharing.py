"""Link previews and the printed QR code (plansite.sharing), alone and on every built page."""

from __future__ import annotations

import re

from plansite.sharing import QR_MASK, first_paragraph, qr_svg, share_meta


def test_first_paragraph_skips_admonitions_and_permanent_links():
    content = (
        '<div class="admonition info"><p class="admonition-title">Note</p><p>Aside.</p></div>'
        "<h1>Title</h1><p>  </p>"
        '<p id="x">First <abbr title="t">CĐCS</abbr>\n text<sup class="footnote-ref">1</sup>'
        '<a class="para-link" href="#x">#x</a></p><p>Second.</p>'
    )
    assert first_paragraph(content) == "First CĐCS text"
    assert first_paragraph("<h1>Only a title</h1><table><tr><td>x</td></tr></table>") == ""


def test_share_meta_prefers_the_page_description_then_the_first_paragraph():
    page = share_meta(
        title="A &amp; B", meta_description="Own words", content="<p>P</p>", fallback="S", lang="vi"
    )
    assert page == {
        "title": "A &amp; B",
        "description": "Own words",
        "locale": "vi_VN",
        "locale_alternate": "en_US",
    }
    same = share_meta(
        title="T", meta_description="T", content="<p>P &lt;1&gt;</p>", fallback="S", lang="en"
    )
    assert same["description"] == "P &lt;1&gt;"
    assert same["locale"] == "en_US"
    empty = share_meta(title="T", meta_description=None, content="", fallback="Site", lang="vi")
    assert empty["description"] == "Site"
    long = share_meta(title="T", meta_description="word " * 100, content="", fallback="", lang="vi")
    assert len(long["description"]) <= 200
    assert long["description"].endswith("word…")


def modules(svg: str) -> set[tuple[int, int]]:
    """The dark modules drawn by a segno SVG path (relative h/v/m moves, one row per m)."""
    path = re.search(r'<path stroke="#000" d="([^"]+)"', svg).group(1)
    dark: set[tuple[int, int]] = set()
    x = y = 0.0
    for op, number in re.findall(r"([MmHhVv])\s*(-?[\d.]+(?:\s+-?[\d.]+)?)", path):
        values = [float(v) for v in number.split()]
        if op == "M":
            x, y = values
        elif op == "m":
            x, y = x + values[0], y + values[1]
        elif op == "h":
            for i in range(int(values[0])):
                dark.add((int(x) + i, int(y)))
            x += values[0]
    return dark


def test_qr_code_is_the_address_encoded_by_segno():
    import segno

    url = "http://127.0.0.1:8000/nhiem-vu/ii-1-3/"
    svg = qr_svg(url)
    assert svg.startswith('<svg viewBox="0 0 37 37" class="print-qr">')
    code = segno.make_qr(url, error="m", mask=QR_MASK)
    expected = {
        (x + 4, y + 4) for y, row in enumerate(code.matrix) for x, dark in enumerate(row) if dark
    }
    assert modules(svg) == expected
    assert modules(qr_svg(url + "x")) != expected
