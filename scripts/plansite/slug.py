"""Render stage helper: ASCII heading slugs that fold Vietnamese (used by the toc extension).

"Đề án đổi mới" -> "de-an-doi-moi": đ/Đ become d, tone and vowel marks are
removed, everything else that is not a letter or digit becomes a hyphen.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII folding of Vietnamese text (đ -> d, marks dropped)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slugify(value: str, separator: str = "-") -> str:
    return _NOT_WORD.sub(separator, fold(value)).strip(separator)
