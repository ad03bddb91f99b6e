"""MkDocs hook: the only place that knows MkDocs. It runs the generator once per build.

mkdocs-static-i18n re-runs every event once per language, so the generator
runs only in the default-language pass. Material's language selector reads
sitemap.xml next to each language's home, so the English pass copies it there. `python -m plansite build` generates
before calling MkDocs and sets PLANSITE_GENERATED=1 to skip it here.

The 404 page is a theme template that every language pass renders to site/404.html, with
the language selector left over from the last page built. Here each pass renders it with
the selector pointing to the two home pages, and the English pass writes its (English)
404 page to site/en/404.html instead, so that site/404.html stays the Vietnamese one.
"""

from __future__ import annotations

import os
import shutil
from copy import deepcopy
from pathlib import Path

from mkdocs.exceptions import PluginError

from plansite.contentcheck import check_content
from plansite.generate import generate
from plansite.paths import Paths
from plansite.problems import DataErrors


def _is_default_language_pass(config) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is None or i18n.current_language in (None, i18n.default_language)


def on_pre_build(config) -> None:
    if os.environ.get("PLANSITE_GENERATED") == "1" or not _is_default_language_pass(config):
        return
    paths = Paths(Path(config.config_file_path).parent)
    problems = check_content(paths)
    try:
        if problems:
            raise DataErrors(problems)
        generate(paths)
    except DataErrors as error:
        raise PluginError(f"the data has errors:\n{error.report()}") from None


def on_post_build(config) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is None or _is_default_language_pass(config):
        return
    site = Path(config.site_dir)
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        if (site / name).is_file():
            shutil.copyfile(site / name, site / i18n.current_language / name)


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
