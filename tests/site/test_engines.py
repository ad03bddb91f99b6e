"""The second engine: the same project built with ProperDocs (`PLANSITE_ENGINE=properdocs`,
what `make build ENGINE=properdocs` runs) gives the same site as with MkDocs: the same
files, and on every page the same links and anchors. Every difference is named."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from plansite.sitebuild import ENGINES
from tests.conftest import plansite_build
from tests.project import ROOT
from tests.site.test_links import broken_links, parse

pytestmark = pytest.mark.build

SECOND = ".site-properdocs"


def differences(first: Path, second: Path) -> list[str]:
    """What differs between two built sites: files only in one, and per page the links
    and anchors only in one, each as 'path: what'."""
    files = {p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file()}
    others = {p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file()}
    found = [f"{name}: only in {first.name}/" for name in sorted(files - others)]
    found += [f"{name}: only in {second.name}/" for name in sorted(others - files)]
    for name in sorted(files & others):
        if not name.endswith(".html"):
            continue
        a, b = parse(first / name), parse(second / name)
        links_a, links_b = {url for _, url, _ in a.refs}, {url for _, url, _ in b.refs}
        found += [f"{name}: link {url} only in {first.name}/" for url in sorted(links_a - links_b)]
        found += [f"{name}: link {url} only in {second.name}/" for url in sorted(links_b - links_a)]
        found += [f"{name}: anchor #{i} only in {first.name}/" for i in sorted(a.ids - b.ids)]
        found += [f"{name}: anchor #{i} only in {second.name}/" for i in sorted(b.ids - a.ids)]
    return found


def test_the_comparison_names_a_missing_page_link_and_anchor(tmp_path):
    first, second = tmp_path / "site", tmp_path / "other"
    for site in (first, second):
        (site / "a").mkdir(parents=True)
        (site / "x.css").write_text("", encoding="utf-8")
    (first / "a" / "index.html").write_text('<h2 id="k">K</h2><a href="../b/">b</a>', "utf-8")
    (second / "a" / "index.html").write_text('<h2 id="m">M</h2>', "utf-8")
    (first / "b.html").write_text("", "utf-8")
    assert differences(first, second) == [
        "b.html: only in site/",
        "a/index.html: link ../b/ only in site/",
        "a/index.html: anchor #k only in site/",
        "a/index.html: anchor #m only in other/",
    ]


def test_properdocs_builds_the_same_site_as_mkdocs(built_site: Path):
    assert ENGINES == ("mkdocs", "properdocs")
    env = dict(os.environ, PLANSITE_ENGINE="properdocs", PYTHONDONTWRITEBYTECODE="1")
    target = ROOT / SECOND
    try:
        result = plansite_build(ROOT, "--site-dir", SECOND, env=env)
        assert result.returncode == 0, result.stderr[-4000:]
        assert "(properdocs)" in result.stdout
        assert differences(built_site, target) == []
        assert broken_links(target) == []
    finally:
        shutil.rmtree(target, ignore_errors=True)


def test_an_unknown_engine_is_refused_before_anything_is_built(tmp_path):
    env = dict(os.environ, PLANSITE_ENGINE="hugo")
    result = plansite_build(ROOT, "--site-dir", str(tmp_path / "x"), env=env)
    assert result.returncode == 2
    assert (
        "PLANSITE_ENGINE='hugo' is not an engine; use one of: mkdocs, properdocs" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()
