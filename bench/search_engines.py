"""Benchmark: the site's three possible search engines on the same site, in Chromium.

- "folded": ours (docs/assets/search.js + plansite.search.index);
- "material": Material for MkDocs' own lunr search (PLANSITE_SEARCH=material);
- "pagefind": Pagefind (the `pagefind[bin]` package of requirements/bench.lock) run over
  our built site, with its own search box (Pagefind UI) on a test page per language.

For each engine: bytes a page downloads for search before the reader searches (gzip),
the whole index on disk, how many of the queries of tests/browser/test_search.py find
their page among the first three results (and, of those that name an entry, how many
show it first), and the time from the last keystroke to the first results. For
Pagefind also how it folds Vietnamese (marks, đ). Writes bench/results/search-engines.md.
Run: .venv/bin/python bench/search_engines.py

With `--pages N` it measures our engine alone on a synthetic site of about N pages
(bench/synth.py: the real data plus copies for other provinces), where many pages
look alike: index size, bytes before searching, and the time from the last keystroke
to the first results shown, also for queries with Telex/VNI keys and typos. Writes
bench/results/search-scale.md.
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
import unicodedata
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.browser.test_search import NAMED_QUERIES, QUERIES  # noqa: E402
from tests.project import copy_project  # noqa: E402

PAGES_PER_PROVINCE = 137  # pages (both languages) each synthetic province adds
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TOP = 3
NEVER = 5  # seconds after which a page not shown counts as not found
# (page to search from, query, page expected among the first three, whether it must be
# first, kind); QUERIES are about spelling: no marks, other tone placement, NFD, case
ALL_QUERIES = [(start, query, expected, False, "spelling") for start, query, expected in QUERIES]
ALL_QUERIES += NAMED_QUERIES
KINDS = list(dict.fromkeys(kind for *_, kind in ALL_QUERIES))
# Pagefind reads the article only, without what our index leaves out too.
PAGEFIND_ARGS = ["--root-selector", "article.md-content__inner",
                 "--exclude-selectors", ".headerlink, [data-search-exclude], .page-tools, .print-address"]
PAGEFIND_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script>
</head><body><div id="search"></div><script>
new PagefindUI({{element: "#search", showSubResults: false, debounceTimeoutMs: 0}});
</script></body></html>"""
# How Pagefind folds Vietnamese: each word as written, without marks, and đ as d.
FOLDING = [("công", "cong"), ("đoàn", "doan"), ("động", "dong"), ("thỏa", "thoa"), ("thoả", "thoa")]


@dataclass(frozen=True)
class Box:
    """An engine's search box: where it is, where to type, what a result is."""

    page: str  # {start}: the page the query is typed on
    field: str
    result: str
    link: str  # a result's link, inside `result`


MATERIAL_BOX = Box("{start}", "input[name=query]", ".md-search-result__item", "a:first-child")
PAGEFIND_BOX = Box("__pagefind/{lang}.html", ".pagefind-ui__search-input", ".pagefind-ui__result",
                   ".pagefind-ui__result-link")


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass



def _quoted(query: str) -> str:
    """A query as the report shows it: in NFC, like every text file of the project, saying so
    where it was typed decomposed (NFD), so that the report still tells what was typed."""
    shown = unicodedata.normalize("NFC", query)
    return f"«{shown}»" + (" (typed in NFD)" if shown != query else "")

def build(project: Path, engine: str = "folded") -> Path:
    """Build `project` without the offline copy, with the given search engine; its site/.
    For "pagefind", our site with Pagefind's index and a page with its search box per language."""
    env = dict(os.environ, PLANSITE_SEARCH="folded" if engine == "pagefind" else engine,
               NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "plansite", "build", "--no-offline"], cwd=project,
                   env=env, check=True, capture_output=True)
    site = project / "site"
    if engine == "pagefind":
        subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--silent", *PAGEFIND_ARGS],
                       check=True)
        (site / "__pagefind").mkdir()
        for lang in ("vi", "en"):
            (site / "__pagefind" / f"{lang}.html").write_text(PAGEFIND_PAGE.format(lang=lang), encoding="utf-8")
    return site


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes()))


