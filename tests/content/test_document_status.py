"""The real documents' validity as of a date (plansite.status on data/documents.yml): each
law's known changes give the status the site shows (the code's unit test: unit/test_status.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from plansite.crossref import build_index
from plansite.generate import check
from plansite.paths import Paths
from plansite.status import Status
from tests.project import ROOT


@pytest.fixture(scope="module")
def dataset():
    return check(Paths(ROOT)).index.data


@pytest.mark.parametrize(
    ("as_of", "doc", "expected"),
    [
        ("2014-07-01", "bo-luat-lao-dong-2012", Status.in_force),
        ("2020-12-31", "bo-luat-lao-dong-2012", Status.in_force),
        ("2021-01-01", "bo-luat-lao-dong-2012", Status.superseded),
        ("2019-12-01", "bo-luat-lao-dong-2019", Status.pending),
        ("2025-06-30", "luat-cong-doan-2012", Status.in_force),
        ("2025-07-01", "luat-cong-doan-2012", Status.superseded),
        ("2026-11-01", "luat-bhxh-2014", Status.superseded),
        ("2016-01-01", "luat-bhxh-2006", Status.superseded),
        ("2017-01-01", "kh-04-kh-ldld-2014", Status.no_known_change),
        ("2019-01-01", "kh-04-kh-ldld-2014", Status.ended),
        ("2026-11-01", "nq-20-nq-tw-2008", Status.no_known_change),
        ("2026-11-01", "ke-hoach-ldld-kon-tum-kl79", Status.unknown),
        ("2025-12-31", "luat-viec-lam-2025", Status.pending),
        ("2026-01-01", "luat-viec-lam-2025", Status.in_force),
        ("2025-12-31", "luat-viec-lam-2013", Status.unknown),  # its own dates are unknown
        ("2026-01-01", "luat-viec-lam-2013", Status.superseded),
        ("2025-06-30", "luat-cong-doan-2024", Status.pending),
        ("2025-07-01", "luat-cong-doan-2024", Status.amended),
        ("2025-06-15", "hien-phap-2013", Status.in_force),
        ("2025-06-16", "hien-phap-2013", Status.amended),
    ],
)
def test_status_as_of(dataset, as_of, doc, expected):
    index = build_index(dataset, dt.date.fromisoformat(as_of))
    assert index.status[doc].status == expected


def test_superseded_links_both_ways(dataset):
    index = build_index(dataset, dt.date(2026, 11, 1))
    for doc in index.docs.values():
        for old in doc.relations.replaces:
            assert doc.id in index.replaced_by(old)
