"""Render stage helper: ASCII heading slugs that fold Vietnamese (used by the toc extension).

"Đề án đổi mới" -> "de-an-doi-moi": đ/Đ become d, tone and vowel marks are
removed, everything else that is not a letter or digit becomes a hyphen.
"""

from __future__ import annotations

import re

from plansite.search.text import fold

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slugify(value: str, separator: str = "-") -> str:
    return _NOT_WORD.sub(separator, fold(value)).strip(separator)
