"""Post-build stage: a small search index per language.

Material would write one `search/search_index.json` for both languages, and every page
would download all of it. This stage takes the pages' sections (plansite.search.sections,
collected by the MkDocs hook in both languages' builds), splits them by language and
writes, for each language,
files the search worker (docs/assets/search.js) loads only when the reader searches,
and only those the query needs:

- `search/<lang>/keys.js`: the list of word files that exist;
- `search/<lang>/t/<key>.js`: the words whose folded form starts with `key` (their first
  two folded characters), each with its spellings and postings;
- `search/<lang>/p/<n>.js`: page n's sections (address, title, text; the first also the
  name of the entry the page is about, if it is one, and the words its abbreviations
  add), to show and order results.

The files are scripts (`__plansiteSearch(name, data)`) rather than JSON so that they also
load from a copy opened from the file system, where fetching files is not allowed.
`search/search_index.json` (and `.js`) is replaced by a stub with Material's settings and no
documents, so pages download a few hundred bytes instead of the whole index.

How much a word weighs in a section (the worker multiplies it by the word's rarity):
NAME_WEIGHT when it is in the name of the entry the page is about (plansite.search.names:
a document's kind, number, year and short title; an organisation's name; a task's
number), TITLE_WEIGHT when it is in the section's heading, plus how often the text has
it (at most MAX_TEXT_WEIGHT). Abbreviations count both ways (plansite.search.names): where
a section writes "công đoàn cơ sở" it is also filed under "cđcs", and where it writes
"CĐCS" also under "công", "đoàn", "cơ", "sở", in the same part of the section.
"""

from __future__ import annotations

import functools
import html
import json
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from plansite import parallel
from plansite.search.names import abbreviations, entry_names, load_export
from plansite.search.text import fold, tone_key, words

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
NAME_WEIGHT = 64  # docs/assets/search.js: NAME_WEIGHT
TITLE_WEIGHT = 8
MAX_TEXT_WEIGHT = 8


@functools.lru_cache(maxsize=200_000)  # called for every word of every section
def _match_key(word: str) -> str:
    """How a word of an abbreviation's run is compared: by spelling (tone key), so that
    "TU" (Tỉnh ủy) is not "tư" or "từ"; an English plural as its singular (no Vietnamese
    word ends in s)."""
    key = tone_key(word)
    return key[:-1] if len(key) > 3 and key.endswith("s") and not key.endswith("ss") else key


