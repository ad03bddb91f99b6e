"""Tests of the calendar export stage (plansite.ical) on the small plan: RFC 5545 output
parsed back by icalendar, recurrences expanded by dateutil as a calendar application would.
The real plan's calendar events are checked in content/test_plan_duties.py."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from plansite.duties import calendar_events, last_day
from plansite.ical import escape_text, files, fold, render_calendar
from tests.outputs import occurrences
from tests.plans import small_yaml

IDENTITY = small_yaml("plan")
DOMAIN = IDENTITY["calendar"]["uid_domain"]


@pytest.fixture(scope="module")
def plan_ics(small_index) -> str:
    return render_calendar(small_index, calendar_events(small_index, None), "Kế hoạch", "vi")


def events_of(ics: str) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}


def test_lines_end_with_crlf_and_fit_75_octets(plan_ics):
    assert plan_ics.endswith("\r\n")
    raw = plan_ics.encode("utf-8")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never splits a UTF-8 character


def test_fold_keeps_multibyte_characters_whole():
    line = "SUMMARY:" + "Công đoàn Ngành Mẫu tổ chức tập huấn an toàn lao động " * 5
    parts = fold(line).split("\r\n")
    assert len(parts) > 2
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_fold_keeps_an_escape_whole():
    line = "DESCRIPTION:" + "a" * 62 + "\\, and more words after the escaped comma"
    assert len(line.encode()) > 75 and line.index("\\") == 74
    first, second = fold(line).split("\r\n")
    assert first.endswith("a") and second.startswith(" \\,")
    assert len(first.encode()) == 74


def test_escape_text():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_the_plans_identity_names_the_calendar_and_its_uids(small_index, plan_ics):
    calendar = icalendar.Calendar.from_ical(plan_ics)
    assert str(calendar["PRODID"]) == IDENTITY["calendar"]["prodid"]
    assert str(calendar["X-WR-CALNAME"]) == "Kế hoạch"
    assert sorted(events_of(plan_ics)) == [
        f"{name}@{DOMAIN}"
        for name in ("bao-cao-hang-nam-mau", "kiem-tra-hang-thang-mau", "tap-huan-mau")
        + ("thang-an-toan-mau",)
    ]
    stamp = events_of(plan_ics)[f"tap-huan-mau@{DOMAIN}"]["DTSTAMP"].dt
    assert stamp.date() == small_index.as_of


def test_each_kind_of_date_becomes_its_rule(plan_ics):
    events = events_of(plan_ics)
    report = events[f"bao-cao-hang-nam-mau@{DOMAIN}"]  # yearly, before 1 December
    assert report["DTSTART"].dt == dt.date(2026, 11, 30)
    rule = report["RRULE"]
    assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [11] and rule["BYMONTHDAY"] == [30]
    assert "(Nhiệm vụ: C.1)" in str(report["DESCRIPTION"])
    month = events[f"thang-an-toan-mau@{DOMAIN}"]  # yearly, during May: the whole month
    assert (month["DTSTART"].dt, month["DTEND"].dt) == (dt.date(2026, 5, 1), dt.date(2026, 6, 1))
    assert month["RRULE"]["BYMONTH"] == [5] and "BYMONTHDAY" not in month["RRULE"]
    monthly = events[f"kiem-tra-hang-thang-mau@{DOMAIN}"]  # monthly, no day: the last one
    assert monthly["DTSTART"].dt == dt.date(2026, 1, 31)
    assert monthly["RRULE"]["FREQ"] == ["MONTHLY"] and monthly["RRULE"]["BYMONTHDAY"] == [-1]
    once = events[f"tap-huan-mau@{DOMAIN}"]
    assert once["DTSTART"].dt == dt.date(2026, 9, 15) and "RRULE" not in once


def test_only_duties_go_into_calendars(small_index, plan_ics):
    uids = {uid.split("@")[0] for uid in events_of(plan_ics)}
    changes = {e.id for e in small_index.events.values() if e.kind.value == "change"}
    assert changes == {"cv-mau-2025-ap-dung"} and not uids & changes


def test_a_calendar_per_organisation_with_duties_in_each_language(small_index):
    found = files(small_index, "en")
    assert sorted(found) == [
        "cac-cap-cong-doan.en.ics",
        "cong-doan-cong-ty-cu.en.ics",
        "cong-doan-cong-ty-mau.en.ics",
        "cong-doan-nganh-mau.en.ics",
        "ke-hoach.en.ics",
        "to-cong-doan.en.ics",
    ]
    team = events_of(found["to-cong-doan.en.ics"])  # every level's duty reaches a union level
    assert [str(e["SUMMARY"]) for e in team.values()] == ["Example safety month"]
    assert files(small_index, "vi") == files(small_index, "vi"), "stable bytes"


def test_an_organisation_that_ended_stops_the_day_before(small_index):
    assert last_day(small_index, "cong-doan-cong-ty-cu") == dt.date(2026, 6, 30)
    ics = files(small_index, "vi")["cong-doan-cong-ty-cu.ics"]
    assert "UNTIL=20260630" in ics
    assert occurrences(ics) == [dt.date(2026, 5, 1)]  # May 2026, then it ended


def test_organisations_that_still_exist_keep_recurring(small_index):
    assert last_day(small_index, "cong-doan-cong-ty-mau") is None
    days = occurrences(files(small_index, "vi")["cong-doan-cong-ty-mau.ics"])
    assert max(days) > dt.date(2035, 1, 1)
    assert dt.date(2026, 2, 28) in days  # the monthly self-check, on the last day of February
