"""Live editing under a real `mkdocs serve`: one YAML edit gives one rebuild and one reload.

The generator writes into docs/, which MkDocs watches; without the hook's filtered watch
every data edit was built twice (and the browser reloaded twice).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import free_port
from tests.project import copy_project

pytestmark = pytest.mark.build


class ServeProcess:
    """`mkdocs serve` in a project copy, with its log collected line by line."""

    def __init__(self, project: Path) -> None:
        self.port = free_port()
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
        env.pop("PLANSITE_GENERATED", None)
        subprocess.run([sys.executable, "-m", "plansite", "generate"], cwd=project, env=env, check=True, capture_output=True)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload",
             "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        self.lines: list[str] = []
        threading.Thread(target=self._collect, daemon=True).start()

    def _collect(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip())

    def wait_for_log(self, pattern: str, timeout: float, start: int = 0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(re.search(pattern, line) for line in self.lines[start:]):
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        pytest.fail(f"no log line matching {pattern!r}:\n" + "\n".join(self.lines[-40:]))

    def get(self, path: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=60) as response:
            return response.read().decode("utf-8")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """One server for the tests below: each edits a different file and reads the log from
    its edit on."""
    project = copy_project(tmp_path_factory.mktemp("serve") / "project")
    server = ServeProcess(project)
    try:
        server.wait_for_log(r"Serving on", timeout=60)
        yield server, project
    finally:
        server.stop()


def test_one_yaml_edit_rebuilds_once_and_shows_the_change(served):
    server, project = served
    marker = "Edited once under live reload"
    organisations = project / "data" / "organisations.yml"
    text = organisations.read_text(encoding="utf-8")
    line = '    en: "Vietnam General Confederation of Labour"'
    assert line in text, "the test expects the English name of tong-ldld-vn"
    time.sleep(1)  # let the watcher settle after the first build
    before = len(server.lines)
    started = time.monotonic()
    organisations.write_text(text.replace(line, f'    en: "{marker}"', 1), encoding="utf-8")

    deadline = started + 30
    while marker not in server.get("en/don-vi/tong-ldld-vn/"):
        assert time.monotonic() < deadline, "\n".join(server.lines[before:])
        time.sleep(0.1)
    seconds = time.monotonic() - started
    time.sleep(3)  # a second, unwanted rebuild would start within this window
    log = server.lines[before:]
    builds = [line for line in log if "Building documentation" in line]
    reloads = [line for line in log if "Reloading browsers" in line]
    assert len(builds) == 1, f"expected one rebuild, got {len(builds)}:\n" + "\n".join(log)
    assert len(reloads) == 1, "\n".join(log)
    print(f"rebuild after a YAML edit: {seconds:.2f} s")


def test_hand_written_page_edit_still_rebuilds(served):
    server, project = served
    home = project / "docs" / "index.en.md"
    time.sleep(1)
    before = len(server.lines)
    home.write_text(home.read_text(encoding="utf-8") + "\nA hand-written edit.\n", encoding="utf-8")
    server.wait_for_log(r"Reloading browsers", timeout=30, start=before)
    assert "A hand-written edit." in server.get("en/")
