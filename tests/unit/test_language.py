"""Tests of the language layer (plansite.language): the words files, their checks with
file:line:col, and how values read in each language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plansite import language
from plansite import model as m
from plansite.language import (
    LANGS,
    ORIGINAL,
    WORDS,
    date_text,
    excerpt,
    month_name,
    number_text,
    pick,
    suffix,
    t,
)
from tests.project import ROOT

SCRIPTS = ROOT / "scripts" / "plansite"

VI = """\
language:
  code: vi
  weight: 1
  suffix: ""
  locale: vi_VN
  decimal_mark: ","
  months: [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12]
  date_day: "{day:02d}/{month:02d}/{year}"
  date_month: "tháng {month}/{year}"
  name: Vietnamese
  own_name: Tiếng Việt
  title_initials: true
words:
  tasks: Nhiệm vụ
  more: "Sơ đồ chỉ vẽ {shown} trên {total} mục"
"""
EN = """\
language:
  code: en
  weight: 2
  suffix: .en
  locale: en_US
  decimal_mark: "."
  months: [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12]
  date_day: "{day} {month_name} {year}"
  date_month: "{month_name} {year}"
  name: English
  own_name: English
  title_initials: false
words:
  tasks: Tasks
  more: "The diagram shows {shown} of {total} items"
"""


def problems(tmp_path: Path, vi: str = VI, en: str = EN) -> list[str]:
    (tmp_path / "vi.yml").write_text(vi, encoding="utf-8")
    (tmp_path / "en.yml").write_text(en, encoding="utf-8")
    found = language.problems(tmp_path)
    return [f"{Path(p.file).name}:{p.line}:{p.col}: {p.message}" for p in found]


def test_the_real_language_files_have_no_problem():
    assert language.problems() == []
    assert LANGS == ("vi", "en") and ORIGINAL == "vi"
    assert WORDS["vi"].keys() == WORDS["en"].keys()


def test_valid_files_pass(tmp_path):
    assert problems(tmp_path) == []


def test_a_missing_key_names_the_file_line_and_the_reference(tmp_path):
    found = problems(tmp_path, en=EN.replace("  tasks: Tasks\n", ""))
    assert found == ["en.yml:14:3: `tasks` is missing (it is at vi.yml:14): add its translation"]


def test_an_extra_key_is_reported_at_its_line(tmp_path):
    found = problems(tmp_path, en=EN + "  stray: Stray\n")
    assert found == ["en.yml:16:10: `stray` is not in vi.yml: remove it, or add it there first"]


def test_a_placeholder_that_differs_is_reported(tmp_path):
    found = problems(tmp_path, en=EN.replace("{total} items", "all items"))
    assert found == ["en.yml:15:9: `more` must use the placeholders of vi.yml: shown, total"]


def test_a_lone_brace_is_reported(tmp_path):
    found = problems(tmp_path, en=EN.replace("{total} items", "{total} items {"))
    assert found == ["en.yml:15:9: `more` must use the placeholders of vi.yml: shown, total"]


def test_an_empty_word_is_reported(tmp_path):
    found = problems(tmp_path, en=EN.replace("tasks: Tasks", 'tasks: ""'))
    assert found == ["en.yml:14:10: `tasks` must be non-empty text"]


def test_a_language_block_needs_every_field(tmp_path):
    found = problems(tmp_path, en=EN.replace("  locale: en_US\n", ""))
    assert found == ["en.yml:2:3: `language.locale` must be a str; see vi.yml"]


def test_twelve_months(tmp_path):
    found = problems(tmp_path, en=EN.replace("m11, m12", "m11"))
    assert found == ["en.yml:7:11: `months` must name 12 months"]


def test_the_code_is_the_file_name(tmp_path):
    found = problems(tmp_path, en=EN.replace("code: en", "code: fr"))
    assert found == ["en.yml:2:9: the code must be the file's name, 'en'"]


def test_a_yaml_error_is_reported_with_its_line(tmp_path):
    found = problems(tmp_path, en=EN + "  broken: [\n")
    assert len(found) == 1 and found[0].startswith("en.yml:") and "YAML" in found[0]


def test_words_and_language_values():
    assert t("tasks", "vi") == "Nhiệm vụ" and t("tasks", "en") == "Tasks"
    assert suffix("vi") == "" and suffix("en") == ".en"
    assert month_name(5, "vi") == "tháng 5" and month_name(5, "en") == "May"
    assert date_text("2014-03-07", "vi") == "07/03/2014"
    assert date_text("2014-03-07", "en") == "7 March 2014"
    assert (
        date_text("2014-03", "vi") == "tháng 3/2014" and date_text("2014-03", "en") == "March 2014"
    )
    assert date_text("2014", "en") == "2014" and date_text(None, "en") == "unknown"
    assert number_text(1.25, 1, "vi") == "1,2" and number_text(1.25, 1, "en") == "1.2"


def test_pick_falls_back_to_the_original_while_a_translation_is_pending():
    assert pick(m.Text(vi="Một", en=None), "en") == "Một"
    assert pick(m.Text(vi="Một", en="One"), "en") == "One"
    assert pick(None, "vi") == "chưa rõ"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short  text\n here", 120, "short text here"),
        ("one two three four", 12, "one two…"),
        ("one two, three", 11, "one two…"),
    ],
)
def test_one_excerpt_rule(text, limit, expected):
    cut = excerpt(text, limit)
    assert cut == expected and len(cut) <= limit


def test_render_code_does_not_branch_on_a_language_code():
    """Words and formats come from the language files, not from `if lang == "vi"`."""
    folders = [SCRIPTS / "render", SCRIPTS / "diagrams"]
    files = [p for folder in folders for p in folder.glob("*.py")]
    files += [SCRIPTS / name for name in ("sheets.py", "ical.py", "abbr.py", "sharing.py")]
    found = [
        f"{path.name}:{number}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(
            f'{op} "{code}"' in line or f"{op} '{code}'" in line
            for op in ("==", "!=")
            for code in LANGS
        )
    ]
    assert found == []


def test_the_theme_takes_its_words_from_the_language_files():
    """overrides/ reads config.extra.words (plansite.sitebuild.template_words) instead of
    branching on the language; the 404 page, which shows both languages, is the exception."""
    from plansite.sitebuild import template_words

    templates = [p for p in (ROOT / "overrides").rglob("*.html") if p.name != "404.html"]
    branching = [p.name for p in templates if "theme.language ==" in p.read_text(encoding="utf-8")]
    assert branching == []
    used = {
        name
        for p in templates
        for name in re.findall(r"words\.([a-z_]+)", p.read_text(encoding="utf-8"))
    }
    for lang in LANGS:
        words = template_words(lang)
        assert used <= words.keys() and all(words[name] for name in used)
    assert template_words("en")["locale"] == "en_US"


@pytest.mark.parametrize(
    ("n", "lang", "words"),
    [(1, "en", "1 task"), (2, "en", "2 tasks"), (1, "vi", "1 nhiệm vụ"), (3, "vi", "3 nhiệm vụ")],
)
def test_a_count_takes_the_word_for_one_or_for_any_other_number(n, lang, words):
    assert language.count("task_count", n, lang) == words
