"""Benchmark helper: Lighthouse (bench/node_modules, pinned in bench/package.json), mobile.

Runs Debian's Chromium (CHROME_PATH=/usr/bin/chromium) on pages of the site served the
way it is deployed (Debian's nginx with deploy/nginx.conf: gzip, caching and security
headers) and returns the four category scores and Largest Contentful Paint of the median
of three runs (simulated throttling varies from run to run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from browser import CHROMIUM, CHROMIUM_ARGS

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
from conftest import free_port  # noqa: E402
from nginx_server import nginx  # noqa: E402

LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


RUNS = 3  # Lighthouse's own advice for noisy simulated metrics: report the median run


def _run(base: str, path: str, report: Path) -> dict:
    subprocess.run(
        [
            str(LIGHTHOUSE),
            base + path,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
        capture_output=True,
        timeout=300,
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}
    failing = [
        audit_id
        for c in CATEGORIES
        for ref in data["categories"][c]["auditRefs"]
        if ref["weight"]
        and (audit_id := ref["id"])
        and (data["audits"][audit_id]["score"] is not None)
        and data["audits"][audit_id]["score"] < 1
    ]
    lcp = data["audits"]["largest-contentful-paint"]["numericValue"] / 1000
    return {**scores, "lcp": lcp, "failing": failing}


def audit(site: Path, paths: list[str]) -> dict[str, dict]:
    """Per page, the median of RUNS runs by performance score (then LCP), with every
    run's performance score and LCP kept under "runs"."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp, nginx(site, Path(tmp), free_port()) as base:
        for path in paths:
            runs = [_run(base, path, Path(tmp) / "report.json") for _ in range(RUNS)]
            runs.sort(key=lambda r: (r["performance"], -r["lcp"]))
            median = runs[len(runs) // 2]
            results[path] = {**median, "runs": [(r["performance"], r["lcp"]) for r in runs]}
    return results
