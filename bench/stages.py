"""Benchmark helper: time the generator's stages on one project; prints JSON.

    python bench/stages.py PROJECT   ->  {"check": s, "render_write": s, ...}

check = load + validate + index (data files parsed in parallel);
render_write = every page and export rendered and written into docs/, one process per
language, as `plansite generate` does it (only changed files are written).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from plansite import parallel
from plansite.generate import check, render_and_write
from plansite.language import LANGS
from plansite.paths import Paths


def main(root: str) -> None:
    paths = Paths(Path(root).resolve())
    times = {}
    started = time.perf_counter()
    index = check(paths).index
    times["check"] = time.perf_counter() - started
    started = time.perf_counter()
    report = render_and_write(index, paths.docs)
    times["render_write"] = time.perf_counter() - started
    times["processes"] = parallel.workers(len(LANGS) + 2)  # + the data export, the schemas
    times["files"] = len(report.written) + report.unchanged
    times["written"] = len(report.written)
    print(json.dumps(times))


if __name__ == "__main__":
    main(sys.argv[1])
