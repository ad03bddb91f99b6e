"""Benchmark helper: seconds from a one-line YAML edit to the new page under `mkdocs serve`.

Starts `mkdocs serve` as `make serve` does (on a free port), changes who is
responsible for task ii-4-1 in data/tasks.yml, and polls the task page until
it names the new organisation.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from measure import ENV

PAGE = "/nhiem-vu/ii-4-1/"
BEFORE, AFTER = "responsible: [cong-doan-co-so]", "responsible: [cong-doan-nganh]"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def rebuild_seconds(project: Path, timeout: float = 120) -> float | None:
    """None if the change did not show within `timeout` seconds."""
    subprocess.run(
        [sys.executable, "-m", "plansite", "generate"],
        cwd=project,
        env=ENV,
        check=True,
        capture_output=True,
    )
    port = _free_port()
    url = f"http://127.0.0.1:{port}{PAGE}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--dev-addr",
            f"127.0.0.1:{port}",
            "--livereload",
        ],
        cwd=project,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    tasks = project / "data" / "tasks.yml"
    original = tasks.read_text(encoding="utf-8")
    try:
        deadline = time.monotonic() + timeout
        while (_get(url) or "") == "" and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)  # let the watcher settle after the first build
        start = original.index("- id: ii-4-1")
        end = original.index("- id:", start + 5)
        entry = original[start:end]
        assert BEFORE in entry, "bench expects ii-4-1 to name cong-doan-co-so"
        tasks.write_text(original[:start] + entry.replace(BEFORE, AFTER) + original[end:], "utf-8")
        edited = time.perf_counter()
        while time.monotonic() < deadline:
            page = _get(url) or ""
            if "don-vi/cong-doan-co-so/" not in page.split('class="md-content"')[-1] and page:
                return time.perf_counter() - edited
            time.sleep(0.05)
        return None
    finally:
        tasks.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=20)
