"""Load and validate stage for authored prose: content/<folder>/<id>.md (Vietnamese) and
<id>.en.md (English), hand-written text that joins the generated card at the same address.

content/van-ban/<id>.md joins the card of document <id>, content/chuong-trinh/<id>.md the
page of programme <id>. Every rule is checked here, before anything is written, and
reported as `file:line:col`: an unknown id or file name, a level-1 heading (the card
gives the title), a heading without its `{#id}` (anchors are published and the same in
both languages), an anchor the card already uses, an unknown source, plan paragraph or
card field, and a point of an editors' summary that cites no source. An English file
that is missing is a counted warning; the English page then shows the Vietnamese text.
The syntax itself is described in plansite.render.authored.
"""

from __future__ import annotations

import re
from pathlib import Path

from plansite import model as m
from plansite import pagekinds
from plansite import proseformat as syntax
from plansite.crossref import Index
from plansite.language import LANGS, ORIGINAL, TRANSLATIONS, by_suffix, named, suffix
from plansite.paths import Paths
from plansite.problems import Problem
from plansite.proseformat import Authored, Prose
from plansite.render.documents import render_document
from plansite.render.programmes import render_programme
from plansite.validate import suggest

# folder under content/ (and docs/) -> (data file, what its ids name)
FOLDERS = {pagekinds.folder(kind): kind for kind in ("documents", "programmes")}
ANCHOR = re.compile(r"\{[^}]*?#(?P<id>[A-Za-z0-9_:-]+)[^}]*\}|\bid=\"(?P<html>[^\"]+)\"")
HEADING_ID = re.compile(r"\{[^}]*#[A-Za-z0-9_:-]+[^}]*\}\s*$")
POINT = re.compile(r"^(?:[-*+]|[0-9]+[.)])\s")
CERTAINTIES = {c.value for c in m.Certainty}


def card_anchors(index: Index, folder: str, item_id: str) -> set[str]:
    """The ids the generated card defines (`{#id}`, `{: #id }`, `id="…"`), rendered
    from an index without prose; both languages use the same ids."""
    if FOLDERS[folder] == "programmes":
        markdown = render_programme(index, index.programmes[item_id], ORIGINAL)
    else:
        markdown = render_document(index, index.docs[item_id], ORIGINAL)
    return {match["id"] or match["html"] for match in ANCHOR.finditer(markdown)}


def _unfenced(lines: tuple[str, ...]):
    """(line number, line) outside fenced code blocks."""
    fenced = False
    for number, line in enumerate(lines, start=1):
        if syntax.FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield number, line


class _Checker:
    def __init__(self, index: Index, file: str, folder: str, item_id: str) -> None:
        self.index, self.file, self.folder, self.item_id = index, file, folder, item_id
        self.problems: list[Problem] = []

    def error(self, line: int, col: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, col, message))

    def check(self, lines: tuple[str, ...], card: set[str]) -> list[str]:
        """Every rule on one file; returns its heading ids in order."""
        headings: list[str] = []
        seen: set[str] = set()
        for number, line in _unfenced(lines):
            heading = syntax.HEADING.match(line)
            if heading:
                self._heading(number, line, heading, headings)
            for match in ANCHOR.finditer(line):
                self._anchor(number, match, card, seen)
            for match in syntax.CITATION.finditer(line):
                self._citation(number, match)
            quote = syntax.PLAN_QUOTE.match(line)
            if quote:
                self._plan_anchor(number, 1, quote["anchor"])
            else:
                for match in syntax.FIELD.finditer(line):
                    self._field(number, match)
        self._summaries(lines)
        return headings

    def _heading(self, number: int, line: str, heading: re.Match, headings: list[str]) -> None:
        if len(heading["marks"]) == 1:
            self.error(
                number, 1, "a level-1 heading; the card gives the page its title, so start at ##"
            )
        found = HEADING_ID.search(line)
        if not found:
            self.error(
                number,
                len(line) + 1,
                "a heading without an id; end it with {#id} (ASCII, the same id in both languages)",
            )
            return
        headings.append(ANCHOR.search(found.group())["id"])

    def _anchor(self, number: int, match: re.Match, card: set[str], seen: set[str]) -> None:
        anchor = match["id"] or match["html"]
        col = match.start("id") if match["id"] else match.start() + 1  # at its "#" or "id="
        kind = FOLDERS[self.folder]
        if anchor in card or anchor == syntax.SOURCES or anchor.startswith(syntax.SOURCES + "-"):
            self.error(
                number,
                col,
                f"anchor '#{anchor}' is already used by the generated card of this page "
                f"(data/{kind}.yml, {self.item_id}); choose another id",
            )
        elif anchor in seen:
            self.error(
                number, col, f"anchor '#{anchor}' is used twice in this file; make it unique"
            )
        seen.add(anchor)

    def _citation(self, number: int, match: re.Match) -> None:
        if match["word"] and match["word"] not in CERTAINTIES:
            self.error(
                number,
                match.start() + 2,
                f"unknown certainty '{match['word']}' in a citation; "
                f"use one of: {', '.join(sorted(CERTAINTIES))}",
            )
        for ref in syntax.REF.finditer(match["refs"]):
            col = match.start("refs") + ref.start() + 1
            name = ref.group(1)
            if name.startswith(syntax.PLAN_REF):
                self._plan_anchor(number, col, name.removeprefix(syntax.PLAN_REF))
            elif name not in self.index.sources:
                self.error(
                    number,
                    col,
                    f"unknown source '@{name}'; add it to data/sources.yml"
                    f"{suggest(name, self.index.sources)}",
                )

    def _plan_anchor(self, number: int, col: int, anchor: str) -> None:
        plan = self.index.data.plan_text()
        if anchor not in plan.blocks and anchor not in plan.footnotes:
            self.error(
                number,
                col,
                f"no paragraph '#{anchor}' in the plan{suggest(anchor, [*plan.blocks, *plan.footnotes])}",
            )

    def _field(self, number: int, match: re.Match) -> None:
        known = (
            syntax.PROGRAMME_FIELDS
            if FOLDERS[self.folder] == "programmes"
            else syntax.DOCUMENT_FIELDS
        )
        if match["name"] not in known or match["arg"] is not None:
            self.error(
                number,
                match.start() + 1,
                f"unknown field '{match.group()}'; use {{{{ name }}}} with one of: "
                f"{', '.join(known)} (or {{{{ plan: anchor }}}} alone on a line)",
            )

    def _summaries(self, lines: tuple[str, ...]) -> None:
        """Every point (list item or paragraph) under a `.summary` heading cites a source."""
        level = 0  # of the summary heading being read; 0 outside one
        point: tuple[int, list[str]] | None = None
        blank = True
        for number, line in (*_unfenced(lines), (len(lines) + 1, "# end")):
            heading = syntax.HEADING.match(line)
            starts = heading or (level and line.strip() and (POINT.match(line) or blank))
            if starts and point and not any(syntax.CITATION.search(text) for text in point[1]):
                self.error(
                    point[0],
                    1,
                    "a point of the editors' summary cites no source; "
                    "add [@id] (a source of data/sources.yml) or [@ke-hoach#anchor]",
                )
            if heading:
                point = None
                marks = len(heading["marks"])
                if syntax.SUMMARY_CLASS.search(line):
                    level = marks
                elif level and marks <= level:
                    level = 0
            elif level and line.strip() and not line.startswith("!!!"):
                if starts:
                    point = (number, [line])
                elif point:
                    point[1].append(line)
            blank = not line.strip()


