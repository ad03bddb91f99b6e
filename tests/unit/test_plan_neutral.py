"""The generator names no plan: no Python module under scripts/ may name the Kon Tum plan,
its federation or its slug; those live in data/plan.yml (the plan's identity)."""

from __future__ import annotations

import yaml

from tests.project import ROOT

SLUG = yaml.safe_load((ROOT / "data" / "plan.yml").read_text(encoding="utf-8"))["slug"]
NAMES = ("kon tum", "kontum", "79-kl/tw", "kl79", SLUG.lower())


def named(text: str) -> list[str]:
    lowered = text.lower()
    return [name for name in NAMES if name in lowered]


def test_no_module_names_the_plan():
    modules = sorted((ROOT / "scripts").rglob("*.py"))
    assert len(modules) > 30
    found = {
        path.relative_to(ROOT).as_posix(): named(path.read_text(encoding="utf-8"))
        for path in modules
    }
    assert {path: names for path, names in found.items() if names} == {}


def test_the_check_would_see_a_name():
    assert named('PRODID = "-//LDLD Kon Tum KL79//plansite//VI"') == ["kon tum", "kl79"]
    assert named("FOLDER = 'ke-hoach-kl79'") == ["kl79", SLUG]
