"""Where things are, relative to the project root. Shared by every stage."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from plansite.i18n import suffix
from plansite.pagekinds import KINDS

DATA_FILES = (
    "sources",
    "organisations",
    "tasks",
    "documents",
    "programmes",
    "movements",
    "events",
    "glossary",
)
SETTINGS_FILE = "site"
PLAN_FILE = "plan"  # the plan's identity (model.PlanIdentity): one mapping, required
# The generator's own folder: its engine configuration (mkdocs.yml), theme (overrides/) and
# page assets (docs/assets/), used by a plan folder that has no mkdocs.yml of its own.
GENERATOR = Path(__file__).resolve().parents[2]
ENGINE_CONFIG = "mkdocs.yml"

# Folders under docs/ that the generator owns (gitignored, rewritten each run).
GENERATED_DIRS = tuple(kind.folder for kind in KINDS)


@dataclass(frozen=True)
class Paths:
    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def content(self) -> Path:
        """Hand-written prose joined with generated cards: content/<folder>/<id>.md."""
        return self.root / "content"

    def data_file(self, kind: str) -> Path:
        return self.data / f"{kind}.yml"

    @property
    def engine_config(self) -> Path:
        """The plan folder's own mkdocs.yml, or else the generator's (run on this folder's
        docs/, with the plan's name and addresses from data/plan.yml: see mkdocs_hooks.py)."""
        own = self.root / ENGINE_CONFIG
        return own if own.is_file() else GENERATOR / ENGINE_CONFIG

    def plan(self, lang: str) -> Path:
        return self.docs / "ke-hoach" / f"index{suffix(lang)}.md"

    def plan_parts(self, lang: str) -> list[tuple[str, Path]]:
        """(page relative to docs/ with the original language's file name, file) of each
        part page of the plan, docs/ke-hoach/<part>/index.md, in the order of their folder
        names."""
        files = sorted(self.docs.glob(f"ke-hoach/*/index{suffix(lang)}.md"))
        return [(f"ke-hoach/{path.parent.name}/index.md", path) for path in files]

    def display(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


def find_root(start: Path | None = None) -> Path:
    """The project root: the nearest folder upwards holding data/plan.yml, or mkdocs.yml
    and data/."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        data = folder / "data"
        if (data / f"{PLAN_FILE}.yml").is_file() or (
            (folder / ENGINE_CONFIG).is_file() and data.is_dir()
        ):
            return folder
    return here
