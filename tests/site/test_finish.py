"""The post-build stage (plansite.finish) on the real built site: no marker is left."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.build
def test_no_marker_is_left_on_the_built_site(built_site: Path):
    left = [
        str(path.relative_to(built_site))
        for path in built_site.rglob("*.html")
        if "plansite:" in path.read_text(encoding="utf-8")
    ]
    assert left == []
