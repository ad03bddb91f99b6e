"""Load stage: read every data file and both plan pages (with their part pages), keeping positions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from plansite import parallel
from plansite.i18n import LANGS
from plansite.paths import DATA_FILES, PLAN_FILE, SETTINGS_FILE, Paths
from plansite.plantext import PlanText, read_plan
from plansite.problems import Problem
from plansite.yamlload import Loaded, load_file

# Below this much source the files are parsed in this process: forking and sending the
# values' positions back cost what they save.
FORK_FROM_BYTES = 500_000


@dataclass
class Sources:
    files: dict[str, Loaded]  # kind -> loaded file
    settings: Loaded | None
    plan: Loaded | None  # data/plan.yml, the plan's identity (None: missing, a problem says so)
    plans: dict[str, PlanText]  # lang -> plan text
    problems: list[Problem]


def _not_a_file(path: Path, name: str) -> Problem | None:
    """Why `path` cannot be read as a data file, or None if it is a regular file."""
    if path.is_file():
        return None
    if path.is_dir():
        return Problem(name, 1, 1, "a folder, not a file; replace it by the YAML file")
    if path.is_symlink():
        return Problem(
            name, 1, 1, "a symbolic link to nothing (or to itself); replace it by the YAML file"
        )
    if path.exists():
        return Problem(name, 1, 1, "not a regular file; replace it by a YAML file")
    return None


Part = tuple[str, str, PlanText]  # page relative to docs/, file name to show, its text


def _plan_pages(
    paths: Paths, main: Path, parts: list[tuple[str, Path]]
) -> tuple[PlanText, list[Part]]:
    """A plan page and its part pages (page, file), parsed (one job: see load_sources)."""
    read = [(page, paths.display(path), read_plan(path)) for page, path in parts]
    return read_plan(main), read


def _joined(plan: PlanText, parts: list[Part], problems: list[Problem]) -> PlanText:
    seen = set(plan.blocks)
    for _, name, part in parts:
        repeated = [anchor for anchor in part.blocks if anchor in seen]
        seen.update(part.blocks)
        if repeated:
            shown = ", ".join(repeated[:5]) + (" …" if len(repeated) > 5 else "")
            problems.append(
                Problem(
                    name,
                    1,
                    1,
                    f"anchors already used on an earlier plan page: {shown}; "
                    "every anchor of the plan must be unique across its pages",
                )
            )
    return plan.with_parts([(page, part) for page, _, part in parts])


def load_sources(paths: Paths) -> Sources:
    """Every data file and plan page; the files are parsed in parallel (plansite.parallel),
    balanced by size, and their problems kept in a fixed order."""
    problems: list[Problem] = []
    readable: list[tuple[str, Path]] = []  # (kind, path); SETTINGS_FILE and PLAN_FILE included
    for kind in (*DATA_FILES, SETTINGS_FILE, PLAN_FILE):
        path = paths.data_file(kind)
        name = paths.display(path)
        odd = _not_a_file(path, name)
        if odd:
            problems.append(odd)
        elif path.is_file():
            readable.append((kind, path))
        elif kind == PLAN_FILE:
            problems.append(
                Problem(
                    name,
                    1,
                    1,
                    f"missing the plan's identity; create {name} (its name, slug, levels …: "
                    'README.md, "Publishing another plan")',
                )
            )
        elif kind != SETTINGS_FILE:
            problems.append(Problem(name, 1, 1, f"missing data file; create {name} (a YAML list)"))
    languages = []
    for lang in LANGS:
        if paths.plan(lang).is_file():
            languages.append(lang)
        else:
            problems.append(
                Problem(
                    paths.display(paths.plan(lang)), 1, 1, "the plan page is missing; restore it"
                )
            )
    parts = {lang: paths.plan_parts(lang) for lang in languages}
    jobs = [partial(load_file, path, paths.display(path)) for _, path in readable]
    jobs += [partial(_plan_pages, paths, paths.plan(lang), parts[lang]) for lang in languages]
    sizes = [path.stat().st_size for _, path in readable] + [
        paths.plan(lang).stat().st_size + sum(path.stat().st_size for _, path in parts[lang])
        for lang in languages
    ]
    results = parallel.run(jobs, costs=sizes, fork=sum(sizes) >= FORK_FROM_BYTES)
    files: dict[str, Loaded] = {}
    for number, (kind, _) in enumerate(readable):
        files[kind] = results[number]
        problems.extend(results[number].problems)
    settings = files.pop(SETTINGS_FILE, None)
    plan = files.pop(PLAN_FILE, None)
    plans = {
        lang: _joined(*results[len(readable) + number], problems)
        for number, lang in enumerate(languages)
    }
    return Sources(files, settings, plan, plans, problems)
