"""Validate stage: records from loaded YAML, and every rule across them.

All problems of a run are collected, each with file, line and column, and a
hint how to fix it. English text that is `null` is a pending translation and
only a warning.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError

from plansite import model as m
from plansite.i18n import LANGS, LANGUAGES, ORIGINAL, TRANSLATIONS, suffix
from plansite.load import Sources
from plansite.paths import PLAN_FILE, Paths
from plansite.plantext import PlanText, collapse
from plansite.problems import DataErrors, Problem
from plansite.yamlload import Loaded, load_file


@dataclass(frozen=True)
class Dataset:
    sources: tuple[m.Source, ...]
    organisations: tuple[m.Organisation, ...]
    tasks: tuple[m.Task, ...]
    documents: tuple[m.Document, ...]
    programmes: tuple[m.Programme, ...]
    movements: tuple[m.Movement, ...]
    events: tuple[m.Event, ...]
    glossary: tuple[m.GlossaryEntry, ...]
    settings: m.SiteSettings
    plan: m.PlanIdentity
    plans: dict[str, PlanText]
    warnings: tuple[Problem, ...] = field(default=())

    def plan_text(self, lang: str = ORIGINAL) -> PlanText:
        """The plan pages' text in `lang`, or the original's where that language has none."""
        return self.plans[lang if lang in self.plans else ORIGINAL]


def suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _record_class(annotation) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, dict, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _record_class(arg)
            if found:
                return found
    return None


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names of the record that holds the key at `loc`."""
    current = model
    for part in loc[:-1]:
        if isinstance(part, str) and part in current.model_fields:
            nested = _record_class(current.model_fields[part].annotation)
            if nested is None:
                return []
            current = nested
    return list(current.model_fields)


def _message(error: dict, model: type[BaseModel]) -> str:
    kind = error["type"]
    loc = error["loc"]
    key = loc[-1] if loc else ""
    value = error.get("input")
    if kind == "missing":
        hint = (
            f" (write `{key}: null` if the {LANGUAGES[key].name} translation is pending)"
            if key in TRANSLATIONS
            else ""
        )
        return f"missing required field '{key}'; add it{hint}"
    if kind == "extra_forbidden":
        return f"unknown key '{key}'{suggest(key, _fields_at(model, loc))}"
    if kind == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern", "")
        if pattern == m.DATE_PATTERN:
            return (
                f'\'{value}\' is not a date; write it quoted as "YYYY-MM-DD", "YYYY-MM" or "YYYY"'
            )
        if pattern == m.TEXT_PATTERN:
            return (
                "text holds a control character (e.g. \\r, \\f or \\x00); "
                "remove it, only line breaks and tabs are allowed"
            )
        if pattern == m.URL_PATTERN:
            return (
                f"'{value}' is not a web address; write the page's full address, starting "
                "with https:// (or http://), or null if the source has none"
            )
        if pattern == m.PAGE_PATTERN:
            return (
                f"'{value}' is not a page of the site; write its address below the home page, "
                'ending with a slash, e.g. "hien-trang/"'
            )
        if pattern == m.DOMAIN_PATTERN:
            return (
                f"'{value}' is not a domain name; write lowercase ASCII words joined by dots, "
                "e.g. ke-hoach.ldld-example"
            )
        return (
            f"'{value}' is not a valid id; use lowercase ASCII letters, digits and hyphens, "
            "e.g. bo-luat-lao-dong-2012"
        )
    if kind == "value_error" and isinstance(value, str) and m.is_partial_date(value):
        return f"'{value}' is not a real date; check the day and month"
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        choices = [c.strip(" '") for c in expected.replace(" or ", ",").split(",")]
        return f"'{value}' is not allowed here; use one of {expected}{suggest(value, choices)}"
    if kind == "string_type":
        return f"expected text, found {type(value).__name__}; put the value in quotes"
    if kind in ("list_type", "model_type", "dict_type", "int_type", "int_parsing", "bool_type"):
        wanted = {
            "list_type": "a list, e.g. [a, b]",
            "model_type": "a mapping of keys to values",
            "dict_type": "a mapping of keys to values",
            "int_type": "a whole number",
            "int_parsing": "a whole number",
            "bool_type": "true or false",
        }[kind]
        return f"expected {wanted}, found {type(value).__name__}"
    if kind == "string_too_short":
        return "empty text; write the text or remove the field"
    if kind == "too_short":
        return "the list is empty; name at least one"
    if kind == "string_too_long":
        return f"text is longer than {m.MAX_TEXT} characters; shorten it"
    return error["msg"]


