"""Shared fixtures: the built site, a local HTTP server for it, and a headless browser.

- `built_site` builds the whole site once per test session (`python -m plansite build`,
  which swaps the new build into site/ atomically) and returns the path to site/.
- `site_server` serves that folder on 127.0.0.1 with a real HTTP server that answers
  missing paths with 404 and the body of site/404.html (site/en/404.html under /en/),
  as a static host would.
- `browser` is Playwright's Chromium driving Debian's /usr/bin/chromium; it never
  downloads a browser. Without chromium the browser tests are skipped locally and
  fail in CI (CI=true).
"""

from __future__ import annotations

import contextlib
import functools
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.project import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free now (for servers a test starts)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def plansite_build(
    project: Path, *options: str, env: dict | None = None, timeout: float | None = None
) -> subprocess.CompletedProcess:
    """`python -m plansite build` in `project`, its output captured as text; a failed
    build is returned, not raised, for the caller to check."""
    return subprocess.run(
        [sys.executable, "-m", "plansite", "build", *options],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="session")
def built_site() -> Path:
    """Build the site once per session and return the path to site/."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    result = plansite_build(ROOT, env=env)
    if result.returncode != 0:
        pytest.fail(
            f"`python -m plansite build` failed (exit code {result.returncode}):\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}",
            pytrace=False,
        )
    site = ROOT / "site"
    assert (site / "index.html").is_file(), "the build left no site/index.html"
    return site


class SiteRequestHandler(SimpleHTTPRequestHandler):
    """Static file handler: quiet, no directory listings, site/404.html for missing paths."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def list_directory(self, path):
        # Static hosts do not list folders; a folder without index.html is missing.
        self.send_error(HTTPStatus.NOT_FOUND, "File not found")
        return None

    def send_error(self, code: int, message: str | None = None, explain: str | None = None):
        page = Path(self.directory) / "404.html"
        if self.path.startswith("/en/") and (page.parent / "en" / "404.html").is_file():
            page = page.parent / "en" / "404.html"  # the English 404 page, as deploy/nginx.conf
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """Serve the built site on a free port of 127.0.0.1; return the base URL (no slash)."""
    handler = functools.partial(SiteRequestHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium for the whole session (Playwright, sync API)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"{CHROMIUM} is missing: browser tests must run in CI "
                "(install Debian chromium: apt-get install chromium)",
                pytrace=False,
            )
        pytest.skip(f"{CHROMIUM} is missing; install Debian chromium: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("playwright is not installed: browser tests must run in CI", pytrace=False)
        pytest.skip("playwright is not installed: pip install -r requirements/test.lock")
    with sync_playwright() as playwright, pages_wait_for_scripts():
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


# docs/assets/start.js starts the page's own scripts after the first paint, which comes after
# the load event, and marks <html> data-started; Material's bundle it starts with the
# reader's first act (here a move of the mouse), and marks <html> data-used. A page without
# start.js (another engine's) has nothing to wait for.
SCRIPTS_STARTED = "html[data-started], html:not(:has(script[data-scripts]))"
MATERIAL_STARTED = "html[data-used], html:not(:has(script[data-on-use]))"


@contextlib.contextmanager
def pages_wait_for_scripts():
    """Every page.goto and page.reload that waits for the load event (Playwright's default)
    also waits for the page's scripts, then moves the mouse and waits for Material's, as a
    reader does before tapping a copy button or searching, so that no browser test races
    them. A test of the page before the reader acts waits for "domcontentloaded"."""
    from playwright.sync_api import Page

    def waiting(method):
        @functools.wraps(method)
        def call(page, *args, **kwargs):
            response = method(page, *args, **kwargs)
            if kwargs.get("wait_until", "load") == "load":
                page.wait_for_selector(SCRIPTS_STARTED, state="attached")
                # two moves: one to where the mouse already is might send no event
                page.mouse.move(0, 0)
                page.mouse.move(1, 1)
                page.wait_for_selector(MATERIAL_STARTED, state="attached")
            return response

        return call

    plain = Page.goto, Page.reload
    Page.goto, Page.reload = waiting(Page.goto), waiting(Page.reload)
    try:
        yield
    finally:
        Page.goto, Page.reload = plain
