"""The repository's hand-written content (docs/, overrides/, README) is in Unicode NFC, as
plansite.contentcheck requires (its unit tests: unit/test_contentcheck.py)."""

from __future__ import annotations

from plansite.contentcheck import check_content
from plansite.paths import Paths
from tests.project import ROOT


def test_real_content_is_nfc() -> None:
    assert [p.format() for p in check_content(Paths(ROOT))] == []
