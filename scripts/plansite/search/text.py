"""Search stage helper: the one definition of how words are cut and folded.

The search worker (docs/assets/search.js) does exactly the same in JavaScript; a browser
test runs both over the plan's text and compares them.

- `words`: NFC, lower-case, runs of letters and digits ("(công" gives "công").
- `fold`: no marks at all, đ (and the look-alike ð) as d: "Đoàn" -> "doan".
- `tone_key`: vowel marks kept, the tone moved to the end, so both tone placements
  agree: "thoả" and "thỏa" -> "thoa\u0309".
"""

from __future__ import annotations

import functools
import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")
_D = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
# Grave, acute, tilde, hook above, dot below: the five Vietnamese tone marks.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


@functools.lru_cache(maxsize=200_000)  # a site's vocabulary: words repeat on every page
def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.translate(_D))
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M")).lower()


@functools.lru_cache(maxsize=200_000)
def tone_key(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = "".join(c for c in decomposed if c in _TONES)
    rest = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", rest) + tones
