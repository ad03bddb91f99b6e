"""The real teaching pages (content/van-ban/, content/chuong-trinh/) joined with their cards:
their headings, verbatim plan quotes, cited sources and the open-data export (the joining
code's unit tests: unit/test_prose.py, unit/render/test_authored.py)."""

from __future__ import annotations

import json
import re

import pytest

from plansite.generate import check, render_all
from plansite.language import t
from plansite.paths import Paths
from tests.project import ROOT

# The pages issue 19 asks for: (folder, id).
TEACHING_PAGES = (
    ("van-ban", "nq-20-nq-tw-2008"),
    ("van-ban", "kl-79-kl-tw-2013"),
    ("chuong-trinh", "thoa-uoc-2013-2018"),
    ("chuong-trinh", "phat-trien-doan-vien-2013-2018"),
    ("chuong-trinh", "can-bo-cong-doan-2013-2018"),
)
NQ20 = "content/van-ban/nq-20-nq-tw-2008.md"


@pytest.fixture(scope="module")
def real():
    result = check(Paths(ROOT))
    return result, render_all(result.index)


@pytest.mark.parametrize(("folder", "item_id"), TEACHING_PAGES)
def test_teaching_page_joins_its_card_in_both_languages(real, folder, item_id):
    result, files = real
    for lang, sfx in (("vi", ""), ("en", ".en")):
        page = files[f"{folder}/{item_id}{sfx}.md"]
        prose = "\n".join(result.index.authored[(folder, item_id, lang)].lines)
        assert not result.index.authored[(folder, item_id, lang)].fallback
        # Each authored heading appears on the card's page, with the card's own title above.
        for heading in re.findall(r"^##+ (.*)$", prose, flags=re.MULTILINE):
            assert heading in page, (folder, item_id, lang, heading)
        assert page.index(
            "{#chuong-trinh}" if folder == "chuong-trinh" else "{#van-ban}"
        ) < page.index("{#bai-hoc}")
        # Its edit link and date follow the authored file.
        assert f'data_source: "content/{folder}/{item_id}{sfx}.md"' in page
        # The study questions, the verbatim plan quotes and the sources are there.
        assert "{#cau-hoi}" in page and "{#tu-2014}" in page and "{#thuc-hien}" in page
        assert t("quote_source", lang) in page
        assert '<sup class="cite">' in page and "{#nguon}" in page


def test_plan_quotes_are_verbatim(real):
    result, files = real
    plans = result.index.data.plans
    for folder, item_id in TEACHING_PAGES:
        for lang, sfx in (("vi", ""), ("en", ".en")):
            page = files[f"{folder}/{item_id}{sfx}.md"]
            prose = "\n".join(result.index.authored[(folder, item_id, lang)].lines)
            anchors = re.findall(r"\{\{ *plan *: *([^} ]+) *\}\}", prose)
            assert anchors, (folder, item_id)
            for anchor in anchors:
                text = (plans[lang].footnotes if anchor.startswith("fn:") else plans[lang].blocks)[
                    anchor
                ]
                quoted = re.search(
                    rf"^> (.*)\n>\n> — .*\(\.\./ke-hoach/index\.md#{re.escape(anchor)}\)",
                    page,
                    re.MULTILINE,
                )
                assert quoted, (folder, item_id, lang, anchor)
                unescaped = re.sub(r"\\(.)", r"\1", quoted.group(1)).replace("&amp;", "&")
                assert unescaped == text


def test_every_summary_point_on_the_teaching_pages_cites_a_source(real):
    _, files = real
    for folder, item_id in TEACHING_PAGES:
        for sfx in ("", ".en"):
            page = files[f"{folder}/{item_id}{sfx}.md"]
            section = re.search(r"\{#yeu-cau \.summary\}\n(.*?)\n###", page, re.DOTALL)
            assert section, (folder, item_id, sfx)
            points = re.findall(r"^- (.*(?:\n  .*)*)", section.group(1), re.MULTILINE)
            assert len(points) >= 2, (folder, item_id, sfx)
            for point in points:
                assert re.search(
                    r'<sup class="cite">\[(\\\[\d+\\\]\]\(#nguon-[a-z0-9]+\)|[^]]+\]\(\.\./ke-hoach/)',
                    point,
                ), point
            # The summary is marked as the editors' words.
            assert t("authored_summary_note", "en" if sfx else "vi") in section.group(1)


def test_every_cited_source_is_listed_with_its_address(real):
    result, files = real
    for folder, item_id in TEACHING_PAGES:
        for sfx in ("", ".en"):
            page = files[f"{folder}/{item_id}{sfx}.md"]
            for source_id in set(re.findall(r"\]\(#nguon-([a-z0-9]+)\)", page)):
                assert f'<span id="nguon-{source_id}"></span>' in page
                url = result.index.sources[source_id].url
                assert url is None or url.replace("(", "%28").replace(")", "%29") in page


def test_the_json_export_carries_the_authored_text(real):
    result, files = real
    data = json.loads(files["du-lieu/ke-hoach.json"])
    texts = {(entry["page"], entry["lang"]): entry for entry in data["authored"]}
    entry = texts[("van-ban/nq-20-nq-tw-2008", "vi")]
    assert entry["file"] == NQ20
    assert entry["markdown"] == (ROOT / NQ20).read_text(encoding="utf-8")
    assert "s1" in entry["sources"] and not entry["fallback"]
    assert {page for page, _ in texts} >= {f"{f}/{i}" for f, i in TEACHING_PAGES}
