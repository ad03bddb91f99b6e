"""The project under test: its root folder, and copies of it for tests that edit or build.

Every test finds the repository through ROOT, and every test that needs a project of its own
(to edit data, break it or build it) makes one with copy_project.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What `plansite check` reads: the data, the plan's pages and the MkDocs configuration.
CHECKED = ("data", "docs/ke-hoach", "mkdocs.yml")
# What `plansite build` (and `mkdocs serve`) reads.
BUILT = ("data", "docs", "content", "overrides", "scripts", "mkdocs.yml")


def copy_project(target: Path, parts: tuple[str, ...] = BUILT) -> Path:
    """Copy `parts` of the project (folders or files, relative to ROOT) into `target`."""
    for part in parts:
        source, copy = ROOT / part, target / part
        if source.is_dir():
            shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
    return target
