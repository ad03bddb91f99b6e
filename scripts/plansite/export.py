"""Export stage: all data as normalized JSON, and the JSON Schemas generated from the model."""

from __future__ import annotations

import json

from pydantic import BaseModel, ConfigDict

from plansite import model as m
from plansite.crossref import Index
from plansite.paths import DATA_FILES, PLAN_FILE, SETTINGS_FILE
from plansite.proseformat import PLAN_REF, REF
from plansite.status import Status


class DocumentStatus(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Status
    since: str | None
    by: list[str]
    replaced_by: list[str]
    amended_by: list[str]


class OrganisationStatus(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ended: bool
    successor: str | None
    took_over_from: list[str]


class AuthoredText(BaseModel):
    """Hand-written prose joined with a card (content/<folder>/<id>[.en].md), as written."""

    model_config = ConfigDict(extra="forbid")
    page: str  # the card's address without its language: "van-ban/<id>", "chuong-trinh/<id>"
    lang: str
    file: str
    fallback: bool  # the English page shows the Vietnamese text (translation pending)
    markdown: str
    sources: list[str]  # ids in data/sources.yml it cites, in order of first citation


class DataExport(BaseModel):
    """The shape of /du-lieu/ke-hoach.json."""

    model_config = ConfigDict(extra="forbid")
    status_as_of: str
    sources: list[m.Source]
    organisations: list[m.Organisation]
    tasks: list[m.Task]
    documents: list[m.Document]
    programmes: list[m.Programme]
    movements: list[m.Movement]
    events: list[m.Event]
    glossary: list[m.GlossaryEntry]
    document_status: dict[str, DocumentStatus]
    organisation_status: dict[str, OrganisationStatus]
    authored: list[AuthoredText]


def _authored(index: Index) -> list[AuthoredText]:
    texts = []
    for (folder, item_id, lang), text in sorted(index.authored.items()):
        markdown = "\n".join(text.lines) + "\n"
        cited = [ref for ref in REF.findall(markdown) if not ref.startswith(PLAN_REF)]
        texts.append(
            AuthoredText(
                page=f"{folder}/{item_id}",
                lang=lang,
                file=text.file,
                fallback=text.fallback,
                markdown=markdown,
                sources=list(dict.fromkeys(cited)),
            )
        )
    return texts


def _dumps(data, indent: int | None = 1) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=True) + "\n"


def data_json(index: Index) -> str:
    data = index.data
    export = DataExport(
        status_as_of=index.as_of.isoformat(),
        sources=list(data.sources),
        organisations=list(data.organisations),
        tasks=list(data.tasks),
        documents=list(data.documents),
        programmes=list(data.programmes),
        movements=list(data.movements),
        events=list(data.events),
        glossary=list(data.glossary),
        document_status={
            doc_id: DocumentStatus(
                status=s.status,
                since=s.since,
                by=list(s.by),
                replaced_by=index.replaced_by(doc_id),
                amended_by=index.amended_by(doc_id),
            )
            for doc_id, s in index.status.items()
        },
        organisation_status={
            org.id: OrganisationStatus(
                ended=index.ended(org.id),
                successor=org.successor,
                took_over_from=index.predecessors.get(org.id, []),
            )
            for org in data.organisations
        },
        authored=_authored(index),
    )
    # Not indented: the data grows with the site, and an indent makes json use its
    # pure-Python encoder (much slower); JSON viewers indent it for reading.
    return _dumps(export.model_dump(mode="json"), indent=None)


def _shaped(schema: dict, plan: m.PlanIdentity | None, organisation: dict, task: dict) -> dict:
    """`schema` with the plan's levels as the choices of an organisation's level, and its
    task ids' shape as a task's id (the model leaves both to data/plan.yml)."""
    if plan is None:
        return schema
    if organisation:
        organisation["properties"]["level"] = {"$ref": "#/$defs/Level"}
        schema["$defs"]["Level"] = {
            "enum": [level.id for level in plan.levels],
            "title": "Level",
            "type": "string",
        }
    if task:
        pattern = plan.task_ids.pattern
        if not (pattern.startswith("^") and pattern.endswith("$")):
            pattern = f"^(?:{pattern})$"
        task["properties"]["id"] = {"pattern": pattern, "title": "Id", "type": "string"}
    return schema


def data_schema(plan: m.PlanIdentity | None = None) -> str:
    """The JSON Schema of /du-lieu/ke-hoach.json; with `plan`, of that plan's levels and ids."""
    schema = DataExport.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    defs = schema["$defs"]
    return _dumps(_shaped(schema, plan, defs["Organisation"], defs["Task"]))


def file_schema(kind: str, plan: m.PlanIdentity | None = None) -> str:
    """JSON Schema of one data file (data/<kind>.yml): a list of entries; data/site.yml
    (SETTINGS_FILE) and data/plan.yml (PLAN_FILE) are one mapping each. With `plan`, an
    organisation's level and a task's id are of that plan's shapes (the published schemas);
    without, of any plan's (the editors' schemas in schema/)."""
    mappings = {SETTINGS_FILE: m.SiteSettings, PLAN_FILE: m.PlanIdentity}
    if kind in mappings:
        schema = mappings[kind].model_json_schema(ref_template="#/$defs/{model}")
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
        schema["title"] = f"data/{kind}.yml"
        return _dumps(schema)
    item = m.KINDS[kind].model_json_schema(ref_template="#/$defs/{model}")
    defs = item.pop("$defs", {})
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"data/{kind}.yml",
        "type": "array",
        "items": item,
        "$defs": defs,
    }
    organisation = item if kind == "organisations" else {}
    return _dumps(_shaped(schema, plan, organisation, item if kind == "tasks" else {}))


def editor_schemas() -> dict[str, str]:
    """schema/<file>.json for every data file, which its first line names for editors
    (`# yaml-language-server: $schema=../schema/<file>.json`); `plansite schemas` writes them."""
    names = (*DATA_FILES, SETTINGS_FILE, PLAN_FILE)
    return {f"{name}.json": file_schema(name) for name in names}
