"""Benchmark helper: a built site in Debian's Chromium (Playwright).

- bytes a page downloads before any interaction: every file the local server
  sends until the network is idle (scripts' fetches and workers included),
  counted gzipped as a static host would send them;
- first-query latency: type a query into the search box and time until the
  first result appears (includes loading the search index if the page has
  not loaded it yet).
"""

from __future__ import annotations

import functools
import gzip
import statistics
import threading
import time
from contextlib import ExitStack, contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


class _Handler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_head(self):
        served = self.translate_path(self.path)
        if Path(served).is_dir():
            served = str(Path(served) / "index.html")
        if Path(served).is_file():
            self.server.served.append(Path(served))
        return super().send_head()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a browser closing a connection early is not an error here


@contextmanager
def serve(site: Path):
    """Serve `site` on 127.0.0.1; yields (base URL, list of files served)."""
    server = _Server(("127.0.0.1", 0), functools.partial(_Handler, directory=site))
    server.served = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.served
    finally:
        server.shutdown()
        server.server_close()


def _gzip(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def measure_pages(site: Path, paths: list[str], query: str, runs: int = 1) -> dict[str, dict]:
    """For each URL path: first-view bytes (gzip), files fetched, and the first-query seconds
    (the median of `runs` fresh visits: one visit's can vary by half)."""
    return measure_sites({"site": site}, paths, query, runs)["site"]


def measure_sites(
    sites: dict[str, Path], paths: list[str], query: str, runs: int = 1
) -> dict[str, dict[str, dict]]:
    """measure_pages for several sites (name -> folder) whose pages are visited in turns,
    page by page and visit by visit, so that a ratio of their times compares visits made
    on the same machine within seconds, not minutes apart while other work came and went
    (typing and drawing the results take longer on a busier machine)."""
    from playwright.sync_api import sync_playwright

    visits: dict[tuple[str, str], list] = {}
    files: dict[tuple[str, str], list[Path]] = {}
    with ExitStack() as stack, sync_playwright() as playwright:
        served = {name: stack.enter_context(serve(folder)) for name, folder in sites.items()}
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for path in paths:
                for run in range(runs):
                    for name in sites:
                        base, fetched = served[name]
                        context = browser.new_context(viewport={"width": 412, "height": 823})
                        page = context.new_page()
                        fetched.clear()
                        page.goto(base + path, wait_until="networkidle")
                        if run == 0:
                            files[(name, path)] = list(dict.fromkeys(fetched))
                        visits.setdefault((name, path), []).append(_first_query(page, query))
                        context.close()
        finally:
            browser.close()
    results: dict[str, dict[str, dict]] = {name: {} for name in sites}
    for (name, path), latencies in visits.items():
        loaded = files[(name, path)]
        results[name][path] = {
            "first_view": sum(_gzip(f) for f in loaded),
            "files": len(loaded),
            "largest": max(loaded, key=_gzip).relative_to(sites[name]).as_posix(),
            "first_query": None if None in latencies else statistics.median(latencies),
            "first_queries": latencies,
        }
    return results


def _first_query(page, query: str) -> float | None:
    """Seconds from typing `query` until the first search result shows (None: no result)."""
    box = page.locator("input[name=query]")
    if box.count() == 0:
        return None
    label = page.locator("label[for=__search]").first
    if label.count() and label.is_visible():
        label.click()
    started = time.perf_counter()
    box.first.focus()
    page.keyboard.type(query)
    try:
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=60_000)
    except Exception:  # noqa: BLE001 - a missing result is reported, not fatal
        return None
    return time.perf_counter() - started
