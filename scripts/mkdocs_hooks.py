"""MkDocs hook: the only place that knows MkDocs. It runs the generator once per build.

mkdocs-static-i18n re-runs every event once per language, so the generator
runs only in the default-language pass. Material's language selector reads
sitemap.xml next to each language's home, so the English pass copies it there.
`python -m plansite build` generates before calling MkDocs and sets PLANSITE_GENERATED=1
to skip it here.

Under `mkdocs serve`, the generator's own writes into docs/ must not trigger a second
rebuild: on_serve replaces the watch on docs/ by one that ignores the generated folders
(a data edit is seen through `watch: [data]`, and the build regenerates them).

Per page (plansite.pagesource, plansite.sharing): the glossary tooltips get the
pass's language, the edit link and last-updated date point to the file a
maintainer edits (git dates read once per build, in the default-language pass),
and the template gets the QR code of the permanent address and the link-preview values.
The QR codes of a pass's pages are made in a second process (plansite.parallel.Later),
started when the pass knows its pages (on_nav), while this one converts their Markdown.

Search (plansite.search): each page is cut into sections as it is built, in both
languages' passes, and left out of Material's own index; after the last pass the
sections are written as per-language index files.

The 404 page is a theme template that every language pass renders to site/404.html, with
the language selector left over from the last page built. Here each pass renders it with
the selector pointing to the two home pages, and the English pass writes its (English)
404 page to site/en/404.html instead, so that site/404.html stays the Vietnamese one.
"""

from __future__ import annotations

import os
import shutil
from copy import deepcopy
from functools import partial
from pathlib import Path
from urllib.parse import urljoin

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from plansite import parallel
from plansite.diagrams.links import resolve as diagram_links
from plansite.pagesource import edit_url, last_changes, source_of, updated, updated_html
from plansite.paths import GENERATED_DIRS, Paths
from plansite.problems import DataErrors
from plansite.search.index import build_search_index
from plansite.search.sections import page_sections
from plansite.sharing import qr_codes, qr_svg, share_meta

# Dates of the last commit per file, read in the default-language pass, reused by the others.
_git_dates: dict = {}
_search_entries: list[dict[str, str]] = []  # both languages' pages, for our search index
_qr_codes: parallel.Later[dict[str, str]] | None = None  # this pass's: address -> SVG


class _CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates compiled once per process: each language pass (and each
    rebuild under `mkdocs serve`) makes a new Jinja environment that would compile them
    again. Jinja checks each template's source checksum, so an edited template recompiles."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_templates = _CompiledTemplates()


def _visible_theme_files(folders: list[str], filter_func=None) -> list[str]:
    """The theme's files outside hidden folders, for MkDocs to copy: MkDocs' own listing
    walks Material's .icons (14,000 files) in every language pass, only to drop them."""
    found = set()
    for folder in folders:
        for parent, subfolders, names in os.walk(folder):
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            relative = Path(parent).relative_to(folder)
            found.update((relative / name).as_posix() for name in names)
    return sorted(name for name in found if filter_func is None or filter_func(name))


def _theme_env_listing_visible_files(theme):
    make_env = theme.get_env

    def get_env():
        env = make_env()
        env.list_templates = partial(_visible_theme_files, list(theme.dirs))
        return env

    get_env.lists_visible_files = True
    return get_env


def _is_default_language_pass(config) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is None or i18n.current_language in (None, i18n.default_language)


def _language(config) -> str:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return config.theme.language
    return i18n.current_language or i18n.default_language


def _root(config) -> Path:
    return Path(config.config_file_path).parent


def on_config(config):
    if not getattr(config.theme.get_env, "lists_visible_files", False):
        config.theme.get_env = _theme_env_listing_visible_files(config.theme)
    abbr = config.mdx_configs.setdefault("plansite.abbr", {})
    abbr["glossary"] = str(_root(config) / "data" / "glossary.yml")
    abbr["lang"] = _language(config)
    return config


def on_env(env, config, files):
    env.bytecode_cache = _templates
    return env


