"""Hostile input to `python -m plansite build` (cli stage, end to end on project copies).

Broken data: non-zero exit, a `data/FILE.yml:LINE` message, no traceback, and the
previously built site/ byte-for-byte unchanged. Markup in every kind of text field:
the build succeeds and the markup is shown as text in both languages.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import pytest
import yaml

from plansite.yamlload import MAX_FILE_BYTES
from tests.conftest import plansite_build
from tests.project import copy_project

pytestmark = pytest.mark.build


def tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(path.relative_to(root).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory, built_site: Path) -> Path:
    """One project copy with a good site/ (the session's build of the same sources); rows
    copy it."""
    project = copy_project(tmp_path_factory.mktemp("template") / "project")
    shutil.copytree(built_site, project / "site", symlinks=True)
    return project


# --- mutations: each edits data/ of a project copy and returns the expected line ---


def replace(name: str, old: str, new: str, mark: str | None = None):
    """Replace the first `old` by `new`; the error is expected on the line of `mark` (in new)."""

    def mutate(data: Path) -> int:
        path = data / f"{name}.yml"
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        start = text.index(old)
        text = text[:start] + new + text[start + len(old) :]
        path.write_text(text, encoding="utf-8")
        return text[: text.index(mark, start) if mark else start].count("\n") + 1

    return mutate


def whole(name: str, content: bytes, line: int = 1):
    def mutate(data: Path) -> int:
        (data / f"{name}.yml").write_bytes(content)
        return line

    return mutate


def folder(name: str):
    def mutate(data: Path) -> int:
        (data / f"{name}.yml").unlink()
        (data / f"{name}.yml").mkdir()
        return 1

    return mutate


def symlink_loop(name: str):
    def mutate(data: Path) -> int:
        (data / f"{name}.yml").unlink()
        os.symlink(f"{name}.yml", data / f"{name}.yml")
        return 1

    return mutate


def big_file(name: str):
    def mutate(data: Path) -> int:
        path = data / f"{name}.yml"
        path.write_text(path.read_text(encoding="utf-8") + "#" * MAX_FILE_BYTES + "\n", "utf-8")
        return 1

    return mutate


LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(8)
)
DEEP = "- id: deep\n  name: " + "[" * 200 + "]" * 200 + "\n"
TASK = "- id: ii-1-1\n  group: ii-1\n"
ORG = "- id: tong-ldld-vn\n  name:\n"
BHXH = '  certainty: checked\n  mentions: ["luật Bảo hiểm xã hội"]\n'
MOVE = '    vi: "Lao động giỏi, lao động sáng tạo"\n'

# (row id, mutation, file, message fragment)
ROWS = [
    (
        "yaml-syntax",
        replace("tasks", "  group: ii-1\n", "  group: [ii-1\n", "  text:"),
        "tasks",
        "YAML syntax",
    ),
    (
        "tab-indent",
        replace("tasks", "\n  group: ii-1", "\n\tgroup: ii-1", "\tgroup"),
        "tasks",
        "tab",
    ),
    (
        "duplicate-id",
        replace("organisations", "- id: doan-chu-tich-tld", "- id: tong-ldld-vn"),
        "organisations",
        "tong-ldld-vn",
    ),
    (
        "duplicate-key",
        replace(
            "organisations",
            "  level: national\n",
            "  level: national\n  level: party\n",
            "  level: party",
        ),
        "organisations",
        "level",
    ),
    (
        "unknown-key",
        replace("organisations", ORG, "- id: tong-ldld-vn\n  colour: red\n  name:\n", "  colour"),
        "organisations",
        "colour",
    ),
    (
        "dangling-ref",
        replace("tasks", "responsible: [ldld-tinh,", "responsible: [khong-co-don-vi,"),
        "tasks",
        "khong-co-don-vi",
    ),
    (
        "impossible-date",
        replace("documents", 'issue_date: "2008-01-28"', 'issue_date: "2014-02-30"'),
        "documents",
        "2014-02-30",
    ),
    (
        "wrong-type",
        replace(
            "programmes",
            "period: {start: 2013, end: 2018}",
            "period: {start: hai-nghin, end: 2018}",
        ),
        "programmes",
        "whole number",
    ),
    (
        "wrong-enum",
        replace("organisations", "  level: national\n", "  level: planet\n"),
        "organisations",
        "planet",
    ),
    (
        "bad-id",
        replace("movements", "- id: lao-dong-gioi-sang-tao", "- id: Lao_Động"),
        "movements",
        "id",
    ),
    ("missing-vi", replace("movements", MOVE, "", '    en: "Good work'), "movements", "'vi'"),
    ("null-vi", replace("movements", MOVE, "    vi: null\n"), "movements", "expected text"),
    ("empty-vi", replace("movements", MOVE, '    vi: ""\n'), "movements", "empty text"),
    (
        "replaces-cycle",
        replace(
            "documents",
            BHXH,
            BHXH + "  relations:\n    replaces: [luat-bhxh-2014]\n",
            "    replaces",
        ),
        "documents",
        "cycle",
    ),
    (
        "non-nfc",
        replace("glossary", 'vi: "công đoàn cơ sở"', 'vi: "co\u0302ng đoàn cơ sở"'),
        "glossary",
        "NFC",
    ),
    (
        "long-title",
        replace("programmes", '    vi: "Nâng cao', '    vi: "' + "Nâng cao " * 11_112),
        "programmes",
        "20000",
    ),
    ("oversized-file", big_file("events"), "events", "MB"),
    ("empty-file", whole("glossary", b""), "glossary", "empty"),
    ("only-comments", whole("glossary", b"# nothing here\n"), "glossary", "empty"),
    ("mapping-not-list", whole("movements", b"id: x\nkind: movement\n"), "movements", "list"),
    ("binary-file", whole("movements", bytes(range(256)) * 40), "movements", "UTF-8"),
    (
        "nul-byte",
        whole("glossary", 'vi: "công\x00 đoàn"'.encode()),
        "glossary",
        "binary",
    ),
    (
        "escaped-control",
        replace("glossary", 'vi: "công đoàn cơ sở"', 'vi: "công\\e đoàn\\r"'),
        "glossary",
        "control character",
    ),
    (
        "raw-control",
        replace("glossary", 'vi: "công đoàn cơ sở"', 'vi: "công\x1b đoàn"'),
        "glossary",
        "character",
    ),
    ("folder", folder("tasks"), "tasks", "folder"),
    ("symlink-loop", symlink_loop("organisations"), "organisations", "symbolic link"),
    ("missing-file", lambda data: (data / "programmes.yml").unlink() or 1, "programmes", "missing"),
    ("deep-nesting", whole("movements", DEEP.encode(), 2), "movements", "nest"),
    ("alias-bomb", whole("glossary", LAUGHS.encode(), 0), "glossary", "values"),
    ("self-alias", whole("glossary", b"- &a [*a]\n"), "glossary", "itself"),
    (
        "javascript-address",
        replace("sources", '  url: "https://luatminhkhue.vn/', '  url: "javascript:alert(1)//'),
        "sources",
        "not a web address",
    ),
    (
        "data-address",
        replace("sources", '  url: "https://luatminhkhue.vn/', '  url: "data:text/html,x'),
        "sources",
        "https://",
    ),
    (
        "undefined-source",
        replace("documents", "  sources: [s21]\n", "  sources: [s21, s999]\n"),
        "documents",
        "unknown source 's999'",
    ),
    (
        "successor-cycle",
        replace(
            "organisations",
            '  start_date: "2025-07-01"\n',
            '  start_date: "2025-07-01"\n  end_date: "2026-01-01"\n  successor: ldld-tinh\n',
            "  successor: ldld-tinh",
        ),
        "organisations",
        "successor cycle",
    ),
    (
        "end-before-start",
        replace(
            "organisations",
            '  start_date: "2025-07-01"\n',
            '  start_date: "2025-07-01"\n  end_date: "2025-01-01"\n',
            '  end_date: "2025-01-01"',
        ),
        "organisations",
        "before the start date",
    ),
    (
        "task-not-in-plan",
        replace("tasks", TASK, "- id: ii-1-99\n  group: ii-1\n"),
        "tasks",
        "ii-1-99",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "name", "fragment"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_bad_data_fails_cleanly_and_keeps_the_site(template, tmp_path, mutate, name, fragment):
    project = tmp_path / "project"
    shutil.copytree(template, project, symlinks=True)
    before = tree_hash(project / "site")
    line = mutate(project / "data")
    result = plansite_build(project, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output[-2000:]
    assert "Traceback" not in output, output[-3000:]
    where = f"data/{name}.yml:{line}:" if line else f"data/{name}.yml:"
    mine = [row for row in output.splitlines() if row.startswith(where)]
    assert mine, f"no {where} in:\n{output[-2000:]}"
    assert any(fragment.lower() in row.lower() for row in mine), "\n".join(mine)
    assert tree_hash(project / "site") == before


# --- markup in every kind of text field: shown as text, never as markup ---

MARKUP = (
    "--- <script>alert(1)</script><img src=x onerror=alert(2)> <b>raw</b> "
    '[x](javascript:alert(1)) {: onclick=x} {{ "pw" ~ "ned" }} *em* | pipe'
)
# Text that must stay verbatim: tasks are checked against the plan page, mentions are
# substrings of the plan; ids, dates and enums are not free text.
KEEP = {("tasks", "text"), ("documents", "mentions")}
FREE_TEXT = {
    ("documents", "number"),
    ("glossary", "term"),
    ("sources", "publisher"),
    ("sources", "title"),
}


def poison(data: Path) -> set[tuple[str, str]]:
    """Prefix MARKUP to every free-text value of every data file; returns (file, field) hit."""
    hit = set()
    for path in sorted(data.glob("*.yml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(entries, list):
            continue
        if path.stem in ("movements", "glossary"):  # their optional note is unused so far
            entries[0].setdefault("note", {"vi": "ghi chú", "en": "note"})
        for entry in entries:
            for key, value in entry.items():
                if (path.stem, key) in KEEP:
                    continue
                if isinstance(value, dict) and set(value) <= {"vi", "en"}:
                    for lang, text in value.items():
                        if text is not None:
                            value[lang] = f"{MARKUP} {text}"
                    hit.add((path.stem, key))
                elif (path.stem, key) in FREE_TEXT and isinstance(value, str):
                    entry[key] = f"{MARKUP} {value}"
                    hit.add((path.stem, key))
        path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), "utf-8")
    return hit


class Injected(HTMLParser):
    """Collects elements and attributes that MARKUP would create if it were not escaped."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.open.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "img" and ("src", "x") in attrs:
            self.found.append("<img src=x>")

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data):
        tag = self.open[-1] if self.open else ""
        if (tag, data) in {("script", "alert(1)"), ("b", "raw"), ("em", "em")}:
            self.found.append(f"<{tag}>{data}")
        if "pwned" in data:
            self.found.append("pwned (a template expression was evaluated)")


