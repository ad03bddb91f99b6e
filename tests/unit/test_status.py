"""Tests of validity computed as of a date (plansite.status, through the index) on the small
plan's fictional circulars: no. 2 (in force 2025-07-01) replaces no. 1. The real documents'
statuses: content/test_document_status.py."""

from __future__ import annotations

import datetime as dt

import pytest

from plansite.crossref import build_index
from plansite.status import Status


@pytest.mark.parametrize(
    ("as_of", "doc", "expected"),
    [
        ("2020-03-31", "cv-mau-2020", Status.pending),
        # a circular is not a law: in effect, it has "no known change" until replaced
        ("2020-04-01", "cv-mau-2020", Status.no_known_change),
        ("2025-06-30", "cv-mau-2020", Status.no_known_change),
        ("2025-07-01", "cv-mau-2020", Status.superseded),
        ("2025-06-30", "cv-mau-2025", Status.pending),
        ("2026-01-01", "cv-mau-2025", Status.no_known_change),
        ("2026-01-01", "ke-hoach-mau", Status.unknown),  # no date of its own
        ("2031-01-01", "ke-hoach-mau", Status.ended),  # its programme's period (to 2030) is over
    ],
)
def test_status_as_of(small, as_of, doc, expected):
    index = build_index(small.index.data, dt.date.fromisoformat(as_of))
    assert index.status[doc].status == expected


def test_superseded_links_both_ways(small):
    index = build_index(small.index.data, dt.date(2026, 1, 1))
    assert index.replaced_by("cv-mau-2020") == ["cv-mau-2025"]
    assert index.replaced_by("cv-mau-2025") == []
