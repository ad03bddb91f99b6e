"""The pipeline: load -> validate -> index -> render -> write. Used by the CLI and the MkDocs hook."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import os
import subprocess
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from plansite import export, language, parallel, prose
from plansite import model as m
from plansite.archive import OfflineCopy
from plansite.crossref import Index, build_index
from plansite.language import LANGS
from plansite.load import load_sources
from plansite.model import KINDS as DATA_KINDS
from plansite.pagekinds import DATA_EXPORT, KINDS, PageKind, folder
from plansite.paths import GENERATED_DIRS, Paths
from plansite.problems import DataErrors, Problem
from plansite.render.download import offline_files
from plansite.render.paging import in_folder
from plansite.validate import Dataset, validate
from plansite.write import WriteReport, remove_stale, write_files


@dataclass
class Result:
    index: Index
    warnings: list[Problem]
    report: WriteReport | None = None


def commit_date(root: Path) -> dt.date:
    """The date of the last commit; SOURCE_DATE_EPOCH if set; today outside git."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return dt.datetime.fromtimestamp(int(out), dt.UTC).date()
    except (OSError, subprocess.CalledProcessError, ValueError):
        return dt.datetime.now(dt.UTC).date()


def status_date(data: Dataset, root: Path) -> dt.date:
    if data.settings.status_as_of:
        year, month, day = (int(x) for x in (data.settings.status_as_of + "-01-01").split("-")[:3])
        return dt.date(year, month, day)
    return commit_date(root)


def check(paths: Paths) -> Result:
    """Check the generator's language files, load, validate and index, then join the
    authored prose (content/); raise DataErrors with every problem found."""
    errors = language.problems()
    if errors:
        raise DataErrors(errors)
    dataset, errors, warnings = validate(load_sources(paths))
    if errors:
        raise DataErrors(errors)
    index = build_index(dataset, status_date(dataset, paths.root))
    authored, errors, pending = prose.load(paths, index)
    if errors:
        raise DataErrors(errors)
    return Result(dataclasses.replace(index, authored=authored), [*warnings, *pending])


def renderers(kind: PageKind) -> list:
    """The kind's rendering functions, from their "module:function" names."""
    found = []
    for name in kind.render:
        module, _, function = name.partition(":")
        found.append(getattr(importlib.import_module(module), function))
    return found


# Resolved once, when this stage is imported: the render modules (and the libraries they
# load) are then imported before the worker processes are forked, not once in each.
RENDERERS = {kind.name: renderers(kind) for kind in KINDS}


def render_language(
    index: Index, lang: str, offline: OfflineCopy | None = None
) -> dict[str, str | bytes]:
    """Every generated file in `lang` (file names end .<lang>.md outside the original
    language): every page kind's (pagekinds.KINDS) files in its folder."""
    index = dataclasses.replace(index, offline=offline)
    files: dict[str, str | bytes] = {}
    for kind in KINDS:
        for render in RENDERERS[kind.name]:
            files.update(in_folder(kind.folder, render(index, lang)))
    return files


def render_all(index: Index, offline: OfflineCopy | None = None) -> dict[str, str | bytes]:
    """Every generated file; the offline page links `offline` when it has been built."""
    files: dict[str, str | bytes] = {}
    for lang in LANGS:
        files.update(render_language(index, lang, offline))
    files.update(exports(index, offline))
    return files


def _written(docs: Path, render) -> tuple[WriteReport, list[str]]:
    files = render()
    return write_files(docs, files), list(files)


# Relative rendering costs, in entries (tasks, organisations, documents, events,
# programmes): a language's pages cost about one unit per entry, the data export a
# quarter, and the schemas, which do not grow with the data, about half the real plan's.
SCHEMA_COST = 45


def render_and_write(index: Index, docs: Path, offline: OfflineCopy | None = None) -> WriteReport:
    """render_all() synced into `docs`: the languages, the data export and the schemas
    are rendered and written by separate jobs, spread over the cores (plansite.parallel)."""
    jobs = [
        partial(_written, docs, partial(render_language, index, lang, offline)) for lang in LANGS
    ]
    jobs.append(partial(_written, docs, partial(data_export, index, offline)))
    jobs.append(partial(_written, docs, partial(schema_exports, index.data.plan)))
    entries = sum(map(len, (index.tasks, index.orgs, index.docs, index.events, index.programmes)))
    costs = [entries] * len(LANGS) + [entries / 4, SCHEMA_COST]
    report, wanted = WriteReport(), set()
    for part, names in parallel.run(jobs, costs):
        report.written += part.written
        report.unchanged += part.unchanged
        wanted.update(names)
    report.removed = remove_stale(docs, GENERATED_DIRS, wanted)
    return report


def data_export(index: Index, offline: OfflineCopy | None = None) -> dict[str, str | bytes]:
    """The data as JSON, and the offline copy's .zip when it has been built: the files
    that are the same in every language."""
    return {
        f"{folder('data')}/{DATA_EXPORT}": export.data_json(index),
        **in_folder(folder("offline"), offline_files(offline)),
    }


def schema_exports(plan: m.PlanIdentity) -> dict[str, str]:
    """The JSON Schemas: the model's, with the plan's levels and task id shape."""
    files = {f"{folder('data')}/schema.json": export.data_schema(plan)}
    for kind in DATA_KINDS:
        files[f"{folder('data')}/schema/{kind}.json"] = export.file_schema(kind, plan)
    return files


def exports(index: Index, offline: OfflineCopy | None = None) -> dict[str, str | bytes]:
    return {**data_export(index, offline), **schema_exports(index.data.plan)}


def generate(paths: Paths, offline: OfflineCopy | None = None) -> Result:
    result = check(paths)
    result.report = render_and_write(result.index, paths.docs, offline)
    return result
