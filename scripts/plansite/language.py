"""Language stage: every interface word, and how a value reads in each language (names,
dates, months, an event's timing, excerpts). Used by the render and export stages.

The words are data, one file per language in plansite/i18n/ (<code>.yml, as Hugo's i18n/
files): a `language` block (code, name in maintainers' messages, order, file suffix,
locale, decimal mark, month names, date patterns, title initials) and the `words`, looked
up by t(key, lang). The blocks are read by plansite.i18n, below the model, and their names
(LANGS, ORIGINAL, TRANSLATIONS, suffix …) are asked for here: no other module writes a
language code. The first language is the original: the plan's own, the reference for
every other file's keys, and the text shown while a translation is pending. problems() checks the files (a key missing or extra, a
{placeholder} that differs) with file:line:col; the generate stage stops on them.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

from plansite import model as m
from plansite.i18n import (  # noqa: F401  (the languages' names, asked for here)
    FIELDS,
    FILES,
    FOLDER,
    LANGS,
    LANGUAGES,
    ORIGINAL,
    TRANSLATIONS,
    Language,
    by_suffix,
    is_original,
    named,
    suffix,
)
from plansite.problems import Problem
from plansite.yamlload import load_file

# The longest excerpt, in characters, of a text in a list or a table (a task on the task
# index, an organisation's page, a checklist), and of a page's description (front matter:
# what search engines and shared links show).
EXCERPT = 120
DESCRIPTION = 160

WORDS: dict[str, dict[str, str]] = {
    code: dict(FILES[code].get("words") or {}) for code in LANGS if code in FILES
}


def t(key: str, lang: str) -> str:
    return WORDS[lang][key]


def menu_titles(lang: str) -> dict[str, str]:
    """The site menu's titles (written in the plan's language in the engine's configuration),
    each with its title in `lang`: the words nav_*."""
    return {t(key, ORIGINAL): t(key, lang) for key in WORDS[ORIGINAL] if key.startswith("nav_")}


def count(key: str, n: int, lang: str) -> str:
    """`n` things in words: the word `<key>_one` for one, `<key>_other` for any other number
    (a language without plurals, such as Vietnamese, writes both the same)."""
    return t(f"{key}_{'one' if n == 1 else 'other'}", lang).format(n=n)


def _display(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _fields(text: str) -> set[str]:
    """The {placeholders} of a text; a lone brace counts as one, so that it is reported."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"{"}


def _check_language(loaded, stem: str, problems: list[Problem]) -> None:
    block = loaded.data.get("language") if isinstance(loaded.data, dict) else None
    if not isinstance(block, dict):
        problems.append(loaded.problem((), f"no `language:` block; copy the one of {ORIGINAL}.yml"))
        return
    for name, kind in FIELDS.items():
        if not isinstance(block.get(name), kind):
            problems.append(
                loaded.problem(
                    ("language", name),
                    f"`language.{name}` must be a {kind.__name__}; see {ORIGINAL}.yml",
                )
            )
    for name in block.keys() - FIELDS.keys():
        problems.append(loaded.problem(("language", name), f"unknown field `language.{name}`"))
    months = block.get("months")
    if isinstance(months, list) and (
        len(months) != 12 or not all(isinstance(x, str) for x in months)
    ):
        problems.append(loaded.problem(("language", "months"), "`months` must name 12 months"))
    if block.get("code") != stem:
        problems.append(
            loaded.problem(("language", "code"), f"the code must be the file's name, {stem!r}")
        )


def problems(folder: Path = FOLDER) -> list[Problem]:
    """Every problem of the language files in `folder`, each at its file and line."""
    found: list[Problem] = []
    loaded = {}
    for path in sorted(folder.glob("*.yml")):
        item = load_file(path, _display(path))
        found += item.problems
        if not item.problems:
            _check_language(item, path.stem, found)
            loaded[path.stem] = item
    order = sorted(loaded, key=lambda s: (loaded[s].data.get("language") or {}).get("weight", 0))
    if not order:
        return found or [Problem(_display(folder), 1, 1, "no language file (<code>.yml)")]
    reference = loaded[order[0]]
    ref_name = Path(reference.name).name  # the files share a folder
    ref_words = reference.data.get("words") or {}
    for stem in order:
        item = loaded[stem]
        words = item.data.get("words")
        if not isinstance(words, dict):
            found.append(item.problem((), f"no `words:` mapping; copy the one of {ORIGINAL}.yml"))
            continue
        for key, value in words.items():
            if not isinstance(value, str) or not value.strip():
                found.append(item.problem(("words", key), f"`{key}` must be non-empty text"))
            elif key in ref_words and _fields(value) != _fields(str(ref_words[key])):
                want = ", ".join(sorted(_fields(str(ref_words[key])))) or "none"
                found.append(
                    item.problem(
                        ("words", key),
                        f"`{key}` must use the placeholders of {ref_name}: {want}",
                    )
                )
        if item is reference:
            continue
        for key in words.keys() - ref_words.keys():
            found.append(
                item.problem(
                    ("words", key),
                    f"`{key}` is not in {ref_name}: remove it, or add it there first",
                )
            )
        for key in ref_words.keys() - words.keys():
            line = reference.where(("words", key))[0]
            found.append(
                item.problem(
                    ("words",),
                    f"`{key}` is missing (it is at {ref_name}:{line}): add its translation",
                )
            )
    return found


def pick(text: m.Text | None, lang: str) -> str:
    """The text in `lang`, falling back to the original language while a translation is
    pending."""
    if text is None:
        return t("unknown_value", lang)
    value = getattr(text, lang, None)
    return value if value is not None else getattr(text, ORIGINAL)


def plan_t(plan, key: str, lang: str) -> str:
    """A word of model.PLAN_WORDS as `plan` (model.PlanIdentity) words it, else the default."""
    own = plan.wording.get(key)
    return t(key, lang) if own is None else pick(own, lang)


def pending(text: m.Text, lang: str) -> bool:
    return getattr(text, lang, None) is None


def month_name(month: int, lang: str) -> str:
    return LANGUAGES[lang].months[month - 1]


def date_text(value: str | None, lang: str) -> str:
    """A full or partial date (YYYY, YYYY-MM, YYYY-MM-DD) as `lang` writes it."""
    if value is None:
        return t("unknown_value", lang)
    year, month, day = m.date_key(value)
    if not month:
        return str(year)
    language = LANGUAGES[lang]
    pattern = language.date_day if day else language.date_month
    return pattern.format(day=day, month=month, month_name=language.months[month - 1], year=year)


def number_text(value: float, decimals: int, lang: str) -> str:
    return f"{value:.{decimals}f}".replace(".", LANGUAGES[lang].decimal_mark)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """The one excerpt rule: `text` on one line, cut at a word boundary to at most `limit`
    characters, "…" marking the cut."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–—-") + "…"


def when_text(event: m.Event, lang: str) -> str:
    if event.date is not None:
        return date_text(event.date, lang)
    rec = event.recurrence
    every = t("every_year" if rec.freq == m.Frequency.yearly else "every_month", lang)
    if rec.timing == m.Timing.during_month:
        return (
            every
            if rec.month is None
            else f"{every}, {t('in_month', lang)} {month_name(rec.month, lang)}"
        )
    key = "before_day" if rec.timing == m.Timing.before else "on_day"
    if rec.freq == m.Frequency.monthly:
        return f"{every}, {t(key, lang)} {rec.day}"
    return f"{every}, {t(key, lang)} {rec.day} {month_name(rec.month, lang)}"


def short_name(org: m.Organisation, lang: str) -> str:
    return pick(org.short or org.name, lang)


def who_text(row, lang: str, name=short_name) -> str:
    """Who carries out a checklist row (plansite.duties.Row), then who supports it, each
    organisation written by `name` (its short name, or a link to its page)."""
    text = ", ".join(name(o, lang) for o in row.responsible)
    if row.supporting:
        text += f"; {t('supporting', lang).lower()}: " + ", ".join(
            name(o, lang) for o in row.supporting
        )
    return text
