"""Tests of reading the plan page back (plansite.plantext): anchored blocks, headings, the
heading above each block, footnotes and part pages, on the small plan and short snippets."""

from __future__ import annotations

from plansite.paths import Paths
from plansite.plantext import MAIN_PAGE, collapse, parse_plan, read_plan
from tests.plans import SMALL

VI = read_plan(Paths(SMALL).plan("vi"))
EN = read_plan(Paths(SMALL).plan("en"))


def test_every_anchored_block_in_page_order():
    assert VI.anchors == ["tieu-de", "trich-yeu", "a", "a-1", "b", "b-1", "b-2", "b-3", "c", "c-1"]
    assert EN.anchors == VI.anchors, "both languages carry the same anchors"
    assert VI.blocks["b-1"] == "Công đoàn Ngành Mẫu tổ chức tập huấn ATLĐ cho cán bộ công đoàn."
    assert VI.blocks["c"] == "C. TỔ CHỨC THỰC HIỆN"


def test_headings_and_the_heading_above_each_block():
    assert VI.headings == {
        "tieu-de": "KẾ HOẠCH MẪU",
        "a": "A. MỤC ĐÍCH",
        "b": "B. NHIỆM VỤ",
        "c": "C. TỔ CHỨC THỰC HIỆN",
    }
    assert VI.parents["b-3"] == "b" and VI.parents["c-1"] == "c"
    assert VI.parents["b"] == "tieu-de", "a level-2 heading sits under the level-1 one"
    assert "tieu-de" not in VI.parents


def test_the_admonition_without_an_id_is_no_block():
    text = VI.full_text()
    assert "Văn bản hư cấu" not in text and "viết ra chỉ để kiểm thử" not in text


def test_footnotes_are_kept_apart_and_their_markers_left_out():
    plan = parse_plan("Một đoạn[^1] có chú thích.\n{: #p-1 }\n\n[^1]: Lời chú   thích.\n")
    assert plan.blocks == {"p-1": "Một đoạn có chú thích."}
    assert plan.footnotes == {"fn:1": "Lời chú thích."}
    assert plan.full_text() == "Một đoạn có chú thích. Lời chú thích."


def test_nested_ids_each_keep_their_text():
    plan = parse_plan('<div id="khoi" markdown>\n\nĐoạn trong.\n{: #trong }\n\n</div>\n')
    assert plan.blocks == {"khoi": "Đoạn trong.", "trong": "Đoạn trong."}


def test_part_pages_join_with_their_page():
    part = parse_plan("## D. PHỤ LỤC {#d}\n\nThêm[^1].\n{: #d-1 }\n\n[^1]: Ghi chú.\n")
    joined = VI.with_parts([("ke-hoach/phu-luc/index.md", part)])
    assert joined.anchors == [*VI.anchors, "d", "d-1"]
    assert joined.page_of("b-1") == MAIN_PAGE
    assert joined.target("b-1") == "ke-hoach/index.md#b-1"
    assert joined.target("d-1") == "ke-hoach/phu-luc/index.md#d-1"
    assert joined.footnotes == {"ke-hoach/phu-luc/index.md:fn:1": "Ghi chú."}
    assert joined.target("ke-hoach/phu-luc/index.md:fn:1") == "ke-hoach/phu-luc/index.md#fn:1"
    assert VI.anchors[-1] == "c-1", "the plan itself is unchanged"


def test_collapse_normalizes_and_trims():
    assert collapse("  Nga\u0300nh \n\t Mẫu  ") == "Ngành Mẫu"
