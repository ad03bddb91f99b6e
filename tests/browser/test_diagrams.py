"""The pictures (plansite.diagrams) in a real browser (Debian chromium through Playwright).

On every page with a picture, in both languages: the picture shows, every link in it
leads to a page of the site (and to an element there, for a #fragment); axe-core finds no
WCAG 2.1 A/AA violation, in the light scheme and in the dark one; on a 360 px phone the page
does not scroll sideways (a wide picture scrolls inside its own focusable box); in print
the picture is there, fits the A4 page and is black on white.

Screenshots of each picture at 360 px and 1280 px are taken every run; with
UPDATE_REFERENCE=1 they are written to tests/reference/diagrams/ for review (they are
looked at, not compared byte for byte: fonts differ between machines).
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from urllib.parse import urljoin, urlsplit

import pytest

from tests.project import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.build]

REFERENCE = ROOT / "tests" / "reference" / "diagrams"
PAGES = {
    "chain": "/van-ban/",
    "card": "/van-ban/luat-cong-doan-2024/",
    "card-plan": "/van-ban/ke-hoach-ldld-kon-tum-kl79/",
    "timeline": "/moc-thoi-gian/",
    "reporting": "/don-vi/",
}
URLS = [prefix + path for prefix in ("", "/en") for path in PAGES.values()]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# In print, only words the picture holds (not the page's text) prove that it was printed.
PRINTED = {
    "/van-ban/": "Các dòng luật: thay thế và sửa đổi",
    "/moc-thoi-gian/": "Tính đến",
    "/don-vi/": "hạn: Hằng năm",
}
A4_WIDTH_PX = 794  # 210 mm at 96 px per inch


@pytest.fixture
def new_page(browser):
    contexts = []

    def make(width: int = 1280, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()


def open_page(page, base: str, path: str):
    response = page.goto(base + path, wait_until="load")
    assert response is not None and response.status == 200, path
    return page


@pytest.mark.parametrize("path", URLS)
def test_picture_shows_and_every_link_in_it_leads_to_the_site(new_page, site_server, path):
    page = open_page(new_page(), site_server, path)
    picture = page.locator("figure.dg-figure svg.dg")
    assert picture.count() == 1
    box = picture.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 50
    hrefs = picture.evaluate(
        "svg => [...svg.querySelectorAll('a')].map(a => new URL(a.getAttribute('href'), "
        "document.baseURI).href)"
    )
    assert len(hrefs) >= 3
    names = picture.evaluate(
        "svg => [...svg.querySelectorAll('a')].map(a => a.querySelector(':scope > title'))"
        ".map(t => t && t.textContent.trim())"
    )
    assert all(names), "a link without a name"
    seen: dict[str, set[str]] = {}
    for href in dict.fromkeys(hrefs):
        parts = urlsplit(href)
        assert parts.netloc == urlsplit(site_server).netloc, href
        target = href.split("#")[0]
        if target not in seen:
            response = page.request.get(target)
            assert response.status == 200, f"{path}: {href} -> HTTP {response.status}"
            seen[target] = set(re.findall(r'\bid="([^"]+)"', response.text()))
        if parts.fragment:
            assert parts.fragment in seen[target], f"{path}: no #{parts.fragment} at {target}"
    assert page.errors == []


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("path", URLS)
def test_axe_finds_nothing(new_page, site_server, path, scheme):
    pytest.importorskip("axe_playwright_python", reason="pip install -r requirements/test.lock")
    from axe_playwright_python.sync_playwright import Axe

    page = open_page(new_page(), site_server, path)
    page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
    # The site turns on the light scheme only: in the dark one, only the picture is ours to
    # check (Material's red navigation is not meant for it).
    context = None if scheme == "default" else "figure.dg-figure"
    violations = Axe().run(page, context=context, options=AXE_OPTIONS).response["violations"]
    found = [f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']][:3]}" for v in violations]
    assert found == []


def test_pictures_follow_the_dark_scheme(new_page, site_server):
    page = open_page(new_page(), site_server, "/van-ban/")

    def colours():
        return page.evaluate(
            """() => { const box = getComputedStyle(document.querySelector('.dg .dg-b'));
                const text = getComputedStyle(document.querySelector('.dg text'));
                return [box.fill, text.fill]; }"""
        )

    light = colours()
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    dark = colours()
    assert light != dark
    assert dark[0] != "rgb(255, 255, 255)" and light[1] != dark[1]


@pytest.mark.parametrize("path", URLS)
def test_no_sideways_scroll_on_a_phone(new_page, site_server, path):
    page = open_page(new_page(360, 740), site_server, path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{path}: the page scrolls sideways ({width} px)"
    scroller = page.locator(".dg-scroll")
    inside = scroller.evaluate("el => [el.scrollWidth, el.clientWidth, el.tabIndex]")
    assert inside[2] == 0, "the picture's box must be reachable with the keyboard to scroll it"
    if "/moc-thoi-gian/" in path or path.endswith("/van-ban/"):
        assert inside[0] > inside[1], "the wide picture keeps its size and scrolls in its box"
        scroller.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("() => document.querySelector('.dg-scroll').scrollLeft > 0")


@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots_of_every_picture(new_page, site_server, name, width, tmp_path):
    page = open_page(new_page(width, 900), site_server, PAGES[name])
    figure = page.locator("figure.dg-figure")
    # Material's sticky header would cover the top of a picture taller than the screen.
    page.evaluate("document.querySelector('.md-header').style.display = 'none'")
    if os.environ.get("UPDATE_REFERENCE") == "1":
        REFERENCE.mkdir(parents=True, exist_ok=True)
        out = REFERENCE / f"{name}-{width}.png"
    else:
        out = tmp_path / f"{name}-{width}.png"
    figure.screenshot(path=str(out))
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5_000
    shown = figure.bounding_box()
    assert shown["width"] <= width and shown["height"] > 100


def squeeze(text: str) -> str:
    """PDF text without whitespace (pypdf splits Vietnamese words around diacritics)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


@pytest.mark.parametrize("path", list(PRINTED))
def test_print_shows_the_picture_in_black_on_white_within_a4(new_page, site_server, path):
    from pypdf import PdfReader

    page = open_page(new_page(A4_WIDTH_PX, 1123), site_server, path)
    page.emulate_media(media="print")
    picture = page.locator("svg.dg")
    assert picture.is_visible()
    box = picture.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= A4_WIDTH_PX, "wider than the page"
    colours = page.evaluate(
        """() => [...document.querySelectorAll('svg.dg .dg-b, svg.dg .dg-e, svg.dg text')]
            .map(el => { const s = getComputedStyle(el);
                return el.tagName === 'text' ? s.fill : s.stroke; })"""
    )
    assert set(colours) == {"rgb(0, 0, 0)"}, f"not black in print: {set(colours)}"
    reader = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    text = squeeze("".join(p.extract_text() for p in reader.pages))
    assert squeeze(PRINTED[path]) in text, f"{path}: the printed page lacks the picture"


def test_the_figure_stylesheet_is_relative_to_every_page(new_page, site_server):
    page = open_page(new_page(), site_server, "/en/van-ban/luat-cong-doan-2024/")
    href = page.locator("figure.dg-figure link[rel=stylesheet]").get_attribute("href")
    assert urljoin(page.url, href) == site_server + "/assets/diagrams.css"
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.dg-scroll')).overflowX") == "auto"
    )
