"""The pipeline: load -> validate -> index -> render -> write. Used by the CLI and the MkDocs hook."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from plansite import authored, checklist, export, parallel
from plansite import model as m
from plansite.calendar import calendar_events, last_day, render_calendar
from plansite.index import Index, build_index
from plansite.labels import LANGS, t
from plansite.load import load_sources
from plansite.model import KINDS
from plansite.offline import OfflineCopy
from plansite.paths import GENERATED_DIRS, Paths
from plansite.problems import DataErrors, Problem
from plansite.render.checklists import checklist_pages
from plansite.render.common import pick
from plansite.render.documents import render_document, render_document_index
from plansite.render.download import download_files
from plansite.render.organisations import render_organisation, render_organisation_index
from plansite.render.paging import in_folder
from plansite.render.programmes import render_movements, render_programme, render_programme_index
from plansite.render.reference import render_calendar_page, render_data_page, render_glossary
from plansite.render.tasks import render_task, render_task_index
from plansite.render.timeline import render_changes, render_timeline
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
    """Load, validate and index, then join the authored prose (content/); raise
    DataErrors with every problem found."""
    dataset, errors, warnings = validate(load_sources(paths))
    if errors:
        raise DataErrors(errors)
    index = build_index(dataset, status_date(dataset, paths.root))
    prose, errors, pending = authored.load(paths, index)
    if errors:
        raise DataErrors(errors)
    return Result(dataclasses.replace(index, authored=prose), [*warnings, *pending])


def render_language(
    index: Index, lang: str, offline: OfflineCopy | None = None
) -> dict[str, str | bytes]:
    """Every generated file in `lang` (file names end .<lang>.md outside Vietnamese)."""
    files: dict[str, str | bytes] = {}
    sfx = "" if lang == "vi" else f".{lang}"
    for task in index.tasks.values():
        files[f"nhiem-vu/{task.id}{sfx}.md"] = render_task(index, task, lang)
    files.update(in_folder("nhiem-vu", render_task_index(index, lang)))
    for org in index.orgs.values():
        files[f"don-vi/{org.id}{sfx}.md"] = render_organisation(index, org, lang)
    files.update(in_folder("don-vi", render_organisation_index(index, lang)))
    for doc in index.docs.values():
        files[f"van-ban/{doc.id}{sfx}.md"] = render_document(index, doc, lang)
    files.update(in_folder("van-ban", render_document_index(index, lang)))
    for programme in index.programmes.values():
        files[f"chuong-trinh/{programme.id}{sfx}.md"] = render_programme(index, programme, lang)
    files[f"chuong-trinh/index{sfx}.md"] = render_programme_index(index, lang)
    files[f"phong-trao/index{sfx}.md"] = render_movements(index, lang)
    files.update(in_folder("moc-thoi-gian", render_timeline(index, lang)))
    files.update(in_folder("hien-trang", render_changes(index, lang)))
    files[f"thuat-ngu/index{sfx}.md"] = render_glossary(index, lang)
    files[f"du-lieu/index{sfx}.md"] = render_data_page(lang)
    files[f"lich/index{sfx}.md"] = render_calendar_page(index, lang)
    files.update(calendars(index, lang, sfx))
    files.update(checklist_pages(index, lang, sfx))
    files.update(checklist.files(index, lang, sfx))
    files.update(download_files(index, offline, lang, sfx))
    return files


def render_all(index: Index, offline: OfflineCopy | None = None) -> dict[str, str | bytes]:
    """Every generated file; the offline page links `offline` when it has been built."""
    files: dict[str, str | bytes] = {}
    for lang in LANGS:
        files.update(render_language(index, lang, offline))
    files.update(exports(index))
    return files


def _written(docs: Path, render) -> tuple[WriteReport, list[str]]:
    files = render()
    return write_files(docs, files), list(files)


# Relative rendering costs, in entries (tasks, organisations, documents, events,
# programmes): a language's pages cost about one unit per entry, the data export a
# quarter, and the schemas as much as 100 entries whatever the data (measured: 6 ms
# for the real site's 64 entries in one language, 11 ms for the schemas).
SCHEMA_COST = 100


def render_and_write(index: Index, docs: Path, offline: OfflineCopy | None = None) -> WriteReport:
    """render_all() synced into `docs`: the languages, the data export and the schemas
    are rendered and written by separate jobs, spread over the cores (plansite.parallel)."""
    jobs = [
        partial(_written, docs, partial(render_language, index, lang, offline)) for lang in LANGS
    ]
    jobs.append(partial(_written, docs, partial(data_export, index)))
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


def calendars(index: Index, lang: str, sfx: str) -> dict[str, str]:
    files = {
        f"lich/ke-hoach{sfx}.ics": render_calendar(
            index, calendar_events(index, None), t("calendar_all", lang), lang
        )
    }
    for org in index.orgs.values():
        events = calendar_events(index, org.id)
        if events:
            files[f"lich/{org.id}{sfx}.ics"] = render_calendar(
                index, events, pick(org.name, lang), lang, last_day(index, org.id)
            )
    return files


def data_export(index: Index) -> dict[str, str]:
    return {"du-lieu/ke-hoach.json": export.data_json(index)}


def schema_exports(plan: m.PlanIdentity) -> dict[str, str]:
    """The JSON Schemas: the model's, with the plan's levels and task id shape."""
    files = {"du-lieu/schema.json": export.data_schema(plan)}
    for kind in KINDS:
        files[f"du-lieu/schema/{kind}.json"] = export.file_schema(kind, plan)
    return files


def exports(index: Index) -> dict[str, str]:
    return {**data_export(index), **schema_exports(index.data.plan)}


def generate(paths: Paths, offline: OfflineCopy | None = None) -> Result:
    result = check(paths)
    result.report = render_and_write(result.index, paths.docs, offline)
    return result
