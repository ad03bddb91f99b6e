"""Load stage: read a YAML file into plain Python data plus the position of every value.

Positions are keyed by the path to the value, e.g. (3, "text", "vi") for the
Vietnamese text of the fourth entry, and give (line, column), both 1-based.
Duplicate keys, tabs, non-UTF-8 bytes and non-NFC text are reported as
problems instead of being silently accepted. So are hostile shapes that would
crash or hang a naive loader: files over MAX_FILE_BYTES, nesting deeper than
MAX_DEPTH, and aliases that expand to more than MAX_VALUES values.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from plansite.problems import Problem

Positions = dict[tuple, tuple[int, int]]
# Far above any real file; the limits leave room for a site of many provinces (the
# benchmark's largest synthetic data stays well inside them).
MAX_FILE_BYTES = 20_000_000
MAX_DEPTH = 20  # real entries nest 4 levels deep
MAX_VALUES = 2_000_000


class TooComplex(Exception):
    """The YAML nests too deeply or expands to too many values; carries where and what."""

    def __init__(self, mark: yaml.Mark, message: str):
        super().__init__(message)
        self.mark = mark
        self.message = message


def _too_deep(mark: yaml.Mark) -> TooComplex:
    return TooComplex(
        mark, f"values nest more than {MAX_DEPTH} levels deep; data entries nest 4 or 5 levels"
    )


class DataLoader(yaml.SafeLoader):
    """SafeLoader whose booleans are only true/false (`on`, `yes`, `no` stay text)
    and which refuses nesting deeper than MAX_DEPTH instead of overflowing the stack."""

    depth = 0

    def compose_node(self, parent, index):
        if self.depth >= MAX_DEPTH:
            raise _too_deep(self.peek_event().start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


# The same rules on libyaml's parser (much faster), used while a file parses
# cleanly; a file with a syntax error is parsed again by DataLoader for its messages.
FastLoader = type("FastLoader", (getattr(yaml, "CSafeLoader", DataLoader),), {})

for _loader in {DataLoader, FastLoader}:
    _loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )


@dataclass
class Loaded:
    """One data file: its display name, its data and where each value stands."""

    name: str
    data: object = None
    positions: Positions = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def where(self, path: tuple) -> tuple[int, int]:
        """Line and column of the value at `path`, or of its nearest ancestor."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def problem(self, path: tuple, message: str, severity: str = "error") -> Problem:
        line, col = self.where(path)
        return Problem(self.name, line, col, message, severity)


def _first_non_nfc(text: str) -> tuple[int, int] | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if not unicodedata.is_normalized("NFC", line):
            for col in range(1, len(line) + 1):
                if not unicodedata.is_normalized("NFC", line[col - 1 : col + 1]):
                    return number, col
            return number, 1
    return None


def _problem_at(out: Loaded, node: yaml.Node, message: str) -> None:
    out.problems.append(
        Problem(out.name, node.start_mark.line + 1, node.start_mark.column + 1, message)
    )


def _to_plain(node: yaml.Node, loader: yaml.SafeLoader, path: tuple, out: Loaded, seen=()):
    if len(path) > MAX_DEPTH:  # aliases can stack nesting beyond what the composer saw
        raise _too_deep(node.start_mark)
    out.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if len(out.positions) > MAX_VALUES:
        raise TooComplex(
            node.start_mark,
            f"the file expands to more than {MAX_VALUES} values (aliases repeated inside "
            "aliases?); write the values out instead of nesting aliases",
        )
    if id(node) in seen:
        _problem_at(out, node, "an alias refers to itself; write the value out instead")
        return None
    seen = (*seen, id(node))
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                first = out.positions[(*path, key)]
                out.problems.append(
                    Problem(
                        out.name,
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        f"duplicate key '{key}' (first at line {first[0]}); keep one of them",
                    )
                )
                continue
            result[key] = _to_plain(value_node, loader, (*path, key), out, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _to_plain(item, loader, (*path, index), out, seen)
            for index, item in enumerate(node.value)
        ]
    try:
        value = loader.construct_object(node)
    except ValueError:
        _problem_at(
            out,
            node,
            f"'{node.value}' is not a real date; check it and write it quoted, as \"YYYY-MM-DD\"",
        )
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return value


