"""Reproducible builds (cli stage, `plansite build`): one commit gives one site, byte for byte."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import plansite_build
from tests.project import copy_project

pytestmark = pytest.mark.build

COMMITTED = "2020-01-02T03:04:05+00:00"


def committed_copy(target: Path, shift: int) -> Path:
    """A project copy as its own git repository, one commit at COMMITTED; file mtimes `shift` s on."""
    project = copy_project(target)
    for path in project.rglob("*"):
        stat = path.stat()
        os.utime(path, (stat.st_atime + shift, stat.st_mtime + shift))
    env = {**os.environ, "GIT_AUTHOR_DATE": COMMITTED, "GIT_COMMITTER_DATE": COMMITTED}
    env |= {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t"}
    env |= {"GIT_COMMITTER_EMAIL": "t@t"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "data"]):
        subprocess.run(["git", *command], cwd=project, env=env, check=True, capture_output=True)
    return project


def digests(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_two_builds_of_one_commit_are_identical(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    sites = []
    for number, shift in enumerate((0, 60)):
        project = committed_copy(tmp_path / f"p{number}", shift)
        result = plansite_build(project, env=env)
        assert result.returncode == 0, result.stderr[-3000:]
        sites.append(project / "site")
    first, second = (digests(site) for site in sites)
    differing = sorted(
        name for name in first.keys() | second.keys() if first.get(name) != second.get(name)
    )
    assert differing == [], differing
    sitemap = (sites[0] / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2020-01-02</lastmod>" in sitemap
    assert dt.date.today().isoformat() not in sitemap
    header = (sites[0] / "sitemap.xml.gz").read_bytes()[:10]
    midnight = dt.datetime(2020, 1, 2, tzinfo=dt.UTC).timestamp()
    assert int.from_bytes(header[4:8], "little") == midnight  # gzip MTIME field
    assert gzip.decompress((sites[0] / "sitemap.xml.gz").read_bytes()).decode() == sitemap
