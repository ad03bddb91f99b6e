"""Shared stage: the languages the site is written in, read from the language files here
(<code>.yml, each with its `language:` block: code, weight, suffix, locale, months …).

This is the one place a language is named: every other module asks for LANGS, ORIGINAL
(the plan's own language) or a language's suffix, and never writes a code. The words of
each file, and how values read in each language, are plansite.language's job; this module
sits below the model so that the model's Text can have one field per language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

FOLDER = Path(__file__).parent
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in English, as maintainers' messages name it ("English translation pending")
    own_name: str  # in itself, as the language selector names it to readers
    weight: int
    suffix: str  # of page files: index<suffix>.md
    locale: str
    decimal_mark: str
    months: tuple[str, ...]
    date_day: str  # str.format pattern with {day}, {month}, {month_name}, {year}
    date_month: str
    # Whether documents' short titles are also asked for by their initials ("BLLĐ" for
    # "Bộ luật Lao động"), as Vietnamese abbreviates laws (search.names).
    title_initials: bool


FIELDS = {
    "code": str,
    "name": str,
    "own_name": str,
    "weight": int,
    "suffix": str,
    "locale": str,
    "decimal_mark": str,
    "months": list,
    "date_day": str,
    "date_month": str,
    "title_initials": bool,
}


def _read(folder: Path) -> dict[str, dict]:
    """{file stem: its data}, read fast (no positions); a broken file reads as empty and
    plansite.language.problems() says why."""
    out = {}
    for path in sorted(folder.glob("*.yml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        except (OSError, yaml.YAMLError):
            data = None
        out[path.stem] = data if isinstance(data, dict) else {}
    return out


def _languages(files: dict[str, dict]) -> dict[str, Language]:
    found = []
    for data in files.values():
        block = data.get("language")
        try:
            found.append(Language(**{**block, "months": tuple(block["months"])}))
        except (TypeError, KeyError):
            continue
    return {lang.code: lang for lang in sorted(found, key=lambda x: x.weight)}


FILES = _read(FOLDER)
LANGUAGES = _languages(FILES)
LANGS = tuple(LANGUAGES)
# The plan's own language, the first by weight: the one the plan is written in, the
# reference for the other files' keys, and the text shown while a translation is pending.
ORIGINAL = LANGS[0]
# The others, in order: translations of the plan.
TRANSLATIONS = LANGS[1:]


def suffix(lang: str) -> str:
    """The page-file suffix of `lang`: "" (index.md) or ".en" (index.en.md)."""
    return LANGUAGES[lang].suffix


def by_suffix(value: str) -> str | None:
    """The language whose page files end in `value` + ".md" ("" the original), or None."""
    return next((code for code, lang in LANGUAGES.items() if lang.suffix == value), None)


def is_original(lang: str) -> bool:
    """Whether `lang` is the plan's own language (not a translation)."""
    return lang == ORIGINAL


def named(lang: str, article: bool = False) -> str:
    """The language's name as maintainers' messages write it ("English"), or with its
    article ("an English")."""
    name = LANGUAGES[lang].name
    if not article:
        return name
    return f"{'an' if name[0] in 'AEIOU' else 'a'} {name}"
