"""Tests of the benchmark's budgets (bench/report.py): every time budget is a ratio, judged at
the precision it is printed with, so the verdicts hold on a slower machine of the same kind."""

from __future__ import annotations

import copy
import sys

import pytest

from tests.project import ROOT

sys.path.insert(0, str(ROOT / "bench"))
report = pytest.importorskip("report")

PAGES = {"/": 70_000, "/ke-hoach/": 75_000}


def _browser(seconds: float) -> dict:
    return {
        page: {"first_view": size, "files": 9, "largest": "a.js", "first_query": seconds}
        for page, size in PAGES.items()
    }


def _scale(n: int, build: float, pages: int, peak_mib: float, **more) -> dict:
    return {
        "scale": n,
        "stages": {"check": build * 0.02, "render_write": build * 0.02, "processes": 2},
        "build_seconds": build,
        "build_peak": peak_mib * 2**20,
        "pages": pages,
        "search_gzip": 300_000,
        "first_view_max": {"page": "/ke-hoach/", "bytes": 77_000},
        "first_view_over": 0,
        **more,
    }


def results() -> dict:
    lighthouse = {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100}
    return {
        "scales": [
            _scale(
                1,
                1.5,
                182,
                58,
                baseline_seconds=1.8,
                browser=_browser(0.3),
                baseline_browser=_browser(0.25),
            ),
            _scale(10, 7.9, 1414, 120, baseline_seconds=27.0),
            _scale(100, 78.0, 13820, 734, browser=_browser(0.35)),
        ],
        "lighthouse": {"/": {**lighthouse, "lcp": 1.2, "failing": [], "runs": [(100, 1.2)]}},
        "rebuild_seconds": 1.8,
    }


def slower(data: dict, factor: float) -> dict:
    """`data` as a machine `factor` times slower would measure it: every time multiplied."""
    data = copy.deepcopy(data)
    for s in data["scales"]:
        s["build_seconds"] *= factor
        s["stages"]["check"] *= factor
        s["stages"]["render_write"] *= factor
        if "baseline_seconds" in s:
            s["baseline_seconds"] *= factor
        for key in ("browser", "baseline_browser"):
            for page in s.get(key, {}).values():
                page["first_query"] *= factor
    for page in data["lighthouse"].values():
        page["lcp"] *= factor
    data["rebuild_seconds"] *= factor
    return data


def verdicts(lines: list[str]) -> list[str]:
    return [line.split("  ")[0] for line in lines]


def test_every_budget_passes_on_a_slower_machine_as_on_this_one():
    here = report.budgets(results())
    assert verdicts(here) == ["PASS"] * len(here)
    assert len(here) == 17
    for factor in (1.4, 2.5):
        assert verdicts(report.budgets(slower(results(), factor))) == verdicts(here)


def test_absolute_times_are_information_after_the_ratio():
    lines = report.budgets(results())
    share = next(line for line in lines if line.startswith("PASS  x1: generation"))
    assert share.startswith("PASS  x1: generation + validation, share of the build: 4% (≤ 5%); ")
    assert "build 1.5 s" in share
    rebuild = lines[-1]
    assert rebuild == (
        "PASS  x1: rebuild under make serve after a one-line YAML edit, against the build: "
        "1.2× (≤ 1.5×); 1.8 s against 1.5 s"
    )


@pytest.mark.parametrize(
    ("value", "line"),
    [
        (2.96, "PASS  ratio 3.0× (≥ 3.0×)"),  # printed 3.0, so judged 3.0: no "3.0× FAIL"
        (2.94, "FAIL  ratio 2.9× (≥ 3.0×)"),
        (3.4, "PASS  ratio 3.4× (≥ 3.0×)"),
    ],
)
def test_a_ratio_is_judged_as_printed(value, line):
    assert report.ratio_line("ratio", value, least=3.0) == line


def test_a_share_is_judged_in_whole_per_cent():
    assert report.ratio_line("share", 5.1, most=5, digits=0, unit="%") == "PASS  share 5% (≤ 5%)"
    assert report.ratio_line("share", 5.6, most=5, digits=0, unit="%") == "FAIL  share 6% (≤ 5%)"


def test_a_search_without_result_fails():
    data = results()
    data["scales"][2]["browser"]["/"]["first_query"] = None
    assert "FAIL  x100: search: a page showed no result" in report.budgets(data)
