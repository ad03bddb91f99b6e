"""Shared by every stage: a data problem with its file, line and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    col: int
    message: str
    severity: str = "error"

    def format(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.severity}: {self.message}"


class DataErrors(Exception):
    """Raised when a stage found errors; carries all of them, sorted."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} error(s) in the data")

    def report(self) -> str:
        return "\n".join(p.format() for p in self.problems)
