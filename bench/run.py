"""`make bench`: build the real site and synthetic data at 10x and 100x, measure, check budgets.

Writes bench/results/report.md, bench/results/build-time.png and
bench/results/results.json; prints progress and one PASS/FAIL line per budget.
Work folders go to bench/work/ (gitignored). Scales can be narrowed for a
quick run: `python bench/run.py 1 10`. So can the parts (`--only lighthouse,browser`;
`make bench BENCH_SCALES="1 --only lighthouse"`): each scale is still built once (the
parts need its site) and its stages timed once, the other parts run only if named, and the
report goes to bench/work/partial/, leaving bench/results/ to whole runs. The parts:
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

import baseline
import prerequisites
import synth
from measure import measure
from weight import weigh

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
RESULTS = HERE / "results"
PY = sys.executable
KEY_PAGES = ["/", "/ke-hoach/", "/moc-thoi-gian/", "/nhiem-vu/ii-1-1/"]
QUERY = "cong doan"
# Small builds are timed several times and the median kept: a pause of this disk can
# swing one 2-second build by a quarter.
RUNS = {1: 5, 10: 3}
STAGE_RUNS = 3  # the stages take seconds even at x100: timed three times at every scale
BREAKDOWN_SCALE = 10  # a profiled build shows where the time goes (bench/breakdown.py)
BROWSER_RUNS = 3  # fresh visits per page for the first-query time (median)
PARTS = {
    "times": "several builds and stage runs per scale, for medians (else one of each)",
    "baseline": "the default MkDocs + Material + i18n configuration (x1, x10)",
    "browser": "first view and first search result in Chromium (x1, x100)",
    "lighthouse": "Lighthouse, mobile (x1)",
    "rebuild": "the rebuild under mkdocs serve after a one-line edit (x1)",
    "breakdown": "a profiled build (x10)",
}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def settle() -> None:
    """Flush pending writes, so that a measurement does not pay for the one before it."""
    os.sync()
    time.sleep(1)


def set_aside(folder: Path) -> None:
    """Move `folder` out of the way; it is deleted after all measurements. Deleting tens of
    thousands of files slows this disk's file creation for seconds after, even past a sync:
    a delete just before a measurement made its writes up to 20x slower."""
    if folder.exists():
        folder.rename(WORK / f"old-{folder.name}-{time.time_ns()}")


def bench_scale(scale: int, with_baseline: bool, with_browser: bool, repeat: bool = True) -> dict:
    project = WORK / f"x{scale}"
    set_aside(project)
    counts = synth.make_project(project, scale)
    log(f"x{scale}: data {counts}")
    # Each run times the stages on one copy and the build on another, so that every build
    # starts, as from a clone, with no generated pages, and nothing is deleted meanwhile.
    # One build is the project's own: the steps below look at its site.
    runs = RUNS.get(scale, 1) if repeat else 1
    stage_runs_wanted = STAGE_RUNS if repeat else 1
    stage_copies = [WORK / f"x{scale}-stages{number}" for number in range(stage_runs_wanted)]
    build_copies = [WORK / f"x{scale}-build{number}" for number in range(runs - 1)]
    copies = stage_copies + build_copies
    for copy in copies:
        set_aside(copy)
        shutil.copytree(project, copy)
    # Stages and builds take turns, so that the two times a share is made of see the same
    # machine when other work comes and goes.
    stage_runs, builds = [], []
    build_dirs = [*build_copies, project]
    for turn in range(max(len(stage_copies), len(build_dirs))):
        if turn < len(stage_copies):
            settle()
            stage_dir = stage_copies[turn]
            stage_runs.append(
                json.loads(measure([PY, str(HERE / "stages.py"), str(stage_dir)], stage_dir).stdout)
            )
            log(
                f"x{scale} stages: check {stage_runs[-1]['check']:.2f} s, "
                f"render + write {stage_runs[-1]['render_write']:.2f} s"
            )
        if turn < len(build_dirs):
            settle()
            build = measure(
                [PY, "-m", "plansite", "build", "--no-offline", "--site-dir", "site"],
                build_dirs[turn],
            )
            mkdocs_seconds = float(re.search(r"^built site/ in ([0-9.]+) s", build.stdout, re.M)[1])
            builds.append((build, mkdocs_seconds))
            log(
                f"x{scale} build {turn + 1}/{runs}: plansite build {build.seconds:.1f} s "
                f"(MkDocs {mkdocs_seconds:.1f} s), peak {build.peak_bytes / 2**20:.0f} MiB"
            )
    for copy in copies:
        set_aside(copy)
    stages = {key: statistics.median(run[key] for run in stage_runs) for key in stage_runs[0]}
    build, mkdocs_seconds = sorted(builds, key=lambda run: run[0].seconds)[len(builds) // 2]
    weight = weigh(project / "site")
    result = {
        "scale": scale,
        "counts": counts,
        "stages": stages,
        "build_seconds": build.seconds,
        "mkdocs_seconds": mkdocs_seconds,
        "build_peak": build.peak_bytes,
        "runs": runs,
        "stage_runs": stage_runs_wanted,
        "pages": weight.pages,
        "site_files": weight.files,
        "site_bytes": weight.raw_bytes,
        "first_view": weight.first_view,
        "search_files": weight.search_files,
        "search_raw": weight.search_raw,
        "search_gzip": weight.search_gzip,
    }
    if with_baseline:
        config = baseline.write_config(project)
        settle()
        base = measure(
            [
                PY,
                "-m",
                "mkdocs",
                "build",
                "--quiet",
                "-f",
                config.name,
                "--site-dir",
                "site-default",
            ],
            project,
        )
        result["baseline_seconds"] = base.seconds
        result["baseline_peak"] = base.peak_bytes
        result["baseline_pages"] = sum(1 for _ in (project / "site-default").rglob("index.html"))
        log(f"x{scale}: default-configuration build {base.seconds:.1f} s")
        if with_browser:  # the time to a first search result, with Material's own search
            from browser import measure_pages

            result["baseline_browser"] = measure_pages(
                project / "site-default", KEY_PAGES, QUERY, BROWSER_RUNS
            )
            log(f"x{scale}: default configuration in the browser {result['baseline_browser']}")
        set_aside(project / "site-default")
    if with_browser:
        from browser import measure_pages, measure_sites

        heaviest = max(weight.first_view, key=weight.first_view.get)
        pages = list(dict.fromkeys([*KEY_PAGES, heaviest]))
        real = WORK / "x1" / "site"
        if scale > 1 and real.is_dir():
            # The real site's key pages again, in turns with these: the search-time ratio
            # pairs visits made seconds apart (report.py uses "browser_x1_paired").
            both = measure_sites(
                {"here": project / "site", "x1": real}, pages, QUERY, BROWSER_RUNS
            )
            result["browser"] = both["here"]
            result["browser_x1_paired"] = {p: both["x1"][p] for p in KEY_PAGES}
            log(f"x{scale}: x1 in the same turns {result['browser_x1_paired']}")
        else:
            result["browser"] = measure_pages(project / "site", pages, QUERY, BROWSER_RUNS)
        log(f"x{scale}: browser {result['browser']}")
    result["load_average"] = os.getloadavg()[1]  # 5-minute load: other work on the machine
    views = sorted(weight.first_view.items(), key=lambda item: -item[1])
    result["first_view"] = None  # 10,000s of pages: keep a summary only
    result["first_view_max"] = {"page": views[0][0], "bytes": views[0][1]}
    result["first_view_top"] = views[:5]
    result["first_view_median"] = views[len(views) // 2][1]
    result["first_view_over"] = sum(1 for _, b in views if b > 80 * 1024)
    return result


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Build, measure and check the budgets (see bench/results/report.md).",
        epilog="parts: " + "; ".join(f"{name}: {what}" for name, what in PARTS.items()),
    )
    parser.add_argument("scales", nargs="*", type=int, help="scales to run (default: 1 10 100)")
    parser.add_argument("--only", help="comma-separated parts to run (default: all)")
    arguments = parser.parse_args(argv)
    arguments.parts = set(PARTS)
    if arguments.only:
        arguments.parts = {part.strip() for part in arguments.only.split(",") if part.strip()}
        unknown = arguments.parts - set(PARTS)
        if unknown:
            parser.error(f"unknown part(s) {', '.join(sorted(unknown))}; parts: {', '.join(PARTS)}")
    return arguments


def main(argv: list[str]) -> int:
    arguments = _arguments(argv)
    parts, partial = arguments.parts, arguments.only is not None
    missing = prerequisites.missing(lighthouse=prerequisites.LIGHTHOUSE)
    if missing:
        print(prerequisites.advice(missing), file=sys.stderr)
        return 2
    scales = arguments.scales or [1, 10, 100]
    results_folder = WORK / "partial" if partial else RESULTS
    WORK.mkdir(exist_ok=True)
    results_folder.mkdir(exist_ok=True)
    started = time.perf_counter()
    results = {"scales": [], "cores": len(os.sched_getaffinity(0)), "parts": sorted(parts)}
    for scale in scales:
        log(f"scale x{scale} ...")
        results["scales"].append(
            bench_scale(
                scale,
                scale <= 10 and "baseline" in parts,
                scale in (1, 100) and "browser" in parts,
                repeat="times" in parts,
            )
        )
        if scale == 1 and "rebuild" in parts:
            from rebuild import rebuild_seconds

            results["rebuild_seconds"] = rebuild_seconds(WORK / "x1")
            log(f"rebuild under mkdocs serve: {results['rebuild_seconds']}")
        if scale == 1 and "lighthouse" in parts:
            from lighthouse import audit  # installed: see prerequisites.missing() above

            log("Lighthouse (mobile) ...")
            results["lighthouse"] = audit(WORK / "x1" / "site", KEY_PAGES)
            log(f"Lighthouse: {results['lighthouse']}")
    if BREAKDOWN_SCALE in scales and "breakdown" in parts:  # last: its build deletes a site
        project = WORK / f"x{BREAKDOWN_SCALE}"
        breakdown = measure([PY, str(HERE / "breakdown.py"), str(project)], project)
        scale_result = next(s for s in results["scales"] if s["scale"] == BREAKDOWN_SCALE)
        scale_result["breakdown"] = json.loads(breakdown.stdout)
        log(f"x{BREAKDOWN_SCALE}: breakdown {scale_result['breakdown']}")
    results["bench_seconds"] = time.perf_counter() - started
    for old in WORK.glob("old-*"):
        shutil.rmtree(old)
    from report import budgets, write_report

    lines = budgets(results)
    (results_folder / "results.json").write_text(
        json.dumps({**results, "budgets": lines}, indent=1, default=str), encoding="utf-8"
    )
    write_report(results, lines, results_folder)
    print()
    for line in lines:
        print(line)
    print(
        f"\nreport: {results_folder / 'report.md'} (bench took "
        f"{results['bench_seconds'] / 60:.1f} min)"
    )
    return 1 if any(line.startswith("FAIL") for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
