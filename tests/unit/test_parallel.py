"""Tests of plansite.parallel: results in order, errors raised, forked only where it is safe."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from functools import partial

import pytest

from plansite import parallel
from tests.project import ROOT

SCRIPTS = ROOT / "scripts"
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


# A forked worker's error, raised in the parent: run in a fresh interpreter (see above) so
# that the failing job really runs in another process. Jobs 0 and 2 stay in this process,
# job 1 (the failing one) goes to the forked worker.
WORKER_ERROR = """
import os, threading, traceback
from plansite import parallel

class Unpicklable(Exception):
    def __init__(self):
        super().__init__("holds a lock")
        self.lock = threading.Lock()

class NeedsTwo(Exception):
    def __init__(self, what, where):
        super().__init__(what + " at " + where)

def deep_in_the_job():
    raise {error}

def job():
    deep_in_the_job()

try:
    {call}
except Exception as error:
    print("TYPE", type(error).__name__)
    print("SAYS", error)
    print("".join(traceback.format_exception(error)))
    print("MINE", os.getpid())
"""
RUN = "parallel.run([os.getpid, job, os.getpid])"
LATER = "parallel.Later(job).result()"


@needs_two_cores
@pytest.mark.parametrize("call", [RUN, LATER], ids=["run", "Later"])
@pytest.mark.parametrize(
    ("error", "raised", "says", "last"),
    [
        ('ValueError("bad value")', "ValueError", "bad value", "ValueError: bad value"),
        ("Unpicklable()", "WorkerError", "Unpicklable: holds a lock", "Unpicklable: holds a lock"),
        (
            'NeedsTwo("bad row", "line 3")',
            "WorkerError",
            "NeedsTwo: bad row at line 3",
            "NeedsTwo: bad row at line 3",
        ),
    ],
    ids=["picklable", "unpicklable", "not-rebuildable"],
)
def test_a_workers_error_surfaces_with_its_traceback(call, error, raised, says, last):
    out = in_fresh_python(WORKER_ERROR.replace("{error}", error).replace("{call}", call))
    assert f"TYPE {raised}\n" in out
    assert f"SAYS {says}" in out
    mine = out.split("MINE ")[1].split()[0]
    note = out.split("raised in worker process ")[1]
    assert note.split(":")[0] != mine  # it ran elsewhere, and its traceback came back:
    assert "in job\n" in note and "in deep_in_the_job\n" in note
    assert note.split("in deep_in_the_job\n")[1].startswith(last + "\n")
    assert "died without an answer" not in out


@needs_two_cores
def test_a_worker_that_dies_is_named_with_how_it_ended():
    out = in_fresh_python(
        "import os, signal; from plansite import parallel\n"
        "try:\n"
        "    parallel.run([os.getpid, lambda: os.kill(os.getpid(), signal.SIGKILL)])\n"
        "except parallel.WorkerError as error:\n"
        "    print(error)"
    )
    assert out.strip() == "a forked job's process died without an answer (killed by signal 9)"
