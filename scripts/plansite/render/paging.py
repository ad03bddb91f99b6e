"""Render stage helper: a long generated list split over pages of at most PAGE_SIZE items.

A list page (the task index, the timeline, a checklist) is a run of headed sections. While the
whole list fits on one page nothing changes; a site with many plans gets page 1 at the
usual address (folder/index.md) and pages 2, 3… at folder/trang-2.md, folder/trang-3.md,
each with a pager at the top and the bottom, so that no page outgrows what a phone on a
slow link should download. Whole sections stay together while they fit; a section
longer than a page is cut, and its heading is repeated, marked as continued, on the
next page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from plansite import language
from plansite.language import ORIGINAL, t

PAGE_SIZE = 300  # list items per page, unless a list sets its own


@dataclass
class Section:
    title: str  # Markdown, escaped
    anchor: str
    level: int
    items: list[Any] = field(default_factory=list)

    def heading(self, continued: int = 0, lang: str = ORIGINAL) -> list[str]:
        if not continued:
            return ["", f"{'#' * self.level} {self.title} {{#{self.anchor}}}", ""]
        title = f"{self.title} ({t('continued', lang)})"
        return ["", f"{'#' * self.level} {title} {{#{self.anchor}-{continued + 1}}}", ""]


@dataclass
class Piece:
    section: Section
    items: list[Any]
    continued: int  # 0 for the section's first piece


def paginate(sections: list[Section], size: int | None = None) -> list[list[Piece]]:
    """Pieces of sections per page, no page over `size` (PAGE_SIZE) items, in order."""
    size = size or PAGE_SIZE
    pages: list[list[Piece]] = [[]]
    used = 0
    for section in sections:
        items, continued = section.items, 0
        if used and used + len(items) > size:
            pages.append([])
            used = 0
        while used + len(items) > size:
            room = size - used
            pages[-1].append(Piece(section, items[:room], continued))
            items, continued = items[room:], continued + 1
            pages.append([])
            used = 0
        pages[-1].append(Piece(section, items, continued))
        used += len(items)
    return pages


def file_name(number: int, suffix: str, stem: str = "") -> str:
    """The Markdown file of page `number` (1-based): index.md, trang-2.md… inside the
    list's folder, or stem.md, stem-trang-2.md… for a list that is one page of a folder."""
    if number == 1:
        return f"{stem or 'index'}{suffix}.md"
    return f"{stem + '-' if stem else ''}trang-{number}{suffix}.md"


def pager(number: int, count: int, lang: str, stem: str = "") -> list[str]:
    """Links to every page of the list, the current one in bold; nothing for one page."""
    if count == 1:
        return []
    links = [
        f"**{n}**" if n == number else f"[{n}]({file_name(n, '', stem)})"
        for n in range(1, count + 1)
    ]
    return ["", f"{t('pages', lang)}: " + " · ".join(links), "{: .pager }", ""]


@dataclass
class Page:
    file: str  # Markdown file name in the list's folder, with the language suffix
    title: str  # the list's title, "(trang 2)" / "(page 2)" added from page 2 on
    pager: list[str]
    pieces: list[Piece]


def pages(
    sections: list[Section], title: str, lang: str, size: int | None = None, stem: str = ""
) -> list[Page]:
    """The list's sections over pages, each page with its file name, title and pager."""
    split = paginate(sections, size)
    return [
        Page(
            file=file_name(number, language.suffix(lang), stem),
            title=title + (f" ({t('page_n', lang)} {number})" if number > 1 else ""),
            pager=pager(number, len(split), lang, stem),
            pieces=pieces,
        )
        for number, pieces in enumerate(split, start=1)
    ]


def body(pieces: list[Piece], lang: str, line: Callable[[Any], str]) -> list[str]:
    """The pieces' headings, each followed by one Markdown line per item."""
    out: list[str] = []
    for piece in pieces:
        out += piece.section.heading(piece.continued, lang)
        out += [line(item) for item in piece.items]
    return out


def items(pieces: list[Piece]) -> list[Any]:
    return [item for piece in pieces for item in piece.items]


def in_folder(folder: str, pages: dict[str, str]) -> dict[str, str]:
    """A list's pages (file name -> text) as files of the generated folder `folder`."""
    return {f"{folder}/{name}": text for name, text in pages.items()}
