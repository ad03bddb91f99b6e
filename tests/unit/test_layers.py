"""Layers only go down: a module imports only from its own layer or lower ones (read from
the source with ast, imports inside functions and TYPE_CHECKING blocks included).

The layers, lowest first, are those of plansite's docstring. Render and export are siblings
of one rank: neither imports the other. Every module must be placed in a layer here, so a
new module is placed on purpose.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.project import ROOT

SCRIPTS = ROOT / "scripts"

# (rank, layer, modules); a name ending in "." stands for every module of that package.
LAYERS = (
    (
        0,
        "shared",
        (
            "problems",
            "paths",
            "pagekinds",
            "parallel",
            "write",
            "archive",
            "search.text",
            "i18n",
        ),
    ),
    (1, "model", ("model", "proseformat", "yamlload", "plantext")),
    (2, "load", ("load",)),
    (3, "validate", ("validate", "contentcheck")),
    (4, "index", ("crossref", "status", "duties")),
    (5, "language", ("language",)),
    (6, "render", ("render", "render.", "diagrams", "diagrams.", "abbr", "mdext", "slug")),
    (6, "export", ("export", "ical", "sheets", "xlsx")),
    (7, "generate", ("generate", "prose")),
    (8, "site", ("sitebuild", "offline", "finish", "pagesource", "sharing")),
    (8, "site", ("search", "search.", "diagrams.links")),
    (9, "cli", ("cli", "__main__", "__init__", "mkdocs_hooks")),
)


def layer_of(module: str) -> tuple[int, str] | None:
    """(rank, layer) of a module named as in LAYERS (without "plansite."); the longest
    matching name wins, so "diagrams.links" is not in "diagrams."."""
    best = None
    for rank, layer, names in LAYERS:
        for name in names:
            matches = module == name or (name.endswith(".") and module.startswith(name))
            if matches and (best is None or len(name) > best[0]):
                best = (len(name), rank, layer)
    return None if best is None else best[1:]


def module_name(path: Path) -> str:
    relative = path.relative_to(SCRIPTS).with_suffix("")
    parts = relative.parts[1:] if relative.parts[0] == "plansite" else relative.parts
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def modules() -> dict[str, Path]:
    files = [*SCRIPTS.glob("plansite/**/*.py"), SCRIPTS / "mkdocs_hooks.py"]
    return {module_name(path): path for path in sorted(files)}


def imported(source: str, known: set[str]) -> list[tuple[int, str]]:
    """(line, module) of every plansite module `source` imports."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from plansite.render import common` imports a module; `from plansite.x
            # import name` a name of module x.
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            names = [n if n.removeprefix("plansite.") in known else node.module for n in names]
        else:
            continue
        for name in dict.fromkeys(names):
            short = name.removeprefix("plansite.")
            if name.startswith("plansite.") and short in known:
                found.append((node.lineno, short))
    return found


def upward(module: str, source: str, known: set[str]) -> list[str]:
    """Each import of `source` (module `module`) from a higher layer or a sibling."""
    rank, layer = layer_of(module)
    wrong = []
    for line, target in imported(source, known):
        target_rank, target_layer = layer_of(target)
        if target_rank > rank or (target_rank == rank and target_layer != layer):
            wrong.append(
                f"{module}:{line}: imports {target} ({target_layer}) from layer {layer}: "
                "move the shared piece down to the lowest layer that needs it"
            )
    return wrong


def test_every_module_has_a_layer():
    missing = [name for name in modules() if layer_of(name) is None]
    assert not missing, f"place these modules in a layer of tests/test_layers.py: {missing}"


def test_layers_only_go_down():
    found = modules()
    wrong = []
    for name, path in found.items():
        wrong += upward(name, path.read_text(encoding="utf-8"), set(found))
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("module", "source", "message"),
    [
        ("render.organisations", "from plansite.ical import fold\n", "imports ical (export)"),
        ("sheets", "from plansite.render import common\n", "imports render.common (render)"),
        ("crossref", "def f():\n    from plansite.language import t\n", "crossref:2:"),
        ("model", "import plansite.generate\n", "imports generate (generate) from layer model"),
    ],
)
def test_an_upward_import_is_reported(module, source, message):
    wrong = upward(module, source, set(modules()))
    assert len(wrong) == 1 and message in wrong[0]


def test_a_downward_import_passes():
    assert upward("render.tasks", "from plansite.language import t\n", set(modules())) == []


def test_no_module_shadows_the_standard_library():
    import sys

    shadowing = [n for n in modules() if n.split(".")[-1] in sys.stdlib_module_names]
    assert not shadowing, f"rename these modules: {shadowing}"