def _location(href: str, base: str) -> str:
    return href.split("?")[0].split("#")[0].removeprefix(base + "/").removesuffix("index.html")


def measure(site: Path, browser, engine: str = "folded", queries=ALL_QUERIES) -> dict:
    box = PAGEFIND_BOX if engine == "pagefind" else MATERIAL_BOX
    index_folder = site / ("pagefind" if engine == "pagefind" else "search")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(base + "/" + box.page.format(start="ke-hoach/", lang="vi"))
    page.wait_for_load_state("networkidle")
    time.sleep(0.5)
    word = "pagefind" if engine == "pagefind" else "search"
    before = sum(gzip_size(site / url.removeprefix(base + "/").split("?")[0])
                 for url in requested if word in url and url.startswith(base))
    found, first_place, named, latencies, first, per_query, missed = 0, 0, 0, [], [], [], []
    by_kind: dict[str, list] = {kind: [0, 0, []] for kind in KINDS}  # found, queries, first-results ms
    links = f"{box.result}:not([data-old]) {box.link}"
    for start, query, expected, must_be_first, kind in queries:
        page.goto(base + "/" + box.page.format(start=start, lang="en" if start.startswith("en/") else "vi"))
        page.click(box.field)
        page.keyboard.type(query[:-1])
        page.wait_for_timeout(300)
        # Results already shown for the query so far are marked; only fresh ones count.
        page.eval_on_selector_all(box.result, "els => els.forEach(e => e.dataset.old = 1)")
        started = time.perf_counter()
        page.keyboard.type(query[-1])
        shown = hit = False
        while time.perf_counter() - started < NEVER:
            hrefs = page.eval_on_selector_all(links, "els => els.map(a => a.href)")
            if hrefs and not shown:
                shown = True
                first.append((time.perf_counter() - started) * 1000)
                per_query.append((first[-1], query))
                by_kind[kind][2].append(first[-1])
            if expected in [_location(h, base) for h in hrefs][:TOP]:
                hit = True
                break
            time.sleep(0.005)
        latencies.append((time.perf_counter() - started) * 1000)
        found += hit
        by_kind[kind][0] += hit
        by_kind[kind][1] += 1
        if not hit:
            missed.append(query)
        if must_be_first:  # the order once the list has settled
            page.wait_for_timeout(500)
            hrefs = page.eval_on_selector_all(links, "els => els.map(a => a.href)")
            named += 1
            first_place += [_location(h, base) for h in hrefs][:1] == [expected]
    folding = _folding(page, base) if engine == "pagefind" else []
    server.shutdown()
    index = [p for p in index_folder.rglob("*") if p.is_file()]
    return {
        "before": before,
        "index_raw": sum(p.stat().st_size for p in index),
        "index_gzip": sum(gzip_size(p) for p in index),
        "found": found,
        "first_place": first_place,
        "named": named,
        "missed": missed,
        "median_ms": statistics.median(latencies),
        "max_ms": max(latencies),
        "first_median_ms": statistics.median(first) if first else None,
        "first_max_ms": max(first) if first else None,
        "answered": len(first),
        "largest_gzip": max(gzip_size(p) for p in index),
        "files": len(index),
        "slowest": sorted(per_query, reverse=True)[:5],
        "folding": folding,
        "by_kind": by_kind,
    }


def _folding(page, base: str) -> list[tuple[str, str, int, int]]:
    """Pagefind's result counts for a word as written and without its marks (vi index)."""
    page.goto(base + "/__pagefind/vi.html")
    counts = page.evaluate(
        """async words => { const pf = await import("/pagefind/pagefind.js"); await pf.init();
        const out = [];
        for (const [a, b] of words) out.push([(await pf.search(a)).results.length,
                                              (await pf.search(b)).results.length]);
        return out; }""",
        FOLDING,
    )
    return [(a, b, n, m) for (a, b), (n, m) in zip(FOLDING, counts, strict=True)]


