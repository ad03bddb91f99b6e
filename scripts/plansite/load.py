"""Load stage: read every data file and both plan pages, keeping positions."""

from __future__ import annotations

from dataclasses import dataclass

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


def load_sources(paths: Paths) -> Sources:
    problems: list[Problem] = []
    files: dict[str, Loaded] = {}
    for kind in DATA_FILES:
        path = paths.data_file(kind)
        name = paths.display(path)
        if not path.is_file():
            problems.append(Problem(name, 1, 1, f"missing data file; create {name} (a YAML list)"))
            continue
        files[kind] = loaded = load_file(path, name)
        problems.extend(loaded.problems)
    settings = None
    settings_path = paths.data_file(SETTINGS_FILE)
    if settings_path.is_file():
        settings = load_file(settings_path, paths.display(settings_path))
        problems.extend(settings.problems)
    plans: dict[str, PlanText] = {}
    for lang in ("vi", "en"):
        plan_path = paths.plan(lang)
        if plan_path.is_file():
            plans[lang] = read_plan(plan_path)
        else:
            problems.append(
                Problem(paths.display(plan_path), 1, 1, "the plan page is missing; restore it")
            )
    return Sources(files, settings, plans, problems)
