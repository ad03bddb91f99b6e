"""Every built page in a real browser (Debian chromium through Playwright), on a phone and
on a desktop.

Every `index.html` under site/ (both languages) is loaded once per viewport, in one
browser context per share of the pages that is reused from page to page; everything is
collected during that one load (`audit`), and each test below asserts one property over all
pages, naming every page that fails. The shares of both viewports are audited at the same
time, each by a chromium of its own in a thread of its own (Playwright's sync API is per
thread), so that both cores work while one page waits:

- HTTP 200 and no console errors or uncaught exceptions;
- no request to anything but the site's own origin;
- no Content-Security-Policy violation (the policy is the <meta> in overrides/main.html;
  a control test shows that a violation is caught);
- no horizontal overflow on a 360×740 phone;
- zero axe-core violations of WCAG 2.0/2.1 A and AA (axe-core from the pinned PyPI
  package axe-playwright-python; no rule is disabled);
- the language selector leads to the same page in the other language;
- every same-origin link of the rendered page leads to a built page or file, and its
  #fragment names an element of the rendered target page.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import CHROMIUM, CHROMIUM_ARGS

pytestmark = [pytest.mark.browser, pytest.mark.build]

VIEWPORTS = {
    "phone": {"width": 360, "height": 740},
    "desktop": {"width": 1280, "height": 800},
}
TIMEOUT_MS = 15_000
SHARES = 2  # per viewport: each share of the pages is loaded by its own chromium
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
CSP_LISTENER = """document.addEventListener('securitypolicyviolation', event =>
    window.__reportCspViolation(`${event.effectiveDirective} blocked `
        + `${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`));"""
COLLECT = """() => {
    const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + (typeof el.className === 'string' && el.className.trim()
           ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    const limit = window.innerWidth;
    return {
        innerWidth: limit,
        scrollWidth: document.documentElement.scrollWidth,
        tooWide: [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > limit + 0.5)
            .slice(0, 5).map(el => name(el)),
        ids: [...document.querySelectorAll('[id]')].map(el => el.id),
        // getAttribute: an SVG link's .href is an object, not the address
        links: [...document.querySelectorAll('a[href]')]
            .map(a => new URL(a.getAttribute('href'), document.baseURI).href),
        selector: Object.fromEntries([...document.querySelectorAll('.md-select a[hreflang]')]
            .map(a => [a.hreflang, new URL(a.href).pathname])),
        lang: document.documentElement.lang,
    };
}"""


def site_pages(site: Path) -> list[str]:
    """URL paths of every built page (every index.html), e.g. '/', '/en/nhiem-vu/ii-1-3/'."""
    paths = []
    for index in site.rglob("index.html"):
        folder = index.parent.relative_to(site).as_posix()
        paths.append("/" if folder == "." else f"/{folder}/")
    return sorted(paths)


def counterpart(path: str) -> tuple[str, str]:
    """(language, path) of the same page in the other language."""
    if path.startswith("/en/"):
        return "vi", path[3:]
    return "en", "/en" + path


@dataclass
class PageReport:
    path: str
    status: int = 0
    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    inner_width: int = 0
    scroll_width: int = 0
    too_wide: list[str] = field(default_factory=list)
    axe_violations: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    selector: dict[str, str] = field(default_factory=dict)
    lang: str = ""


@dataclass
class Audit:
    base: str
    pages: dict[str, PageReport]
    seconds: float


def audit_viewport(browser, base: str, paths: list[str], viewport: dict[str, int]) -> Audit:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    origin = urlsplit(base).netloc
    reports = {path: PageReport(path) for path in paths}
    current: list[PageReport] = [reports[paths[0]]]

    def report() -> PageReport:
        return current[0]

    context = browser.new_context(viewport=viewport, service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    context.expose_binding(
        "__reportCspViolation", lambda source, text: report().csp_violations.append(text)
    )
    context.add_init_script(CSP_LISTENER)

    def on_request(request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme not in {"data", "blob", "about"} and parts.netloc != origin:
            report().foreign_requests.append(request.url)

    def on_console(message) -> None:
        if message.type == "error":
            where = message.location.get("url", "")
            report().console_errors.append(f"{message.text} ({where})" if where else message.text)

    context.on("request", on_request)
    page = context.new_page()
    page.on("console", on_console)
    page.on("pageerror", lambda error: report().console_errors.append(f"uncaught: {error}"))
    started = time.monotonic()
    try:
        for path in paths:
            current[0] = reports[path]
            response = page.goto(base + path, wait_until="load")
            current[0].status = response.status if response else 0
            found = page.evaluate(COLLECT)
            current[0].inner_width = found["innerWidth"]
            current[0].scroll_width = found["scrollWidth"]
            current[0].too_wide = found["tooWide"]
            current[0].ids = set(found["ids"])
            current[0].links = found["links"]
            current[0].selector = found["selector"]
            current[0].lang = found["lang"]
            for violation in axe.run(page, options=AXE_OPTIONS).response["violations"]:
                targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
                current[0].axe_violations.append(
                    f"{violation['id']} ({violation['impact']}): {violation['help']}; "
                    f"{len(targets)} element(s), e.g. {targets[:3]}; {violation['helpUrl']}"
                )
    finally:
        context.close()
    return Audit(base=base, pages=reports, seconds=time.monotonic() - started)


def audit_share(base: str, paths: list[str], viewport: dict[str, int]) -> Audit:
    """audit_viewport in a chromium of this thread's own."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            return audit_viewport(browser, base, paths, viewport)
        finally:
            browser.close()


@pytest.fixture(scope="session")
def audit(browser, site_server: str, built_site: Path) -> Callable[[str], Audit]:
    """audit(viewport name) → every page loaded once in that viewport (all viewports are
    audited at the first call, at the same time)."""
    pytest.importorskip("axe_playwright_python", reason="pip install -r requirements/test.lock")
    paths = site_pages(built_site)
    assert len(paths) > 100, f"only {len(paths)} pages were built"
    cache: dict[str, Audit] = {}

    def get(name: str) -> Audit:
        if not cache:
            shares = [paths[i::SHARES] for i in range(SHARES)]
            with ThreadPoolExecutor(len(VIEWPORTS) * SHARES) as pool:
                running = {
                    (viewport, i): pool.submit(audit_share, site_server, share, size)
                    for viewport, size in VIEWPORTS.items()
                    for i, share in enumerate(shares)
                }
                done = {key: future.result() for key, future in running.items()}
            for viewport in VIEWPORTS:
                parts = [done[viewport, i] for i in range(SHARES)]
                pages = {path: part.pages[path] for part in parts for path in part.pages}
                cache[viewport] = Audit(
                    base=site_server,
                    pages={path: pages[path] for path in paths},
                    seconds=max(part.seconds for part in parts),
                )
                print(f"\n{viewport}: {len(paths)} pages audited in {cache[viewport].seconds:.1f} s")
        return cache[name]

    return get


def failures(audit: Audit, attribute: str) -> dict[str, list[str]]:
    return {
        path: getattr(page, attribute)
        for path, page in audit.pages.items()
        if getattr(page, attribute)
    }


def describe(problems: dict[str, list[str]]) -> str:
    lines = [f"{len(problems)} page(s):"]
    for path, items in problems.items():
        lines.append(f"  {path}")
        lines.extend(f"    - {item}" for item in items[:10])
    return "\n".join(lines)


viewports = pytest.mark.parametrize("viewport", list(VIEWPORTS))


@viewports
def test_every_page_loads(audit, viewport: str) -> None:
    result = audit(viewport)
    bad = {
        path: [f"HTTP {page.status}"] for path, page in result.pages.items() if page.status != 200
    }
    assert bad == {}, describe(bad)


@viewports
def test_every_page_has_no_console_errors(audit, viewport: str) -> None:
    problems = failures(audit(viewport), "console_errors")
    assert problems == {}, "console errors on " + describe(problems)


@viewports
def test_every_page_requests_only_its_own_origin(audit, viewport: str) -> None:
    problems = failures(audit(viewport), "foreign_requests")
    assert problems == {}, "requests to other origins from " + describe(problems)


@viewports
def test_every_page_satisfies_the_content_security_policy(audit, viewport: str) -> None:
    problems = failures(audit(viewport), "csp_violations")
    assert problems == {}, "Content-Security-Policy violations on " + describe(problems)


@viewports
def test_every_page_has_no_accessibility_violations(audit, viewport: str) -> None:
    problems = failures(audit(viewport), "axe_violations")
    assert problems == {}, "axe-core WCAG 2.1 A/AA violations on " + describe(problems)


def test_every_page_fits_a_phone(audit) -> None:
    width = VIEWPORTS["phone"]["width"]
    problems = {
        path: [f"scrollWidth {page.scroll_width} > {width}; too wide: {page.too_wide}"]
        for path, page in audit("phone").pages.items()
        if page.inner_width != width or page.scroll_width > width
    }
    assert problems == {}, f"horizontal overflow on a {width} px phone on " + describe(problems)


def test_language_selector_leads_to_the_same_page(audit) -> None:
    result = audit("phone")
    problems = {}
    for path, page in result.pages.items():
        other_lang, other_path = counterpart(path)
        own_lang = "en" if other_lang == "vi" else "vi"
        wanted = {own_lang: path, other_lang: other_path}
        if other_path not in result.pages:
            problems[path] = [f"no page {other_path} in the other language"]
        elif page.selector != wanted or page.lang != own_lang:
            problems[path] = [
                f"selector {page.selector}, <html lang={page.lang!r}>; "
                f"expected {wanted}, lang {own_lang!r}"
            ]
    assert problems == {}, "language selector wrong on " + describe(problems)


def test_every_rendered_link_resolves(audit, built_site: Path) -> None:
    result = audit("desktop")
    origin = urlsplit(result.base).netloc
    problems: dict[str, list[str]] = {}
    for path, page in result.pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme not in {"http", "https"} or parts.netloc != origin:
                continue
            target = unquote(parts.path)
            fragment = unquote(parts.fragment)
            if target in result.pages:
                if fragment and fragment not in result.pages[target].ids:
                    problems.setdefault(path, []).append(f"{link}: no element #{fragment}")
            elif not (built_site / target.lstrip("/")).is_file():
                problems.setdefault(path, []).append(f"{link}: no such page or file")
    assert problems == {}, "broken links on " + describe(problems)


def test_a_violation_of_the_policy_is_caught(browser, site_server: str) -> None:
    """Control: an inline script added to a page is blocked and reported by the listener."""
    context = browser.new_context(service_workers="block")
    caught: list[str] = []
    context.expose_binding("__reportCspViolation", lambda source, text: caught.append(text))
    context.add_init_script(CSP_LISTENER)
    try:
        page = context.new_page()
        page.goto(site_server + "/ke-hoach/", wait_until="load")
        ran = page.evaluate(
            """() => new Promise(resolve => {
                window.__inlineRan = false;
                const script = document.createElement('script');
                script.textContent = 'window.__inlineRan = true';
                document.head.append(script);
                setTimeout(() => resolve(window.__inlineRan), 200);
            })"""
        )
        page.wait_for_timeout(100)
    finally:
        context.close()
    assert ran is False, "an inline script without a hash ran: the policy is not in force"
    assert any(text.startswith("script-src") for text in caught), caught
