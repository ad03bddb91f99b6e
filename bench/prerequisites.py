"""Benchmark helper: the programs `make bench` needs from the machine, checked before it starts.

    python bench/prerequisites.py   ->  exit 0, or what to install and exit 2

Run by `make bench` before it installs anything, and by bench/run.py (which also wants
Lighthouse, installed by `make bench` into bench/node_modules). Without this a missing
program showed only midway, as a traceback.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from browser import CHROMIUM

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
from nginx_server import NGINX  # noqa: E402

LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"


def missing(
    chromium: Path = Path(CHROMIUM),
    nginx: Path = NGINX,
    path: str | None = None,
    lighthouse: Path | None = None,
) -> list[str]:
    """One line per missing program: what it is for and how to install it. `path` is the
    search path for node and npm (default: PATH); `lighthouse`, if given, must exist too."""
    lines = []
    if not os.access(chromium, os.X_OK):
        lines.append(
            f"Debian's Chromium ({chromium}), for the browser measurements and Lighthouse: "
            "apt-get install chromium"
        )
    if not os.access(nginx, os.X_OK):
        lines.append(
            f"Debian's nginx ({nginx}), to serve the site to Lighthouse as it is deployed: "
            "apt-get install nginx"
        )
    if shutil.which("node", path=path) is None:
        lines.append("Node.js (node, on PATH), to run Lighthouse: apt-get install nodejs")
    if shutil.which("npm", path=path) is None:
        lines.append(
            "npm (on PATH), to install Lighthouse from bench/package-lock.json: apt-get install npm"
        )
    if lighthouse is not None and not lighthouse.exists():
        lines.append(
            f"Lighthouse ({lighthouse}): run the benchmark with `make bench`, which installs it"
        )
    return lines


def advice(lines: list[str]) -> str:
    return "\n".join(
        [
            "make bench: cannot start, this machine lacks:",
            *(f"  - {line}" for line in lines),
            "Install them (the apt-get commands as root) and run `make bench` again.",
        ]
    )


def main() -> int:
    lines = missing()
    if lines:
        print(advice(lines), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
