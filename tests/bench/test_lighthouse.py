"""Tests of the benchmark's Lighthouse calibration (bench/lighthouse.py): the CPU slowdown
follows Lighthouse's calculator, so a slower machine emulates the same phone."""

from __future__ import annotations

import sys

import pytest

from tests.project import ROOT

sys.path.insert(0, str(ROOT / "bench"))
lighthouse = pytest.importorskip("lighthouse")


@pytest.mark.parametrize(
    ("index", "slowdown"),
    [(2000, 6.0), (1533, 4.0), (1300, 3.0), (1050, 2.5), (800, 2.0), (475, 1.5), (150, 1.0)],
)
def test_the_slowdown_for_a_benchmark_index_is_the_calculators(index, slowdown):
    assert lighthouse.cpu_slowdown(index) == pytest.approx(slowdown, abs=0.01)


def test_a_host_slower_than_the_phone_is_not_sped_up():
    assert lighthouse.cpu_slowdown(60) == 1.0
