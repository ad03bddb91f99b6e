"""The real data against the published JSON Schemas, and the real documents' derived
relations in the open-data export (the export's code: unit/test_export.py)."""

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


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_data_file_matches_its_schema(kind):
    schema = json.loads(export.file_schema(kind))
    data = yaml.safe_load((ROOT / "data" / f"{kind}.yml").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


def test_derived_relations_are_exported():
    data = json.loads(export.data_json(check(Paths(ROOT)).index))
    status = data["document_status"]["bo-luat-lao-dong-2012"]
    assert status["status"] == "superseded"
    assert status["replaced_by"] == ["bo-luat-lao-dong-2019"]
