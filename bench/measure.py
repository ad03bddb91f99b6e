"""Benchmark helper: run one command and measure its wall time and peak memory.

Peak memory is the largest resident set of the command's process tree, read
from getrusage(RUSAGE_CHILDREN) in a fresh Python process that runs only it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}

_WRAPPER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"rc": done.returncode, "seconds": seconds, "peak": peak,
                  "out": done.stdout[-3000:], "err": done.stderr[-3000:]}))
"""


@dataclass
class Run:
    seconds: float
    peak_bytes: int
    stdout: str


def measure(command: list[str], cwd: Path, env: dict | None = None) -> Run:
    """Run `command` in `cwd`; fail loudly with its output if it fails."""
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command],
        cwd=cwd,
        env={**ENV, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    if result["rc"] != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed in {cwd}:\n{result['out']}\n{result['err']}"
        )
    return Run(result["seconds"], result["peak"], result["out"])
