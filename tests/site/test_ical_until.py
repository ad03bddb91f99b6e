"""Calendars of organisations that ended, as published: the .ics files carry RRULE UNTIL."""

from __future__ import annotations

import datetime as dt

from tests.outputs import occurrences


def test_the_published_calendar_file_carries_until(built_site):
    ics = (built_site / "lich" / "ldld-huyen.ics").read_text(encoding="utf-8")
    assert "UNTIL=" in ics
    assert max(occurrences(ics)) < dt.date(2025, 7, 1)
    en = (built_site / "en" / "lich" / "ldld-huyen.ics").read_text(encoding="utf-8")
    assert max(occurrences(en)) < dt.date(2025, 7, 1)
