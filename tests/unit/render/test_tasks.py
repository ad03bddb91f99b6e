"""Tests of the task pages (plansite.render.tasks) for the small plan in both languages."""

from __future__ import annotations


def test_one_page_per_task_and_an_index_in_each_language(vi, en):
    assert sorted(vi) == ["b-1.md", "b-2.md", "b-3.md", "c-1.md", "index.md"]
    assert sorted(en) == ["b-1.en.md", "b-2.en.md", "b-3.en.md", "c-1.en.md", "index.en.md"]


def test_a_task_page_quotes_the_plan_and_links_who_and_what(vi, en):
    page = vi["b-2.md"]
    assert 'title: "Nhiệm vụ B.2"' in page and "# Nhiệm vụ B.2 {#nhiem-vu}" in page
    assert "Nhóm nội dung: [B. NHIỆM VỤ](../ke-hoach/index.md#b)" in page
    assert "> Công đoàn Công ty Mẫu kiểm tra nơi làm việc và ghi lại kết quả." in page
    assert "đoạn [#b-2](../ke-hoach/index.md#b-2)" in page
    assert "## Đơn vị thực hiện {#thuc-hien}\n\n- [Công đoàn Công ty Mẫu (hư cấu)]" in page
    assert "## Phối hợp {#phoi-hop}\n\n- [Công đoàn Ngành Mẫu (hư cấu)]" in page
    english = en["b-2.en.md"]
    assert "Group: [B. TASKS](../ke-hoach/index.md#b)" in english
    assert "> The Example Company Union inspects workplaces and records the results." in english
    assert (
        "## Rests on {#can-cu}\n\n- [Example safe workplace programme (fictional)]"
        "(../chuong-trinh/chuong-trinh-mau-2026-2030.md)" in english
    )
    assert "- **Every month**: Monthly safety self-check" in english
    assert "- [#a-1](../ke-hoach/index.md#a-1) The sector's workers know" in english


def test_neighbours_link_the_tasks_in_order(vi, en):
    assert "Nhiệm vụ trước: [Nhiệm vụ B.1](../nhiem-vu/b-1.md)" in vi["b-2.md"]
    assert "Nhiệm vụ sau: [Nhiệm vụ B.3](../nhiem-vu/b-3.md)" in vi["b-2.md"]
    assert "Previous task" not in en["b-1.en.md"] and "Next task" not in en["c-1.en.md"]


def test_the_section_note_and_a_recurring_deadline(en, vi):
    page = en["c-1.en.md"]
    assert "*Section C of the example plan applies to every union level of the sector.*" in page
    assert "- **Every year, before 1 December**: Yearly report of results" in page
    assert "Section C of the example plan" not in en["b-1.en.md"], "a note of section C only"
    assert "Kế hoạch không nêu thời hạn riêng" not in vi["b-2.md"]  # b-2 has a monthly duty
    assert "- **Hằng năm, trong tháng 5**: Tháng an toàn mẫu" in vi["b-3.md"]


def test_the_index_groups_tasks_by_section_and_draws_the_levels_matrix(vi, en):
    index = vi["index.md"]
    assert "### B. NHIỆM VỤ {#b}" in index and "### C. TỔ CHỨC THỰC HIỆN {#c}" in index
    assert "- [Nhiệm vụ C.1](c-1.md): Các cấp công đoàn báo cáo" in index
    assert "| Nhiệm vụ | Ngành | Công ty, tổ |" in index  # the plan's own matrix columns
    assert "| [B.2](b-2.md) | phối hợp | thực hiện |" in index
    assert "| [B.3](b-3.md) |  | thực hiện |" in index  # a union team counts as company, team
    assert "| Task | Sector | Company, team |" in en["index.en.md"]
