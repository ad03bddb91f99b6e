"""Smoke test of the benchmark's synthetic data (bench/synth.py): at 2x it must pass `plansite check`."""

from __future__ import annotations

import sys

import pytest

from plansite.generate import check
from plansite.paths import Paths
from tests.project import ROOT

sys.path.insert(0, str(ROOT / "bench"))
synth = pytest.importorskip("synth")


def test_synthetic_data_at_2x_passes_check(tmp_path):
    counts = synth.make_project(tmp_path / "project", 2)
    real = check(Paths(ROOT)).index
    index = check(Paths(tmp_path / "project")).index
    assert counts["tasks"] == len(index.tasks) == 2 * len(real.tasks)
    assert len(index.orgs) == 2 * len(real.orgs)
    assert len(index.docs) == 2 * len(real.docs)
    assert len(index.data.glossary) == len(real.data.glossary)  # national: shared, not copied
    copy = index.tasks["ii-101-1"]
    assert copy.group == "ii-101"
    assert "Kon Tum" not in copy.text.vi and synth.province_name(1) in copy.text.vi
    assert all(org.endswith("-p001") for org in copy.responsible)
    # every reference stays inside the synthetic province
    assert all(int(t.split("-")[1]) >= 100 for t in index.tasks_responsible[copy.responsible[0]])


def test_task_ids_keep_the_plan_anchor_shape():
    assert synth.task_id("ii-3-2", 7) == "ii-703-2"
    assert synth.task_id("iii-1", 42) == "iii-4201"