class _Collector:
    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, loaded: Loaded, path: tuple, message: str) -> None:
        self.errors.append(loaded.problem(path, message))

    def warn(self, loaded: Loaded, path: tuple, message: str) -> None:
        self.warnings.append(loaded.problem(path, message, "warning"))


def _records(loaded: Loaded, model: type[m.Record], out: _Collector) -> list[tuple[int, m.Record]]:
    if loaded.data is None:
        return []
    if not isinstance(loaded.data, list):
        out.error(loaded, (), "expected a list of entries, each starting with '- id: ...'")
        return []
    records = []
    for index, entry in enumerate(loaded.data):
        if not isinstance(entry, dict):
            out.error(loaded, (index,), "expected an entry (keys and values), e.g. '- id: ...'")
            continue
        try:
            records.append((index, model.model_validate(entry)))
        except ValidationError as error:
            for item in error.errors():
                out.error(loaded, (index, *item["loc"]), _message(item, model))
    return records


def _check_unique(loaded: Loaded, records, out: _Collector, attr: str = "id") -> None:
    seen: dict[str, int] = {}
    for index, record in records:
        value = getattr(record, attr)
        if value in seen:
            first = loaded.where((seen[value], attr))[0]
            out.error(
                loaded,
                (index, attr),
                f"duplicate {attr} '{value}' (first at {loaded.name}:{first}); {attr}s must be unique",
            )
        else:
            seen[value] = index


