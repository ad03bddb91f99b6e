"""Site stage: MkDocs (or ProperDocs) builds the site from the generated docs/, in this process.

ENGINES are the engines that read mkdocs.yml and run our hook; PLANSITE_ENGINE (`make build
ENGINE=properdocs`) picks one, MkDocs by default. ProperDocs is MkDocs 1.6 continued under
another name: importing `properdocs.replacement` makes every `mkdocs.*` import (the hook's,
Material's, mkdocs-static-i18n's) load ProperDocs' module instead.

`python -m plansite build` used to start `python -m mkdocs build` as a second process,
which imported Python's libraries and ours a second time (a noticeable share of a small
site's build). MkDocs is imported only here, so the generator's other stages do not
depend on it (mkdocs_hooks.py is the other place that knows MkDocs).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from plansite.language import LANGUAGES, WORDS

ENGINES = ("mkdocs", "properdocs")


def template_words(lang: str) -> dict[str, str]:
    """The words overrides/main.html shows (as `config.extra.words`), from the language
    files, so that the theme's words are translated where the generator's are."""
    words = {
        key.removeprefix("theme_"): text
        for key, text in WORDS[lang].items()
        if key.startswith("theme_")
    }
    others = [code for code in LANGUAGES if code != lang]
    return {
        **words,
        "locale": LANGUAGES[lang].locale,
        "locale_alternate": LANGUAGES[others[0]].locale if others else "",
    }


class EngineError(Exception):
    pass


def engine_name() -> str:
    """The engine PLANSITE_ENGINE names (MkDocs without it)."""
    name = os.environ.get("PLANSITE_ENGINE") or ENGINES[0]
    if name not in ENGINES:
        raise EngineError(
            f"PLANSITE_ENGINE={name!r} is not an engine; use one of: {', '.join(ENGINES)}"
        )
    return name


class _Format(logging.Formatter):
    """MkDocs' own message shape: `WARNING -  Doc file ...`."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname:<8}-  {record.getMessage()}"


@contextmanager
def _environment(values: dict[str, str]):
    before = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _messages(engine: str):
    """The engine's messages on standard error, as its command line prints them."""
    logger = logging.getLogger(engine)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Format())
    saved = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def build_site(
    config_file: Path, site_dir: Path, env: dict[str, str], docs_dir: Path, offline: bool = False
) -> bool:
    """`mkdocs build --strict` (or `properdocs build --strict`) of `config_file` on the pages
    in `docs_dir` (a plan folder's docs/ with the generator's configuration) into `site_dir`,
    with `env` added to the environment while it runs; `offline`: links name .html files
    (use_directory_urls off), for the offline copy. False (its messages printed) if it failed."""
    engine = engine_name()
    with _environment({"NO_MKDOCS_2_WARNING": "1", **env}), _messages(engine):
        if engine == "properdocs":
            importlib.import_module("properdocs.replacement")
        build = importlib.import_module(f"{engine}.commands.build")
        load_config = importlib.import_module(f"{engine}.config").load_config
        exceptions = importlib.import_module(f"{engine}.exceptions")

        try:
            overrides = {"use_directory_urls": False} if offline else {}
            config = load_config(
                config_file=str(config_file),
                strict=True,
                site_dir=str(site_dir),
                docs_dir=str(docs_dir),
                **overrides,
            )
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build.build(config)
            finally:
                config.plugins.on_shutdown()
        except exceptions.Abort as error:
            print(error.format_message(), file=sys.stderr)
            return False
        except exceptions.MkDocsException as error:
            print(f"Error: {error.format_message()}", file=sys.stderr)
            return False
    return True
