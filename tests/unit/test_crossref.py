"""Tests of the index stage (plansite.crossref) on the small plan: every relation written
once in the data is found from the other side too."""

from __future__ import annotations

import dataclasses
import datetime as dt

from plansite.crossref import build_index


def test_tasks_of_each_organisation_document_programme_and_movement(small_index):
    assert small_index.tasks_responsible == {
        "cong-doan-nganh-mau": ["b-1", "c-1"],
        "cong-doan-cong-ty-mau": ["b-2", "c-1"],
        "to-cong-doan": ["b-3"],
    }
    assert small_index.tasks_supporting == {"cong-doan-nganh-mau": ["b-2"]}
    assert small_index.tasks_by_document == {"ke-hoach-mau": ["b-1"]}
    assert small_index.tasks_by_programme == {"chuong-trinh-mau-2026-2030": ["b-2"]}
    assert small_index.tasks_by_movement == {"tuan-an-toan-mau": ["b-3"]}


def test_events_of_each_task_and_organisation(small_index):
    assert small_index.events_by_task == {
        "c-1": ["bao-cao-hang-nam-mau"],
        "b-3": ["thang-an-toan-mau"],
        "b-1": ["tap-huan-mau"],
        "b-2": ["kiem-tra-hang-thang-mau"],
    }
    assert small_index.events_by_org["cong-doan-cong-ty-mau"] == [
        "bao-cao-hang-nam-mau",
        "kiem-tra-hang-thang-mau",
        "cv-mau-2025-ap-dung",
    ]


def test_document_relations_both_ways(small_index):
    assert small_index.reverse_relations["replaces"] == {"cv-mau-2020": ["cv-mau-2025"]}
    assert small_index.reverse_relations["based_on"] == {"cv-mau-2020": ["ke-hoach-mau"]}
    assert small_index.reverse_relations["amends"] == {}
    assert small_index.replaced_by("cv-mau-2020") == ["cv-mau-2025"]
    assert small_index.amended_by("cv-mau-2020") == []
    assert small_index.programmes_by_document == {"ke-hoach-mau": ["chuong-trinh-mau-2026-2030"]}


def test_organisation_tree_reporting_and_succession(small_index):
    assert small_index.children == {
        "cong-doan-nganh-mau": ["cong-doan-cong-ty-mau", "cong-doan-cong-ty-cu"],
        "cong-doan-cong-ty-mau": ["to-cong-doan"],
    }
    assert small_index.reporters == {"cong-doan-nganh-mau": ["cong-doan-cong-ty-mau"]}
    assert small_index.predecessors == {"cong-doan-cong-ty-mau": ["cong-doan-cong-ty-cu"]}


def test_an_organisation_has_ended_from_its_end_date_on(small):
    data = small.index.data
    assert not build_index(data, dt.date(2026, 6, 30)).ended("cong-doan-cong-ty-cu")
    assert build_index(data, dt.date(2026, 7, 1)).ended("cong-doan-cong-ty-cu")
    assert not build_index(data, dt.date(2040, 1, 1)).ended("cong-doan-cong-ty-mau")


def test_duties_addressed_to_every_level_reach_each_union_level(small_index):
    duties = small_index.duties_by_org
    # moi-cap stands for every level; thang-an-toan-mau is addressed to it
    assert duties["to-cong-doan"] == ["thang-an-toan-mau"]
    assert duties["cong-doan-cong-ty-cu"] == ["thang-an-toan-mau"]
    assert duties["cong-doan-nganh-mau"] == ["thang-an-toan-mau", "tap-huan-mau"]
    assert "cv-mau-2025-ap-dung" not in sum(duties.values(), []), "a change is no duty"


def test_a_body_founded_after_a_general_duty_began_is_not_reached_by_it(small):
    data = small.index.data
    later = tuple(
        o.model_copy(update={"start_date": "2027"}) if o.id == "to-cong-doan" else o
        for o in data.organisations
    )
    index = build_index(dataclasses.replace(data, organisations=later), dt.date(2030, 1, 1))
    assert "to-cong-doan" not in index.duties_by_org


def test_task_neighbours_follow_the_data_order(small_index):
    assert small_index.neighbours("b-1") == (None, "b-2")
    assert small_index.neighbours("b-3") == ("b-2", "c-1")
    assert small_index.neighbours("c-1") == ("b-3", None)


def test_plan_mentions_are_found_in_the_plan_text(small):
    data = small.index.data
    docs = tuple(
        d.model_copy(update={"mentions": ["tập huấn ATLĐ"]}) if d.id == "cv-mau-2020" else d
        for d in data.documents
    )
    index = build_index(dataclasses.replace(data, documents=docs), dt.date(2026, 1, 1))
    assert index.plan_mentions == {"cv-mau-2020": ["b-1"]}
    assert small.index.plan_mentions == {}