def on_pre_build(config) -> None:
    if not _is_default_language_pass(config):
        return
    _search_entries.clear()
    _git_dates.clear()
    _git_dates.update(last_changes(_root(config)))
    if os.environ.get("PLANSITE_GENERATED") == "1":
        return
    # Imported here: a build after `plansite build` (PLANSITE_GENERATED=1) does not need them.
    from plansite.contentcheck import check_content
    from plansite.generate import generate

    paths = Paths(_root(config))
    problems = check_content(paths)
    try:
        if problems:
            raise DataErrors(problems)
        generate(paths)
    except DataErrors as error:
        raise PluginError(f"the data has errors:\n{error.report()}") from None


def on_nav(nav, config, files):
    global _qr_codes
    pages = (file.page for file in files.documentation_pages())
    addresses = [page.canonical_url for page in pages if page and page.canonical_url]
    _qr_codes = parallel.Later(partial(qr_codes, addresses))
    return nav


def on_page_content(html, page, config, files):
    """The pictures' links point at built pages (plansite.diagrams.links).
    Our search indexes the page (plansite.search.sections); Material's plugin skips it."""
    html = diagram_links(html, page.file.src_uri, page.url, config.use_directory_urls)
    if config.extra.get("search_engine") != "folded":
        return html
    search = page.meta.get("search") or {}
    if not search.get("exclude"):
        _search_entries.extend(page_sections(page.url, html, page.title or ""))
        page.meta["search"] = {**search, "exclude": True}
    return html


def on_page_context(context, page, config, nav):
    lang = _language(config)
    root = _root(config)
    source = source_of(Path(page.file.abs_src_path), root, page.meta)
    page.edit_url = edit_url(config.repo_url, config.edit_uri, source) or page.edit_url
    date = updated_html(updated(_git_dates, source), lang)
    if date:
        page.meta["revision_date"] = date
    title = config.site_name if page.is_homepage else page.title
    context["share"] = share_meta(
        title=title or config.site_name,
        meta_description=page.meta.get("description"),
        content=page.content or "",
        fallback=config.site_description or "",
        lang=lang,
    )
    context["share"]["image"] = urljoin(config.site_url or "", "assets/og.png")
    if page.canonical_url:
        made = _qr_codes.result() if _qr_codes else {}
        context["print_qr"] = made.get(page.canonical_url) or qr_svg(page.canonical_url)
    return context


@event_priority(-200)
def on_post_build(config) -> None:
    """Runs after mkdocs-static-i18n's own post-build step (priority -100).

    In the nested pass of each other language, i18n is still `building`: copy the sitemap.
    In the outer pass, every language is built and the merged search index written: split it.
    """
    i18n = config.plugins.get("i18n")
    site = Path(config.site_dir)
    if i18n is not None and i18n.building:
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            if (site / name).is_file():
                shutil.copyfile(site / name, site / i18n.current_language / name)
        return
    if config.extra.get("search_engine") == "folded":
        languages = [language.locale for language in i18n.config.languages] if i18n else ["vi"]
        default = i18n.default_language if i18n else "vi"
        build_search_index(site, languages, default, _search_entries)


class _HandWrittenDocsHandler(FileSystemEventHandler):
    """Asks the live-reload server for a rebuild, except for files the generator owns."""

    def __init__(self, server, docs_dir: Path) -> None:
        self._server = server
        self._generated = tuple(str(docs_dir / name) + os.sep for name in GENERATED_DIRS)

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or str(event.src_path).startswith(self._generated):
            return
        # The server's own watch callback does exactly this (mkdocs 1.6 livereload).
        with self._server._rebuild_cond:
            self._server._want_rebuild = True
            self._server._rebuild_cond.notify_all()


def on_serve(server, config, builder):
    docs_dir = Path(config.docs_dir).resolve()
    if str(docs_dir) in server._watched_paths:
        server.unwatch(str(docs_dir))
        handler = _HandWrittenDocsHandler(server, docs_dir)
        server.observer.schedule(handler, str(docs_dir), recursive=True)
    return server


def on_template_context(context, template_name, config):
    i18n = config.plugins.get("i18n")
    if template_name == "404.html" and i18n is not None and i18n.extra_alternate:
        # mkdocs-static-i18n resets the selector per page only; the 404 page has none.
        config.extra.alternate = deepcopy(i18n.extra_alternate)
    return context


def on_post_template(output, template_name, config):
    if template_name != "404.html" or _is_default_language_pass(config):
        return output
    language = config.plugins["i18n"].current_language
    target = Path(config.site_dir) / language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""  # MkDocs writes nothing for an empty output: site/404.html stays Vietnamese.
