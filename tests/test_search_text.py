"""Search text folding: the rules the index and the worker share."""

from __future__ import annotations

import unicodedata

import pytest

from plansite.search.text import fold, tone_key, words


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
