"""Search index stage: the pages' sections of both languages written as per-language files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from plansite.search.index import build_search_index, plain_text, shard_key

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
