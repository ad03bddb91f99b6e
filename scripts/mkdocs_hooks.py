"""MkDocs hook (also run by ProperDocs): MkDocs glue only. The per-page work (edit link,
last-updated date, QR code, link preview, the pictures' links, search) is plansite.finish, run over the built
HTML, so that any engine's output can go through it.

- mkdocs-static-i18n runs every event once per language: the generator runs in the
  default language's pass (`python -m plansite build` generates first and sets
  PLANSITE_GENERATED=1 to skip it), and the glossary extension is told each pass's language.
- Material's own search index skips every page; after the last pass plansite.finish
  writes ours. In each other language's pass the sitemap is copied next to its home page,
  where Material's language selector reads it.
- The 404 page is a theme template that every pass renders to site/404.html: each pass
  gives it the selector to both home pages, and the English pass writes its own to
  site/en/404.html, so that site/404.html stays the Vietnamese one.
- Under `mkdocs serve`, docs/ is watched without the generator's folders, so that its writes
  do not start a second rebuild (a data edit is seen through `watch: [data]`).
- One configuration serves every plan: the site's name and description (per language) and
  the repository come from the plan folder's data/plan.yml; a plan folder without a
  mkdocs.yml of its own is built with the generator's (`python -m plansite --root <folder>
  build` points docs_dir at its docs/), its nav leaves out the hand-written pages it does
  not have, and the generator's page assets (docs/assets/) join its files.
- Speed: Jinja compiles the theme once per process, not once per pass, the theme's file
  listing skips hidden folders (Material's 14,000 icons, walked and dropped per pass), and
  each pass's QR codes are made in a second process while MkDocs converts the pages.
"""

from __future__ import annotations

import os
import shutil
from copy import deepcopy
from functools import partial
from pathlib import Path

import jinja2
from mkdocs.config import config_options
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from plansite.finish import finish_site
from plansite.language import FOLDER, LANGS, LANGUAGES, ORIGINAL, menu_titles, pick
from plansite.paths import GENERATED_DIRS, GENERATOR, Paths
from plansite.problems import DataErrors
from plansite.sharing import make_ahead
from plansite.sitebuild import template_words
from plansite.validate import plan_identity

ASSETS = "assets"  # the generator's page assets, docs/assets/


class _CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates compiled once per process (Jinja checks each template's source
    checksum, so an edited template compiles again)."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_templates = _CompiledTemplates()


def _visible_theme_files(folders: list[str], filter_func=None) -> list[str]:
    """The theme's files outside hidden folders, for MkDocs to copy."""
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


def _language(config) -> tuple[str, bool]:
    """This pass's language, and whether it is the default language's pass."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return config.theme.language, True
    current = i18n.current_language or i18n.default_language
    return current, current == i18n.default_language


def _root(config) -> Path:
    """The plan folder: the one holding the docs/ being built."""
    return Path(config.docs_dir).parent


def _identity(config) -> None:
    """The plan's name, description and repository (data/plan.yml) in the configuration:
    the default language's in the site's own keys, the others' in mkdocs-static-i18n's
    per-language overrides (applied after this hook)."""
    try:
        plan = plan_identity(Paths(_root(config)))
    except DataErrors as error:
        raise PluginError(f"the plan's identity has errors:\n{error.report()}") from None
    config.site_name = pick(plan.name, ORIGINAL)
    config.site_description = pick(plan.description, ORIGINAL)
    i18n = config.plugins.get("i18n")
    for language in i18n.config.languages if i18n is not None else []:
        if not language.default:
            language["site_name"] = pick(plan.name, language.locale)
            language["site_description"] = pick(plan.description, language.locale)
    language, default = _language(config)
    notice = plan.notice
    config.extra["plan_notice"] = notice and {
        "text": pick(notice.text, language),
        "link": notice.link if default else f"{language}/{notice.link}",
        "link_text": pick(notice.link_text, language),
    }
    if config.repo_url is None and plan.repository:  # REPO_URL, when set, takes precedence
        config.repo_url = plan.repository
        config_options.RepoName("repo_url").post_validation(config, "repo_name")


def _where(config, text: str) -> str:
    """file:line:col of the first line of the configuration file that holds `text`."""
    path = Path(config.config_file_path)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            return f"{path.name}:{number}:{line.index(text) + 1}"
    return path.name


def _titles(nav) -> list[str]:
    if isinstance(nav, list):
        return [title for entry in nav for title in _titles(entry)]
    if isinstance(nav, dict):
        return [title for key, value in nav.items() for title in [key, *_titles(value)]]
    return []


def _languages(config) -> None:
    """mkdocs-static-i18n's languages are the language files' (scripts/plansite/i18n/):
    mkdocs.yml lists their codes, which MkDocs reads before any hook runs; each language's
    name and the menu's titles in it come from its file."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return
    folder = FOLDER.relative_to(GENERATOR)
    listed = [language.locale for language in i18n.config.languages]
    default = [language.locale for language in i18n.config.languages if language.default]
    if listed != list(LANGS) or default != [ORIGINAL]:
        raise PluginError(
            f"{_where(config, 'languages:')}: error: plugins.i18n.languages lists {listed} "
            f"(default {default}); the language files ({folder}/) give {list(LANGS)}; list "
            f"those codes in that order, the first with default: true"
        )
    titles = menu_titles(ORIGINAL)
    for title in _titles(config.nav):
        if title not in titles:
            raise PluginError(
                f"{_where(config, title)}: error: the menu title {title!r} is no word nav_* of "
                f"{folder / f'{ORIGINAL}.yml'}; add it there and its translation to every "
                f"language file"
            )
    for language in i18n.config.languages:
        language["name"] = LANGUAGES[language.locale].own_name
        if not language.default:
            language["nav_translations"] = menu_titles(language.locale)