def _read(path: Path, shown: str) -> tuple[tuple[str, ...] | None, Problem | None]:
    try:
        return tuple(path.read_text(encoding="utf-8").splitlines()), None
    except UnicodeDecodeError:
        return None, Problem(shown, 1, 1, "not UTF-8 text; save it as UTF-8")


def load(paths: Paths, index: Index) -> tuple[Authored, list[Problem], list[Problem]]:
    """(prose by (folder, id, lang), errors, warnings) of every file under content/;
    `index` holds no prose yet."""
    found: Authored = {}
    errors: list[Problem] = []
    warnings: list[Problem] = []
    for folder, kind in FOLDERS.items():
        known = index.docs if kind == "documents" else index.programmes
        files = sorted((paths.content / folder).glob("*.md"))
        names = {path.name for path in files}
        for path in files:
            shown = paths.display(path)
            item_id, dot, tail = path.name.removesuffix(".md").partition(".")
            lang = by_suffix(dot + tail)
            if lang is None:
                names_ok = " or ".join(f"{item_id}{suffix(code)}.md" for code in LANGS)
                errors.append(
                    Problem(shown, 1, 1, f"unknown language '.{tail}'; name it {names_ok}")
                )
                continue
            if item_id not in known:
                errors.append(
                    Problem(
                        shown,
                        1,
                        1,
                        f"no {kind[:-1]} '{item_id}' in data/{kind}.yml to join this text to; "
                        f"name the file after its id{suggest(item_id, known)}",
                    )
                )
                continue
            original = f"{item_id}{suffix(ORIGINAL)}.md"
            if lang != ORIGINAL and original not in names:
                errors.append(
                    Problem(
                        shown,
                        1,
                        1,
                        f"{named(lang, article=True)} text without its {named(ORIGINAL)} one; "
                        f"add {shown[: -len(path.name)]}{original}",
                    )
                )
                continue
            lines, problem = _read(path, shown)
            if problem:
                errors.append(problem)
                continue
            found[(folder, item_id, lang)] = Prose(shown, lines)
        for (where, item_id, lang), text in list(found.items()):
            if where != folder or lang != ORIGINAL:
                continue
            card = card_anchors(index, folder, item_id)
            ids = _check(index, text, folder, item_id, card, errors)
            for other in TRANSLATIONS:
                key = (folder, item_id, other)
                _translation(index, paths, found, key, card, ids, errors, warnings)
    return found, errors, warnings


def _translation(index, paths: Paths, found: Authored, key, card, ids, errors, warnings) -> None:
    """Checks the translation `key` (folder, id, lang) of an original text whose heading
    ids are `ids`; a missing one shows the original text, with a warning."""
    folder, item_id, lang = key
    original = found[(folder, item_id, ORIGINAL)]
    text = found.get(key)
    if text is None:
        found[key] = Prose(original.file, original.lines, fallback=True)
        warnings.append(
            Problem(
                original.file,
                1,
                1,
                f"{named(lang)} translation pending: no {paths.display(paths.content / folder / item_id)}{suffix(lang)}.md; "
                f"the {named(lang)} page shows the {named(ORIGINAL)} text",
                "warning",
            )
        )
        return
    own = _check(index, text, folder, item_id, card, errors)
    if own != ids:
        errors.append(
            Problem(
                text.file,
                1,
                1,
                f"heading ids differ from {original.file}: {' '.join(own)} instead of "
                f"{' '.join(ids)}; use the same ids in the same order in both languages",
            )
        )


def _check(index, text: Prose, folder, item_id, card: set[str], errors) -> list[str]:
    checker = _Checker(index, text.file, folder, item_id)
    headings = checker.check(text.lines, card)
    errors.extend(checker.problems)
    return headings
