"""The pages a render module writes for the small plan, in each language, once per test
module: `vi` and `en` for tests/unit/render/test_<kind>.py are plansite.render.<kind>'s
`pages` (the test files mirror the package)."""

from __future__ import annotations

import importlib

import pytest


def _pages(request, small_index, lang: str) -> dict[str, str]:
    kind = request.module.__name__.rpartition(".test_")[2]
    return importlib.import_module(f"plansite.render.{kind}").pages(small_index, lang)


@pytest.fixture(scope="module")
def vi(request, small_index) -> dict[str, str]:
    return _pages(request, small_index, "vi")


@pytest.fixture(scope="module")
def en(request, small_index) -> dict[str, str]:
    return _pages(request, small_index, "en")
