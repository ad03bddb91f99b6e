"""Validate stage for hand-written content: every content file must be Unicode NFC."""

from __future__ import annotations

import unicodedata

from plansite.paths import GENERATED_DIRS, Paths
from plansite.problems import Problem

CONTENT_PATTERNS = ("docs/**/*.md", "content/**/*.md", "overrides/**/*.html", "README.md", "CONTRIBUTING.md")


def content_files(paths: Paths):
    generated = {paths.docs / folder for folder in GENERATED_DIRS}
    for pattern in CONTENT_PATTERNS:
        for path in sorted(paths.root.glob(pattern)):
            if not any(parent in generated for parent in path.parents):
                yield path


def check_content(paths: Paths) -> list[Problem]:
    problems = []
    for path in content_files(paths):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(paths.display(path), 1, 1, "not UTF-8 text; save it as UTF-8"))
            continue
        if unicodedata.is_normalized("NFC", text):
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if not unicodedata.is_normalized("NFC", line):
                problems.append(
                    Problem(
                        paths.display(path),
                        number,
                        1,
                        f"text is not in Unicode NFC; run: python -m plansite nfc {paths.display(path)}",
                    )
                )
                break
    return problems
