"""Benchmark helper: budgets as PASS/FAIL lines, the Markdown report and the plot.

Every time budget is a ratio of two times measured in the same run, so that it holds on a
slower or busier machine of the same kind: against the default MkDocs + Material + i18n
configuration, against the real site (x1), or against the build. Absolute times follow each
line as information. A ratio is printed with as many decimals as its budget has, and the
printed figure is the one judged, so a line never shows "3.0×" failing "≥ 3.0×".
Sizes (first-view bytes) are budgets of their own, the same on every machine.
"""

from __future__ import annotations

import statistics
from pathlib import Path

KB = 1024
FIRST_VIEW_BUDGET = 80 * KB
GENERATOR_SHARE = 5  # per cent of the build, at most
FASTER_THAN_DEFAULT = {1: 1.0, 10: 3.0}  # the default configuration's build / ours, at least
LINEAR_GROWTH = 1.3  # time per page at a larger scale / at x1, at most
MEMORY_GROWTH = 1.0  # peak memory per page at x100 / at x10, at most: no faster than pages
SEARCH_VS_DEFAULT = 2.0  # first search result / the default configuration's, at most
SEARCH_GROWTH = 2.0  # first search result at x100 / at x1, at most
REBUILD_VS_BUILD = 1.5  # rebuild after a one-line edit / the x1 build, at most


def total_seconds(s: dict) -> float:
    """`plansite build --no-offline`: check, generate and MkDocs, one process."""
    return s["build_seconds"]


def generate_seconds(s: dict) -> float:
    return s["stages"]["check"] + s["stages"]["render_write"]


def per_page_ms(s: dict) -> float:
    """Milliseconds of the whole build per page per language."""
    return 1000 * total_seconds(s) / s["pages"]


def first_query(browser: dict) -> float | None:
    """The median over the pages measured of the seconds to the first search result
    (None if a page showed none)."""
    times = [page["first_query"] for page in browser.values()]
    return None if None in times else statistics.median(times)


def _line(ok: bool, text: str) -> str:
    return f"{'PASS' if ok else 'FAIL'}  {text}"


def ratio_line(
    label: str,
    value: float,
    most: float | None = None,
    least: float | None = None,
    *,
    digits: int = 1,
    unit: str = "×",
    info: str = "",
) -> str:
    """One budget on a ratio: `value` rounded to `digits` decimals, printed so and judged so."""
    shown = f"{value:.{digits}f}"
    judged = float(shown)
    if most is not None:
        ok, bound = judged <= most, f"≤ {most:.{digits}f}{unit}"
    else:
        ok, bound = judged >= least, f"≥ {least:.{digits}f}{unit}"
    return _line(ok, f"{label} {shown}{unit} ({bound}){'; ' + info if info else ''}")


def _runs(s: dict) -> str:
    return f"median of {s['runs']} runs" if s.get("runs", 1) > 1 else "1 run"


