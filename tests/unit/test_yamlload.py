"""Unit tests of plansite.yamlload: YAML text to plain data plus positions and problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from plansite.problems import Problem
from plansite.yamlload import Loaded, load_file, load_text

SAMPLE = """\
# a comment
- id: a
  text:
    vi: "một"
    en: "one"
  list: [p, q]
- id: b
  nested:
    deeper:
      - x
      - y: z
"""


def problems_of(loaded: Loaded) -> list[str]:
    return [p.format() for p in loaded.problems]


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "data.yml"
    path.write_bytes(data)
    return path


# --- data and positions --------------------------------------------------------


def test_sample_loads_without_problems() -> None:
    loaded = load_text(SAMPLE, "data/x.yml")
    assert loaded.problems == []
    assert loaded.data == [
        {"id": "a", "text": {"vi": "một", "en": "one"}, "list": ["p", "q"]},
        {"id": "b", "nested": {"deeper": ["x", {"y": "z"}]}},
    ]


@pytest.mark.parametrize(
    ("path", "position"),
    [
        ((), (2, 1)),
        ((0,), (2, 3)),
        ((0, "id"), (2, 7)),
        ((0, "text"), (4, 5)),
        ((0, "text", "vi"), (4, 9)),
        ((0, "text", "en"), (5, 9)),
        ((0, "list"), (6, 9)),
        ((0, "list", 1), (6, 13)),
        ((1, "nested", "deeper", 0), (10, 9)),
        ((1, "nested", "deeper", 1, "y"), (11, 12)),
    ],
)
def test_positions_of_nested_values(path: tuple, position: tuple[int, int]) -> None:
    loaded = load_text(SAMPLE, "data/x.yml")
    assert loaded.positions[path] == position
    assert loaded.where(path) == position


def test_where_falls_back_to_the_nearest_ancestor() -> None:
    loaded = load_text(SAMPLE, "data/x.yml")
    assert loaded.where((0, "text", "fr")) == (4, 5)
    assert loaded.where((0, "missing", "deeper")) == (2, 3)
    assert loaded.where((7, "id")) == (2, 1)


def test_problem_carries_file_line_and_column() -> None:
    loaded = load_text(SAMPLE, "data/x.yml")
    problem = loaded.problem((0, "list", 1), "bad item")
    assert problem == Problem("data/x.yml", 6, 13, "bad item", "error")
    assert problem.format() == "data/x.yml:6:13: error: bad item"
    assert loaded.problem((), "note", "warning").format() == "data/x.yml:2:1: warning: note"


def test_keys_that_are_not_text_become_text() -> None:
    loaded = load_text("1: one\ntrue: yes\n", "x.yml")
    assert loaded.data == {"1": "one", "True": "yes"}


def test_only_true_and_false_are_booleans() -> None:
    loaded = load_text("a: on\nb: no\nc: true\n", "x.yml")
    assert loaded.data == {"a": "on", "b": "no", "c": True}


# --- duplicate keys ------------------------------------------------------------


def test_duplicate_key_is_reported_with_both_lines() -> None:
    text = "- id: a\n  group: x\n  text: t\n  group: y\n"
    loaded = load_text(text, "data/x.yml")
    assert problems_of(loaded) == [
        "data/x.yml:4:3: error: duplicate key 'group' (first at line 2); keep one of them"
    ]
    assert loaded.data == [{"id": "a", "group": "x", "text": "t"}]  # the first one is kept


def test_duplicate_key_in_a_nested_mapping() -> None:
    text = "- id: a\n  text:\n    vi: one\n    en: two\n    vi: three\n"
    loaded = load_text(text, "x.yml")
    assert [(p.line, p.col) for p in loaded.problems] == [(5, 5)]
    assert "duplicate key 'vi' (first at line 3)" in loaded.problems[0].message


def test_duplicate_keys_are_all_reported() -> None:
    loaded = load_text("a: 1\nb: 2\na: 3\nb: 4\n", "x.yml")
    assert [(p.line, p.message.split(" (")[0]) for p in loaded.problems] == [
        (3, "duplicate key 'a'"),
        (4, "duplicate key 'b'"),
    ]


# --- syntax errors and tabs ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        ("- id: a\n\tgroup: b\n", 2, 1),
        ("- id: a\n  text:\n\tvi: x\n", 3, 1),
        ("- id: a\n  text:\n  \tvi: x\n", 3, 3),
        ("a:\n\t- b\n", 2, 1),
    ],
)
def test_tab_indentation_is_a_syntax_error_mentioning_tabs(text: str, line: int, col: int) -> None:
    loaded = load_text(text, "x.yml")
    assert loaded.data is None
    [problem] = loaded.problems
    assert (problem.line, problem.col) == (line, col)
    assert problem.message.startswith("YAML syntax error:")
    assert "indent with spaces, not tabs" in problem.message


def test_other_syntax_errors_get_a_general_hint() -> None:
    loaded = load_text("- id: a\n  group: b: c\n", "x.yml")
    [problem] = loaded.problems
    assert (problem.line, problem.col) == (2, 11)
    assert problem.message == (
        "YAML syntax error: mapping values are not allowed here; "
        "check indentation, colons and quotes on this line or the one above"
    )


def test_unclosed_quote_is_reported() -> None:
    loaded = load_text('- id: a\n  text: "open\n- id: b\n', "x.yml")
    [problem] = loaded.problems
    assert problem.message.startswith("YAML syntax error:")
    assert "tabs" not in problem.message


def test_two_documents_in_one_file_are_an_error() -> None:
    loaded = load_text("- a\n---\n- b\n", "x.yml")
    [problem] = loaded.problems
    assert problem.line == 2
    assert problem.message.startswith("YAML syntax error:")


# --- Unicode -------------------------------------------------------------------


def test_non_nfc_text_is_reported_with_line_and_column() -> None:
    decomposed = "Vi\u0065\u0323\u0302t Nam"  # ệ as e + U+0323 + U+0302
    text = f'- id: a\n  name:\n    vi: "{decomposed}"\n'
    loaded = load_text(text, "data/x.yml")
    assert problems_of(loaded) == [
        "data/x.yml:3:12: error: text is not in Unicode NFC (composed characters); "
        "re-save it normalized, e.g. python -m plansite nfc FILE"
    ]
    assert loaded.data is None


def test_only_the_first_non_nfc_place_is_reported() -> None:
    text = "a: e\u0301\nb: ok\nc: o\u0302\n"
    loaded = load_text(text, "x.yml")
    assert [(p.line, p.col) for p in loaded.problems] == [(1, 4)]


def test_composed_vietnamese_is_fine() -> None:
    loaded = load_text('vi: "Việt Nam, Đảng, người lao động"\n', "x.yml")
    assert loaded.problems == []
    assert loaded.data == {"vi": "Việt Nam, Đảng, người lao động"}


# --- empty, binary, encodings --------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "   \n# c\n"])
def test_empty_file(text: str) -> None:
    loaded = load_text(text, "data/x.yml")
    assert loaded.data is None
    assert problems_of(loaded) == [
        "data/x.yml:1:1: error: the file is empty; add at least one entry"
    ]


def test_empty_file_on_disk(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, b""), "data/x.yml")
    assert [p.message for p in loaded.problems] == ["the file is empty; add at least one entry"]


def test_binary_file(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, b"- id: a\n\x00\x01\x02\xff"), "data/x.yml")
    assert loaded.data is None
    assert problems_of(loaded) == ["data/x.yml:1:1: error: binary file; expected UTF-8 YAML text"]


def test_non_utf8_bytes_are_reported_with_their_line(tmp_path: Path) -> None:
    raw = b"- id: a\n  vi: ok\n  en: caf" + b"\xe9\n"  # Latin-1 é on line 3
    loaded = load_file(write(tmp_path, raw), "data/x.yml")
    assert loaded.data is None
    assert problems_of(loaded) == ["data/x.yml:3:1: error: not UTF-8 text; save the file as UTF-8"]


def test_utf16_is_not_utf8(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, "- a\n".encode("utf-16")), "x.yml")
    assert len(loaded.problems) == 1
    assert loaded.problems[0].message.startswith(("not UTF-8", "binary file"))


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, b'\xef\xbb\xbf- id: a\n  vi: "M\xe1\xbb\x99t"\n'), "x.yml")
    assert loaded.problems == []
    assert loaded.data == [{"id": "a", "vi": "Một"}]
    assert loaded.positions[(0, "id")] == (1, 7)  # the BOM does not shift columns


def test_crlf_line_endings(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, b"- id: a\r\n  group: b\r\n"), "x.yml")
    assert loaded.problems == []
    assert loaded.positions[(0, "group")] == (2, 10)


def test_missing_file(tmp_path: Path) -> None:
    loaded = load_file(tmp_path / "nope.yml", "data/nope.yml")
    [problem] = loaded.problems
    assert (problem.file, problem.line, problem.col) == ("data/nope.yml", 1, 1)
    assert problem.message.startswith("cannot read the file:")


# --- dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014-03-05", "2014-03-05"),
        ("2014-03-05 10:30:00", "2014-03-05"),
        ("2014-03-05T10:30:00Z", "2014-03-05"),
        ('"2014-03-05"', "2014-03-05"),
        ('"2014-03"', "2014-03"),
        ('"2014"', "2014"),
    ],
)
def test_dates_become_yyyy_mm_dd_text(value: str, expected: str) -> None:
    loaded = load_text(f"issue_date: {value}\n", "x.yml")
    assert loaded.problems == []
    assert loaded.data == {"issue_date": expected}


def test_dates_inside_lists_become_text() -> None:
    loaded = load_text("- [2014-03-05, 2015-01-02]\n", "x.yml")
    assert loaded.data == [["2014-03-05", "2015-01-02"]]


# --- inputs that once crashed the loader ----------------------------------------


@pytest.mark.parametrize("value", ["2014-02-30", "2014-13-01", "2014-02-03 25:00:00"])
def test_unquoted_impossible_date_is_a_problem_not_a_crash(value: str) -> None:
    loaded = load_text(f"a: 1\nissue_date: {value}\n", "x.yml")
    assert [p.line for p in loaded.problems] == [2]


@pytest.mark.parametrize("text", ["&a [*a]\n", "- &a {x: *a}\n"])
def test_recursive_alias_is_a_problem_not_a_crash(text: str) -> None:
    loaded = load_text(text, "x.yml")
    assert loaded.problems


def test_raw_control_character_is_reported_where_it_is() -> None:
    loaded = load_text('- id: a\n  vi: "x\x1by"\n', "data/x.yml")
    assert loaded.data is None
    assert [(p.line, p.col) for p in loaded.problems] == [(2, 9)]
    assert "U+001B" in loaded.problems[0].message


def test_deep_nesting_and_alias_bombs_are_refused() -> None:
    deep = load_text("- " + "[" * 100 + "]" * 100 + "\n", "data/x.yml")
    assert deep.data is None and "nest more than" in deep.problems[0].message
    # libyaml's composer recurses in C and crashes the process at ~30,000 levels: a file
    # that could nest that deep is parsed by the Python loader, which stops at MAX_DEPTH.
    deeper = load_text("- " + "[" * 200_000 + "]" * 200_000 + "\n", "data/x.yml")
    assert deeper.data is None and "nest more than" in deeper.problems[0].message
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(8)
    )
    loaded = load_text(bomb, "data/x.yml")
    assert loaded.data is None and "more than" in loaded.problems[0].message
