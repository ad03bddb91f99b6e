"""Search index stage: the pages' sections of both languages written as per-language files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from plansite.search.index import (
    NAME_WEIGHT,
    TITLE_WEIGHT,
    build_search_index,
    entry_address,
    plain_text,
    shard_key,
)
from plansite.search.text import tone_key

# What Material writes when every page is left to our index: its settings, no documents.
MATERIAL_INDEX = {
    "config": {"lang": ["vi", "en"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"],
               "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
    "docs": [],
}
ENTRIES = [
    {"location": "", "title": "Trang chủ", "text": "<p>Công đoàn cơ sở &amp; người lao động</p>"},
    {"location": "#vai-tro", "title": "Theo vai trò", "text": "<p>Công đoàn</p>"},
    {"location": "don-vi/cdcs/", "title": "Công đoàn cơ sở", "text": "<p>Thoả ước</p>"},
    {"location": "en/", "title": "Home", "text": "<p>Grassroots union</p>"},
    {"location": "en/don-vi/cdcs/", "title": "Grassroots unions", "text": ""},
]


def _load(path: Path):
    match = re.fullmatch(r'__plansiteSearch\("([^"]+)",(.*)\);\n', path.read_text(encoding="utf-8"), re.S)
    assert match, path
    return match.group(1), json.loads(match.group(2))


@pytest.fixture()
def site(tmp_path):
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(MATERIAL_INDEX), encoding="utf-8")
    build_search_index(tmp_path, ["vi", "en"], "vi", ENTRIES)
    return tmp_path


def test_pages_download_only_a_stub(site):
    stub = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert stub["docs"] == [] and stub["config"]["separator"] == "[\\s\\-]+"
    script = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    assert script.startswith("var __index = {") and '"docs":[]' in script


def test_each_language_has_only_its_own_pages(site):
    vi_pages = [_load(p)[1] for p in sorted((site / "search" / "vi" / "p").glob("*.js"))]
    en_pages = [_load(p)[1] for p in sorted((site / "search" / "en" / "p").glob("*.js"))]
    assert [[s[0] for s in page] for page in vi_pages] == [["", "#vai-tro"], ["don-vi/cdcs/"]]
    assert [[s[0] for s in page] for page in en_pages] == [["en/"], ["en/don-vi/cdcs/"]]
    assert vi_pages[0][0][2] == "Công đoàn cơ sở & người lao động"


def test_words_are_filed_by_their_folded_start_with_spellings_and_postings(site):
    name, keys = _load(site / "search" / "vi" / "keys.js")
    assert name == "vi/keys" and "co" in keys and "do" in keys and "th" in keys
    name, shard = _load(site / "search" / "vi" / "t" / "do.js")
    assert name == "vi/t/do" and shard["n"] == 3
    # "đoàn": page 0 section 0 (text), page 0 section 1 (text), page 1 section 0 (title: 8 + 0).
    assert shard["w"]["doan"] == {"đoan\u0300": [0, 0, 1, 0, 1, 1, 1, 0, 8]}
    _, shard = _load(site / "search" / "vi" / "t" / "th.js")
    assert "thoa\u0309" in shard["w"]["thoa"], "spellings are stored by tone key"


def test_rebuilding_replaces_the_previous_files(site):
    (site / "search" / "search_index.json").write_text(json.dumps(MATERIAL_INDEX), encoding="utf-8")
    stale = site / "search" / "vi" / "t" / "zz.js"
    stale.write_text("old", encoding="utf-8")
    build_search_index(site, ["vi", "en"], "vi", ENTRIES)
    assert not stale.exists()


def test_plain_text_and_shard_keys():
    assert plain_text("<p>a &lt;b&gt;</p>\n<ul><li>c</li></ul>") == "a <b> c"
    assert shard_key("cong") == "co" and shard_key("c") == "c" and shard_key("ßa") == "_dfa"


EXPORT = {
    "documents": [{"id": "blld-2019", "type": "bo-luat", "number": "45/2019/QH14", "issue_date": "2019-11-20",
                   "title": {"vi": "Bộ luật Lao động", "en": "Labour Code"}}],
    "glossary": [{"id": "tu", "term": "TU", "expansion": {"vi": "Tỉnh ủy", "en": "Provincial Party Committee"}},
                 {"id": "cdcs", "term": "CĐCS", "expansion": {"vi": "công đoàn cơ sở", "en": "grassroots union"}}],
}
NAMED = [
    {"location": "van-ban/blld-2019/", "title": "45/2019/QH14 — Bộ luật Lao động", "text": "<p>Hiệu lực</p>"},
    {"location": "van-ban/blld-2019/#tom-tat", "title": "Tóm tắt", "text": "<p>năm 2019</p>"},
    {"location": "tin/", "title": "Tin", "text": "<p>BLLĐ và CĐCS; từ Tỉnh uỷ, tư vấn</p>"},
    {"location": "en/", "title": "Home", "text": "<p>Grassroots unions</p>"},
]


@pytest.fixture()
def named_site(tmp_path):
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(MATERIAL_INDEX), encoding="utf-8")
    (tmp_path / "du-lieu").mkdir()
    (tmp_path / "du-lieu" / "ke-hoach.json").write_text(json.dumps(EXPORT), encoding="utf-8")
    build_search_index(tmp_path, ["vi", "en"], "vi", NAMED)
    return tmp_path


def _postings(site, lang, folded):
    return _load(site / "search" / lang / "t" / f"{shard_key(folded)}.js")[1]["w"][folded]


def test_words_of_an_entrys_name_weigh_most(named_site):
    # "2019": in the card's name and title (64 + 8) on page 0 section 0; in the text of its
    # summary (1) on page 0 section 1.
    assert _postings(named_site, "vi", "2019") == {"": [0, 0, NAME_WEIGHT + TITLE_WEIGHT, 0, 1, 1]}
    _, card = _load(named_site / "search" / "vi" / "p" / "0.js")
    assert card[0][3:] == ["Bộ luật 45/2019/QH14 2019 Bộ luật Lao động", "bllđ"]  # for the worker
    assert len(card[1]) == 3


def test_abbreviations_count_both_ways(named_site):
    # The card writes "Bộ luật Lao động": also filed under "blld" (name and title)...
    assert _postings(named_site, "vi", "blld")["bllđ"][:3] == [0, 0, NAME_WEIGHT + TITLE_WEIGHT]
    # ...and the news page writes "BLLĐ": also filed under "bộ", "luật", "lao", "động".
    assert _postings(named_site, "vi", "luat")[tone_key("luật")] == [0, 0, NAME_WEIGHT + TITLE_WEIGHT, 1, 0, 1]
    assert _postings(named_site, "vi", "co")["cơ"] == [1, 0, 1]
    # "TU" is Tỉnh ủy; "tư" and "từ" are other words: "Tỉnh uỷ" gives "tu" once.
    assert _postings(named_site, "vi", "tu")[""] == [1, 0, 1]
    assert _postings(named_site, "vi", "tinh")[tone_key("tỉnh")] == [1, 0, 1]
    # English plurals match an expansion's singular.
    assert _postings(named_site, "en", "cdcs") == {"cđcs": [0, 0, 1]}


def test_offline_addresses_name_the_same_entries():
    assert entry_address("van-ban/x/") == "van-ban/x/"
    assert entry_address("en/van-ban/x.html") == "en/van-ban/x/"
    assert entry_address("van-ban/index.html") == "van-ban/"
    assert entry_address("index.html") == ""
