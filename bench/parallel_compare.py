"""Benchmark helper: plansite.parallel against concurrent.futures with the fork context.

    python bench/parallel_compare.py [SCALES...]     (default: 1 10; writes bench/results/parallel.md)

For each scale (the real site, and synthetic data from bench/synth.py), the same jobs run
through plansite.parallel (os.fork, this process as worker 0) and through a drop-in made
of ProcessPoolExecutor(mp_context=fork): the jobs are left in a module global before the
pool forks its workers, so that they are inherited as with os.fork, not pickled; only
results travel back. Timed, in turns so that both see the same machine: the two stages of
bench/stages.py (load + validate + index; render + write into an empty folder) in this
process, and a whole `plansite build --no-offline` (a process of its own, patched the same
way: it also shares the built pages between two processes and runs the QR codes in a
second one). Wall and CPU time (this process and its children), medians.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "work" / "parallel"
ROUNDS = {1: 12, 10: 6}
BUILDS = {1: 5, 10: 1}

_JOBS: list = []


def _job(number: int):
    return _JOBS[number]()


def futures_run(jobs, costs=None, fork=True):
    """plansite.parallel.run's contract through ProcessPoolExecutor (fork context)."""
    from plansite import parallel

    count = parallel.workers(len(jobs)) if fork else 1
    if count == 1:
        return [job() for job in jobs]
    global _JOBS
    _JOBS = list(jobs)  # inherited by the workers the pool forks on its first submit
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(count, mp_context=context) as pool:
        return list(pool.map(_job, range(len(jobs))))


class FuturesLater:
    """plansite.parallel.Later through a one-worker ProcessPoolExecutor (fork context)."""

    def __init__(self, job):
        global _JOBS
        _JOBS = [job]
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        self._future = self._pool.submit(_job, 0)

    def result(self):
        try:
            return self._future.result()
        finally:
            self._pool.shutdown()


def use_futures() -> None:
    from plansite import parallel

    parallel.run = futures_run
    parallel.Later = FuturesLater


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _stages(project: Path, rounds: int) -> dict[str, dict[str, list[float]]]:
    from plansite import parallel
    from plansite.generate import check, render_and_write
    from plansite.paths import Paths

    own_run, own_later = parallel.run, parallel.Later
    times: dict[str, dict[str, list[float]]] = {}
    paths = Paths(project)
    for number in range(rounds):
        for way in ("plansite.parallel", "concurrent.futures"):
            if way == "concurrent.futures":
                use_futures()
            else:
                parallel.run, parallel.Later = own_run, own_later
            into = WORK / f"docs-{number}-{way}"
            shutil.rmtree(into, ignore_errors=True)
            into.mkdir(parents=True)
            for stage in ("check", "render_write"):
                wall, cpu = time.perf_counter(), _cpu()
                if stage == "check":
                    index = check(paths).index
                else:
                    render_and_write(index, into)
                entry = times.setdefault(f"{stage} {way}", {"wall": [], "cpu": []})
                entry["wall"].append(time.perf_counter() - wall)
                entry["cpu"].append(_cpu() - cpu)
    parallel.run, parallel.Later = own_run, own_later
    return times


def _builds(project: Path, runs: int) -> dict[str, dict[str, list[float]]]:
    times: dict[str, dict[str, list[float]]] = {}
    for _ in range(runs):
        for way in ("plansite.parallel", "concurrent.futures"):
            command = [sys.executable, str(Path(__file__)), "--build", way]
            wall, cpu = time.perf_counter(), _cpu()
            subprocess.run(command, cwd=project, check=True, capture_output=True)
            entry = times.setdefault(f"build {way}", {"wall": [], "cpu": []})
            entry["wall"].append(time.perf_counter() - wall)
            entry["cpu"].append(_cpu() - cpu)
    return times


def _build(way: str) -> int:
    """`plansite build --no-offline` in this folder, with `way` doing the parallel work."""
    if way == "concurrent.futures":
        use_futures()
    from plansite.cli import main

    return main(["build", "--no-offline"])


def _table(results: dict[int, dict]) -> list[str]:
    rows = [
        "| scale | what | plansite.parallel wall | concurrent.futures wall "
        "| plansite.parallel CPU | concurrent.futures CPU | runs |",
        "|---|---|---|---|---|---|---|",
    ]
    names = {
        "check": "load + validate + index",
        "render_write": "render + write",
        "build": "whole build",
    }
    def med(values: list[float]) -> str:
        return f"{1000 * statistics.median(values):.0f} ms"

    for scale, times in results.items():
        for what, label in names.items():
            ours, theirs = times[f"{what} plansite.parallel"], times[f"{what} concurrent.futures"]
            rows.append(
                f"| ×{scale} | {label} | {med(ours['wall'])} | {med(theirs['wall'])} "
                f"| {med(ours['cpu'])} | {med(theirs['cpu'])} | {len(ours['wall'])} |"
            )
    return rows


def main(argv: list[str]) -> int:
    if argv[:1] == ["--build"]:
        return _build(argv[1])
    sys.path.insert(0, str(HERE))
    import synth

    scales = [int(a) for a in argv] or [1, 10]
    results = {}
    loads = []
    for scale in scales:
        project = WORK / f"x{scale}"
        shutil.rmtree(project, ignore_errors=True)
        synth.make_project(project, scale)
        times = _stages(project, ROUNDS.get(scale, 3))
        times.update(_builds(project, BUILDS.get(scale, 1)))
        results[scale] = times
        loads.append(os.getloadavg()[1])
        print(f"x{scale}: {_table({scale: times})[2:]}", flush=True)
    text = "\n".join(
        [
            "# plansite.parallel against concurrent.futures",
            "",
            "Made by `python bench/parallel_compare.py` (see its docstring): the same jobs through",
            "plansite.parallel (os.fork, the calling process as worker 0) and through",
            "ProcessPoolExecutor with the fork context (the jobs inherited, not pickled), in turns;",
            "medians of wall time and of CPU time (the process and its children). Render + write",
            "writes every generated file into an empty folder. 5-minute load average at the end of",
            f"each scale: {', '.join(f'{load:.1f}' for load in loads)} (2 cores).",
            "",
            *_table(results),
            "",
        ]
    )
    (HERE / "results" / "parallel.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