def _pending_translations(loaded: Loaded, record: m.Record, path: tuple, out: _Collector) -> None:
    for name, value in record:
        if isinstance(value, m.Text):
            for code in TRANSLATIONS:
                if getattr(value, code) is None:
                    note = f"{LANGUAGES[code].name} translation pending ({code}: null)"
                    out.warn(loaded, (*path, name, code), note)
        elif isinstance(value, m.Record):
            _pending_translations(loaded, value, (*path, name), out)


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                found.append([*trail[trail.index(nxt) :], nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return found


def validate(sources: Sources) -> tuple[Dataset | None, list[Problem], list[Problem]]:
    """Returns (dataset or None, errors, warnings)."""
    out = _Collector()
    out.errors.extend(sources.problems)
    records = {kind: _records(loaded, m.KINDS[kind], out) for kind, loaded in sources.files.items()}
    settings = m.SiteSettings()
    if sources.settings is not None and sources.settings.data is not None:
        try:
            settings = m.SiteSettings.model_validate(sources.settings.data)
        except ValidationError as error:
            for item in error.errors():
                out.error(sources.settings, item["loc"], _message(item, m.SiteSettings))

    plan = _plan_identity(sources.plan, out)
    for kind, loaded in sources.files.items():
        _check_unique(loaded, records.get(kind, []), out)
        for index, record in records.get(kind, []):
            _pending_translations(loaded, record, (index,), out)
    if "glossary" in sources.files:
        _check_unique(sources.files["glossary"], records.get("glossary", []), out, "term")

    ids = {kind: _known_ids(sources.files.get(kind)) for kind in m.KINDS}
    plans = sources.plans
    _check_organisations(sources, records, ids, out)
    _check_plan_shape(sources, records, plan, out)
    _check_citations(sources, records, ids, out)
    _check_tasks(sources, records, ids, plans, plan, out)
    _check_documents(sources, records, ids, plans, out)
    _check_programmes(sources, records, ids, out)
    _check_events(sources, records, ids, out)
    _check_plan_languages(plans, out)

    if out.errors or set(records) != set(m.KINDS) or plan is None:
        return None, sorted(out.errors), sorted(out.warnings)
    dataset = Dataset(
        **{kind: tuple(r for _, r in records[kind]) for kind in m.KINDS},
        settings=settings,
        plan=plan,
        plans=plans,
        warnings=tuple(sorted(out.warnings)),
    )
    return dataset, [], sorted(out.warnings)


def plan_identity(paths: Paths) -> m.PlanIdentity:
    """data/plan.yml on its own, checked (for the engine's configuration, before the rest of
    the data is read); raises DataErrors with its problems."""
    path = paths.data_file(PLAN_FILE)
    name = paths.display(path)
    if not path.is_file():
        raise DataErrors([Problem(name, 1, 1, "missing the plan's identity; create it")])
    loaded, out = load_file(path, name), _Collector()
    plan = _plan_identity(loaded, out)
    if plan is None:
        raise DataErrors([*loaded.problems, *out.errors])
    return plan


def _plan_identity(loaded: Loaded | None, out: _Collector) -> m.PlanIdentity | None:
    """data/plan.yml read and checked on its own; None (with its problems told) if it cannot be."""
    if loaded is None or loaded.problems:
        return None
    if not isinstance(loaded.data, dict):
        out.error(loaded, (), "expected the plan's identity: keys and values, e.g. 'slug: ...'")
        return None
    try:
        plan = m.PlanIdentity.model_validate(loaded.data)
    except ValidationError as error:
        for item in error.errors():
            out.error(loaded, item["loc"], _message(item, m.PlanIdentity))
        return None
    _pending_translations(loaded, plan, (), out)
    broken = len(out.errors)
    try:
        re.compile(plan.task_ids.pattern)
    except re.error as error:
        out.error(
            loaded,
            ("task_ids", "pattern"),
            f"not a regular expression ({error}); write one that a whole task id matches, "
            'e.g. "[a-z]-[1-9][0-9]*"',
        )
    else:
        if not plan.task_id_matches(plan.task_ids.example):
            out.error(
                loaded,
                ("task_ids", "example"),
                f"the example '{plan.task_ids.example}' does not match the pattern; "
                "fix one of them",
            )
    for attr in ("id", "checklist"):
        seen: dict[str, int] = {}
        for n, level in enumerate(plan.levels):
            value = getattr(level, attr)
            if value is None:
                continue
            if value in seen:
                first = loaded.where(("levels", seen[value], attr))[0]
                out.error(
                    loaded,
                    ("levels", n, attr),
                    f"duplicate {attr} '{value}' (first at {loaded.name}:{first}); "
                    f"every level's {attr} must be unique",
                )
            seen.setdefault(value, n)
    for key in plan.wording:
        if key not in m.PLAN_WORDS:
            out.error(
                loaded,
                ("wording", key),
                f"'{key}' is not a word a plan may give{suggest(key, m.PLAN_WORDS)}; "
                f"use one of {', '.join(m.PLAN_WORDS)}",
            )
    columns = [column.id for column in plan.columns]
    for n, level in enumerate(plan.levels):
        if level.column is not None and level.column not in columns:
            out.error(
                loaded,
                ("levels", n, "column"),
                f"unknown column '{level.column}'{suggest(level.column, columns)}; "
                "it must be an id under 'columns'",
            )
    return plan if len(out.errors) == broken else None


def _check_plan_shape(sources, records, plan: m.PlanIdentity | None, out) -> None:
    """Organisations' levels and task ids of the shapes data/plan.yml gives."""
    if plan is None:
        return
    levels = [level.id for level in plan.levels]
    loaded = sources.files.get("organisations")
    for index, org in records.get("organisations", []):
        if org.level not in levels:
            out.error(
                loaded,
                (index, "level"),
                f"unknown level '{org.level}'{suggest(org.level, levels)}; "
                "it must be a level id under 'levels' in data/plan.yml",
            )
    loaded = sources.files.get("tasks")
    for index, task in records.get("tasks", []):
        if not plan.task_id_matches(task.id):
            out.error(
                loaded,
                (index, "id"),
                f"'{task.id}' is not a task id of this plan; use the plan anchor, e.g. "
                f"{plan.task_ids.example} (the shape is set by task_ids in data/plan.yml)",
            )


class _AnyId(frozenset):
    """Stands for the ids of a file that could not be read: every reference passes,
    so one broken file does not turn into an error at every place that names it."""

    def __contains__(self, item) -> bool:
        return True


def _known_ids(loaded: Loaded | None) -> set[str] | _AnyId:
    """Ids written in a data file, including entries that failed validation."""
    if loaded is None or not isinstance(loaded.data, list):
        return _AnyId()
    return {e["id"] for e in loaded.data if isinstance(e, dict) and isinstance(e.get("id"), str)}


def _check_order(out, loaded, path: tuple, first: tuple, then: tuple) -> None:
    """A later date (`then`, as (name, value)) must not come before an earlier one."""
    (first_name, first_date), (then_name, then_date) = first, then
    if first_date and then_date and m.date_key(then_date) < m.date_key(first_date):
        out.error(
            loaded,
            path,
            f"{then_name} {then_date} is before the {first_name} {first_date}; check both",
        )


def _check_organisations(sources, records, ids, out) -> None:
    loaded = sources.files.get("organisations")
    for index, org in records.get("organisations", []):
        for attr in ("parent", "reports_via"):
            value = getattr(org, attr)
            if value is not None and value not in ids["organisations"]:
                out.error(
                    loaded, (index, attr), _unknown(value, ids["organisations"], "organisations")
                )
            if value == org.id:
                out.error(loaded, (index, attr), f"'{org.id}' cannot be its own {attr}")
        for pos, value in enumerate(org.reports_to):
            if value not in ids["organisations"]:
                out.error(
                    loaded,
                    (index, "reports_to", pos),
                    _unknown(value, ids["organisations"], "organisations"),
                )
        if org.successor is not None:
            if org.successor not in ids["organisations"]:
                out.error(
                    loaded,
                    (index, "successor"),
                    _unknown(org.successor, ids["organisations"], "organisations"),
                )
            if org.end_date is None:
                out.error(
                    loaded,
                    (index, "successor"),
                    "a successor takes over when an organisation ends; give 'end_date' "
                    '("YYYY" if only the year is known)',
                )
        _check_order(
            out,
            loaded,
            (index, "end_date"),
            ("start date", org.start_date),
            ("end date", org.end_date),
        )
        dated = org.start_date or org.end_date or org.successor
        if dated and org.life_certainty is None:
            out.error(
                loaded,
                (index,),
                "an organisation with a start, an end or a successor needs 'life_certainty' "
                "(checked, unverified or plan) and, when checked, 'life_sources'",
            )
    for name, graph in (
        ("parent", {o.id: [o.parent] for _, o in records.get("organisations", []) if o.parent}),
        (
            "successor",
            {o.id: [o.successor] for _, o in records.get("organisations", []) if o.successor},
        ),
    ):
        for cycle in _cycles(graph):
            index = next(i for i, o in records["organisations"] if o.id == cycle[0])
            out.error(loaded, (index, name), f"{name} cycle: " + " → ".join(cycle) + "; break it")


def _check_citations(sources, records, ids, out) -> None:
    """Every cited source exists; every checked value cites one; an unverified value
    says why; a value on which sources differ shows each value with its sources."""
    known = ids["sources"]

    def cited(loaded, path: tuple, values: list[str]) -> None:
        for pos, value in enumerate(values):
            if value not in known:
                out.error(loaded, (*path, pos), _unknown(value, known, "sources"))

    def uncited(loaded, path: tuple, what: str, where: str) -> None:
        out.error(
            loaded,
            path,
            f"{what} is checked but cites no source; add the ids of its sources from "
            f"data/sources.yml under '{where}', or mark it unverified",
        )

    loaded = sources.files.get("documents")
    for index, doc in records.get("documents", []):
        cited(loaded, (index, "sources"), doc.sources)
        for name, values in doc.sources_by_field.items():
            cited(loaded, (index, "sources_by_field", name), values)
        for field_map in ("sources_by_field", "variants"):
            for name in getattr(doc, field_map):
                if name not in m.DOCUMENT_FIELDS_WITH_CERTAINTY:
                    out.error(
                        loaded,
                        (index, field_map, name),
                        f"unknown field '{name}'{suggest(name, m.DOCUMENT_FIELDS_WITH_CERTAINTY)}",
                    )
        for name in m.DOCUMENT_FIELDS_WITH_CERTAINTY:
            certainty = doc.certainty_of(name)
            if certainty == m.Certainty.checked and not doc.sources_of(name):
                uncited(loaded, (index, name), f"'{name}'", "sources")
            variants = doc.variants.get(name, [])
            if certainty == m.Certainty.differs and len(variants) < 2:
                out.error(
                    loaded,
                    (index, name),
                    f"sources differ on '{name}' but fewer than two values are given; list "
                    f"each value with its certainty and sources under 'variants: {{{name}: …}}'",
                )
            if variants and certainty != m.Certainty.differs:
                out.error(
                    loaded,
                    (index, "variants", name),
                    f"'{name}' has variants but is not marked 'differs'; set "
                    f"certainty_by_field: {{{name}: differs}} or remove the variants",
                )
            for pos, variant in enumerate(variants):
                path = (index, "variants", name, pos)
                cited(loaded, (*path, "sources"), variant.sources)
                if variant.certainty == m.Certainty.checked and not variant.sources:
                    uncited(loaded, path, f"the value '{variant.value}'", "sources")
        unsure = [
            n
            for n in m.DOCUMENT_FIELDS_WITH_CERTAINTY
            if doc.certainty_of(n) == m.Certainty.unverified
        ]
        if unsure and doc.source_note is None:
            out.error(
                loaded,
                (index, unsure[0]),
                f"'{unsure[0]}' is unverified; say why in 'source_note' (vi and en)",
            )
    loaded = sources.files.get("organisations")
    for index, org in records.get("organisations", []):
        cited(loaded, (index, "life_sources"), org.life_sources)
        if org.life_certainty == m.Certainty.checked and not org.life_sources:
            uncited(loaded, (index, "life_certainty"), "the organisation's life", "life_sources")
        if org.life_certainty == m.Certainty.unverified and org.life_note is None:
            out.error(
                loaded,
                (index, "life_certainty"),
                "the organisation's life is unverified; say why in 'life_note' (vi and en)",
            )
    loaded = sources.files.get("events")
    for index, event in records.get("events", []):
        cited(loaded, (index, "sources"), event.sources)
        if event.certainty == m.Certainty.checked and not event.sources:
            uncited(loaded, (index, "certainty"), "the event", "sources")


def _unknown(value: str, known: set[str], kind: str) -> str:
    return (
        f"unknown {kind[:-1]} '{value}'{suggest(value, known)}; it must be an id in data/{kind}.yml"
    )


def _check_list(loaded, index, attr, values, known, kind, out) -> None:
    for pos, value in enumerate(values):
        if value not in known:
            out.error(loaded, (index, attr, pos), _unknown(value, known, kind))


def _check_tasks(sources, records, ids, plans, plan: m.PlanIdentity | None, out) -> None:
    loaded = sources.files.get("tasks")
    original = plans.get(ORIGINAL)
    section = plan.aims if plan is not None and plan.aims else None
    aims = (
        [a for a in original.blocks if a.startswith(f"{section}-")] if original and section else []
    )
    for index, task in records.get("tasks", []):
        for attr, kind in (
            ("responsible", "organisations"),
            ("supporting", "organisations"),
            ("documents", "documents"),
            ("programmes", "programmes"),
            ("movements", "movements"),
        ):
            _check_list(loaded, index, attr, getattr(task, attr), ids[kind], kind, out)
        if original is None:
            continue
        for pos, aim in enumerate(task.aims):
            if plan is not None and aim not in aims:
                where = (
                    f"aims are the anchors {section}-1 … {section}-{len(aims)} of section "
                    f"{section.upper()}"
                    if section
                    else "data/plan.yml names no section of aims ('aims')"
                )
                out.error(
                    loaded,
                    (index, "aims", pos),
                    f"unknown aim '{aim}'{suggest(aim, aims)}; {where}",
                )
        if task.id not in original.blocks:
            out.error(
                loaded,
                (index, "id"),
                f"no block with anchor '{task.id}' on the plan page{suggest(task.id, original.blocks)}; a task id is its plan anchor",
            )
            continue
        if original.parents.get(task.id) != task.group:
            out.error(
                loaded,
                (index, "group"),
                f"task '{task.id}' stands under '{original.parents.get(task.id)}' on the plan page, not '{task.group}'",
            )
        for lang in LANGS:
            page, text = plans.get(lang), getattr(task.text, lang)
            if page is None or text is None or task.id not in page.blocks:
                continue
            if collapse(text) != page.blocks[task.id]:
                out.error(loaded, (index, "text", lang), _drift(text, page, lang, task.id))


def _drift(text: str, plan: PlanText, lang: str, anchor: str) -> str:
    mine, theirs = collapse(text), plan.blocks[anchor]
    at = next(
        (i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b),
        min(len(mine), len(theirs)),
    )
    page_file = "docs/" + plan.page_of(anchor).removesuffix(".md") + f"{suffix(lang)}.md"
    return (
        f"text.{lang} differs from #{anchor} on {page_file} at character {at + 1}: "
        f"here «{mine[max(0, at - 20) : at + 20]}», page «{theirs[max(0, at - 20) : at + 20]}»; "
        "copy the text from the plan page"
    )


def _check_documents(sources, records, ids, plans, out) -> None:
    loaded = sources.files.get("documents")
    plan_text = plans[ORIGINAL].full_text() if ORIGINAL in plans else None
    graph: dict[str, list[str]] = {}
    for index, doc in records.get("documents", []):
        for attr in ("implements", "based_on", "replaces", "amends"):
            targets = getattr(doc.relations, attr)
            for pos, target in enumerate(targets):
                if target not in ids["documents"]:
                    out.error(
                        loaded,
                        (index, "relations", attr, pos),
                        _unknown(target, ids["documents"], "documents"),
                    )
                elif target == doc.id:
                    out.error(
                        loaded,
                        (index, "relations", attr, pos),
                        f"'{doc.id}' cannot relate to itself",
                    )
        graph[doc.id] = [*doc.relations.replaces, *doc.relations.amends]
        _check_order(
            out,
            loaded,
            (index, "effective_date"),
            ("issue date", doc.issue_date),
            ("effective date", doc.effective_date),
        )
        for name, certainty in doc.certainty_by_field.items():
            if name not in m.DOCUMENT_FIELDS_WITH_CERTAINTY:
                out.error(
                    loaded,
                    (index, "certainty_by_field", name),
                    f"unknown field '{name}'{suggest(name, m.DOCUMENT_FIELDS_WITH_CERTAINTY)}",
                )
            elif certainty == m.Certainty.unknown and getattr(doc, name) is not None:
                out.error(
                    loaded,
                    (index, "certainty_by_field", name),
                    f"'{name}' is marked unknown but has a value; set it to null or give its certainty",
                )
        if plan_text is not None:
            for pos, mention in enumerate(doc.mentions):
                if collapse(mention) not in plan_text:
                    out.error(
                        loaded,
                        (index, "mentions", pos),
                        f"«{mention}» does not occur in the plan text; copy it exactly from docs/ke-hoach/index.md",
                    )
    index_of = {doc.id: i for i, doc in records.get("documents", [])}
    for cycle in _cycles(graph):
        out.error(
            loaded,
            (index_of[cycle[0]], "relations"),
            "replaces/amends cycle: "
            + " → ".join(cycle)
            + "; a document cannot (indirectly) replace itself",
        )


def _check_programmes(sources, records, ids, out) -> None:
    loaded = sources.files.get("programmes")
    for index, programme in records.get("programmes", []):
        if programme.document not in ids["documents"]:
            out.error(
                loaded,
                (index, "document"),
                _unknown(programme.document, ids["documents"], "documents"),
            )
        if programme.period.end < programme.period.start:
            out.error(
                loaded,
                (index, "period", "end"),
                f"period ends ({programme.period.end}) before it starts ({programme.period.start})",
            )


def _check_events(sources, records, ids, out) -> None:
    loaded = sources.files.get("events")
    for index, event in records.get("events", []):
        _check_list(
            loaded,
            index,
            "organisations",
            event.organisations,
            ids["organisations"],
            "organisations",
            out,
        )
        _check_list(loaded, index, "tasks", event.tasks, ids["tasks"], "tasks", out)
        if (event.date is None) == (event.recurrence is None):
            out.error(
                loaded,
                (index,),
                "an event needs exactly one of 'date' (once) or 'recurrence' (repeating)",
            )
        rec = event.recurrence
        yearly = rec is not None and rec.freq == m.Frequency.yearly
        yearly_duty = yearly and event.kind == m.EventKind.duty
        if event.lessons and not yearly_duty:
            out.error(
                loaded,
                (index, "lessons"),
                "'lessons' marks a yearly report duty (kind: duty, recurrence: yearly); "
                "remove it here",
            )
        if rec is None:
            continue
        if yearly and rec.month is None:
            out.error(loaded, (index, "recurrence"), "a yearly event needs 'month'")
        if rec.timing == m.Timing.during_month and rec.day is not None:
            out.error(
                loaded, (index, "recurrence", "day"), "'during-month' takes no 'day'; remove it"
            )
        if rec.timing != m.Timing.during_month and rec.day is None:
            out.error(loaded, (index, "recurrence"), f"timing '{rec.timing}' needs a 'day'")


def _check_plan_languages(plans: dict[str, PlanText], out: _Collector) -> None:
    original = plans.get(ORIGINAL)
    for lang in TRANSLATIONS:
        if original is None or lang not in plans:
            continue
        missing = [a for a in original.blocks if a not in plans[lang].blocks]
        extra = [a for a in plans[lang].blocks if a not in original.blocks]
        if missing or extra:
            out.errors.append(
                Problem(
                    f"docs/ke-hoach/index{suffix(lang)}.md",
                    1,
                    1,
                    f"anchors differ from the {LANGUAGES[ORIGINAL].name} plan: missing {missing}, "
                    f"extra {extra}; give every block the same {{: #id }} in every language",
                )
            )
