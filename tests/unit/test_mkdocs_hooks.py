"""Tests of the MkDocs hook's build-speed parts (scripts/mkdocs_hooks.py): the theme's
file listing and the compiled templates kept across language passes."""

from __future__ import annotations

from pathlib import Path

import jinja2
import mkdocs_hooks
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from tests.project import ROOT


def _theme_files(config) -> list[str]:
    files = Files([])
    files.add_files_from_theme(config.theme.get_env(), config)
    return sorted(file.src_uri for file in files)


def test_the_theme_listing_copies_the_same_files_without_walking_hidden_folders():
    config = load_config(str(ROOT / "mkdocs.yml"))
    mkdocs_own = _theme_files(config)
    mkdocs_hooks.on_config(config)
    ours = _theme_files(config)
    assert ours == mkdocs_own
    assert any(name.startswith("assets/javascripts/bundle.") for name in ours)
    listed = config.theme.get_env().list_templates()
    assert not any(name.startswith(".") or "/." in name for name in listed)
    assert "main.html" in listed  # overrides/ is listed with Material's own templates
    mkdocs_hooks.on_config(config)  # a second pass does not wrap it twice
    assert config.theme.get_env.lists_visible_files


def _env(folder: Path) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)))
    return mkdocs_hooks.on_env(env, None, None)


def test_a_template_compiles_once_per_process_and_again_when_edited(tmp_path, monkeypatch):
    monkeypatch.setattr(mkdocs_hooks, "_templates", mkdocs_hooks._CompiledTemplates())
    (tmp_path / "page.html").write_text("<p>{{ title }}</p>", encoding="utf-8")
    assert _env(tmp_path).get_template("page.html").render(title="một") == "<p>một</p>"

    second = _env(tmp_path)  # the next language pass: a new environment
    monkeypatch.setattr(second, "compile", lambda *a, **k: pytest.fail("compiled again"))
    assert second.get_template("page.html").render(title="hai") == "<p>hai</p>"

    (tmp_path / "page.html").write_text("<h1>{{ title }}</h1>", encoding="utf-8")
    assert _env(tmp_path).get_template("page.html").render(title="ba") == "<h1>ba</h1>"


def private_fields(source: str) -> list[str]:
    """`name._field` reads of another object's private field (`_x`, not `__x__`)."""
    import ast

    return [
        f"{node.lineno}: .{node.attr}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
    ]


def test_the_hook_uses_no_private_mkdocs_field():
    source = (ROOT / "scripts" / "mkdocs_hooks.py").read_text(encoding="utf-8")
    assert private_fields(source) == []
    assert private_fields("server._rebuild_cond.notify()\n") == ["1: ._rebuild_cond"]


def test_the_languages_names_and_menu_titles_come_from_the_language_files():
    config = load_config(str(ROOT / "mkdocs.yml"))
    mkdocs_hooks.on_config(config)
    languages = {language.locale: language for language in config.plugins["i18n"].config.languages}
    assert languages["vi"].name == "Tiếng Việt"
    assert languages["en"].name == "English"
    assert languages["en"].nav_translations["Trang chủ"] == "Home"
    assert languages["en"].nav_translations["Tải về"] == "Offline copy"
    assert {title for entry in config.nav for title in entry} <= set(
        languages["en"].nav_translations
    )


def _config_with(tmp_path, old: str, new: str):
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "mkdocs.yml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    for folder in ("docs", "overrides", "scripts", "data", "content"):
        (tmp_path / folder).symlink_to(ROOT / folder)
    config = load_config(str(path))
    return config, path.read_text(encoding="utf-8").splitlines()


def test_a_menu_title_without_a_word_is_an_error_at_its_line(tmp_path):
    config, lines = _config_with(tmp_path, '"Lịch": lich/index.md', '"Lịch nhắc": lich/index.md')
    line = next(n for n, text in enumerate(lines, 1) if "Lịch nhắc" in text)
    with pytest.raises(PluginError) as raised:
        mkdocs_hooks.on_config(config)
    assert str(raised.value).startswith(
        f"mkdocs.yml:{line}:6: error: the menu title 'Lịch nhắc' is no word nav_* of "
        "scripts/plansite/i18n/vi.yml; add it there and its translation to every language file"
    )


def test_languages_other_than_the_language_files_are_an_error(tmp_path):
    config, lines = _config_with(tmp_path, "        - locale: en\n", "        - locale: fr\n")
    line = next(n for n, text in enumerate(lines, 1) if "languages:" in text)
    with pytest.raises(
        PluginError,
        match=rf"^mkdocs.yml:{line}:7: error: plugins.i18n.languages "
        r"lists \['vi', 'fr'\] \(default \['vi'\]\); the language files ",
    ):
        mkdocs_hooks.on_config(config)
