"""Write stage: write only what changed, remove what is gone, swap built sites atomically.

Writing unchanged files would make `mkdocs serve` rebuild forever, so every
write compares bytes first.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class WriteReport:
    written: list[Path] = field(default_factory=list)
    unchanged: int = 0
    removed: list[Path] = field(default_factory=list)


def write_if_changed(path: Path, content: str | bytes) -> bool:
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        # A new file: nothing can be reading it yet, so no temporary file is needed.
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return True
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
    return True


def write_files(root: Path, files: dict[str, str | bytes]) -> WriteReport:
    """Write each file under `root` (relative path -> content) unless it is unchanged."""
    report = WriteReport()
    for relative, content in sorted(files.items()):
        path = root / relative
        if write_if_changed(path, content):
            report.written.append(path)
        else:
            report.unchanged += 1
    return report


def remove_stale(root: Path, owned_dirs: tuple[str, ...], wanted: set[str]) -> list[Path]:
    """Delete the files of the owned folders that are not in `wanted` (relative paths),
    and the folders left empty; returns the deleted files."""
    keep = {root / relative for relative in wanted}
    removed = []
    for folder in owned_dirs:
        base = root / folder
        if not base.exists():
            continue
        for path in sorted(base.rglob("*"), reverse=True):
            if path.is_file() and path not in keep:
                path.unlink()
                removed.append(path)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return removed


def sync(root: Path, owned_dirs: tuple[str, ...], files: dict[str, str | bytes]) -> WriteReport:
    """Make the owned folders under `root` hold exactly `files` (relative path -> content)."""
    report = write_files(root, files)
    report.removed = remove_stale(root, owned_dirs, set(files))
    return report


def swap_in(new: Path, target: Path) -> None:
    """Replace `target` by `new` with two renames; the old site survives any earlier failure."""
    old = target.with_name(f".{target.name}-old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)
