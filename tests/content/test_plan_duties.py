"""The real plan's duties as its checklists and calendars give them (data/tasks.yml,
data/events.yml): which level reports what, the real tasks' rows, the real calendar
events. The code behind them is tested on the small plan in unit/test_duties.py,
unit/test_sheets.py and unit/test_ical.py."""

from __future__ import annotations

import csv
import io

import icalendar
import pytest
import yaml

from plansite.duties import calendar_events, checklist, checklists
from plansite.generate import check
from plansite.i18n import ORIGINAL
from plansite.ical import files, render_calendar
from plansite.language import t
from plansite.paths import Paths
from plansite.sheets import to_csv
from tests.project import ROOT

PLAN = yaml.safe_load((ROOT / "data" / "plan.yml").read_text(encoding="utf-8"))
# Level id -> its checklist's slug (data/plan.yml), in plan order (also for browser tests).
SLUGS = {level["id"]: level["checklist"] for level in PLAN["levels"] if level.get("checklist")}


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


def tasks_of_level(index, level: str) -> list[str]:
    """The tasks an organisation of `level` is responsible for, in data order."""
    return [
        task.id
        for task in index.tasks.values()
        if any(index.orgs[o].level == level for o in task.responsible)
    ]


def parse_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_grassroots_checklist_rows_of_the_real_tasks(index):
    rows = parse_csv(to_csv(checklist(index, "grassroots"), "vi"))
    by_task = {row[1]: row for row in rows[1:]}
    assert by_task["III.3.1"][2] == index.tasks["iii-3-1"].text.vi
    assert "trước ngày 15 tháng 11" in by_task["III.3.1"][4]
    assert by_task["II.1.1"][4] == t("checklist_no_deadline", "vi")
    assert by_task["II.1.1"][5] == "CĐCS"


def test_a_checklist_for_every_level_with_tasks(index):
    levels = {item.level for item in checklists(index)}
    assert levels == {level for level in SLUGS if tasks_of_level(index, level)}
    for item in checklists(index):
        assert [row.task.id for row in item.rows] == tasks_of_level(index, item.level)


def test_report_form_only_where_the_data_names_a_yearly_report(index):
    reports = {item.level: [e.id for e in item.reports] for item in checklists(index)}
    assert reports["grassroots"] == ["bao-cao-hang-nam"]
    assert reports["district"] == ["bao-cao-hang-nam"]
    assert reports["province"] == []
    assert reports["province-unit"] == []


def test_lessons_are_asked_of_the_reports_whose_plan_text_asks_for_them(index):
    """`lessons: true` (data/events.yml) on exactly the yearly reports whose paragraphs in
    the plan ask to draw lessons («rút kinh nghiệm»)."""
    reports = [
        e
        for e in index.events.values()
        if e.recurrence is not None and e.recurrence.freq.value == "yearly" and e.tasks
    ]
    asked = {
        e.id
        for e in reports
        if any("rút kinh nghiệm" in getattr(index.tasks[x].text, ORIGINAL) for x in e.tasks)
    }
    assert asked == {"bao-cao-hang-nam"}
    assert {e.id for e in reports if e.lessons} == asked


def test_checklist_names_only_organisations_with_tasks(index):
    item = checklist(index, "province-unit")
    assert [o.id for o in item.orgs] == ["cac-ban-ldld-tinh", "ban-tuyen-giao-nu-cong"]


def test_the_plans_calendar_holds_its_recurring_duties(index):
    plan_ics = render_calendar(index, calendar_events(index, None), "Kế hoạch", "vi")
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


def test_every_union_level_gets_workers_month(index):
    found = files(index, "en")
    grassroots = icalendar.Calendar.from_ical(found["cong-doan-co-so.en.ics"])
    summaries = [str(e["SUMMARY"]) for e in grassroots.walk("VEVENT")]
    assert any("Workers' Month" in s for s in summaries)
    assert any("Monthly assessment" in s for s in summaries)
    assert "tinh-uy.en.ics" not in found  # a party committee has no duty here
