"""Tests of the duties index (plansite.duties) on the small plan: each level's checklist,
its rows and report duties, and who a duty reaches. The real plan's checklists:
content/test_plan_duties.py; the files made from them: test_sheets.py."""

from __future__ import annotations

from plansite.duties import calendar_events, checklist, checklists


def test_a_checklist_for_every_level_with_one_and_tasks(small_index):
    assert [(c.level, c.slug) for c in checklists(small_index)] == [
        ("nganh", "cap-nganh"),
        ("co-so", "cap-cong-ty"),
    ]
    # the union team (to) has tasks but no checklist in data/plan.yml; moi-cap has neither


def test_rows_are_the_levels_tasks_with_their_basis_duties_and_helpers(small_index):
    item = checklist(small_index, "nganh")
    assert [row.task.id for row in item.rows] == ["b-1", "c-1"]
    first = item.rows[0]
    assert [d.id for d in first.documents] == ["ke-hoach-mau"]
    assert [e.id for e in first.duties] == ["tap-huan-mau"]
    company = checklist(small_index, "co-so")
    assert [row.task.id for row in company.rows] == ["b-2", "c-1"]
    assert [o.id for o in company.rows[0].supporting] == ["cong-doan-nganh-mau"]
    assert [e.id for e in company.rows[0].duties] == ["kiem-tra-hang-thang-mau"]


def test_checklist_names_only_organisations_with_tasks(small_index):
    # cong-doan-cong-ty-cu is of the same level but responsible for no task
    assert [o.id for o in checklist(small_index, "co-so").orgs] == ["cong-doan-cong-ty-mau"]
    assert checklist(small_index, "co-so").file_name("csv") == (
        "ke-hoach-mau-at-bang-kiem-cap-cong-ty.csv"
    )


def test_a_report_form_only_for_a_yearly_report_to_another_body(small_index):
    reports = {c.level: [e.id for e in c.reports] for c in checklists(small_index)}
    # the company union reports to the sector union; the sector union reports to nobody
    assert reports == {"nganh": [], "co-so": ["bao-cao-hang-nam-mau"]}


def test_calendar_events_of_the_plan_and_of_one_organisation(small_index):
    assert [e.id for e in calendar_events(small_index, None)] == [
        "bao-cao-hang-nam-mau",
        "thang-an-toan-mau",
        "tap-huan-mau",
        "kiem-tra-hang-thang-mau",
    ]
    assert [e.id for e in calendar_events(small_index, "cong-doan-cong-ty-mau")] == [
        "bao-cao-hang-nam-mau",
        "thang-an-toan-mau",
        "kiem-tra-hang-thang-mau",
    ]
    assert calendar_events(small_index, "cong-doan-khong-co") == []
