"""Benchmark helper: time the generator's stages on one project; prints JSON.

    python bench/stages.py PROJECT   ->  {"check": s, "render": s, "write": s}

check = load + validate + index; render = every page and export in memory;
write = syncing them into docs/ (only changed files are written).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from plansite.generate import check, render_all
from plansite.paths import GENERATED_DIRS, Paths
from plansite.write import sync


def main(root: str) -> None:
    paths = Paths(Path(root).resolve())
    times = {}
    started = time.perf_counter()
    index = check(paths).index
    times["check"] = time.perf_counter() - started
    started = time.perf_counter()
    files = render_all(index)
    times["render"] = time.perf_counter() - started
    started = time.perf_counter()
    report = sync(paths.docs, GENERATED_DIRS, files)
    times["write"] = time.perf_counter() - started
    times["files"] = len(files)
    times["written"] = len(report.written)
    print(json.dumps(times))


if __name__ == "__main__":
    main(sys.argv[1])
