"""Unit tests' plan data: the small fictional plan (tests/plans.py), checked once per session.

`small` is its `plansite check` result, `small_index` its index; the real plan is for
tests/content/ and the built-site layers.
"""

from __future__ import annotations

import pytest

from plansite.crossref import Index
from plansite.generate import Result
from tests.plans import small_result


@pytest.fixture(scope="session")
def small() -> Result:
    return small_result()


@pytest.fixture(scope="session")
def small_index(small: Result) -> Index:
    return small.index
