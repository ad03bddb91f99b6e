"""Tests of plansite.parallel: results in order, errors raised, forked only where it is safe."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pytest

from plansite import parallel

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
needs_two_cores = pytest.mark.skipif(
    len(os.sched_getaffinity(0)) < 2, reason="one core here: jobs run in the calling process"
)


def in_fresh_python(code: str) -> str:
    """Run `code` in a new interpreter: the test process has threads (servers, browsers)
    left by other tests, and with threads plansite.parallel rightly does not fork."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(SCRIPTS)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


class Broken(Exception):
    pass


def _fail() -> None:
    raise Broken("bad data in job 2")


@contextmanager
def another_thread():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def test_run_keeps_the_order_of_the_jobs():
    assert parallel.run([partial(pow, 2, n) for n in range(10)]) == [2**n for n in range(10)]


@needs_two_cores
def test_run_uses_other_processes():
    out = in_fresh_python(
        "import os; from plansite import parallel\n"
        "pids = parallel.run([os.getpid] * 6)\n"
        "print(pids[0] == os.getpid(), len(set(pids)), parallel.workers(6))"
    )
    cores = min(6, len(os.sched_getaffinity(0)))
    assert out.split() == ["True", str(cores), str(cores)]  # this process is worker 0


def test_run_raises_a_jobs_error():
    with pytest.raises(Broken, match="bad data in job 2"):
        parallel.run([os.getpid, _fail, os.getpid])


def test_run_stays_in_this_process_while_another_thread_runs():
    with another_thread():
        assert parallel.workers(6) == 1
        assert set(parallel.run([os.getpid] * 6)) == {os.getpid()}


def test_one_job_runs_here():
    assert parallel.workers(1) == 1
    assert parallel.run([os.getpid]) == [os.getpid()]


@needs_two_cores
def test_later_runs_in_another_process_from_the_start():
    out = in_fresh_python(
        "import os, time; from plansite import parallel\n"
        "later = parallel.Later(lambda: (os.getpid(), time.monotonic()))\n"
        "time.sleep(0.5); asked = time.monotonic()\n"
        "pid, ran = later.result()\n"
        "print(pid != os.getpid(), ran < asked, later.result() == (pid, ran))"
    )
    assert out.split() == ["True", "True", "True"]  # elsewhere, before it was asked, once


def test_later_raises_the_jobs_error_on_result():
    later = parallel.Later(_fail)
    with pytest.raises(Broken, match="bad data in job 2"):
        later.result()


def test_later_runs_here_on_result_while_another_thread_runs():
    calls = []
    with another_thread():
        later = parallel.Later(lambda: calls.append(os.getpid()) or len(calls))
        assert calls == []  # not run yet
        assert later.result() == 1
        assert later.result() == 1 and calls == [os.getpid()]
