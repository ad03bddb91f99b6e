"""Tests of the reference pages (plansite.render.reference) for the small plan: the
glossary, the open-data page and the calendars' page."""

from __future__ import annotations

from plansite.render.reference import calendar_pages, data_pages, glossary_pages


def test_the_glossary_lists_each_term_with_its_anchor(small_index):
    vi = glossary_pages(small_index, "vi")["index.md"]
    en = glossary_pages(small_index, "en")["index.en.md"]
    assert '| <span id="atld">ATLĐ</span> | an toàn lao động |' in vi
    assert '| <span id="atld">ATLĐ</span> | occupational safety |' in en
    assert "# Glossary and abbreviations {#thuat-ngu}" in en


def test_the_data_page_links_the_export_and_its_schema(small_index):
    vi = data_pages(small_index, "vi")
    assert list(vi) == ["index.md"]
    assert "# Dữ liệu mở {#du-lieu}" in vi["index.md"]
    assert "- [ke-hoach.json](ke-hoach.json)\n- [schema.json](schema.json)" in vi["index.md"]
    assert "- [ke-hoach.json](ke-hoach.json)" in data_pages(small_index, "en")["index.en.md"]


def test_the_calendars_page_links_the_plan_and_each_organisation(small_index):
    vi = calendar_pages(small_index, "vi")["index.md"]
    assert "- [Toàn bộ kế hoạch](ke-hoach.ics)" in vi
    assert "- [Công đoàn Ngành Mẫu (hư cấu)](cong-doan-nganh-mau.ics)" in vi
    assert "- [Các tổ công đoàn](to-cong-doan.ics)" in vi
    en = calendar_pages(small_index, "en")["index.en.md"]
    assert "- [The whole plan](ke-hoach.ics)" in en
    assert "- [Every union level of the sector](cac-cap-cong-doan.ics)" in en
    assert "last day of each month" in en  # the plan has a monthly duty without a day
