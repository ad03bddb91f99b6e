"""Tests of the timeline and the changes page (plansite.render.timeline) for the small plan:
recurring duties first, then every dated entry by year; changes newest first with sources."""

from __future__ import annotations

import re

from plansite.render.timeline import change_pages, pages


def test_the_timeline_has_recurring_duties_then_one_section_per_year(small_index):
    [(name, page)] = pages(small_index, "vi").items()
    assert name == "index.md" and "# Mốc thời gian {#moc-thoi-gian}" in page
    assert re.findall(r"^## .*$", page, re.MULTILINE) == [
        "## Việc định kỳ {#dinh-ky}",
        "## 2020 {#nam-2020}",
        "## 2025 {#nam-2025}",
        "## 2026 {#nam-2026}",
        "## 2030 {#nam-2030}",
    ]
    assert (
        "- **Hằng tháng** — Tự kiểm tra an toàn hằng tháng ([Nhiệm vụ B.2](../nhiem-vu/b-2.md))"
        in page
    )
    assert "- **02/03/2020** — [1/CV-MAU — Công văn mẫu số 1" in page
    assert 'ban hành <span class="certainty certainty-unverified">chưa kiểm chứng</span>' in page
    assert (
        "- **01/07/2026** — [Công đoàn Công ty Cũ (hư cấu)](../don-vi/cong-doan-cong-ty-cu.md)"
        in (page)
    )
    assert 'href="#nam-2025"' in page, "the picture's years link to their sections"


def test_entries_of_a_year_are_in_date_order(small_index):
    page = pages(small_index, "en")["index.en.md"]
    year = page.split("## 2026 {#nam-2026}")[1].split("## 2030")[0]
    dates = re.findall(r"^- \*\*([^*]+)\*\*", year, re.MULTILINE)
    assert dates == ["2026", "1 July 2026", "15 September 2026"]


def test_the_changes_page_lists_newest_first_with_sources(small_index):
    page = change_pages(small_index, "en")["index.en.md"]
    dates = re.findall(r"^\| ([^|]+?) \| ", page, re.MULTILINE)[1:]  # after the header
    assert dates[0] == "2030" and dates[-1] == "2 March 2020"
    assert (
        "| 1 July 2025 | The sector's companies apply example circular no. 2 (fictional) |" in page
    )
    assert "[Trang tin Công đoàn Ngành Mẫu (hư cấu)](https://example.org/cong-van-mau-2)" in page
    assert "## Superseded / Period ended {#het-hieu-luc}" in page
    assert "## No longer exists {#don-vi-ket-thuc}\n\n- [Former Company Union (fictional)]" in page
    assert "# Những gì đã thay đổi {#hien-trang}" in change_pages(small_index, "vi")["index.md"]
