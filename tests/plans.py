"""The small fictional plan unit tests run on: tests/fixtures/plans/vi-du/.

Its levels (nganh, co-so, to, moi-cap), task ids (b-N, c-N) and sections (A–C) differ from the
real plan's, and every organisation, document and date in it is invented, so a unit test on it
tests the generator's code, not the real plan's facts (those are tests/content/'s). Unit tests
take it from the session fixtures of tests/unit/conftest.py (`small`, `small_index`); SMALL is
its folder, for a test that reads its YAML or copies it to edit.
"""

from __future__ import annotations

import functools

import yaml

from plansite.generate import Result, check
from plansite.paths import Paths
from tests.project import ROOT

SMALL = ROOT / "tests" / "fixtures" / "plans" / "vi-du"


@functools.cache
def small_result() -> Result:
    """The small plan loaded, validated and indexed (`plansite check`), once per process."""
    return check(Paths(SMALL))


def small_yaml(kind: str):
    """One of the small plan's data files (data/<kind>.yml) as plain YAML."""
    return yaml.safe_load((SMALL / "data" / f"{kind}.yml").read_text(encoding="utf-8"))