def injected(html: str) -> list[str]:
    parser = Injected()
    parser.feed(html)
    return parser.found


def test_markup_in_every_text_field_is_shown_as_text(template, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(template, project, symlinks=True)
    hit = poison(project / "data")
    expected = {"name", "short", "title", "notes", "note", "summary", "expansion"}
    expected |= {"source_note", "life_note", "publisher"}
    assert expected <= {field for _, field in hit}, hit
    assert ("events", "title") in hit and ("documents", "why_cited") in hit
    result = plansite_build(project, timeout=120)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    site = project / "site"
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        assert injected(page.read_text(encoding="utf-8")) == [], page.relative_to(site)
    shown = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
    for lang in ("", "en/"):
        pages = ("don-vi/tong-ldld-vn", "van-ban/luat-bhxh-2006", "thuat-ngu", "phong-trao")
        for page in (*pages, "van-ban/kl-79-kl-tw-2013", "don-vi/ldld-huyen", "hien-trang"):
            html = (site / lang / page / "index.html").read_text(encoding="utf-8")
            assert shown in html, (lang, page)
            assert "{: onclick=x}" in html and "javascript:alert(1)" in html, (lang, page)
    for path in sorted(site.rglob("*.json")):
        json.loads(path.read_text(encoding="utf-8"))
    calendars = sorted(site.rglob("*.ics"))
    assert calendars
    for path in calendars:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        titles = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
        assert all(title.startswith(MARKUP) for title in titles), (path.name, titles[:1])