def _present(entry, docs: Path) -> bool:
    """Whether a nav entry's page is one this plan has: generated, or in its docs/."""
    target = next(iter(entry.values())) if isinstance(entry, dict) else entry
    if not isinstance(target, str):
        return True
    return target.split("/", 1)[0] in GENERATED_DIRS or (docs / target).is_file()


def on_config(config):
    _languages(config)
    _identity(config)
    if config.nav:
        config.nav = [entry for entry in config.nav if _present(entry, Path(config.docs_dir))]
    if not getattr(config.theme.get_env, "lists_visible_files", False):
        config.theme.get_env = _theme_env_listing_visible_files(config.theme)
    abbr = config.mdx_configs.setdefault("plansite.abbr", {})
    abbr["glossary"] = str(_root(config) / "data" / "glossary.yml")
    abbr["lang"] = _language(config)[0]
    config.extra["words"] = template_words(_language(config)[0])
    return config


def on_files(files, config):
    """A plan folder other than the generator's gets the generator's page assets (those it
    does not have itself), as if they were in its docs/."""
    generator_docs = GENERATOR / "docs"
    if Path(config.docs_dir).resolve() == generator_docs:
        return files
    for path in sorted((generator_docs / ASSETS).rglob("*")):
        name = path.relative_to(generator_docs).as_posix()
        if path.is_file() and files.get_file_from_path(name) is None:
            files.append(
                File(name, str(generator_docs), config.site_dir, config.use_directory_urls)
            )
    return files


def on_env(env, config, files):
    env.bytecode_cache = _templates
    return env


def on_pre_build(config) -> None:
    if not _language(config)[1] or os.environ.get("PLANSITE_GENERATED") == "1":
        return
    # Imported here: a build after `plansite build` (PLANSITE_GENERATED=1) does not need them.
    from plansite.contentcheck import check_content
    from plansite.generate import generate

    paths = Paths(_root(config))
    try:
        problems = check_content(paths)
        if problems:
            raise DataErrors(problems)
        generate(paths)
    except DataErrors as error:
        raise PluginError(f"the data has errors:\n{error.report()}") from None


def on_nav(nav, config, files):
    """Speed: the pass's QR codes are made in a second process while MkDocs converts."""
    pages = (file.page for file in files.documentation_pages())
    make_ahead([page.canonical_url for page in pages if page and page.canonical_url])
    return nav


def on_page_content(html, page, config, files):
    if config.extra.get("search_engine") == "folded":
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return html


@event_priority(-200)  # after mkdocs-static-i18n's (-100), which builds the other languages
def on_post_build(config) -> None:
    i18n = config.plugins.get("i18n")
    site = Path(config.site_dir)
    if i18n is not None and i18n.building:  # another language's pass, inside the first
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            if (site / name).is_file():
                shutil.copyfile(site / name, site / i18n.current_language / name)
        return
    finish_site(site, _root(config), search=config.extra.get("search_engine") == "folded")


def on_serve(server, config, builder):
    docs = Path(config.docs_dir).resolve()
    try:
        server.unwatch(str(docs))
    except KeyError:  # not watched: nothing to narrow
        return server
    server.watch(str(docs), recursive=False)
    for entry in sorted(docs.iterdir()):
        if entry.is_dir() and entry.name not in GENERATED_DIRS:
            server.watch(str(entry))
    return server


def on_template_context(context, template_name, config):
    i18n = config.plugins.get("i18n")
    if template_name == "404.html" and i18n is not None and i18n.extra_alternate:
        # mkdocs-static-i18n resets the selector per page only; the 404 page has none.
        config.extra.alternate = deepcopy(i18n.extra_alternate)
    return context


def on_post_template(output, template_name, config):
    language, default = _language(config)
    if template_name != "404.html" or default:
        return output
    target = Path(config.site_dir) / language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""  # MkDocs writes nothing for an empty output: site/404.html stays Vietnamese.
