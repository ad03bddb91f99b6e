"""Tests of the typed records (plansite.model) read from the small plan: behaviours of the
records themselves (defaults, per-field certainty, partial dates, the plan's identity), not
the validation messages (one invalid fixture per rule: tests/rules/)."""

from __future__ import annotations

import pydantic
import pytest

from plansite import model as m
from tests.plans import small_yaml


@pytest.fixture(scope="module")
def plan(small) -> m.PlanIdentity:
    return small.index.data.plan


def test_the_plan_identity_answers_for_its_levels(plan):
    assert [level.id for level in plan.levels] == ["nganh", "co-so", "to", "moi-cap"]
    assert plan.level_name("co-so").vi == "Cấp công ty"
    assert plan.level_name("to").en == "Union team"
    assert plan.levels_where("union") == {"nganh", "co-so", "to"}
    assert plan.levels_where("every_level") == {"moi-cap"}
    assert plan.checklist_slugs() == {"nganh": "cap-nganh", "co-so": "cap-cong-ty"}


def test_task_ids_follow_the_plans_own_shape(plan):
    assert plan.task_id_matches("b-1") and plan.task_id_matches("c-12")
    assert not plan.task_id_matches("b-0") and not plan.task_id_matches("ii-1-1")
    assert not plan.task_id_matches("b-1x"), "the whole id must match"
    assert m.task_number("c-1") == "C.1" and m.task_number("ii-1-3") == "II.1.3"


def test_certainty_per_field_and_unknown_for_a_missing_value(small_index):
    plan_doc = small_index.docs["ke-hoach-mau"]
    assert plan_doc.certainty_of("title") == m.Certainty.plan
    assert plan_doc.certainty_of("signer") == m.Certainty.unknown  # null: unknown, whatever else
    checked = small_index.docs["cv-mau-2025"]
    assert checked.certainty_of("issue_date") == m.Certainty.checked
    assert checked.sources_of("issue_date") == ["s1"]
    by_field = checked.model_copy(
        update={
            "certainty_by_field": {"number": m.Certainty.unverified},
            "sources_by_field": {"title": []},
        }
    )
    assert by_field.certainty_of("number") == m.Certainty.unverified
    assert by_field.certainty_of("title") == m.Certainty.checked
    assert by_field.sources_of("title") == [] and by_field.sources_of("number") == ["s1"]


def test_defaults_of_records_read_from_data(small_index):
    task = small_index.tasks["b-3"]
    assert task.supporting == [] and task.documents == [] and task.movements == ["tuan-an-toan-mau"]
    event = small_index.events["tap-huan-mau"]
    assert event.kind == m.EventKind.duty and event.certainty == m.Certainty.plan
    assert small_index.docs["ke-hoach-mau"].relations.replaces == []


def test_partial_dates_sort_with_missing_parts_first():
    dates = ["2026-09-15", "2026", "2025-07", "2026-09"]
    assert sorted(dates, key=m.date_key) == ["2025-07", "2026", "2026-09", "2026-09-15"]
    assert m.is_partial_date("2026-09") and not m.is_partial_date("15/09/2026")
    assert m.check_partial_date("2024-02-29") == "2024-02-29"
    with pytest.raises(ValueError):
        m.check_partial_date("2026-02-29")


def test_records_are_frozen_and_refuse_unknown_keys():
    entry = small_yaml("glossary")[0]
    term = m.GlossaryEntry.model_validate(entry)
    with pytest.raises(pydantic.ValidationError):
        term.term = "X"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError, match="extra"):
        m.GlossaryEntry.model_validate({**entry, "expanson": entry["expansion"]})


def test_text_refuses_control_characters_but_keeps_line_breaks():
    assert m.Text(vi="dòng một\ndòng\thai", en=None).en is None  # English pending
    with pytest.raises(pydantic.ValidationError):
        m.Text(vi="một\x0ctrang", en="a page")
    with pytest.raises(pydantic.ValidationError):
        m.Text(vi="", en="empty")


def test_an_event_needs_an_organisation_and_a_task_a_responsible():
    event = small_yaml("events")[2]
    with pytest.raises(pydantic.ValidationError, match="organisations"):
        m.Event.model_validate({**event, "organisations": []})
    task = small_yaml("tasks")[0]
    with pytest.raises(pydantic.ValidationError, match="responsible"):
        m.Task.model_validate({**task, "responsible": []})


def test_the_calendar_identity_wants_a_domain():
    calendar = small_yaml("plan")["calendar"]
    assert m.CalendarIdentity.model_validate(calendar).uid_domain == "ke-hoach-mau.example.org"
    with pytest.raises(pydantic.ValidationError, match="uid_domain"):
        m.CalendarIdentity.model_validate({**calendar, "uid_domain": "https://x.example.org/"})
