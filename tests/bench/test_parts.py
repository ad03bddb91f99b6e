"""Tests of the benchmark's switches (bench/run.py --only) and of the x100 search ratio paired
with x1 visits made in the same turns (bench/report.py)."""

from __future__ import annotations

import sys

import pytest

from tests.bench.test_report import _browser, results
from tests.project import ROOT

sys.path.insert(0, str(ROOT / "bench"))
report = pytest.importorskip("report")
run = pytest.importorskip("run")

def test_only_names_the_parts_to_run():
    arguments = run._arguments(["1", "--only", "lighthouse, browser"])
    assert arguments.scales == [1]
    assert arguments.parts == {"lighthouse", "browser"}
    assert run._arguments([]).parts == set(run.PARTS)


def test_an_unknown_part_is_refused_with_the_parts_named(capsys):
    with pytest.raises(SystemExit):
        run._arguments(["--only", "lighthouse,speed"])
    said = capsys.readouterr().err
    assert "unknown part(s) speed" in said and "breakdown" in said


def test_a_partial_run_without_lighthouse_does_not_fail_for_it():
    data = results()
    del data["lighthouse"]
    data["parts"] = ["browser", "times"]
    assert not any("Lighthouse" in line for line in report.budgets(data))
    data["parts"] = sorted(run.PARTS)
    assert "FAIL  Lighthouse: not run" in report.budgets(data)


def _search_line(data: dict) -> str:
    return next(line for line in report.budgets(data) if "x100: first search result" in line)


def test_x100_search_is_judged_against_x1_visits_made_in_the_same_turns():
    data = results()
    big = data["scales"][-1]
    big["browser"] = _browser(0.9)  # 3.0x the x1 figure measured at its own turn (0.3 s)
    assert _search_line(data).startswith("FAIL")
    big["browser_x1_paired"] = _browser(0.5)  # the machine was busier during x100's turn
    line = _search_line(data)
    assert line.startswith("PASS") and "1.8×" in line and "in turns" in line
    big["browser_x1_paired"] = _browser(0.4)
    assert _search_line(data).startswith("FAIL"), "a real slowdown still fails: 2.3x"
