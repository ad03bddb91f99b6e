"""Shared by the load and write stages and the MkDocs hook: run independent jobs on every core.

`run` runs a list of jobs and waits for them; `Later` starts one job that the
caller collects when it needs the result, having done other work meanwhile.
Jobs are plain callables. Worker processes are forked (os.fork) with the jobs in
hand, so they inherit them and everything they refer to (such as the index) without
pickling; only each job's result travels back, through a pipe. Jobs run in the
calling process instead when forking is unavailable or unsafe (another thread is
running, as under `mkdocs serve`, and could hold a lock the child would inherit),
when the machine has one core, or when there is a single job.

A job's exception in a worker is raised in the caller with the worker's traceback as a
note (Python prints notes under the error); an exception that cannot travel back (it does
not pickle, or does not rebuild from its pickle) comes back as a WorkerError naming it,
with the same note.

concurrent.futures' ProcessPoolExecutor with the fork context does the same job, but
measured slower here (its queues and manager thread cost a few milliseconds on every call;
the figures are in the README's Performance section), so these few lines stay.
"""

from __future__ import annotations

import os
import pickle
import threading
import traceback
from collections.abc import Callable, Sequence
from functools import partial
from typing import Generic, TypeVar

T = TypeVar("T")


class WorkerError(Exception):
    """A job's exception that could not be sent back from its worker process as it was."""


def workers(jobs: int) -> int:
    """How many processes would run `jobs` jobs here (1: in the calling process)."""
    if jobs < 2 or not hasattr(os, "fork") or threading.active_count() > 1:
        return 1
    return min(jobs, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def _fork(job: Callable[[], object]) -> tuple[int, int]:
    """Start `job` in a child process; (its pid, the pipe it sends (ok, value) back on)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid:
        os.close(writer)
        return pid, reader
    os.close(reader)  # the child: run the job, send the outcome, leave without cleanup
    try:
        try:
            message = pickle.dumps((True, job()))
        except BaseException as error:  # noqa: BLE001 - the parent raises it
            message = _failure(error)
        with os.fdopen(writer, "wb") as out:
            out.write(message)
    finally:
        os._exit(0)


def _failure(error: BaseException) -> bytes:
    """(False, error) pickled, `error` carrying this worker's traceback as a note; an error
    that does not survive pickling is replaced by a WorkerError with its name and message."""
    said = "".join(traceback.format_exception_only(error)).strip()
    note = f"raised in worker process {os.getpid()}:\n" + "".join(
        traceback.format_exception(error)
    ).rstrip("\n")
    error.add_note(note)
    try:
        message = pickle.dumps((False, error))
        pickle.loads(message)  # an exception class may pickle, yet not rebuild from its args
        return message
    except Exception:  # noqa: BLE001 - whatever stops it travelling, send what it said
        stand_in = WorkerError(said)
        stand_in.add_note(note)
        return pickle.dumps((False, stand_in))


def _collect(pid: int, reader: int) -> tuple[bool, object]:
    with os.fdopen(reader, "rb") as source:
        message = source.read()
    _, status = os.waitpid(pid, 0)
    if not message:
        return False, WorkerError(
            f"a forked job's process died without an answer ({_ending(status)})"
        )
    return pickle.loads(message)


def _ending(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


def _run_all(jobs: Sequence[Callable[[], T]]) -> list[T]:
    return [job() for job in jobs]


def _share(costs: Sequence[float], count: int) -> list[list[int]]:
    """Job numbers per worker: the costliest job first, each to the least loaded worker."""
    loads, shares = [0.0] * count, [[] for _ in range(count)]
    for number in sorted(range(len(costs)), key=lambda n: -costs[n]):
        worker = loads.index(min(loads))
        shares[worker].append(number)
        loads[worker] += costs[number]
    return shares


def run(
    jobs: Sequence[Callable[[], T]], costs: Sequence[float] | None = None, fork: bool = True
) -> list[T]:
    """Every job's result, in the order of `jobs`; a job's exception is raised here.
    `costs` (e.g. bytes to parse) balance the workers; without them jobs are dealt out
    in turn. This process is worker 0; the others are forked, and only their results
    are pickled. fork=False runs them all here, for work too small to gain from forking."""
    count = workers(len(jobs)) if fork else 1
    if count == 1:
        return _run_all(jobs)
    shares = _share(costs or [1.0] * len(jobs), count)
    children = [_fork(partial(_run_all, [jobs[n] for n in share])) for share in shares[1:]]
    try:
        mine = _run_all([jobs[n] for n in shares[0]])
    finally:  # every child is waited for, even when a job here failed
        outcomes = [_collect(*child) for child in children]
    results: list = [None] * len(jobs)
    for share, (ok, values) in zip(shares, [(True, mine), *outcomes], strict=True):
        if not ok:
            raise values
        for number, value in zip(share, values, strict=True):
            results[number] = value
    return results


class Later(Generic[T]):
    """`job` running in a forked process from now on; `result()` waits for it (or, where
    forking is unsafe, runs it then). A job's exception is raised by `result()`."""

    def __init__(self, job: Callable[[], T]):
        self._job = job
        self._outcome: tuple[bool, object] | None = None
        self._child = _fork(job) if workers(2) > 1 else None

    def result(self) -> T:
        if self._outcome is None:
            if self._child:
                self._outcome = _collect(*self._child)
            else:
                try:
                    self._outcome = (True, self._job())
                except Exception as error:
                    self._outcome = (False, error)
        ok, value = self._outcome
        if not ok:
            raise value
        return value
