"""Benchmark: the site's two possible search engines on the same site, in Chromium.

- "folded": ours (docs/assets/search.js + plansite.search.index);
- "material": Material for MkDocs' own lunr search (PLANSITE_SEARCH=material).

For each engine: bytes a page downloads for search before the reader searches (gzip),
the whole index on disk, how many of the query table's pages are found among the first
five results, and the time from the last keystroke to the first results. Writes
bench/results/search-engines.md. Run: .venv/bin/python bench/search_engines.py
"""

from __future__ import annotations

import functools
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from test_generate import copy_project  # noqa: E402
from test_search_browser import QUERIES  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def build(engine: str, target: Path) -> Path:
    project = copy_project(target / "project")
    env = dict(os.environ, PLANSITE_SEARCH=engine, NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "plansite", "build", "--no-offline"], cwd=project,
                   env=env, check=True, capture_output=True)
    return project / "site"


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes()))


def measure(site: Path, browser) -> dict:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(base + "/ke-hoach/")
    page.wait_for_load_state("networkidle")
    time.sleep(0.5)
    before = sum(gzip_size(site / url.removeprefix(base + "/").split("?")[0])
                 for url in requested if "search" in url and url.startswith(base))
    found, latencies = 0, []
    for start, query, expected in QUERIES:
        page.goto(f"{base}/{start}")
        page.click("input[name=query]")
        page.keyboard.type(query[:-1])
        page.wait_for_timeout(300)
        started = time.perf_counter()
        page.keyboard.type(query[-1])
        hit = False
        while time.perf_counter() - started < 10:
            hrefs = page.eval_on_selector_all(".md-search-result__item > a:first-child",
                                              "els => els.map(a => a.href)")
            locations = [h.split("?")[0].split("#")[0].removeprefix(base + "/") for h in hrefs]
            if expected in locations[:5]:
                hit = True
                break
            time.sleep(0.005)
        latencies.append((time.perf_counter() - started) * 1000)
        found += hit
    server.shutdown()
    index = [p for p in (site / "search").rglob("*") if p.is_file()]
    return {
        "before": before,
        "index_raw": sum(p.stat().st_size for p in index),
        "index_gzip": sum(gzip_size(p) for p in index),
        "found": found,
        "median_ms": statistics.median(latencies),
        "max_ms": max(latencies),
    }


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for engine in ("folded", "material"):
            print(f"building and measuring {engine} …", flush=True)
            results[engine] = measure(build(engine, Path(tmp) / engine), browser)
        browser.close()
    lines = [
        "# Search engines compared on the real site",
        "",
        f"{len(QUERIES)} queries from `tests/test_search_browser.py` (without diacritics, other tone",
        "placement, NFD, upper case, English on /en/), typed into the real search box in Chromium.",
        "\"Found\" counts queries whose expected page is among the first five results; the time",
        "runs from the last keystroke until that page is shown (or 10 s when it never is).",
        "",
        "| engine | search bytes before searching (gzip) | whole index raw | whole index gzip | found | median ms | max ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for engine, r in results.items():
        lines.append(
            f"| {engine} | {r['before']:,} | {r['index_raw']:,} | {r['index_gzip']:,} | "
            f"{r['found']}/{len(QUERIES)} | {r['median_ms']:.0f} | {r['max_ms']:.0f} |"
        )
    report = "\n".join(lines) + "\n"
    (ROOT / "bench" / "results" / "search-engines.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
