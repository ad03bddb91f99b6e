"""Every string from data is escaped where it lands in HTML (render stage, checked on a real build)."""

from __future__ import annotations

import pytest

from tests.conftest import plansite_build
from tests.project import copy_project

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> "q" *b* [l](http://evil.example)'


@pytest.mark.build
def test_markup_in_data_is_shown_as_text(tmp_path):
    project = copy_project(tmp_path / "project")
    replacements = {
        "documents.yml": (
            'vi: "Bộ luật Lao động"',
            f'vi: "Bộ luật {HOSTILE.replace(chr(34), "")}"',
        ),
        "organisations.yml": ('vi: "Công đoàn ngành"', f"vi: '{HOSTILE}'"),
        "glossary.yml": ('vi: "công đoàn cơ sở"', f"vi: '{HOSTILE} | {{: #x }}'"),
        "movements.yml": ('vi: "Luyện tay nghề, thi thợ giỏi"', f"vi: '{HOSTILE}'"),
    }
    for name, (old, new) in replacements.items():
        path = project / "data" / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = plansite_build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    site = project / "site"
    pages = list(site.rglob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        assert "<img src=x" not in html, page
        assert 'href="http://evil.example"' not in html, page
    card = (site / "van-ban" / "bo-luat-lao-dong-2012" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    glossary = (site / "thuat-ngu" / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(2)&gt;" in glossary
