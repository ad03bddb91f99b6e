"""Tests of the programme and movement pages (plansite.render.programmes) for the small plan."""

from __future__ import annotations

from plansite.render.programmes import movement_pages, pages


def test_programme_pages_and_their_index(small_index):
    vi, en = pages(small_index, "vi"), pages(small_index, "en")
    assert sorted(vi) == ["chuong-trinh-mau-2026-2030.md", "index.md"]
    assert (
        "- [Chương trình mẫu nơi làm việc an toàn (hư cấu)](chuong-trinh-mau-2026-2030.md) "
        "(2026–2030)" in vi["index.md"]
    )
    page = en["chuong-trinh-mau-2026-2030.en.md"]
    assert "# Example safe workplace programme (fictional) {#chuong-trinh}" in page
    assert "- Period: 2026–2030" in page
    assert (
        "- Implementing document: [Example plan on occupational safety (fictional)]"
        "(../van-ban/ke-hoach-mau.md)" in page
    )
    assert "## Editors' summary {#tom-tat}" in page
    assert "## Tasks resting on this programme {#nhiem-vu}\n\n- [Task B.2](../nhiem-vu/b-2.md)" in (
        page
    )


def test_movements_grouped_by_kind_with_the_tasks_naming_them(small_index):
    [(name, page)] = movement_pages(small_index, "en").items()
    assert name == "index.en.md"
    assert "## Campaign {#campaign}" in page and "## Movement" not in page
    assert "### Example safety week (fictional) {#tuan-an-toan-mau}" in page
    assert "*Tuần lễ an toàn mẫu (hư cấu)*" in page, "the official Vietnamese name beside"
    assert "Named in: [Task B.3](../nhiem-vu/b-3.md)" in page
    vi = movement_pages(small_index, "vi")["index.md"]
    assert "### Tuần lễ an toàn mẫu (hư cấu) {#tuan-an-toan-mau}" in vi