def budgets(results: dict) -> list[str]:
    scales = {s["scale"]: s for s in results["scales"]}
    lines = []
    for n, s in scales.items():
        st = s["stages"]
        lines.append(
            ratio_line(
                f"x{n}: generation + validation, share of the build:",
                100 * generate_seconds(s) / total_seconds(s),
                most=GENERATOR_SHARE,
                digits=0,
                unit="%",
                info=f"load+validate+index {st['check']:.2f} s, render+write "
                f"{st['render_write']:.2f} s ({st['processes']} processes), build "
                f"{total_seconds(s):.1f} s (medians of {s.get('stage_runs', 1)} runs of the "
                f"stages and {s.get('runs', 1)} of the build)",
            )
        )
    for n, s in scales.items():
        if "baseline_seconds" in s and n in FASTER_THAN_DEFAULT:
            lines.append(
                ratio_line(
                    f"x{n}: speed against the default configuration (its build time / ours):",
                    s["baseline_seconds"] / total_seconds(s),
                    least=FASTER_THAN_DEFAULT[n],
                    info=f"{s['baseline_seconds']:.1f} s against {total_seconds(s):.1f} s, "
                    f"{per_page_ms(s):.1f} ms per page per language ({_runs(s)})",
                )
            )
    if 1 in scales:
        for n, s in scales.items():
            if n > 1:
                lines.append(
                    ratio_line(
                        f"x{n}: time per page against x1 (linear growth):",
                        per_page_ms(s) / per_page_ms(scales[1]),
                        most=LINEAR_GROWTH,
                        info=f"{per_page_ms(s):.1f} ms against {per_page_ms(scales[1]):.1f} ms "
                        "per page per language",
                    )
                )
    if 10 in scales and 100 in scales:
        big, small = scales[100], scales[10]
        lines.append(
            ratio_line(
                "x100: peak memory per page against x10 (grows no faster than pages):",
                (big["build_peak"] / big["pages"]) / (small["build_peak"] / small["pages"]),
                most=MEMORY_GROWTH,
                info=f"{big['build_peak'] / 2**20:.0f} MiB for {big['pages']} pages, "
                f"{small['build_peak'] / 2**20:.0f} MiB for {small['pages']} pages",
            )
        )
    for n, s in scales.items():
        if "browser" in s:
            loaded = max(p["first_view"] for p in s["browser"].values())
            lines.append(
                _line(
                    loaded <= FIRST_VIEW_BUDGET,
                    f"x{n}: search: pages load {loaded / KB:.0f} KB before any interaction "
                    f"(≤ 80 KB); search files {s['search_gzip'] / KB:.0f} KB gzip",
                )
            )
    lines += _search_time(scales)
    for n, s in scales.items():
        worst = s["first_view_max"]
        lines.append(
            _line(
                worst["bytes"] <= FIRST_VIEW_BUDGET,
                f"x{n}: heaviest first view {worst['bytes'] / KB:.0f} KB gzip ({worst['page']}; ≤ 80 KB; "
                f"{s['first_view_over']} of {s['pages']} pages over)",
            )
        )
    lighthouse = results.get("lighthouse")
    if lighthouse:
        for page, r in lighthouse.items():
            ok = all(r[c] == 100 for c in ("performance", "accessibility", "best-practices", "seo"))
            failing = f"; below 1: {', '.join(r['failing'])}" if r["failing"] else ""
            runs = r.get("runs") or [(r["performance"], r["lcp"])]
            each = ", ".join(
                f"{run[0]} {run[1]:.2f} s"
                + (f" at {run[2]:.1f}× for index {run[3]:.0f}" if len(run) > 2 else "")
                for run in runs
            )
            lines.append(
                _line(
                    ok,
                    f"Lighthouse mobile {page}: performance {r['performance']}, accessibility "
                    f"{r['accessibility']}, best practices {r['best-practices']}, SEO {r['seo']} "
                    f"(all 100; median of {len(runs)} runs, CPU slowdown calibrated to this "
                    f"machine){failing}; information: LCP {r['lcp']:.2f} s; runs (performance, "
                    f"LCP, CPU slowdown for benchmark index): {each}",
                )
            )
    elif 1 in scales and "lighthouse" in results.get("parts", ["lighthouse"]):
        lines.append(_line(False, "Lighthouse: not run"))
    loads = [s["load_average"] for s in scales.values() if "load_average" in s]
    cores = results.get("cores")
    if loads and cores and max(loads) > cores:
        lines.append(
            f"WARN  other work shared the CPU: 5-minute load average up to {max(loads):.1f} on "
            f"{cores} cores; times that change with the load from minute to minute make even "
            "ratios and Lighthouse scores unsteady: run again on a quieter machine"
        )
    if "rebuild_seconds" in results and 1 in scales:
        r, build = results["rebuild_seconds"], total_seconds(scales[1])
        if r is None:
            lines.append(_line(False, "x1: rebuild under make serve: the change did not show"))
        else:
            lines.append(
                ratio_line(
                    "x1: rebuild under make serve after a one-line YAML edit, against the build:",
                    r / build,
                    most=REBUILD_VS_BUILD,
                    info=f"{r:.1f} s against {build:.1f} s",
                )
            )
    return lines


