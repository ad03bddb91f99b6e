"""The real organisations that ended (the district federations, the Kon Tum federation):
their calendars stop before the end (RRULE UNTIL); the code's unit test is unit/test_ical.py.

The calendars are parsed back with icalendar and every recurrence is expanded with
dateutil's RFC 5545 rule parser, as a calendar application would."""

from __future__ import annotations

import datetime as dt

import pytest

from plansite.duties import calendar_events, last_day
from plansite.generate import check
from plansite.ical import render_calendar
from plansite.paths import Paths
from tests.outputs import occurrences
from tests.project import ROOT


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


def org_calendar(index, org_id: str) -> str:
    events = calendar_events(index, org_id)
    return render_calendar(index, events, org_id, "vi", last_day(index, org_id))


def test_district_federations_have_no_reminder_after_they_ended(index):
    days = occurrences(org_calendar(index, "ldld-huyen"))
    assert days, "the district federations' duties before 2025 are kept"
    assert max(days) < dt.date(2025, 7, 1)
    assert dt.date(2024, 11, 14) in days  # the last yearly report due while they existed


def test_the_kon_tum_federation_stops_the_day_before_its_end(index):
    assert last_day(index, "ldld-tinh") == dt.date(2025, 6, 30)
    days = occurrences(org_calendar(index, "ldld-tinh"))
    assert days and max(days) <= dt.date(2025, 6, 30)


def test_organisations_that_still_exist_keep_recurring(index):
    assert last_day(index, "cong-doan-co-so") is None
    days = occurrences(org_calendar(index, "cong-doan-co-so"))
    assert max(days) > dt.date(2035, 1, 1)
