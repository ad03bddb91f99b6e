"""Render stage helpers shared by every page kind: escaping, links, dates, page frame."""

from __future__ import annotations

import functools
import html
import json
import re

from plansite.language import DESCRIPTION, excerpt

# Backslash escapes work only for the characters Markdown knows (md.ESCAPED_CHARS);
# any other character is written as an HTML entity, which never shows a stray "\".
_MARKDOWN_SPECIALS = {c: "\\" + c for c in "\\`*_{}[]#!"} | {c: f"&#{ord(c)};" for c in "~^|"}
_MARKDOWN_SPECIAL = re.compile("[" + re.escape("".join(_MARKDOWN_SPECIALS)) + "]")
# What would make a paragraph a list or a rule: "- ", "+ ", "---", "2019. " at its start.
_BULLET_START = re.compile(r"^([-+])")
_NUMBER_START = re.compile(r"^([0-9]+)\.")
_LIST_STARTS = frozenset("-+0123456789")


@functools.lru_cache(maxsize=1 << 16)  # names and titles recur on many pages
def esc(text: str) -> str:
    """Data text as inline Markdown that renders literally (no HTML, no markup),
    wherever it lands: inside a line, or alone at the start of a paragraph."""
    # A regex finds the few specials; str.translate with a dict looks up every character.
    escaped = _MARKDOWN_SPECIAL.sub(
        lambda match: _MARKDOWN_SPECIALS[match[0]], html.escape(text, quote=False)
    )
    escaped = escaped.replace("\n", " ").lstrip()  # leading spaces would start a code block
    if escaped[:1] not in _LIST_STARTS:
        return escaped
    escaped = _BULLET_START.sub(r"\\\1", escaped)
    return _NUMBER_START.sub(r"\1\\.", escaped)


def attr(text: str) -> str:
    """Data text inside an HTML attribute value."""
    return html.escape(text.replace("\n", " "), quote=True)


def link(label: str, target: str) -> str:
    """A Markdown link; `label` must already be escaped."""
    return f"[{label}]({target})"


def plan_link(index, anchor: str, label: str | None = None) -> str:
    """A link from a generated page (one folder below docs/) to a block of the plan,
    on whichever plan page holds it; labelled #id unless `label` is given."""
    target = index.data.plan_text().target(anchor)
    return link(label or f"#{target.split('#', 1)[1]}", f"../{target}")


def page(title: str, description: str, body: list[str], source: str, lang: str) -> str:
    """A whole Markdown page: front matter (the description cut by the excerpt rule),
    a generated-from comment, the body."""
    # MkDocs and Material print these without escaping, so they are escaped here.
    # data_source: the file a maintainer edits (plansite.pagesource: edit link, date): the
    # first one named, or the whole data folder for a page made by a command, not a file.
    # A JSON string is a YAML double-quoted scalar, and far faster to write than yaml.dump.
    first = source.split(" ")[0].rstrip(",")
    fields = (
        ("title", attr(title)),
        ("description", attr(excerpt(description, DESCRIPTION))),
        ("data_source", first if "/" in first else "data/*.yml"),
    )
    front = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields)
    # A note to maintainers, in English as every message to them is.
    notice = f"<!-- This page is generated from the site's data: {source}. Edit the data, not this file. -->"
    return f"---\n{front}---\n{notice}\n\n" + "\n".join(body).rstrip() + "\n"


def json_ld(data: dict) -> str:
    """A JSON-LD block that cannot close its own <script> element."""
    # Compact: an indent would make json use its pure-Python encoder (much slower).
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">\n{text}\n</script>'
