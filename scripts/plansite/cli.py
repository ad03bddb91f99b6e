"""Command line: `python -m plansite check|generate|export|build|nfc`.

check     validate the data and content; print every problem as file:line:col
generate  check, then write the generated pages and exports into docs/
export    check, then write only the exports (calendars, JSON) into --out
build     generate, build the offline copy (.zip) and the site with MkDocs (PLANSITE_ENGINE=
          properdocs: ProperDocs) into a temporary folder, then swap it into site/
          (--no-offline skips the offline copy)
schemas   write schema/<file>.json, the JSON Schema of each data file that editors read
nfc       rewrite the given files in Unicode NFC
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

from plansite import export, ical
from plansite.archive import OfflineCopy
from plansite.contentcheck import check_content
from plansite.generate import check, exports, generate
from plansite.language import LANGS, TRANSLATIONS, named
from plansite.offline import OfflineBuildError, build_offline
from plansite.pagekinds import folder
from plansite.paths import Paths, find_root
from plansite.problems import DataErrors, annotations
from plansite.render.paging import in_folder
from plansite.sitebuild import EngineError, build_site, engine_name
from plansite.write import swap_in, sync


def _print_warnings(warnings) -> None:
    if warnings:
        pending = " / ".join(named(lang) for lang in TRANSLATIONS)
        print(f"{len(warnings)} warning(s): {pending} translation pending", file=sys.stderr)
        for warning in warnings:
            print(f"  {warning.format()}", file=sys.stderr)


def _fail(error: DataErrors) -> int:
    print(annotations(error.problems), end="")  # GitHub marks each on its line of the pull request
    print(error.report(), file=sys.stderr)
    print(
        f"\n{len(error.problems)} error(s); nothing was changed. Fix them and run again.",
        file=sys.stderr,
    )
    return 1


def cmd_check(paths: Paths, _args) -> int:
    problems = check_content(paths)
    try:
        result = check(paths)
    except DataErrors as error:
        return _fail(DataErrors([*problems, *error.problems]))
    if problems:
        return _fail(DataErrors(problems))
    _print_warnings(result.warnings)
    index = result.index
    print(
        f"ok: {len(index.tasks)} tasks, {len(index.orgs)} organisations, {len(index.docs)} documents, "
        f"{len(index.programmes)} programmes, {len(index.movements)} movements, {len(index.events)} events"
    )
    return 0


def _generate(paths: Paths, offline: OfflineCopy | None = None):
    """(exit status, result): check the content and the data, then write the generated files."""
    problems = check_content(paths)
    if problems:
        return _fail(DataErrors(problems)), None
    try:
        result = generate(paths, offline)
    except DataErrors as error:
        return _fail(error), None
    _print_warnings(result.warnings)
    report = result.report
    print(
        f"generated: {len(report.written)} written, {report.unchanged} unchanged, {len(report.removed)} removed"
    )
    return 0, result


def cmd_generate(paths: Paths, _args) -> int:
    return _generate(paths)[0]


def _build_offline(paths: Paths, result, args) -> int:
    """Build the offline copy from the generated docs, then generate again to publish it."""
    started = time.perf_counter()
    try:
        copy = build_offline(paths, result.index.as_of, result.index.data.plan.slug)
    except OfflineBuildError as error:
        print(f"\n{error}; {args.site_dir}/ was left as it was.", file=sys.stderr)
        return 1
    print(
        f"built the offline copy ({copy.size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s"
    )
    return _generate(paths, copy)[0]


def cmd_export(paths: Paths, args) -> int:
    try:
        index = check(paths).index
    except DataErrors as error:
        return _fail(error)
    files = exports(index)
    for lang in LANGS:
        files.update(in_folder(folder("calendars"), ical.files(index, lang)))
    out = Path(args.out).resolve()
    report = sync(out, (folder("calendars"), folder("data")), files)
    print(f"exported to {out}: {len(report.written)} written, {report.unchanged} unchanged")
    return 0


def _source_date_epoch(root: Path) -> dict[str, str]:
    """SOURCE_DATE_EPOCH from the last commit when it is unset, so that two builds of one
    commit are identical: MkDocs takes the sitemap's <lastmod> and the gzip header time
    of sitemap.xml.gz from it instead of from today's date."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return {}
    try:
        last = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    stamp = last.stdout.strip()
    return {"SOURCE_DATE_EPOCH": stamp} if last.returncode == 0 and stamp.isdigit() else {}


def cmd_build(paths: Paths, args) -> int:
    try:
        engine = engine_name()
    except EngineError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    status, result = _generate(paths)
    if status == 0 and not args.no_offline:
        status = _build_offline(paths, result, args)
    if status:
        return status
    staging = paths.root / ".site-build"
    target = paths.root / args.site_dir
    started = time.perf_counter()
    env = {"PLANSITE_GENERATED": "1", **_source_date_epoch(paths.root)}
    if not build_site(paths.engine_config, staging, env, paths.docs):
        print(f"\nThe {engine} build failed; {args.site_dir}/ was left as it was.", file=sys.stderr)
        return 1
    swap_in(staging, target)
    print(f"built {args.site_dir}/ in {time.perf_counter() - started:.2f} s ({engine})")
    return 0


def cmd_schemas(paths: Paths, _args) -> int:
    report = sync(paths.root / "schema", (), export.editor_schemas())
    print(f"schema/: {len(report.written)} written, {report.unchanged} unchanged")
    return 0


def cmd_nfc(_paths: Paths, args) -> int:
    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"{name}:1:1: error: cannot read it as UTF-8 text ({error})", file=sys.stderr)
            failed = 1
            continue
        normal = unicodedata.normalize("NFC", text)
        if normal != text:
            path.write_text(normal, encoding="utf-8")
            print(f"normalized {name}")
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plansite", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", help="project root (default: found from the current folder)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate data and content")
    commands.add_parser("generate", help="write generated pages and exports into docs/")
    export_parser = commands.add_parser("export", help="write calendars and JSON into --out")
    export_parser.add_argument("--out", default="exports")
    build_parser = commands.add_parser("build", help="generate and build the site, then swap it in")
    build_parser.add_argument("--site-dir", default="site")
    build_parser.add_argument(
        "--no-offline", action="store_true", help="skip the offline copy (/tai-ve/)"
    )
    commands.add_parser("schemas", help="write the data files' JSON Schemas into schema/")
    nfc_parser = commands.add_parser("nfc", help="rewrite files in Unicode NFC")
    nfc_parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    paths = Paths(Path(args.root).resolve() if args.root else find_root())
    handler = {
        "check": cmd_check,
        "generate": cmd_generate,
        "export": cmd_export,
        "build": cmd_build,
        "schemas": cmd_schemas,
        "nfc": cmd_nfc,
    }[args.command]
    return handler(paths, args)
