"""Tests of the JSON export stage (plansite.export) on the small plan: the data validates
against the schema made from the model. The real data files against their schemas:
content/test_export.py."""

from __future__ import annotations

import json

import jsonschema
import pytest

from plansite import export
from plansite.model import KINDS
from tests.plans import small_yaml


@pytest.fixture(scope="module")
def data(small_index) -> dict:
    return json.loads(export.data_json(small_index))


def test_json_validates_against_its_schema(small_index, data):
    jsonschema.validate(data, json.loads(export.data_schema()))
    assert [task["id"] for task in data["tasks"]] == ["b-1", "b-2", "b-3", "c-1"]


def test_schema_rejects_an_unknown_key(data):
    broken = json.loads(json.dumps(data))
    broken["tasks"][0]["responsibl"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, json.loads(export.data_schema()))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_data_file_matches_its_schema(kind):
    jsonschema.validate(small_yaml(kind), json.loads(export.file_schema(kind)))


def test_a_data_file_with_a_wrong_value_fails_its_schema():
    tasks = small_yaml("tasks")
    tasks[0]["responsible"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(tasks, json.loads(export.file_schema("tasks")))


def test_derived_relations_are_exported(data):
    status = data["document_status"]["cv-mau-2020"]
    assert status["status"] == "superseded"
    assert status["replaced_by"] == ["cv-mau-2025"]


def test_json_is_stable(small_index):
    assert export.data_json(small_index) == export.data_json(small_index)
