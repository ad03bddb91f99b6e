"""Search text folding: the rules the index and the worker share."""

from __future__ import annotations

import json
import unicodedata

import pytest

from plansite.search.text import fold, tone_key, words
from tests.project import ROOT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Công đoàn cơ sở", ["công", "đoàn", "cơ", "sở"]),
        ("(công, đoàn)", ["công", "đoàn"]),
        ("79-KL/TW", ["79", "kl", "tw"]),
        ("15/11", ["15", "11"]),
        (unicodedata.normalize("NFD", "Công đoàn"), ["công", "đoàn"]),
        ("CÔNG ĐOÀN", ["công", "đoàn"]),
        ("a_b", ["a", "b"]),
    ],
)
def test_words_are_nfc_lower_case_letters_and_digits(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("đoàn", "doan"), ("Đoàn", "doan"), ("ðoàn", "doan"), ("thoả", "thoa"), ("thỏa", "thoa"),
     ("người", "nguoi"), ("cong", "cong"), ("ĐỒNG", "dong")],
)
def test_fold_drops_every_mark_and_reads_d_for_đ(word, expected):
    assert fold(word) == expected


def test_tone_key_makes_both_tone_placements_equal():
    for old, new in (("thoả", "thỏa"), ("hoà", "hòa"), ("uỷ", "ủy"), ("khoẻ", "khỏe")):
        assert tone_key(old) == tone_key(new), (old, new)
        assert tone_key(unicodedata.normalize("NFD", old)) == tone_key(new)


def test_tone_key_keeps_what_tells_words_apart():
    assert tone_key("cơ") != tone_key("có") != tone_key("co")
    assert tone_key("đoàn") != tone_key("doàn")
    assert tone_key("cong") == "cong"


KEYS = json.loads((ROOT / "tests" / "fixtures" / "search-keys.json").read_text(encoding="utf-8"))


def test_the_table_of_words_typed_without_an_input_method():
    """The table the search worker's Telex and VNI readings are tested on
    (tests/browser/test_search.py): at least 40 words with marks, each in both schemes; typed,
    each is one word that folds to something else than the word, so that the search must
    read the keys to find it."""
    rows = KEYS["words"]
    assert len(rows) >= 40
    for row in rows:
        word = row["word"]
        assert unicodedata.is_normalized("NFC", word) and tone_key(word) != fold(word), word
        assert row["telex"] and row["vni"], word
        for typed in row["telex"] + row["vni"]:
            assert typed.isascii() and len(words(typed)) == 1, typed
            assert fold(typed) != fold(word), typed
    with_tone = [row for row in rows if any(c in "sfrxj" for c in row["telex"][0][1:])]
    both_orders = [row for row in with_tone if len(row["telex"]) > 1 and len(row["vni"]) > 1]
    assert len(both_orders) >= 30, "the tone key both at the end and after the vowel"
