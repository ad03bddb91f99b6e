"""Benchmark: the site's two possible search engines on the same site, in Chromium.

- "folded": ours (docs/assets/search.js + plansite.search.index);
- "material": Material for MkDocs' own lunr search (PLANSITE_SEARCH=material).

For each engine: bytes a page downloads for search before the reader searches (gzip),
the whole index on disk, how many of the query table's pages are found among the first
five results, and the time from the last keystroke to the first results. Writes
bench/results/search-engines.md. Run: .venv/bin/python bench/search_engines.py

With `--pages N` it measures our engine alone on a synthetic site of about N pages
(bench/synth.py: the real data plus copies for other provinces), where many pages
look alike: index size, bytes before searching, and the time from the last keystroke
to the first results shown. Writes bench/results/search-scale.md.
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

PAGES_PER_PROVINCE = 137  # pages (both languages) each synthetic province adds
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def build(project: Path, engine: str = "folded") -> Path:
    """Build `project` without the offline copy, with the given search engine; its site/."""
    env = dict(os.environ, PLANSITE_SEARCH=engine, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "plansite", "build", "--no-offline"],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
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
    before = sum(
        gzip_size(site / url.removeprefix(base + "/").split("?")[0])
        for url in requested
        if "search" in url and url.startswith(base)
    )
    found, latencies, first, per_query = 0, [], [], []
    for start, query, expected in QUERIES:
        page.goto(f"{base}/{start}")
        page.click("input[name=query]")
        page.keyboard.type(query[:-1])
        page.wait_for_timeout(300)
        # Results already shown for the query so far are marked; only fresh ones count.
        page.eval_on_selector_all(
            ".md-search-result__item", "els => els.forEach(e => e.dataset.old = 1)"
        )
        started = time.perf_counter()
        page.keyboard.type(query[-1])
        shown = hit = False
        while time.perf_counter() - started < 10:
            hrefs = page.eval_on_selector_all(
                ".md-search-result__item:not([data-old]) > a:first-child",
                "els => els.map(a => a.href)",
            )
            if hrefs and not shown:
                shown = True
                first.append((time.perf_counter() - started) * 1000)
                per_query.append((first[-1], query))
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
        "first_median_ms": statistics.median(first) if first else None,
        "first_max_ms": max(first) if first else None,
        "answered": len(first),
        "largest_gzip": max(gzip_size(p) for p in index),
        "files": len(index),
        "slowest": sorted(per_query, reverse=True)[:5],
    }


def compare() -> tuple[str, str]:
    results = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        for engine in ("folded", "material"):
            print(f"building and measuring {engine} …", flush=True)
            project = copy_project(Path(tmp) / engine / "project")
            results[engine] = measure(build(project, engine), browser)
        browser.close()
    lines = [
        "# Search engines compared on the real site",
        "",
        f"{len(QUERIES)} queries from `tests/test_search_browser.py` (without diacritics, other tone",
        "placement, NFD, upper case, English on /en/), typed into the real search box in Chromium.",
        '"Found" counts queries whose expected page is among the first five results; the time',
        "runs from the last keystroke until that page is shown (or 10 s when it never is).",
        "*First results* is the time until any result for the whole query shows.",
        "",
        "| engine | search bytes before searching (gzip) | whole index raw | whole index gzip | found | median ms | max ms | first results median ms | max ms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for engine, r in results.items():
        first = (
            f"{r['first_median_ms']:.0f} | {r['first_max_ms']:.0f}" if r["answered"] else "— | —"
        )
        lines.append(
            f"| {engine} | {r['before']:,} | {r['index_raw']:,} | {r['index_gzip']:,} | "
            f"{r['found']}/{len(QUERIES)} | {r['median_ms']:.0f} | {r['max_ms']:.0f} | {first} |"
        )
    return "search-engines.md", "\n".join(lines) + "\n"


def at_scale(pages: int) -> tuple[str, str]:
    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    factor = max(2, round(pages / PAGES_PER_PROVINCE))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        project = Path(tmp) / "project"
        synth.make_project(project, factor)
        print(f"building ×{factor} …", flush=True)
        site = build(project)
        built = sum(1 for _ in site.rglob("index.html"))
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        r = measure(site, browser)
        browser.close()
    lines = [
        f"# Search on a synthetic site of {built:,} pages",
        "",
        f"The real data and {factor - 1} synthetic provinces (bench/synth.py ×{factor}), both",
        "languages, built with our search. The 25 queries of `tests/test_search_browser.py`",
        "are typed into the real search box in Chromium, each on a freshly opened page; the",
        "time runs from the last keystroke until the first results for the whole query show.",
        "Many pages are near-copies here, so the expected page is often not among the first",
        "five; that column is for information.",
        "",
        "| pages | index files | index raw | index gzip | largest file gzip | search bytes before searching (gzip) | answered | first results median ms | max ms | expected page in first five |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| {built:,} | {r['files']:,} | {r['index_raw']:,} | {r['index_gzip']:,} | "
        f"{r['largest_gzip']:,} | {r['before']:,} | {r['answered']}/{len(QUERIES)} | "
        f"{r['first_median_ms']:.0f} | {r['first_max_ms']:.0f} | {r['found']}/{len(QUERIES)} |",
    ]
    slowest = ", ".join(f"«{q}» {ms:.0f} ms" for ms, q in r["slowest"])
    lines += ["", f"Slowest first results: {slowest}."]
    return "search-scale.md", "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    name, report = at_scale(int(argv[1])) if argv[:1] == ["--pages"] else compare()
    (ROOT / "bench" / "results" / name).write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main(sys.argv[1:])
