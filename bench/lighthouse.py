"""Benchmark helper: Lighthouse (bench/node_modules, pinned in bench/package.json), mobile.

Runs Debian's Chromium (CHROME_PATH=/usr/bin/chromium) on pages of the site served the
way it is deployed (Debian's nginx with deploy/nginx.conf: gzip, caching and security
headers) and returns the four category scores and Largest Contentful Paint.
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


def audit(site: Path, paths: list[str]) -> dict[str, dict]:
    results = {}
    with tempfile.TemporaryDirectory() as tmp, nginx(site, Path(tmp), free_port()) as base:
        for path in paths:
            report = Path(tmp) / "report.json"
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
            results[path] = {**scores, "lcp": lcp, "failing": failing}
    return results
