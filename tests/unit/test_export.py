"""Tests of the JSON export stage: the data validates against the schema made from the model."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from plansite import export
from plansite.generate import check
from plansite.model import KINDS
from plansite.paths import Paths
from tests.project import ROOT


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


def test_json_validates_against_its_schema(index):
    data = json.loads(export.data_json(index))
    schema = json.loads(export.data_schema())
    jsonschema.validate(data, schema)
    assert len(data["tasks"]) == len(index.tasks)


def test_schema_rejects_an_unknown_key(index):
    data = json.loads(export.data_json(index))
    data["tasks"][0]["responsibl"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json.loads(export.data_schema()))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_data_file_matches_its_schema(kind):
    schema = json.loads(export.file_schema(kind))
    data = yaml.safe_load((ROOT / "data" / f"{kind}.yml").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


def test_derived_relations_are_exported(index):
    data = json.loads(export.data_json(index))
    status = data["document_status"]["bo-luat-lao-dong-2012"]
    assert status["status"] == "superseded"
    assert status["replaced_by"] == ["bo-luat-lao-dong-2019"]


def test_json_is_stable(index):
    assert export.data_json(index) == export.data_json(index)
