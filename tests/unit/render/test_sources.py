"""Tests of how sources are cited (plansite.render.sources), with the small plan's source."""

from __future__ import annotations

from plansite import model as m
from plansite.render.sources import Citations, source_entry, source_link, variant_origin


def test_a_source_line_has_publisher_title_host_date_and_language(small_index):
    source = small_index.sources["s1"]
    assert source_entry(source, "en") == (
        "[Trang tin Công đoàn Ngành Mẫu (hư cấu): «Công văn mẫu số 2 về an toàn lao động "
        '(hư cấu)»](https://example.org/cong-van-mau-2){hreflang="vi"} · example.org · '
        "20 June 2025 · in Vietnamese"
    )
    assert source_link(source) == (
        '[Trang tin Công đoàn Ngành Mẫu (hư cấu)](https://example.org/cong-van-mau-2){hreflang="vi"}'
    )


def test_a_source_without_address_is_named_not_linked(small_index):
    bare = small_index.sources["s1"].model_copy(update={"url": "https://x.example/a(b)"})
    assert "(https://x.example/a%28b%29)" in source_link(bare), "parentheses would end the link"
    offline = small_index.sources["s1"].model_copy(update={"url": None, "title": None})
    assert source_link(offline) == "Trang tin Công đoàn Ngành Mẫu (hư cấu)"
    assert source_entry(offline, "vi").startswith("Trang tin Công đoàn Ngành Mẫu (hư cấu) · ")


def test_citations_are_numbered_in_first_cited_order(small_index):
    citations = Citations(small_index, "vi")
    assert citations.listing() == []
    assert citations.marks(["s1"]) == "[\\[1\\]](#nguon-s1)"
    assert citations.marks(["s1"]) == "[\\[1\\]](#nguon-s1)", "the same number again"
    [line] = citations.listing()
    assert line.startswith('1. <span id="nguon-s1"></span>[Trang tin Công đoàn Ngành Mẫu')


def test_a_differing_value_names_its_sources_or_its_certainty():
    cited = m.Variant(value="01/07/2025", certainty=m.Certainty.checked, sources=["s1"])
    assert variant_origin(cited, "en", str.upper).endswith(" S1")
    plan = m.Variant(value="2025", certainty=m.Certainty.plan)
    assert variant_origin(plan, "en", str.upper) == "as stated in the plan"
