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
from html.parser import HTMLParser

import segno

from plansite import parallel
from plansite.language import LANGS, LANGUAGES, excerpt

DESCRIPTION_LIMIT = 200
# Blocks whose paragraphs are not the page's own first paragraph.
ASIDE_CLASSES = {"admonition", "md-source-file", "footnote", "page-tools", "print-address"}
# Inline elements whose text is not part of a paragraph's prose.
NOISE_CLASSES = {"para-link", "headerlink", "footnote-ref"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


# segno tries all eight masks and keeps the best-scoring one; that search was most of the
# time a page's code took. Every mask gives a valid
# code that readers decode (tests/test_browser_tools.py decodes the printed code).
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


class _FirstParagraph(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: is its text excluded?
        self.inside: int | None = None  # depth of the <p> being read
        self.parts: list[str] = []
        self.done = False

    def handle_starttag(self, tag, attrs):
        if self.done or tag in VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        excluded = bool(self.stack and self.stack[-1]) or bool(classes & ASIDE_CLASSES)
        if self.inside is not None and classes & NOISE_CLASSES:
            excluded = True
        self.stack.append(excluded)
        if tag == "p" and self.inside is None and not excluded:
            self.inside = len(self.stack)

    def handle_endtag(self, tag):
        if self.done or tag in VOID or not self.stack:
            return
        if self.inside == len(self.stack) and tag == "p":
            self.inside = None
            if "".join(self.parts).strip():
                self.done = True
            else:
                self.parts = []
        self.stack.pop()

    def handle_data(self, data):
        if not self.done and self.inside is not None and not self.stack[-1]:
            self.parts.append(data)


def first_paragraph(content: str) -> str:
    """The plain text of the first non-empty <p> outside admonitions and asides."""
    parser = _FirstParagraph()
    parser.feed(content)
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.parts) if parser.done else "").strip()


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
