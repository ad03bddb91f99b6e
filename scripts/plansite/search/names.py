"""Search stage helper: what the site's data tells the index, read from the site's own export.

The index is written after MkDocs has built both languages; the data it needs is the
open-data export the generator put in the site (`du-lieu/ke-hoach.json`, the loaded and
validated records), so this stage needs neither the project's folders nor MkDocs.

- `entry_names`: the name by which readers ask for an entry, for the entry's own page:
  a document's kind, number, year and short title ("Bộ luật 45/2019/QH14 2019 Bộ luật Lao
  động"), an organisation's name and short name, a task's number ("Nhiệm vụ II.3.1").
- `abbreviations`: pairs of word runs that mean the same in a language: every glossary term
  and its expansion, and (in a language whose file sets `title_initials`: Vietnamese, where
  laws are so abbreviated) the initials of a document's short title, "BLLĐ" for "Bộ luật
  Lao động".
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from plansite.language import LANGUAGES, ORIGINAL, WORDS, t
from plansite.model import task_number
from plansite.pagekinds import DATA_EXPORT, folder
from plansite.search.text import words

EXPORT = Path(folder("data")) / DATA_EXPORT
SHORT_TITLE_WORDS = 6  # a longer title is a description, not a name
_ASIDE = re.compile(r"\([^)]*\)")


def load_export(site_dir: Path) -> dict:
    """The site's data export, or no data when the site has none."""
    path = site_dir / EXPORT
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _pick(text: dict | None, lang: str) -> str:
    if not text:
        return ""
    return text.get(lang) or text.get(ORIGINAL) or ""


def short_title(document: dict, lang: str) -> str:
    """A document's title when it is a name ("Luật Công đoàn"), else nothing."""
    title = _pick(document.get("title"), lang)
    return title if len(words(title)) <= SHORT_TITLE_WORDS else ""


def entry_names(data: dict, lang: str, prefix: str) -> dict[str, str]:
    """{address of an entry's own page: its name}, in `lang`; `prefix`: the language's folder."""
    names: dict[str, str] = {}
    for doc in data.get("documents", []):
        kind = WORDS[lang].get(f"doctype_{doc.get('type')}", "")
        year = (doc.get("issue_date") or "")[:4]
        number, title = doc.get("number") or "", short_title(doc, lang)
        if number or title or year:  # a kind alone ("Kế hoạch") names no one document
            names[f"{prefix}van-ban/{doc['id']}/"] = " ".join(
                p for p in (kind, number, year, title) if p
            )
    for org in data.get("organisations", []):
        name, short = _pick(org.get("name"), lang), _pick(org.get("short"), lang)
        names[f"{prefix}don-vi/{org['id']}/"] = name if short in ("", name) else f"{name} {short}"
    task = t("task", lang)
    for item in data.get("tasks", []):
        names[f"{prefix}nhiem-vu/{item['id']}/"] = f"{task} {task_number(item['id'])}"
    for programme in data.get("programmes", []):
        names[f"{prefix}chuong-trinh/{programme['id']}/"] = _pick(programme.get("title"), lang)
    return names


def initials(title: str) -> str:
    """ "Bộ luật Lao động" -> "BLLĐ": the first letter of each word, in capitals."""
    return "".join(word[0] for word in words(title)).upper()


def abbreviations(data: dict, lang: str) -> list[tuple[str, str]]:
    """(abbreviation, expansion) pairs of `lang`; an expansion's words in brackets are left
    out ("(Ban) Tuyên giáo - Nữ công" is also written without "Ban")."""
    pairs: dict[str, str] = {}
    for entry in data.get("glossary", []):
        expansion = " ".join(_ASIDE.sub(" ", _pick(entry.get("expansion"), lang)).split())
        if words(expansion):
            pairs.setdefault(entry["term"], expansion)
    if LANGUAGES[lang].title_initials:
        for doc in data.get("documents", []):
            title = short_title(doc, lang)
            letters = initials(title)
            if len(letters) >= 3 and all(word.isalpha() for word in words(title)):
                pairs.setdefault(letters, title)
    return sorted(pairs.items())
