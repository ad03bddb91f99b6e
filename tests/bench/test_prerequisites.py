"""Tests of the benchmark's prerequisite check (bench/prerequisites.py): on a machine without
Chromium, nginx, node or npm, `make bench` says what to install and stops, without a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.project import ROOT

sys.path.insert(0, str(ROOT / "bench"))
prerequisites = pytest.importorskip("prerequisites")

INSTALL = {
    "Chromium": "apt-get install chromium",
    "nginx": "apt-get install nginx",
    "Node.js": "apt-get install nodejs",
    "npm": "apt-get install npm",
}


def _programs(folder: Path, *names: str) -> Path:
    folder.mkdir()
    for name in names:
        program = folder / name
        program.write_text("#!/bin/sh\n", encoding="utf-8")
        program.chmod(0o755)
    return folder


def test_each_missing_program_is_named_with_how_to_install_it(tmp_path):
    empty = _programs(tmp_path / "bin")
    lines = prerequisites.missing(tmp_path / "chromium", tmp_path / "nginx", str(empty))
    assert len(lines) == 4
    for line, (what, command) in zip(lines, INSTALL.items(), strict=True):
        assert what in line and line.endswith(command)
    assert str(tmp_path / "chromium") in lines[0] and str(tmp_path / "nginx") in lines[1]


def test_nothing_missing_where_everything_is(tmp_path):
    found = _programs(tmp_path / "bin", "chromium", "nginx", "node", "npm", "lighthouse")
    assert (
        prerequisites.missing(
            found / "chromium", found / "nginx", str(found), lighthouse=found / "lighthouse"
        )
        == []
    )
    (found / "nginx").chmod(0o644)  # there, but not a program
    (found / "lighthouse").unlink()
    lines = prerequisites.missing(
        found / "chromium", found / "nginx", str(found), lighthouse=found / "lighthouse"
    )
    assert [line.split(" (")[0] for line in lines] == ["Debian's nginx", "Lighthouse"]


def _without_node(command: list[str]) -> subprocess.CompletedProcess:
    """`command` run from the project with a PATH that has no node and no npm."""
    return subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, "PATH": "/nonexistent"},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_bench_without_node_says_what_to_install_and_fails():
    done = _without_node([shutil.which("make"), "bench", f"PYTHON={sys.executable}"])
    assert done.returncode != 0
    assert "make bench: cannot start, this machine lacks:" in done.stderr
    assert "apt-get install nodejs" in done.stderr and "apt-get install npm" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "npm ci" not in done.stdout  # stopped before installing anything


def test_the_benchmark_itself_stops_the_same_way():
    done = _without_node([sys.executable, str(ROOT / "bench" / "run.py"), "1"])
    assert done.returncode == 2
    assert "apt-get install nodejs" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "[bench" not in done.stdout  # nothing measured
