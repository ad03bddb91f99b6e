"""Load stage: read every data file and both plan pages (with their part pages), keeping positions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from plansite.paths import DATA_FILES, SETTINGS_FILE, Paths
from plansite.plantext import PlanText, read_plan
from plansite.problems import Problem
from plansite.yamlload import Loaded, load_file


@dataclass
class Sources:
    files: dict[str, Loaded]  # kind -> loaded file
    settings: Loaded | None
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


def _with_parts(plan: PlanText, paths: Paths, lang: str, problems: list[Problem]) -> PlanText:
    for page, path in paths.plan_parts(lang):
        part = read_plan(path)
        repeated = [anchor for anchor in part.blocks if anchor in plan.blocks]
        if repeated:
            shown = ", ".join(repeated[:5]) + (" …" if len(repeated) > 5 else "")
            problems.append(
                Problem(
                    paths.display(path),
                    1,
                    1,
                    f"anchors already used on an earlier plan page: {shown}; "
                    "every anchor of the plan must be unique across its pages",
                )
            )
        plan = plan.with_part(part, page)
    return plan


def load_sources(paths: Paths) -> Sources:
    problems: list[Problem] = []
    files: dict[str, Loaded] = {}
    for kind in DATA_FILES:
        path = paths.data_file(kind)
        name = paths.display(path)
        odd = _not_a_file(path, name)
        if odd:
            problems.append(odd)
            continue
        if not path.is_file():
            problems.append(Problem(name, 1, 1, f"missing data file; create {name} (a YAML list)"))
            continue
        files[kind] = loaded = load_file(path, name)
        problems.extend(loaded.problems)
    settings = None
    settings_path = paths.data_file(SETTINGS_FILE)
    odd = _not_a_file(settings_path, paths.display(settings_path))
    if odd:
        problems.append(odd)
    elif settings_path.is_file():
        settings = load_file(settings_path, paths.display(settings_path))
        problems.extend(settings.problems)
    plans: dict[str, PlanText] = {}
    for lang in ("vi", "en"):
        plan_path = paths.plan(lang)
        if plan_path.is_file():
            plans[lang] = _with_parts(read_plan(plan_path), paths, lang, problems)
        else:
            problems.append(
                Problem(paths.display(plan_path), 1, 1, "the plan page is missing; restore it")
            )
    return Sources(files, settings, plans, problems)