def _search_time(scales: dict) -> list[str]:
    """Seconds from typing to the first result: against the default configuration's search
    (Material's own) at x1, and at x100 against x1."""
    lines = []
    one = scales.get(1, {})
    ours = first_query(one["browser"]) if "browser" in one else None
    if ours is not None and "baseline_browser" in one:
        default = first_query(one["baseline_browser"])
        if default is None:
            lines.append(_line(False, "x1: the default configuration's search showed no result"))
        else:
            lines.append(
                ratio_line(
                    "x1: first search result, against the default configuration's search:",
                    ours / default,
                    most=SEARCH_VS_DEFAULT,
                    info=f"{ours:.2f} s against {default:.2f} s (medians over the pages)",
                )
            )
    for n, s in scales.items():
        if "browser" not in s:
            continue
        mine = first_query(s["browser"])
        # x1's key pages visited in turns with these (bench/browser.measure_sites), where
        # measured: the two times then see the same machine.
        paired = first_query(s["browser_x1_paired"]) if "browser_x1_paired" in s else None
        against = paired if paired is not None else ours
        if mine is None:
            lines.append(_line(False, f"x{n}: search: a page showed no result"))
        elif n > 1 and against is not None:
            measured = (
                "x1's key pages visited in turns with these" if paired is not None
                else "x1 measured at its own turn"
            )
            lines.append(
                ratio_line(
                    f"x{n}: first search result against x1:",
                    mine / against,
                    most=SEARCH_GROWTH,
                    info=f"{mine:.2f} s against {against:.2f} s (medians over the pages; "
                    f"{measured})",
                )
            )
    return lines


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scales = results["scales"]
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=100)
    pages = [s["pages"] for s in scales]
    ax.plot(pages, [total_seconds(s) for s in scales], "o-", label="ours: plansite build")
    ax.plot(pages, [generate_seconds(s) for s in scales], "s--", label="ours: generate + validate")
    base = [s for s in scales if "baseline_seconds" in s]
    if base:
        ax.plot(
            [s["pages"] for s in base],
            [s["baseline_seconds"] for s in base],
            "^-",
            label="default Material + i18n config",
        )
    for s in scales:
        ax.annotate(
            f"×{s['scale']}",
            (s["pages"], total_seconds(s)),
            textcoords="offset points",
            xytext=(4, -12),
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("pages built (both languages)")
    ax.set_ylabel("seconds")
    ax.set_title("Build time against pages (2 cores)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write_report(results: dict, lines: list[str], folder: Path) -> None:
    plot(results, folder / "build-time.png")
    rows = [
        "| scale | tasks | organisations | documents | pages | check | render + write "
        "| MkDocs | total | ms/page | pages/s | peak MiB | site MB | files | default config |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in results["scales"]:
        st, c = s["stages"], s["counts"]
        base = (
            f"{s['baseline_seconds']:.1f} s ({s['baseline_pages']} pages)"
            if "baseline_seconds" in s
            else "—"
        )
        rows.append(
            f"| ×{s['scale']} | {c['tasks']} | {c['organisations']} | {c['documents']} | {s['pages']} "
            f"| {st['check']:.2f} s | {st['render_write']:.2f} s "
            f"| {s['mkdocs_seconds']:.1f} s | {total_seconds(s):.1f} s | {per_page_ms(s):.1f} "
            f"| {s['pages'] / total_seconds(s):.0f} | {s['build_peak'] / 2**20:.0f} "
            f"| {s['site_bytes'] / 1e6:.1f} | {s['site_files']} | {base} |"
        )
    breakdown = []
    for s in results["scales"]:
        if "breakdown" in s:
            b = s["breakdown"]
            breakdown += [
                "",
                f"One build at ×{s['scale']} under cProfile (bench/breakdown.py), {b['total']:.1f} s "
                "profiled (profiling slows Python code, so read the shares); a part includes "
                "what it calls, and the glossary tooltips run inside MkDocs' Markdown step:",
                "",
                "| part | profiled | share |",
                "|---|---|---|",
                *(
                    f"| {label} | {sec:.2f} s | {sec / b['total']:.0%} |"
                    for label, sec in b["parts"]
                ),
            ]
    weights = [
        "| scale | median first view | heaviest pages (gzip) | search files (raw / gzip) |",
        "|---|---|---|---|",
    ]
    for s in results["scales"]:
        heavy = ", ".join(f"`{p}` {b / KB:.0f} KB" for p, b in s["first_view_top"])
        weights.append(
            f"| ×{s['scale']} | {s['first_view_median'] / KB:.0f} KB | {heavy} "
            f"| {s['search_files']} files, {s['search_raw'] / KB:.0f} KB / {s['search_gzip'] / KB:.0f} KB |"
        )
    browser = [
        "| scale | site | page | loaded before interaction (gzip) | files | largest file "
        "| first query (median) | each visit |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in results["scales"]:
        for site, key in (("ours", "browser"), ("default configuration", "baseline_browser")):
            for page, r in s.get(key, {}).items():
                q = "no result" if r["first_query"] is None else f"{r['first_query']:.2f} s"
                each = ", ".join(
                    "none" if t is None else f"{t:.2f}" for t in r.get("first_queries", [])
                )
                browser.append(
                    f"| ×{s['scale']} | {site} | `{page}` | {r['first_view'] / KB:.0f} KB "
                    f"| {r['files']} | `{r['largest']}` | {q} | {each} |"
                )
    text = "\n".join(
        [
            "# Benchmark report",
            "",
            "Made by `make bench` (bench/run.py) on this machine (2 cores). The ×10 and ×100 data are",
            "synthetic provinces made from the real data by bench/synth.py. Times are wall-clock seconds;",
            "*total* is `python -m plansite build --no-offline` from data with no generated pages: Python",
            "start, content checks, load, validate, index, render and write, then MkDocs building both",
            "languages in the same process (*MkDocs*, as that command reports it). *check* (load + validate",
            "+ index) and *render + write* are timed in a separate run of the same stages (bench/stages.py).",
            "*ms/page* is the total divided by the pages of both languages. Times are medians of",
            "several runs (the budget lines say how many). The machine's 5-minute load average at the end of each scale (2 cores; above",
            "2 means other work shared the CPU and the times are inflated): "
            + ", ".join(f"×{s['scale']}: {s.get('load_average', 0):.1f}" for s in results["scales"])
            + ".",
            *(
                ["", f"A partial run (`--only`): {', '.join(results['parts'])}."]
                if results.get("parts") and len(results["parts"]) < 6
                else []
            ),
            "",
            "## Budgets",
            "",
            "Each time budget is a ratio of two times from this run (against the default MkDocs +",
            "Material + i18n configuration, against the real site ×1, or against the build), printed",
            "with the decimals it is judged at; the absolute times after it are information.",
            "",
            "```",
            *lines,
            "```",
            "",
            "## Where the time goes",
            "",
            *rows,
            "",
            "![Build time against pages](build-time.png)",
            *breakdown,
            "",
            "## Page weight",
            "",
            "First view = the page's HTML plus the stylesheets, scripts and images it references, each gzipped.",
            "",
            *weights,
            "",
            "## In the browser (Chromium, 412×823)",
            "",
            "Everything the page fetched until the network was idle, gzipped; then the time from typing",
            "the query until the first search result showed, the median of fresh visits. The default",
            "configuration's pages use Material's own search.",
            "",
            *browser,
            "",
            f"The whole benchmark took {results['bench_seconds'] / 60:.1f} minutes.",
            "",
        ]
    )
    (folder / "report.md").write_text(text, encoding="utf-8")
