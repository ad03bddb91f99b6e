"""Render stage helper: what a page shows when printed or shared.

- `qr_svg`: the QR code of a page's permanent address, as inline SVG made at
  build time with segno (no outside service); printed beside the address.
- `share_meta`: the Open Graph / Twitter card values of a page (title,
  description, locale), HTML-escaped for the template.
"""

from __future__ import annotations

import functools
import html
import re

import segno
from selectolax.lexbor import LexborHTMLParser

from plansite import parallel
from plansite.language import LANGS, LANGUAGES, excerpt

DESCRIPTION_LIMIT = 200
# Blocks whose paragraphs are not the page's own first paragraph.
ASIDE_CLASSES = {"admonition", "md-source-file", "footnote", "page-tools", "print-address"}
# Inline elements whose text is not part of a paragraph's prose.
NOISE_CLASSES = {"para-link", "headerlink", "footnote-ref"}


# segno tries all eight masks and keeps the best-scoring one; that search was most of the
# time a page's code took. Every mask gives a valid
# code that readers decode (tests/browser/test_tools.py decodes the printed code).
QR_MASK = 2


@functools.lru_cache(maxsize=50_000)  # `mkdocs serve` rebuilds: made once per address
def qr_svg(url: str) -> str:
    """A QR code (error correction M) for `url`, sized by CSS (no width/height)."""
    code = segno.make_qr(url, error="m", mask=QR_MASK)
    return code.svg_inline(
        scale=1,
        border=4,
        dark="#000",
        light="#fff",
        svgclass="print-qr",
        lineclass=None,
        omitsize=True,
        title=url,
    )


def qr_codes(urls: list[str]) -> dict[str, str]:
    """qr_svg() of each address."""
    return {url: qr_svg(url) for url in urls}


# QR codes made ahead, while the engine converts the pages (a second process): the hook
# names a language pass's addresses as soon as it knows them; plansite.finish takes them.
_ahead: dict[str, str] = {}
_making: list[parallel.Later[dict[str, str]]] = []


def make_ahead(urls: list[str]) -> None:
    """Start making the QR codes of `urls` in a second process."""
    _making.append(parallel.Later(functools.partial(qr_codes, urls)))


def made_ahead() -> dict[str, str]:
    """The QR codes made ahead so far (waits for those still being made)."""
    while _making:
        _ahead.update(_making.pop(0).result())
    return _ahead


# Blocks and inline marks whose text is not the page's own prose, as one CSS selector.
_NOT_PROSE = ", ".join(f".{name}" for name in sorted(ASIDE_CLASSES | NOISE_CLASSES))


def first_paragraph(content: str) -> str:
    """The plain text of the first non-empty <p> outside admonitions and asides."""
    body = LexborHTMLParser(content).body
    if body is None:
        return ""
    for node in body.css(_NOT_PROSE):
        node.decompose()
    for paragraph in body.css("p"):
        text = re.sub(r"\s+", " ", paragraph.text(deep=True)).strip()
        if text:
            return text
    return ""


def share_meta(
    *, title: str, meta_description: str | None, content: str, fallback: str, lang: str
) -> dict[str, str]:
    """og:/twitter: values. The description is the page's own (front matter, unless it only
    repeats the title), else its first paragraph, else the site's description."""
    title = html.unescape(title)
    description = html.unescape(meta_description or "")
    if not description.strip() or description.strip() == title.strip():
        description = first_paragraph(content) or html.unescape(fallback)
    other = next(code for code in LANGS if code != lang)
    return {
        "title": html.escape(title),
        "description": html.escape(excerpt(description, DESCRIPTION_LIMIT)),
        "locale": LANGUAGES[lang].locale,
        "locale_alternate": LANGUAGES[other].locale,
    }
