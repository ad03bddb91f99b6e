"""Post-build stage: the per-page work, done over the built HTML whatever engine built it.

The theme's partials (overrides/partials/) leave markers in every page: the page's facts
as JSON (`<!--plansite:page {...}-->`: its address, title, description, source file,
language), its own content between `<!--plansite:content-->` and its end, and places for
the QR code, the last-updated date and the link-preview title and description. This stage
reads each page once, fills those places, makes the pictures' links addresses of the built
site (plansite.diagrams.links), rewrites the edit link to the file a maintainer edits (a
generated page's data file), removes the markers, and then writes the search index of
every page it finished (plansite.search). MkDocs and ProperDocs run it from the
hook after their last language pass; the Zensical trial runs it over Zensical's output.

Pages are shared between two processes (plansite.parallel); dates come from one `git log`;
QR codes the hook had made ahead (plansite.sharing.make_ahead) are used as they are.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from plansite import parallel
from plansite.diagrams.links import resolve as picture_links
from plansite.language import LANGS, ORIGINAL
from plansite.pagesource import edit_url, last_changes, page_source, updated, updated_html
from plansite.search.index import build_search_index
from plansite.search.sections import page_sections
from plansite.sharing import made_ahead, qr_svg, share_meta

_FACTS = re.compile(r"<!--plansite:page (\{.*?\})-->")
_CONTENT = re.compile(r"<!--plansite:content-->(.*?)<!--/plansite:content-->", re.DOTALL)
_CONTENT_MARKS = re.compile(r"<!--/?plansite:content-->")
_UPDATED = "<!--plansite:updated-->"
# What the aside adds around itself (overrides/partials/source-file.html): removed whole
# where there is no date, the page is what Material writes for a page without one.
_NO_DATE = re.compile(
    r'\n  <aside class="md-source-file">(?:(?!</aside>).)*?' + _UPDATED + r".*?</aside>\n",
    re.DOTALL,
)
_QR = "<!--plansite:qr-->"
_EDIT = re.compile(
    r'(<a href=")[^"]*(" title="[^"]*" class="md-content__button md-icon" rel="edit">)'
)


@dataclass(frozen=True)
class Finished:
    order: tuple  # where the engine's pass met the page: language, then MkDocs' file order
    sections: list[dict[str, str]]


def _file_order(src: str) -> tuple:
    """MkDocs' order of source files (folders walked in name order, a folder's files before
    its subfolders, index first): the order its search plugin met the pages."""
    *folders, name = src.split("/")
    stem = name.removesuffix(".md").split(".")[0]
    return (*((1, folder) for folder in folders), (0, stem != "index", name))


def _location(path: Path, site_dir: Path, url: str) -> str:
    """The page's address from the site's root, from where the engine wrote it: the same as
    MkDocs' page.url, and right for an engine that builds each language as its own site."""
    relative = path.relative_to(site_dir).as_posix()
    if url == "" or url.endswith("/"):  # directory URLs: the folder, not its index.html
        return relative.removesuffix("index.html")
    return relative


def finish_page(
    path: Path, dates: dict, search: bool, site_dir: Path | None = None, qr: dict | None = None
) -> Finished | None:
    """Fill one built page's places and remove its markers; None for a page without them."""
    html = path.read_text(encoding="utf-8")
    found = _FACTS.search(html)
    if not found:
        return None
    facts = json.loads(found.group(1))
    qr = qr or {}
    html = html[: found.start()] + html[found.end() :]
    lang = facts["lang"]
    if facts["src"]:  # the pictures' links, written as Markdown links, as built addresses
        html = picture_links(html, facts["src"], facts["url"], not facts["url"].endswith(".html"))
    content_match = _CONTENT.search(html)
    content = content_match.group(1) if content_match else ""
    html = _CONTENT_MARKS.sub("", html)

    share = share_meta(
        title=facts["title"],
        meta_description=facts["description"],
        content=content,
        fallback=facts["site_description"],
        lang=lang,
    )
    html = html.replace('content="plansite:title"', f'content="{share["title"]}"')
    html = html.replace('content="plansite:description"', f'content="{share["description"]}"')
    html = html.replace(_QR, qr.get(facts["canonical"]) or qr_svg(facts["canonical"]), 1)

    source = page_source(facts["source"])
    date = updated_html(updated(dates, source), lang)
    html = html.replace(_UPDATED, date, 1) if date else _NO_DATE.sub("", html, count=1)
    link = edit_url(facts["repo_url"], facts["edit_uri"], source)
    if link:
        html = _EDIT.sub(lambda m: m.group(1) + link + m.group(2), html, count=1)

    path.write_text(html, encoding="utf-8")
    location = _location(path, site_dir or path.parent, facts["url"])
    sections = page_sections(location, content, facts["search_title"]) if search else []
    order = (LANGS.index(lang) if lang in LANGS else len(LANGS), *_file_order(facts["src"]))
    return Finished(order, sections)


def _finish_all(
    paths: list[Path], dates: dict, search: bool, site_dir: Path, qr: dict
) -> list[Finished | None]:
    return [finish_page(path, dates, search, site_dir, qr) for path in paths]


def finish_site(site_dir: Path, root: Path, search: bool = True) -> int:
    """Finish every page of the built site in `site_dir` (the project in `root` gives the git
    dates) and, with `search`, write our search index; returns how many pages it finished."""
    pages = sorted(site_dir.rglob("*.html"))
    dates = last_changes(root)
    halves = [pages[n::2] for n in range(2)]
    qr = made_ahead()  # before forking: the children share them
    jobs = [lambda part=part: _finish_all(part, dates, search, site_dir, qr) for part in halves]
    finished = [page for part in parallel.run(jobs) for page in part if page is not None]
    if search:
        finished.sort(key=lambda page: page.order)
        entries = [entry for page in finished for entry in page.sections]
        build_search_index(site_dir, list(LANGS), ORIGINAL, entries)
    return len(finished)
