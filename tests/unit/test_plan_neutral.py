"""The generator names no plan: no Python module under scripts/ may name the Kon Tum plan,
its federation or its slug; those live in data/plan.yml (the plan's identity). Nor a
language: its code is written in its file, plansite/i18n/<code>.yml, only."""

from __future__ import annotations

import ast
import re

import pytest
import yaml

from plansite.i18n import LANGS, LANGUAGES
from tests.project import ROOT

SLUG = yaml.safe_load((ROOT / "data" / "plan.yml").read_text(encoding="utf-8"))["slug"]
NAMES = ("kon tum", "kontum", "79-kl/tw", "kl79", SLUG.lower())


def named(text: str) -> list[str]:
    lowered = text.lower()
    return [name for name in NAMES if name in lowered]


def test_no_module_names_the_plan():
    modules = sorted((ROOT / "scripts").rglob("*.py"))
    assert len(modules) > 30
    found = {
        path.relative_to(ROOT).as_posix(): named(path.read_text(encoding="utf-8"))
        for path in modules
    }
    assert {path: names for path, names in found.items() if names} == {}


def test_the_check_would_see_a_name():
    assert named('PRODID = "-//LDLD Kon Tum KL79//plansite//VI"') == ["kon tum", "kl79"]
    assert named("FOLDER = 'ke-hoach-kl79'") == ["kl79", SLUG]


# A language is named in its file only (plansite/i18n/<code>.yml); the code asks the layer.
CODES = LANGS
SUFFIXES = tuple(LANGUAGES[code].suffix for code in LANGS if LANGUAGES[code].suffix)
_FILE_NAME = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, CODES))})\.(?:md|yml)\b")
ASK = "ask the language layer (ORIGINAL, LANGS, TRANSLATIONS, suffix(), pick()) instead"


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def language_literals(source: str, name: str = "<source>") -> list[str]:
    """`file:line:col: what` of each language code written in `source`: a string that is a
    code, a suffix or a file name with one ("vi", ".en", "x.en.md"), an attribute or keyword
    named by a code (`text.vi`, `vi=`). Comments and docstrings may name them."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        what = None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            if node.value in CODES or node.value in SUFFIXES or _FILE_NAME.search(node.value):
                what = f"the string {node.value!r}"
        elif isinstance(node, ast.Attribute) and node.attr in CODES:
            what = f"the attribute .{node.attr}"
        elif isinstance(node, ast.keyword) and node.arg in CODES:
            what = f"the keyword {node.arg}="
        if what:
            found.append((node.lineno, node.col_offset, what))
    return [
        f"{name}:{line}:{col + 1}: {what} names a language; {ASK}"
        for line, col, what in sorted(found)
    ]


def test_no_module_names_a_language():
    modules = [
        *sorted((ROOT / "scripts" / "plansite").rglob("*.py")),
        ROOT / "scripts" / "mkdocs_hooks.py",
    ]
    found = []
    for path in modules:
        shown = path.relative_to(ROOT).as_posix()
        found += language_literals(path.read_text(encoding="utf-8"), shown)
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("source", "what"),
    [
        ('suffix = "" if lang == "vi" else ".en"\n', ["the string 'vi'", "the string '.en'"]),
        ("title = doc.title.vi\n", ["the attribute .vi"]),
        ("text = m.Text(vi='a', en=None)\n", ["the keyword vi=", "the keyword en="]),
        ('name = f"{item}.en.md"\n', ["the string '.en.md'"]),
        ('hint = "copy the one of vi.yml"\n', ["the string 'copy the one of vi.yml'"]),
    ],
)
def test_the_check_would_see_a_language(source, what):
    found = language_literals(source)
    assert [item.split(": ", 1)[1].split(" names")[0] for item in found] == what
    assert all(item.endswith(ASK) for item in found)


def test_comments_and_docstrings_may_name_a_language():
    source = '"""Pages: index.md (vi) and index.en.md."""\n\n\ndef f():\n    """`en: null`."""\n    return 1  # "vi"\n'
    assert language_literals(source) == []
