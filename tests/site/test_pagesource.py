"""Edit links and last-updated dates (plansite.pagesource) on the built site."""

from __future__ import annotations

import re

import pytest

from plansite.pagesource import last_changes, updated
from tests.project import ROOT

EDIT = re.compile(r'<a href="([^"]+)" title="[^"]+" class="md-content__button md-icon" rel="edit">')
TIME = re.compile(r'<time datetime="(\d{4}-\d{2}-\d{2})">')


@pytest.mark.build
@pytest.mark.parametrize(
    ("page", "source"),
    [
        ("ke-hoach", "docs/ke-hoach/index.md"),
        ("en/ke-hoach", "docs/ke-hoach/index.en.md"),
        ("nhiem-vu/ii-1-3", "data/tasks.yml"),
        ("en/van-ban/bo-luat-lao-dong-2012", "data/documents.yml"),
        ("thuat-ngu", "data/glossary.yml"),
        ("moc-thoi-gian", "data/"),
    ],
)
def test_built_pages_link_to_their_file_and_show_its_git_date(built_site, page, source):
    html = (built_site / page / "index.html").read_text(encoding="utf-8")
    links = EDIT.findall(html)
    assert len(links) == 1, f"{page}: no edit link"
    assert links[0].endswith(("/tree/main/" if source.endswith("/") else "/edit/main/") + source), (
        links[0]
    )
    dates = last_changes(ROOT)
    if not dates:
        pytest.skip("not a git checkout: pages show no date")
    expected = updated(dates, source)
    assert expected is not None, f"{source} was never committed"
    assert TIME.findall(html) == [expected.isoformat()], page
