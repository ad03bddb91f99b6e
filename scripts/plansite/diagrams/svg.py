"""Render stage helper: SVG markup for the pictures, written the same way on every build.

Every coordinate is a whole number and every part comes from the data in data order, so
two builds give the same bytes. Colours are CSS classes (docs/assets/site.css), so the
pictures follow the light and dark schemes and print in black and white; no `style`
attribute or element, which the Content-Security-Policy would block.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

# Average advance of a character in the site's sans-serif font, in ems: text is cut to
# fit a box by this estimate (no font metrics at build time), with room to spare.
CHAR_EM = 0.56
# The pictures' stylesheet, loaded by the pages that have one (diagrams.links makes the
# address relative to the page).
STYLESHEET = "/assets/diagrams.css"
BOLD = 1.12  # bold text is about this much wider: pass `size * BOLD` to fit and wrap


def esc(text: str) -> str:
    return html.escape(text.replace("\n", " "), quote=True)


def n(value: float) -> str:
    """A coordinate: a whole number, so the markup is the same on every machine."""
    return str(round(value))


def fit(text: str, width: float, size: float) -> str:
    """`text` cut (with "…") to about `width` pixels at font size `size`."""
    most = max(1, int(width / (size * CHAR_EM)))
    return text if len(text) <= most else text[: most - 1].rstrip(" ,;:–—-") + "…"


def wrap(text: str, width: float, size: float, lines: int) -> list[str]:
    """`text` over at most `lines` lines of about `width` pixels, the last cut with "…"."""
    most = max(1, int(width / (size * CHAR_EM)))
    words, out, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > most:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    if len(out) > lines:
        out = [*out[: lines - 1], " ".join(out[lines - 1 :])]
    return [fit(part, width, size) for part in out]


def text(x: float, y: float, content: str, cls: str, anchor: str = "") -> str:
    where = f' text-anchor="{anchor}"' if anchor else ""
    return f'<text x="{n(x)}" y="{n(y)}" class="{cls}"{where}>{esc(content)}</text>'


def rect(x: float, y: float, w: float, h: float, cls: str, radius: int = 3) -> str:
    return (
        f'<rect x="{n(x)}" y="{n(y)}" width="{n(w)}" height="{n(h)}" rx="{radius}" class="{cls}"/>'
    )


def line(x1: float, y1: float, x2: float, y2: float, cls: str) -> str:
    return f'<line x1="{n(x1)}" y1="{n(y1)}" x2="{n(x2)}" y2="{n(y2)}" class="{cls}"/>'


def link(href: str, name: str, body: list[str], cls: str = "") -> str:
    """A link (a Markdown-style .md target, see diagrams.links) named by its <title>."""
    klass = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{klass}><title>{esc(name)}</title>{"".join(body)}</a>'


def curve(points: list[tuple[float, float]]) -> str:
    """A path through `points`, left to right or back, as smooth horizontal S-curves."""
    (x0, y0), *rest = points
    d = [f"M{n(x0)},{n(y0)}"]
    for x1, y1 in rest:
        if round(y1) == round(y0):
            d.append(f"L{n(x1)},{n(y1)}")
        else:
            mid = (x0 + x1) / 2
            d.append(f"C{n(mid)},{n(y0)} {n(mid)},{n(y1)} {n(x1)},{n(y1)}")
        x0, y0 = x1, y1
    return " ".join(d)


@dataclass(frozen=True)
class Picture:
    """One picture: its markup and what a reader needs besides it."""

    ident: str  # unique on the page: ids of its title, description and arrowhead
    width: int
    height: int
    title: str
    desc: str
    body: list[str]

    def markup(self) -> str:
        t_id, d_id, arrow = f"{self.ident}-t", f"{self.ident}-d", f"{self.ident}-a"
        marker = (
            f'<defs><marker id="{arrow}" viewBox="0 0 10 10" refX="9" refY="5" '
            'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
            '<path d="M0,0L10,5L0,10z" class="dg-ah"/></marker></defs>'
        )
        body = "".join(self.body).replace('marker-end="A"', f'marker-end="url(#{arrow})"')
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="dg" id="{self.ident}" '
            f'viewBox="0 0 {self.width} {self.height}" width="{self.width}" '
            f'height="{self.height}" role="group" aria-labelledby="{t_id}" '
            f'aria-describedby="{d_id}" data-search-exclude>'
            f'<title id="{t_id}">{esc(self.title)}</title><desc id="{d_id}">{esc(self.desc)}</desc>'
            f"{marker}{body}</svg>"
        )


def mark(kind: str, x: float, y: float, cls: str) -> str:
    """A point on a timeline: "issued" a dot, "effective" a diamond, "change" a triangle,
    "end" a cross; shapes, not only colours, tell them apart."""
    if kind == "issued":
        return f'<circle cx="{n(x)}" cy="{n(y)}" r="4" class="{cls}"/>'
    if kind == "effective":
        d = f"M{n(x)},{n(y - 5)}l5,5l-5,5l-5,-5z"
    elif kind == "change":
        d = f"M{n(x)},{n(y - 6)}l6,10h-12z"
    else:
        d = f"M{n(x - 4)},{n(y - 4)}l8,8m0,-8l-8,8"
    return f'<path d="{d}" class="{cls}"/>'


def _swatch(cls: str) -> str:
    """A sample of what the legend names: a box, an edge's line (dg-e…), a timeline's
    bar or mark (dg-bar…, dg-mk-KIND…) or its upright date line (dg-today)."""
    if cls.startswith("dg-e"):
        return f'<line x1="1" y1="7" x2="27" y2="7" class="{cls}"/>'
    if cls.startswith("dg-mk-"):
        return mark(cls.split()[0][len("dg-mk-") :], 14, 7, cls)
    if cls.startswith("dg-today"):
        return f'<line x1="14" y1="0" x2="14" y2="14" class="{cls}"/>'
    if cls.startswith("dg-bar"):
        return f'<rect x="1" y="4" width="26" height="6" class="{cls}"/>'
    return f'<rect x="2" y="2" width="24" height="10" rx="2" class="{cls}"/>'


def figure(picture: Picture, caption: str, legend: list[tuple[str, str]], region: str) -> str:
    """The picture as one raw-HTML block of Markdown: a <figure> whose box scrolls
    sideways by itself when the picture is wider than the screen, its caption, and a
    legend of (swatch class, words). `caption` and `region` are plain text."""
    items = "".join(
        f'<li><svg class="dg-key" width="28" height="14" aria-hidden="true">{_swatch(cls)}'
        f"</svg>{esc(words)}</li>"
        for cls, words in legend
    )
    keys = f'<ul class="dg-legend">{items}</ul>' if items else ""
    return (
        f'<figure class="dg-figure"><link rel="stylesheet" href="{STYLESHEET}">'
        f'<div class="dg-scroll" tabindex="0" role="region" '
        f'aria-label="{esc(region)}">{picture.markup()}</div>'
        f"<figcaption>{esc(caption)}{keys}</figcaption></figure>"
    )
