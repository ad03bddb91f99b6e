"""Model stage for authored prose (content/<folder>/<id>.md): the syntax a maintainer
writes (citations, card fields, plan quotes, summary headings; described in
plansite.render.authored) and the record a file is read into. Checked by plansite.prose,
rendered by plansite.render.authored, exported by plansite.export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# `[@a @b]` or `[word @a, @b]`; not a Markdown link or footnote (no "(", "[" or ":" after).
CITATION = re.compile(
    r"\[(?:(?P<word>[a-z]+) +)?(?P<refs>@[^\]\s,;]+(?:[ ,;]+@[^\]\s,;]+)*)\](?![(\[:])"
)
REF = re.compile(r"@([^\]\s,;]+)")
PLAN_REF = "ke-hoach#"
FIELD = re.compile(r"\{\{ *(?P<name>[a-z_]+) *(?::(?P<arg>[^}]*))?\}\}")
PLAN_QUOTE = re.compile(r"^\{\{ *plan *: *(?P<anchor>[^}\s]+) *\}\}\s*$")
HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>.*?)\s*$")
SUMMARY_CLASS = re.compile(r"\{[^}]*\.summary\b[^}]*\}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
# The anchors of a page's list of sources and of its entries (plansite.render.sources).
SOURCES = "nguon"

DOCUMENT_FIELDS = ("number", "title", "issuer", "signer", "issue_date", "effective_date")
PROGRAMME_FIELDS = ("title", "period", "document")


@dataclass(frozen=True)
class Prose:
    file: str  # the file shown in errors and edit links, relative to the root
    lines: tuple[str, ...]
    fallback: bool = False  # an English page showing the Vietnamese file


Authored = dict[tuple[str, str, str], Prose]  # (folder, id, lang) -> prose
