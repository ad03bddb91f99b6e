"""Benchmark helper: sizes of a built site, read from its files.

First view of a page = the gzip size of its HTML plus every stylesheet,
script, icon and image the HTML references (each gzipped once), and the scripts a script
tag lists in data-scripts for docs/assets/start.js to add after the first paint, i.e. what a
browser with an empty cache downloads before the reader does anything (not data-on-use,
which start.js adds at the reader's first act). The browser measurement
(bench/browser.py) adds what scripts fetch at load time.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlparse

REFERENCE = re.compile(
    r"<(?:link|script|img)\b[^>]*?\b(?:href|src)=\"([^\"#?]+)[^\"]*\"[^>]*>", re.IGNORECASE
)
LOADED = re.compile(r"rel=\"(?:stylesheet|icon|modulepreload|preload)\"|<script|<img", re.I)
STARTED = re.compile(r"<script\b[^>]*?\bdata-scripts=\"([^\"]*)\"", re.IGNORECASE)


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


@dataclass
class SiteWeight:
    files: int
    raw_bytes: int
    pages: int
    first_view: dict[str, int]  # URL path -> bytes (gzip)
    search_files: int
    search_raw: int
    search_gzip: int


def url_of(site: Path, page: Path) -> str:
    relative = page.relative_to(site).as_posix()
    return "/" + relative.removesuffix("index.html")


def first_view(site: Path, page: Path, cache: dict[Path, int]) -> int:
    html = page.read_bytes()
    total = gzip_size(html)
    base = url_of(site, page)
    seen = set()
    text = html.decode("utf-8", "replace")
    references = [m.group(1) for m in REFERENCE.finditer(text) if LOADED.search(m.group(0))]
    references += [src for m in STARTED.finditer(text) for src in m.group(1).split()]
    for reference in references:
        if "://" in reference:
            continue
        path = urlparse(urljoin(base, reference)).path
        target = site / path.lstrip("/")
        if target in seen or not target.is_file():
            continue
        seen.add(target)
        if target not in cache:
            cache[target] = gzip_size(target.read_bytes())
        total += cache[target]
    return total


def weigh(site: Path) -> SiteWeight:
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.name == "index.html"]
    cache: dict[Path, int] = {}
    views = {url_of(site, page): first_view(site, page, cache) for page in pages}
    search = [p for p in files if "search" in p.relative_to(site).parts]
    return SiteWeight(
        files=len(files),
        raw_bytes=sum(p.stat().st_size for p in files),
        pages=len(pages),
        first_view=views,
        search_files=len(search),
        search_raw=sum(p.stat().st_size for p in search),
        search_gzip=sum(gzip_size(p.read_bytes()) for p in search),
    )
