"""Render stage helpers shared by every page kind: escaping, links, dates, page frame."""

from __future__ import annotations

import html
import json

from plansite import model as m
from plansite.labels import t

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MARKDOWN_SPECIALS = str.maketrans({c: "\\" + c for c in "\\`*_{}[]#!~^"})


def esc(text: str) -> str:
    """Data text as inline Markdown that renders literally (no HTML, no markup)."""
    escaped = html.escape(text, quote=False).translate(_MARKDOWN_SPECIALS)
    return escaped.replace("|", "&#124;").replace("\n", " ")


def attr(text: str) -> str:
    """Data text inside an HTML attribute value."""
    return html.escape(text.replace("\n", " "), quote=True)


def pick(text: m.Text | None, lang: str) -> str:
    """The text in `lang`, falling back to Vietnamese while a translation is pending."""
    if text is None:
        return t("unknown_value", lang)
    return text.en if lang == "en" and text.en is not None else text.vi


def pending(text: m.Text, lang: str) -> bool:
    return lang == "en" and text.en is None


def link(label: str, target: str) -> str:
    """A Markdown link; `label` must already be escaped."""
    return f"[{label}]({target})"


def month_name(month: int, lang: str) -> str:
    return f"tháng {month}" if lang == "vi" else MONTHS_EN[month - 1]


def date_text(value: str | None, lang: str) -> str:
    if value is None:
        return t("unknown_value", lang)
    year, month, day = m.date_key(value)
    if lang == "vi":
        if day:
            return f"{day:02d}/{month:02d}/{year}"
        return f"tháng {month}/{year}" if month else str(year)
    if day:
        return f"{day} {MONTHS_EN[month - 1]} {year}"
    return f"{MONTHS_EN[month - 1]} {year}" if month else str(year)


def task_number(task_id: str) -> str:
    """ii-1-3 -> II.1.3"""
    roman, *rest = task_id.split("-")
    return ".".join([roman.upper(), *rest])


def page(title: str, description: str, body: list[str], source: str, lang: str) -> str:
    """A whole Markdown page: front matter, a generated-from comment, the body."""
    # MkDocs and Material print these without escaping, so they are escaped here.
    # A JSON string is a YAML double-quoted scalar, and ~50x faster to write than yaml.dump.
    front = "".join(
        f"{key}: {json.dumps(value, ensure_ascii=False)}\n"
        for key, value in (("title", attr(title)), ("description", attr(description)))
    )
    notice = f"<!-- {t('generated', 'en')}: {source}. Edit the data, not this file. -->"
    return f"---\n{front}---\n{notice}\n\n" + "\n".join(body).rstrip() + "\n"


def json_ld(data: dict) -> str:
    """A JSON-LD block that cannot close its own <script> element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">\n{text}\n</script>'
