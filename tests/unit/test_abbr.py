"""The glossary Markdown extension (plansite.abbr) on its own, and on every built page."""

from __future__ import annotations

import re

import markdown
import yaml

from plansite.abbr import glossary_titles, term_pattern
from tests.project import ROOT

GLOSSARY = ROOT / "data" / "glossary.yml"


def render(text: str, lang: str = "vi") -> str:
    return markdown.markdown(
        text,
        extensions=["attr_list", "toc", "plansite.mdext", "plansite.abbr"],
        extension_configs={"plansite.abbr": {"glossary": str(GLOSSARY), "lang": lang}},
    )


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_terms_get_a_focusable_abbr_with_the_expansion_in_the_page_language():
    vi = render("Cán bộ CĐCS và CNVCLĐ.")
    assert '<abbr tabindex="0" title="công đoàn cơ sở">CĐCS</abbr>' in vi
    assert '<abbr tabindex="0" title="công nhân, viên chức, lao động">CNVCLĐ</abbr>' in vi
    en = render("The CĐCS.", lang="en")
    assert '<abbr tabindex="0" title="grassroots union">CĐCS</abbr>' in en


def test_the_text_content_does_not_change():
    source = "Thực hiện 79-KL/TW của BCH; Tổng LĐLĐ và LĐLĐ tỉnh; TM. BAN THƯỜNG VỤ; B/cáo."
    html = render(source)
    assert plain(html) == source
    assert html.count("<abbr") == 7  # KL, TW, BCH, Tổng LĐLĐ, LĐLĐ, TM., B/cáo
    assert '<abbr tabindex="0" title="Tổng Liên đoàn Lao động">Tổng LĐLĐ</abbr>' in html


def test_longest_term_wins_and_only_whole_terms_match():
    html = render("Tổng LĐLĐ; CNVCLĐX; xCĐCS; KHKT; kh; Kh.")
    assert html.count("<abbr") == 1
    assert ">Tổng LĐLĐ</abbr>" in html


def test_links_code_heading_ids_and_paragraph_links_are_left_alone():
    html = render(
        "## Về CNH {#ve-cnh}\n\n[CĐCS](https://example.org/CDCS) `CĐCS`\n\nCĐCS\n{: #ii-9 }"
    )
    assert 'id="ve-cnh"' in html
    assert '<a href="https://example.org/CDCS">CĐCS</a>' in html
    assert "<code>CĐCS</code>" in html
    assert '<a class="para-link" href="#ii-9">#ii-9</a>' in html
    assert html.count("<abbr") == 2  # the heading's CNH and the last paragraph's CĐCS


def test_every_glossary_entry_is_used_and_missing_translations_fall_back():
    entries = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    assert glossary_titles(GLOSSARY, "en")["CĐCS"] == "grassroots union"
    assert set(glossary_titles(GLOSSARY, "vi")) == {e["term"] for e in entries}
    assert glossary_titles(ROOT / "no-such-file.yml", "vi") == {}
    assert term_pattern([]) is None
