"""Tests of the calendar export stage: RFC 5545 output parsed back by icalendar."""

from __future__ import annotations

import icalendar
import pytest

from plansite.duties import calendar_events
from plansite.generate import check
from plansite.ical import escape_text, files, fold, render_calendar
from plansite.paths import Paths
from tests.project import ROOT


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


@pytest.fixture(scope="module")
def plan_ics(index) -> str:
    return render_calendar(index, calendar_events(index, None), "Kế hoạch", "vi")


def test_lines_end_with_crlf_and_fit_75_octets(plan_ics):
    assert plan_ics.endswith("\r\n")
    raw = plan_ics.encode("utf-8")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never splits a UTF-8 character


def test_fold_keeps_multibyte_characters_whole():
    line = "SUMMARY:" + "Liên đoàn Lao động tỉnh Kon Tum đẩy mạnh " * 5
    folded = fold(line)
    parts = folded.split("\r\n")
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


def test_parses_back_with_recurrences(index, plan_ics):
    calendar = icalendar.Calendar.from_ical(plan_ics)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    report = events["bao-cao-hang-nam@ke-hoach-kl79.ldld-kontum"]
    rule = report["RRULE"]
    assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [11] and rule["BYMONTHDAY"] == [14]
    assert report["DTSTART"].dt.isoformat() == "2014-11-14"
    assert "15" in str(report["DESCRIPTION"])
    month = events["thang-cong-nhan@ke-hoach-kl79.ldld-kontum"]
    assert month["DTSTART"].dt.isoformat() == "2015-05-01"
    assert month["DTEND"].dt.isoformat() == "2015-06-01"
    monthly = events["danh-gia-hang-thang@ke-hoach-kl79.ldld-kontum"]
    assert monthly["RRULE"]["BYMONTHDAY"] == [-1]
    stamp = report["DTSTAMP"].dt
    assert stamp.date() == index.as_of


def test_only_duties_go_into_calendars(index, plan_ics):
    calendar = icalendar.Calendar.from_ical(plan_ics)
    uids = {str(e["UID"]).split("@")[0] for e in calendar.walk("VEVENT")}
    changes = {e.id for e in index.events.values() if e.kind.value == "change"}
    assert changes and not uids & changes


def test_output_is_stable(index):
    first = files(index, "vi")
    second = files(index, "vi")
    assert first == second


def test_every_union_level_gets_workers_month(index):
    found = files(index, "en")
    grassroots = icalendar.Calendar.from_ical(found["cong-doan-co-so.en.ics"])
    summaries = [str(e["SUMMARY"]) for e in grassroots.walk("VEVENT")]
    assert any("Workers' Month" in s for s in summaries)
    assert any("Monthly assessment" in s for s in summaries)
    assert "tinh-uy.en.ics" not in found  # a party committee has no duty here
