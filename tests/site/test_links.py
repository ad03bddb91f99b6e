"""Every internal link and anchor of the built site resolves (static, over site/*.html).

Each HTML file under site/ is parsed; every `href` and `src` (a, link, script, img,
source) is resolved against the page's own URL. A reference inside the site must name
an existing file (a folder URL needs its index.html) and its #fragment must be the id of
an element of the target page. Links to other hosts are not followed, but a link to the
site's own configured address (site_url) is a mistake: it breaks on any other host.
The browser counterpart, over the rendered pages, is in tests/browser/test_pages.py.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

REFERENCES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src"}
LOCAL_BASE = "http://site.invalid"


@dataclass
class ParsedPage:
    ids: set[str] = field(default_factory=set)
    refs: list[tuple[str, str, int]] = field(default_factory=list)  # (tag, url, line)


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.page.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.page.ids.add(values["name"])
        attribute = REFERENCES.get(tag)
        url = values.get(attribute) if attribute else None
        if url is not None and not (tag == "link" and values.get("rel") == "canonical"):
            self.page.refs.append((tag, url, self.getpos()[0]))


def parse(path: Path) -> ParsedPage:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def page_url(site: Path, html: Path) -> str:
    relative = html.relative_to(site).as_posix()
    if relative == "index.html":
        return LOCAL_BASE + "/"
    if relative.endswith("/index.html"):
        return f"{LOCAL_BASE}/{relative[: -len('index.html')]}"
    return f"{LOCAL_BASE}/{relative}"


def broken_links(site: Path, own_origins: set[str] = frozenset()) -> list[str]:
    """Every broken internal link or anchor of the site folder, as 'file:line: problem'."""
    pages = {html: parse(html) for html in sorted(site.rglob("*.html"))}
    problems = []
    for html, page in pages.items():
        base = page_url(site, html)
        for tag, url, line in page.refs:
            where = f"{html.relative_to(site).as_posix()}:{line}: <{tag}> {url!r}"
            parts = urlsplit(urljoin(base, url))
            if parts.scheme in {"mailto", "tel", "data"}:
                continue
            if parts.scheme not in {"http", "https"}:
                problems.append(f"{where}: unsupported link scheme {parts.scheme!r}")
                continue
            origin = f"{parts.scheme}://{parts.netloc}"
            if origin in own_origins:
                problems.append(
                    f"{where}: absolute link to the site's own address; use a relative link"
                )
                continue
            if origin != LOCAL_BASE:
                continue
            path = unquote(parts.path)
            target = site / path.lstrip("/")
            if path.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                hint = " (a folder: add the trailing /)" if target.is_dir() else ""
                problems.append(f"{where}: no such page or file{hint}")
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html" and fragment not in pages[target].ids:
                problems.append(
                    f"{where}: no element with id {fragment!r} in "
                    f"{target.relative_to(site).as_posix()}"
                )
    return problems


def site_origins() -> set[str]:
    """The configured site_url (and its default), as origins that must not be linked."""
    origins = {"http://127.0.0.1:8000"}
    if os.environ.get("SITE_URL"):
        parts = urlsplit(os.environ["SITE_URL"])
        origins.add(f"{parts.scheme}://{parts.netloc}")
    return origins


@pytest.mark.build
def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    assert len(list(built_site.rglob("*.html"))) > 100
    problems = broken_links(built_site, site_origins())
    assert problems == [], f"{len(problems)} broken link(s):\n" + "\n".join(problems[:50])


def write(path: Path, html: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!doctype html><html><body>{html}</body></html>", encoding="utf-8")


def test_checker_reports_broken_links_and_anchors(tmp_path: Path) -> None:
    write(
        tmp_path / "index.html",
        '<h1 id="top">Home</h1><a href="a/">ok</a><a href="a/#x">ok</a>'
        '<a href="#top">ok</a><a href="https://example.org/">other host</a>',
    )
    write(
        tmp_path / "a" / "index.html",
        '<p id="x"><a href="../b/">gone</a> <a href="../#nope">bad anchor</a>'
        '<a href="../a">no slash</a><a href="http://127.0.0.1:8000/a/">own host</a>'
        '<img src="../pic.png"></p>',
    )
    problems = broken_links(tmp_path, {"http://127.0.0.1:8000"})
    assert len(problems) == 5, problems
    assert "a/index.html:1: <a> '../b/': no such page or file" in problems
    assert any("'../#nope': no element with id 'nope' in index.html" in p for p in problems)
    assert any("'../a': no such page or file (a folder: add the trailing /)" in p for p in problems)
    assert any("own address" in p for p in problems)
    assert any("'../pic.png': no such page or file" in p for p in problems)
