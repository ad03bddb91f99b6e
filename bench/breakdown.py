"""Benchmark helper: where a whole build's time goes, from a cProfile run.

    python bench/breakdown.py PROJECT   ->  JSON {"total": s, "parts": [[label, s], ...]}

Runs `plansite build --no-offline` under cProfile (after the timed runs: profiling
slows Python code about 2x, so the parts are shown as shares of the profiled total)
and reads the cumulative time of the functions that stand for each part.
"""

from __future__ import annotations

import json
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

# (label, file name ending, function name); cumulative time, so a part includes what it calls.
PARTS = [
    (
        "Markdown to HTML: every page, and the plan pages the generator reads",
        "markdown/core.py",
        "convert",
    ),
    ("MkDocs: page templates (Jinja, Material)", "jinja2/environment.py", "render"),
    ("glossary tooltips (plansite.abbr, inside Markdown)", "plansite/abbr.py", "run"),
    (
        "per page over the built HTML (plansite.finish: edit link, date, link preview, QR, "
        "search sections; with the search index files)",
        "plansite/finish.py",
        "finish_site",
    ),
    ("search index files (plansite.search.index)", "search/index.py", "build_search_index"),
    (
        "mkdocs-static-i18n: files per language",
        "mkdocs_static_i18n/reconfigure.py",
        "reconfigure_files",
    ),
    ("content checks (plansite.contentcheck)", "plansite/contentcheck.py", "check_content"),
    ("generator: load, validate, index, render, write", "plansite/generate.py", "generate"),
]


def main(project: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "build.prof"
        command = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "plansite", "build"]
        subprocess.run(
            [*command, "--no-offline"], cwd=project, check=True, capture_output=True, text=True
        )
        stats = pstats.Stats(str(out)).stats  # (file, line, name) -> (cc, nc, tt, ct, callers)
    total = max(ct for _, _, _, ct, _ in stats.values())
    parts = []
    for label, ending, name in PARTS:
        seconds = sum(
            ct
            for (file, _, function), (_, _, _, ct, callers) in stats.items()
            if function == name and file.endswith(ending) and not _recursive(stats, callers, name)
        )
        parts.append([label, seconds])
    print(json.dumps({"total": total, "parts": parts}))


def _recursive(stats: dict, callers: dict, name: str) -> bool:
    """Whether every call came from a function of the same name (its time is counted already)."""
    return bool(callers) and all(caller[2] == name for caller in callers)


if __name__ == "__main__":
    main(sys.argv[1])
