"""Tests of hand-written prose joined with a generated card (plansite.render.authored), on a
copy of the small plan given one authored text: content/van-ban/cv-mau-2025.md (fictional,
Vietnamese only, so the English page falls back to it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plansite.crossref import build_index
from plansite.generate import check
from plansite.paths import Paths
from plansite.render.authored import field_value, prose, source_file
from plansite.render.documents import pages
from tests.plans import SMALL

TEXT = """\
## Công văn nói gì {#noi-dung .summary}

- Công văn thay thế Công văn mẫu số 1 từ {{ effective_date }}. [@s1]
- Kế hoạch mẫu giao việc tập huấn. [@ke-hoach#b-1]

## Trích kế hoạch {#trich}

{{ plan: b-1 }}
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    plan = Path(shutil.copytree(SMALL, tmp_path_factory.mktemp("authored") / "plan"))
    (plan / "content" / "van-ban").mkdir(parents=True)
    (plan / "content" / "van-ban" / "cv-mau-2025.md").write_text(TEXT, encoding="utf-8")
    return check(Paths(plan)).index


def test_the_prose_joins_the_card_after_its_details_with_the_cards_sources(index):
    page = pages(index, "vi")["cv-mau-2025.md"]
    assert page.index("{#vi-sao}") < page.index("## Công văn nói gì {#noi-dung .summary}")
    assert page.index("{#trich}") < page.index("{#quan-he}")
    assert '!!! abstract "Tóm tắt của ban biên tập"' in page
    assert (
        "- Công văn thay thế Công văn mẫu số 1 từ 01/07/2025 "
        '<span class="certainty certainty-checked">đã kiểm chứng</span>. '
        '<sup class="cite">[\\[1\\]](#nguon-s1)</sup>' in page
    )
    assert page.count('<span id="nguon-s1"></span>') == 1, "one list, shared with the card"
    assert '<sup class="cite">[Kế hoạch #b-1](../ke-hoach/index.md#b-1)</sup>' in page
    assert 'data_source: "content/van-ban/cv-mau-2025.md"' in page


def test_a_plan_quote_is_verbatim_in_the_pages_language(index):
    vi = pages(index, "vi")["cv-mau-2025.md"]
    assert "> Công đoàn Ngành Mẫu tổ chức tập huấn ATLĐ cho cán bộ công đoàn.\n>\n" in vi
    assert "· [Nhiệm vụ B.1](../nhiem-vu/b-1.md)" in vi
    en = pages(index, "en")["cv-mau-2025.en.md"]
    assert "> The Example Sector Union holds occupational safety (ATLĐ) training" in en
    assert "*The English translation is pending; the Vietnamese text is shown.*" in en
    assert "## Công văn nói gì {#noi-dung .summary}" in en


def test_fields_are_the_cards_values_in_each_language(index):
    assert field_value(index, "van-ban", "cv-mau-2025", "effective_date", "en").startswith(
        "1 July 2025"
    )
    assert field_value(index, "van-ban", "cv-mau-2025", "issuer", "vi").startswith(
        "Công đoàn Ngành Mẫu (hư cấu)"
    )


def test_a_card_without_prose_is_unchanged(index, small_index):
    assert prose(index, "van-ban", "cv-mau-2020", "vi") == []
    same_day = build_index(small_index.data, index.as_of)  # the copy is dated outside git
    assert pages(index, "vi")["cv-mau-2020.md"] == pages(same_day, "vi")["cv-mau-2020.md"]
    assert source_file(index, "van-ban", "cv-mau-2020", "vi", "data/documents.yml") == (
        "data/documents.yml"
    )
    assert (
        source_file(index, "van-ban", "cv-mau-2025", "en", "x") == "content/van-ban/cv-mau-2025.md"
    )


def test_prose_alone_ends_with_its_own_sources(index):
    lines = prose(index, "van-ban", "cv-mau-2025", "en")
    assert "## Sources {#nguon}" in lines
    assert lines[-2].startswith('1. <span id="nguon-s1"></span>')
