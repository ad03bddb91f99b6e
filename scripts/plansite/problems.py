"""Shared by every stage: a data problem with its file, line and column."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _escape(text: str, in_property: bool = False) -> str:
    """GitHub's escaping for a workflow command's message (and its properties)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if in_property else text


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    col: int
    message: str
    severity: str = "error"

    def format(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.severity}: {self.message}"

    def annotation(self) -> str:
        """The problem as a GitHub Actions workflow command, shown on its line of a pull request."""
        where = f"file={_escape(self.file, True)},line={self.line},col={self.col}"
        return f"::{self.severity} {where}::{_escape(self.message)}"


def annotations(problems: list[Problem]) -> str:
    """The problems' annotations when running in GitHub Actions, else nothing."""
    if os.environ.get("GITHUB_ACTIONS") != "true":
        return ""
    return "".join(p.annotation() + "\n" for p in problems)


class DataErrors(Exception):
    """Raised when a stage found errors; carries all of them, sorted."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} error(s) in the data")

    def report(self) -> str:
        return "\n".join(p.format() for p in self.problems)
