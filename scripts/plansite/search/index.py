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
- `search/<lang>/p/<n>.js`: page n's title, address and sections, to show results.

The files are scripts (`__plansiteSearch(name, data)`) rather than JSON so that they also
load from a copy opened from the file system, where fetching files is not allowed.
`search/search_index.json` (and `.js`) is replaced by a stub with Material's settings and no
documents, so pages download a few hundred bytes instead of the whole index.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from plansite.search.text import fold, tone_key, words

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
TITLE_WEIGHT = 8
MAX_TEXT_WEIGHT = 8


@dataclass
class _Language:
    pages: list[list[list[str]]] = field(default_factory=list)
    # folded word -> spelling (tone key) -> flat [page, section, weight, ...]
    postings: dict[str, dict[str, list[int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )

    @property
    def sections(self) -> int:
        return sum(len(page) for page in self.pages)


def plain_text(markup: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def shard_key(folded: str) -> str:
    """File-name-safe key of a folded word: its first two characters."""
    return "".join(c if c.isascii() and c.isalnum() else f"_{ord(c):x}" for c in folded[:2])


def language_of(location: str, languages: list[str], default: str) -> str:
    first = location.split("/", 1)[0]
    return first if first in languages and first != default else default


def _add_section(lang: _Language, page: int, section: int, title: str, text: str) -> None:
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for where, value in ((0, title), (1, text)):
        for word in words(value):
            counts[fold(word)][tone_key(word)][where] += 1
    for folded, spellings in counts.items():
        for spelling, (in_title, in_text) in spellings.items():
            weight = (TITLE_WEIGHT if in_title else 0) + min(in_text, MAX_TEXT_WEIGHT)
            lang.postings[folded]["" if spelling == folded else spelling] += [page, section, weight]


def split_by_language(index: dict, languages: list[str], default: str) -> dict[str, _Language]:
    result = {code: _Language() for code in languages}
    page_numbers: dict[str, tuple[str, int]] = {}
    for doc in index["docs"]:
        location = doc["location"]
        page_location = location.split("#", 1)[0]
        lang = language_of(location, languages, default)
        target = result[lang]
        if page_location not in page_numbers:
            page_numbers[page_location] = (lang, len(target.pages))
            target.pages.append([])
        _, page = page_numbers[page_location]
        title, text = plain_text(doc.get("title", "")), plain_text(doc.get("text", ""))
        _add_section(target, page, len(target.pages[page]), title, text)
        target.pages[page].append([location, title, text])
    return result


def _script(name: str, data: object) -> str:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f"__plansiteSearch({json.dumps(name)},{payload});\n"


def write_language(folder: Path, code: str, lang: _Language) -> int:
    """Write one language's files; returns how many."""
    shards: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(dict)
    for folded, spellings in lang.postings.items():
        shards[shard_key(folded)][folded] = spellings
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
    written = 0
    for code, lang in split_by_language({"docs": entries}, languages, default).items():
        folder = site_dir / "search" / code
        if folder.exists():
            shutil.rmtree(folder)
        written += write_language(folder, code, lang)
    if not source.is_file():  # an engine without Material's search plugin
        return written
    index = json.loads(source.read_text(encoding="utf-8"))
    small = json.dumps(stub(index), ensure_ascii=False, separators=(",", ":"))
    source.write_text(small, encoding="utf-8")
    (source.with_suffix(".js")).write_text(f"var __index = {small};\n", encoding="utf-8")
    return written