def compare() -> tuple[str, str]:
    results = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for engine in ("folded", "material", "pagefind"):
            print(f"building and measuring {engine} …", flush=True)
            project = copy_project(Path(tmp) / engine / "project")
            results[engine] = measure(build(project, engine), browser, engine)
        browser.close()
    named = sum(1 for q in ALL_QUERIES if q[3])
    lines = [
        "# Search engines compared on the real site",
        "",
        f"The {len(ALL_QUERIES)} queries of `tests/browser/test_search.py` (without diacritics, other",
        "tone placement, NFD, upper case; documents by name and year or number, organisations,",
        "tasks, abbreviations, Telex and VNI keys, typos; English on /en/), typed into each",
        "engine's own search box in Chromium (Pagefind's: Pagefind UI, without its debounce).",
        f"\"Found\" counts queries whose expected page is among the first {TOP} results;",
        f"\"first\" counts, of the {named} queries that name an entry, those that show its page first.",
        f"The time runs from the last keystroke until the expected page is shown (or {NEVER} s when",
        "it never is). *First results* is the time until any result for the whole query shows.",
        "",
        "| engine | search bytes before searching (gzip) | whole index raw | whole index gzip | found | first | median ms | max ms | first results median ms | max ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for engine, r in results.items():
        first = (f"{r['first_median_ms']:.0f} | {r['first_max_ms']:.0f}"
                 if r["answered"] else "— | —")
        lines.append(
            f"| {engine} | {r['before']:,} | {r['index_raw']:,} | {r['index_gzip']:,} | "
            f"{r['found']}/{len(ALL_QUERIES)} | {r['first_place']}/{r['named']} | "
            f"{r['median_ms']:.0f} | {r['max_ms']:.0f} | {first} |"
        )
    lines += ["", f"Found among the first {TOP}, by kind of query:", "",
              "| kind | " + " | ".join(results) + " |", "|---|" + "---|" * len(results)]
    for kind in KINDS:
        cells = [f"{r['by_kind'][kind][0]}/{r['by_kind'][kind][1]}" for r in results.values()]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    lines += ["", "Not found among the first three:", ""]
    for engine, r in results.items():
        lines.append(f"- {engine}: " + (", ".join(map(_quoted, r["missed"])) or "none"))
    lines += ["", "How Pagefind folds Vietnamese (results on the Vietnamese pages):", "",
              "| as written | results | without marks | results |", "|---|---|---|---|"]
    for written, bare, n, m in results["pagefind"]["folding"]:
        lines.append(f"| {written} | {n} | {bare} | {m} |")
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
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        r = measure(site, browser)
        browser.close()
    lines = [
        f"# Search on a synthetic site of {built:,} pages",
        "",
        f"The real data and {factor - 1} synthetic provinces (bench/synth.py ×{factor}), both",
        f"languages, built with our search. The {len(ALL_QUERIES)} queries of `tests/browser/test_search.py`",
        "(among them Telex and VNI keys and typos, whose one-edit search reads more word files)",
        "are typed into the real search box in Chromium, each on a freshly opened page; the",
        "time runs from the last keystroke until the first results for the whole query show.",
        "Many pages are near-copies here, so the expected page is often not among the first",
        f"{TOP}; that column is for information.",
        "",
        f"| pages | index files | index raw | index gzip | largest file gzip | search bytes before searching (gzip) | answered | first results median ms | max ms | expected page in first {TOP} |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| {built:,} | {r['files']:,} | {r['index_raw']:,} | {r['index_gzip']:,} | "
        f"{r['largest_gzip']:,} | {r['before']:,} | {r['answered']}/{len(ALL_QUERIES)} | "
        f"{r['first_median_ms']:.0f} | {r['first_max_ms']:.0f} | {r['found']}/{len(ALL_QUERIES)} |",
    ]
    slowest = ", ".join(f"{_quoted(q)} {ms:.0f} ms" for ms, q in r["slowest"])
    lines += ["", f"Slowest first results: {slowest}.", "",
              "First results by kind of query (ms):", "",
              "| kind | queries | median | max |", "|---|---|---|---|"]
    for kind, (_, count, times) in r["by_kind"].items():
        if times:
            lines.append(f"| {kind} | {count} | {statistics.median(times):.0f} | {max(times):.0f} |")
    return "search-scale.md", "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    name, report = at_scale(int(argv[1])) if argv[:1] == ["--pages"] else compare()
    (ROOT / "bench" / "results" / name).write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main(sys.argv[1:])