_LINE_PREFIX = re.compile(r"^[ \-?]*", re.MULTILINE)
FAST_DEPTH_BOUND = 5_000


def _may_nest_deeply(text: str) -> bool:
    """Whether `text` could nest deeper than libyaml's recursive composer survives
    (it crashes the process at about 30,000 levels). A bound, not a count: each
    flow bracket opens at most one level (an empty [] or {} adds no depth), and block
    nesting needs indentation or a "- "/"? " indicator at the start of a line."""
    flow = sum(text.count(o) - text.count(o + c) for o, c in ("[]", "{}")) + 1
    block = max(map(len, _LINE_PREFIX.findall(text)), default=0)
    return flow + 2 * block + 2 > FAST_DEPTH_BOUND


def load_text(text: str, name: str) -> Loaded:
    if FastLoader is not DataLoader and not _may_nest_deeply(text):
        fast = _load(text, name, FastLoader)
        if not any(p.message.startswith("YAML") for p in fast.problems):
            return fast
    return _load(text, name, DataLoader)


def _load(text: str, name: str, loader_class: type) -> Loaded:
    out = Loaded(name)
    bad = _first_non_nfc(text)
    if bad:
        out.problems.append(
            Problem(
                name,
                *bad,
                "text is not in Unicode NFC (composed characters); "
                "re-save it normalized, e.g. python -m plansite nfc FILE",
            )
        )
        return out
    try:
        loader = loader_class(text)  # its reader refuses control characters at once
    except yaml.reader.ReaderError as error:
        before = text[: error.position]
        line, col = before.count("\n") + 1, len(before) - before.rfind("\n")
        message = f"control character U+{error.character:04X} in the text; delete it"
        out.problems.append(Problem(name, line, col, message))
        return out
    try:
        node = loader.get_single_node()
        if node is None:
            out.problems.append(Problem(name, 1, 1, "the file is empty; add at least one entry"))
            return out
        out.data = _to_plain(node, loader, (), out)
        if out.data is None and not out.problems:
            out.problems.append(Problem(name, 1, 1, "the file holds no entries; add at least one"))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"YAML syntax error: {error.problem or error.context}"
        if "\\t" in message or "tab" in message.lower():
            message += "; indent with spaces, not tabs"
        else:
            message += "; check indentation, colons and quotes on this line or the one above"
        out.problems.append(Problem(name, line, col, message))
    except TooComplex as error:
        out.data = None
        out.problems.append(
            Problem(name, error.mark.line + 1, error.mark.column + 1, error.message)
        )
    except yaml.YAMLError as error:
        out.problems.append(Problem(name, 1, 1, f"YAML error: {error}"))
    finally:
        loader.dispose()
    return out


def load_file(path: Path, name: str) -> Loaded:
    """Read `path`; `name` is how messages show it (e.g. data/tasks.yml)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Loaded(
                name,
                problems=[
                    Problem(
                        name,
                        1,
                        1,
                        f"the file is {size / 1_000_000:.1f} MB; data files are limited to "
                        f"{MAX_FILE_BYTES // 1_000_000} MB; "
                        "remove what does not belong in it",
                    )
                ],
            )
        raw = path.read_bytes()
    except OSError as error:
        return Loaded(name, problems=[Problem(name, 1, 1, f"cannot read the file: {error}")])
    if b"\x00" in raw:
        return Loaded(name, problems=[Problem(name, 1, 1, "binary file; expected UTF-8 YAML text")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Loaded(
            name,
            problems=[Problem(name, line, 1, "not UTF-8 text; save the file as UTF-8")],
        )
    return load_text(text.removeprefix("\ufeff"), name)