class Synonyms:
    """Runs of words that mean the same (abbreviations and their expansions)."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], list[str]]]] = defaultdict(list)
        for one, other in pairs:
            a, b = words(one), words(other)
            if a and b:
                self._by_first[_match_key(a[0])].append((tuple(map(_match_key, a)), b))
                self._by_first[_match_key(b[0])].append((tuple(map(_match_key, b)), a))

    def expand(self, found: list[str]) -> list[str]:
        """`found` and the words of every run that means the same as a run in it."""
        by_first = self._by_first
        keys = list(map(_match_key, found))
        extra: list[str] = []
        for i in [i for i, key in enumerate(keys) if key in by_first]:
            for run, same in by_first[keys[i]]:
                if tuple(keys[i : i + len(run)]) == run:
                    extra += same
        return found + extra


@dataclass
class _Language:
    synonyms: Synonyms = field(default_factory=lambda: Synonyms([]))
    names: dict[str, str] = field(default_factory=dict)
    pages: list[list[list[str]]] = field(default_factory=list)
    # (folded word, spelling (tone key) or "") -> flat [page, section, weight, ...]
    postings: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))

    @property
    def sections(self) -> int:
        return sum(len(page) for page in self.pages)


def plain_text(markup: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def shard_key(folded: str) -> str:
    """File-name-safe key of a folded word: its first two characters."""
    return "".join(c if c.isascii() and c.isalnum() else f"_{ord(c):x}" for c in folded[:2])


def entry_address(page_location: str) -> str:
    """A page's address as entries are named (plansite.search.names), also in the offline
    copy, whose addresses name files: "van-ban/x.html" and "van-ban/x/index.html" are
    "van-ban/x/"."""
    if page_location.endswith("index.html"):
        return page_location[: -len("index.html")]
    if page_location.endswith(".html"):
        return page_location[: -len(".html")] + "/"
    return page_location


def language_of(location: str, languages: list[str], default: str) -> str:
    first = location.split("/", 1)[0]
    return first if first in languages and first != default else default


@functools.lru_cache(maxsize=200_000)
def _posting_key(word: str) -> tuple[str, str]:
    """Where a word is filed: its folded form, and its spelling (tone key) where that
    differs ("" where the word has no marks)."""
    folded, spelling = fold(word), tone_key(word)
    return folded, "" if spelling == folded else spelling


def _add_section(lang: _Language, page: int, section: int, name: str, title: str, text: str) -> None:
    expand = lang.synonyms.expand
    weights: dict[tuple[str, str], int] = {}
    for word, count in Counter(expand(words(text))).items():
        key = _posting_key(word)
        weights[key] = weights.get(key, 0) + count
    for key, count in weights.items():
        if count > MAX_TEXT_WEIGHT:
            weights[key] = MAX_TEXT_WEIGHT
    for value, weight in ((title, TITLE_WEIGHT), (name, NAME_WEIGHT)):
        for key in set(map(_posting_key, expand(words(value)))) if value else ():
            weights[key] = weights.get(key, 0) + weight
    postings = lang.postings
    for key, weight in weights.items():
        postings[key] += (page, section, weight)


def split_by_language(
    index: dict, languages: list[str], default: str, data: dict | None = None, only: str = ""
) -> dict[str, _Language]:
    """Each language's pages and postings (with `only`, that language's alone); `data`: the
    site's data export (names and abbreviations), if any."""
    data = data or {}
    result = {}
    for code in [only] if only else languages:
        prefix = "" if code == default else f"{code}/"
        result[code] = _Language(Synonyms(abbreviations(data, code)), entry_names(data, code, prefix))
    page_numbers: dict[str, tuple[str, int]] = {}
    for doc in index["docs"]:
        location = doc["location"]
        page_location = location.split("#", 1)[0]
        lang = language_of(location, languages, default)
        if lang not in result:
            continue
        target = result[lang]
        if page_location not in page_numbers:
            page_numbers[page_location] = (lang, len(target.pages))
            target.pages.append([])
        _, page = page_numbers[page_location]
        title, text = plain_text(doc.get("title", "")), plain_text(doc.get("text", ""))
        section = len(target.pages[page])
        name = target.names.get(entry_address(page_location), "") if section == 0 else ""
        _add_section(target, page, section, name, title, text)
        named = []
        if name:  # and the words its abbreviations add, which the worker compares with the query
            found = words(name)
            named = [name, " ".join(target.synonyms.expand(found)[len(found) :])]
        target.pages[page].append([location, title, text, *named])
    return result


def _script(name: str, data: object) -> str:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f"__plansiteSearch({json.dumps(name)},{payload});\n"


def write_language(folder: Path, code: str, lang: _Language) -> int:
    """Write one language's files; returns how many."""
    # shard -> folded word -> spelling -> postings
    shards: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(lambda: defaultdict(dict))
    for (folded, spelling), postings in lang.postings.items():
        shards[shard_key(folded)][folded][spelling] = postings
    (folder / "t").mkdir(parents=True)
    (folder / "p").mkdir()
    sections = lang.sections
    for key, entries in shards.items():
        data = {"n": sections, "w": entries}
        (folder / "t" / f"{key}.js").write_text(_script(f"{code}/t/{key}", data), encoding="utf-8")
    for number, sections in enumerate(lang.pages):
        (folder / "p" / f"{number}.js").write_text(
            _script(f"{code}/p/{number}", sections), encoding="utf-8"
        )
    (folder / "keys.js").write_text(_script(f"{code}/keys", sorted(shards)), encoding="utf-8")
    return len(shards) + len(lang.pages) + 1


def stub(index: dict) -> dict:
    """Material's search settings with no documents: what every page downloads."""
    config = dict(index["config"])
    config["fields"] = {}
    return {"config": config, "docs": []}


def build_search_index(
    site_dir: Path, languages: list[str], default: str, entries: list[dict[str, str]]
) -> int:
    """Write per-language files for `entries` (both languages' pages, plansite.search.sections)
    and replace Material's index in site_dir by a stub with its settings; returns how many."""
    source = site_dir / "search" / "search_index.json"
    data = load_export(site_dir)

    def language_files(code: str) -> int:
        lang = split_by_language({"docs": entries}, languages, default, data, only=code)[code]
        folder = site_dir / "search" / code
        if folder.exists():
            shutil.rmtree(folder)
        return write_language(folder, code, lang)

    # The languages' files are independent: one process each (plansite.parallel).
    written = sum(parallel.run([partial(language_files, code) for code in languages]))
    if not source.is_file():  # an engine without Material's search plugin
        return written
    index = json.loads(source.read_text(encoding="utf-8"))
    small = json.dumps(stub(index), ensure_ascii=False, separators=(",", ":"))
    source.write_text(small, encoding="utf-8")
    (source.with_suffix(".js")).write_text(f"var __index = {small};\n", encoding="utf-8")
    return written
