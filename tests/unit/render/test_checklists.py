"""Tests of the checklist pages (plansite.render.checklists) for the small plan: one page
per level that has a checklist (cap-nganh, cap-cong-ty), its downloads named after the
plan's slug, and a report form only where a yearly report goes to another body, with a row
for lessons drawn only where the report's data asks for them."""

from __future__ import annotations

from plansite.render.checklists import pages


def test_a_page_per_checklist_level_and_an_index(vi, en):
    assert sorted(vi) == ["cap-cong-ty.md", "cap-nganh.md", "index.md"]
    assert sorted(en) == ["cap-cong-ty.en.md", "cap-nganh.en.md", "index.en.md"]
    assert "- [Cấp ngành](cap-nganh.md) (CĐ Ngành Mẫu) — 2 nhiệm vụ" in vi["index.md"]
    assert (
        "- [Cấp công ty](cap-cong-ty.md) (Công đoàn Công ty Mẫu (hư cấu)) — 2 nhiệm vụ"
        in (vi["index.md"])
    )


def test_the_checklist_table_and_its_downloads(en):
    page = en["cap-nganh.en.md"]
    assert "# Checklist: Sector level {#bang-kiem}" in page
    assert "For: [Example Sector Union](../don-vi/cong-doan-nganh-mau.md)" in page
    assert '(cap-nganh.xlsx){download="ke-hoach-mau-at-bang-kiem-cap-nganh.xlsx"}' in page
    assert '(cap-nganh.csv){download="ke-hoach-mau-at-bang-kiem-cap-nganh.csv"}' in page
    assert "| No. | Task | Legal basis | Deadline, recurrence | Who, with whom |" in page
    assert (
        "| 1 | [B.1](../nhiem-vu/b-1.md): The Example Sector Union holds occupational safety "
        "(ATLĐ) training for union officers. | [Example plan on occupational safety "
        "(fictional)](../van-ban/ke-hoach-mau.md) | **15 September 2026**: Example occupational "
        "safety training |" in page
    )
    assert "| The plan sets no deadline |" in page  # C.1: the yearly report is the company's


def test_a_report_form_where_a_yearly_report_goes_up(vi):
    assert "{#bao-cao}" not in vi["cap-nganh.md"], "the sector union reports to nobody"
    page = vi["cap-cong-ty.md"]
    assert "## Mẫu báo cáo kết quả {#bao-cao}" in page
    assert "Hạn nộp: **Hằng năm, trước ngày 1 tháng 12**" in page
    assert "Gửi: [CĐ Ngành Mẫu](../don-vi/cong-doan-nganh-mau.md)" in page
    assert "> Các cấp công đoàn báo cáo kết quả về Công đoàn Ngành Mẫu" in page
    assert "> — [#c-1](../ke-hoach/index.md#c-1)" in page
    assert "phối hợp: [CĐ Ngành Mẫu](../don-vi/cong-doan-nganh-mau.md)" in page


def test_a_row_for_lessons_drawn_only_where_the_report_asks_for_them(vi, small_index, monkeypatch):
    assert "Rút kinh nghiệm" not in vi["cap-cong-ty.md"]
    assert "kết quả thực hiện từng nhiệm vụ và phần rút kinh nghiệm" not in vi["cap-cong-ty.md"]
    report = small_index.events["bao-cao-hang-nam-mau"]
    monkeypatch.setitem(small_index.events, report.id, report.model_copy(update={"lessons": True}))
    page = pages(small_index, "vi")["cap-cong-ty.md"]
    assert "|   | **Rút kinh nghiệm** |   |" in page
    assert "kết quả thực hiện từng nhiệm vụ và phần rút kinh nghiệm" in page
