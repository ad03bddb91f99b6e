"""Tests of the organisation pages (plansite.render.organisations) for the small plan:
its own levels (nganh, co-so, to, moi-cap) name the index's sections."""

from __future__ import annotations

import re

from plansite.render.organisations import level_name


def test_one_page_per_organisation(vi, en, small_index):
    assert sorted(vi) == sorted([f"{o}.md" for o in small_index.orgs] + ["index.md"])
    assert sorted(en) == sorted([f"{o}.en.md" for o in small_index.orgs] + ["index.en.md"])


def test_the_index_has_a_section_per_level_of_the_plan(vi, en, small_index):
    headings = re.findall(r"^## (.*)$", vi["index.md"], re.MULTILINE)
    assert headings == ["Cấp ngành {#nganh}", "Cấp công ty {#co-so}", "Tổ công đoàn {#to}"] + [
        "Mọi cấp {#moi-cap}"
    ]
    assert "## Union team {#to}" in en["index.en.md"]
    assert level_name(small_index, "co-so", "en") == "Company level"
    assert (
        "- [Công đoàn Công ty Mẫu (hư cấu)](cong-doan-cong-ty-mau.md) — 2 nhiệm vụ"
        in vi["index.md"]
    )
    assert "(cong-doan-cong-ty-cu.md) *(đã kết thúc 01/07/2026)*" in vi["index.md"]


def test_the_reporting_picture_on_the_index(vi):
    assert (
        'data-rel="reports" data-from="cong-doan-cong-ty-mau" data-to="cong-doan-nganh-mau"'
        in (vi["index.md"])
    )


def test_a_page_lists_the_tasks_duties_reports_and_units(vi, en):
    page = vi["cong-doan-cong-ty-mau.md"]
    assert "# Công đoàn Công ty Mẫu (hư cấu) {#don-vi}" in page and "Cấp: Cấp công ty" in page
    assert "Trực thuộc: [Công đoàn Ngành Mẫu (hư cấu)](../don-vi/cong-doan-nganh-mau.md)" in page
    assert "[Bảng kiểm và mẫu báo cáo của cấp này](../bang-kiem/cap-cong-ty.md)" in page
    assert "- [Nhiệm vụ B.2](../nhiem-vu/b-2.md):" in page
    assert "- **Hằng năm, trong tháng 5**: Tháng an toàn mẫu (B.3)" in page
    assert "[Tải lịch của đơn vị (.ics)](../lich/cong-doan-cong-ty-mau.ics)" in page
    assert (
        "## Đơn vị trực thuộc {#truc-thuoc}\n\n- [Các tổ công đoàn](../don-vi/to-cong-doan.md)"
        in (page)
    )
    sector = en["cong-doan-nganh-mau.en.md"]
    assert "Level: Sector level" in sector
    assert "## Supports {#phoi-hop}\n\n- [Task B.2](../nhiem-vu/b-2.md)" in sector
    assert "## Receives reports from {#nhan-bao-cao}" in sector
    assert "Checklist" not in en["to-cong-doan.en.md"], "the union team's level has none"


def test_an_organisation_that_ended_says_so_and_names_its_successor(vi):
    page = vi["cong-doan-cong-ty-cu.md"]
    assert '!!! warning "Đã kết thúc hoạt động (01/07/2026)"' in page
    assert "[Công đoàn Công ty Mẫu (hư cấu)](../don-vi/cong-doan-cong-ty-mau.md)." in page
    assert "Kế hoạch không giao nhiệm vụ riêng cho đơn vị này." in page
    assert 'certainty-unverified">chưa kiểm chứng' in page
