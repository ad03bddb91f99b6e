"""Post-build stage helper: the pictures' links, written like Markdown links (`../van-ban/x.md`,
relative to the generated page), as the addresses of the built site.

MkDocs rewrites the links of Markdown, not those inside raw HTML, and the offline copy is
built with file addresses (`x.html`) where the site has folders (`x/`); so plansite.finish
hands each built page here with the page's source path and address, whatever engine built
it.
"""

from __future__ import annotations

import posixpath
import re

_FIGURE = re.compile(r'<figure class="dg-figure">.*?</figure>', re.DOTALL)
_MD_HREF = re.compile(r'href="([^":?#]+\.md)(#[^"]*)?"')
_ROOT_HREF = re.compile(r'href="/([^"]*)"')


def _address(src: str, directory_urls: bool) -> str:
    """The built address of a Markdown file, relative to the site's root (language-neutral)."""
    stem = src[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def _relative(target: str, page: str) -> str:
    """`target` as seen from `page` (both addresses from the root; folders end with "/")."""
    base = page.rsplit("/", 1)[0] if "/" in page else ""
    rel = posixpath.relpath(target or ".", base or ".")
    if target.endswith("/") or target == "":
        rel = "./" if rel == "." else rel + "/"
    return rel


def resolve(html: str, src: str, url: str, directory_urls: bool) -> str:
    """The page's pictures with every `.md` link pointing at the built page, and every
    link from the site's root (`/assets/…`) relative to the page. `src` is the page's
    Markdown path under docs/ (a language suffix such as `.en` is ignored: the languages'
    pages lie in the same folders); `url` its built address (with the language's folder)."""
    if "dg-figure" not in html:
        return html
    neutral = re.sub(r"\.[a-z]{2}\.md$", ".md", src)
    page = _address(neutral, directory_urls)
    folder = posixpath.dirname(neutral)

    def fix(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(folder, match.group(1)))
        address = _relative(_address(target, directory_urls), page)
        return f'href="{address}{match.group(2) or ""}"'

    to_root = "../" * url.count("/")

    def fix_figure(figure: re.Match) -> str:
        markup = _ROOT_HREF.sub(lambda match: f'href="{to_root}{match.group(1)}"', figure.group(0))
        return _MD_HREF.sub(fix, markup)

    return _FIGURE.sub(fix_figure, html)
