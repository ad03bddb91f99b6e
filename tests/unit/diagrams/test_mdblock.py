"""The pictures through the build: Markdown passes them through unread
(plansite.diagrams.mdblock) and plansite.finish makes their links addresses of the built
site, for a site with folders and for the offline copy's files, whatever engine built it."""

from __future__ import annotations

import json
from pathlib import Path

import markdown
import pytest
from markdown import htmlparser

from plansite.finish import finish_page

EXTENSIONS = ["attr_list", "md_in_html", "footnotes", "admonition", "tables", "plansite.mdext"]
PICTURE = (
    '<figure class="dg-figure"><link rel="stylesheet" href="/assets/diagrams.css">'
    '<div class="dg-scroll"><svg class="dg" viewBox="0 0 10 10"><a href="y.md" class="dg-node">'
    '<title>Y</title><rect x="0" y="0" width="9" height="9"/></a></svg></div>'
    "<figcaption>Sơ đồ</figcaption></figure>"
)
PAGE = f"# Trang\n\nTrước.\n\n{PICTURE}\n\n- Sau: [y](y.md)\n\n<div markdown>*trong*</div>\n"


def convert(text: str, extensions: list[str]) -> str:
    return markdown.Markdown(extensions=extensions).convert(text)


def test_a_picture_comes_out_of_markdown_as_the_block_reader_would_write_it():
    read = convert(PAGE, EXTENSIONS)
    assert PICTURE in read
    assert convert(PAGE, [*EXTENSIONS, "plansite.diagrams.mdblock"]) == read
    at_the_end = f"Trước.\n\n{PICTURE}"  # no blank line after it: left to the reader
    assert convert(at_the_end, [*EXTENSIONS, "plansite.diagrams.mdblock"]) == convert(
        at_the_end, EXTENSIONS
    )


def test_the_html_parser_never_reads_the_picture(monkeypatch):
    tags: list[str] = []
    start = htmlparser.HTMLExtractor.handle_starttag

    def seen(self, tag, attrs):
        tags.append(tag)
        return start(self, tag, attrs)

    monkeypatch.setattr(htmlparser.HTMLExtractor, "handle_starttag", seen)
    convert(PAGE, EXTENSIONS)
    assert "svg" in tags, "without the extension the reader parses every SVG element"
    tags.clear()
    convert(PAGE, [*EXTENSIONS, "plansite.diagrams.mdblock"])
    assert not {"figure", "svg", "a", "title"} & set(tags)


FACTS = {
    "canonical": "https://example.org/van-ban/x/",
    "title": "X",
    "search_title": "X",
    "description": "",
    "source": "data/documents.yml",
    "lang": "vi",
    "site_description": "Trang",
    "repo_url": "",
    "edit_uri": "",
}


@pytest.mark.parametrize(
    ("src", "url", "written", "expected"),
    [
        ("van-ban/x.md", "van-ban/x/", "van-ban/x/index.html", ("../y/", "../../assets/")),
        ("van-ban/x.en.md", "en/van-ban/x/", "en/van-ban/x/index.html", ("../y/", "../../../")),
        ("van-ban/x.md", "van-ban/x.html", "van-ban/x.html", ("y.html", "../assets/")),
    ],
)
def test_finish_turns_the_pictures_links_into_built_addresses(
    tmp_path: Path, src, url, written, expected
):
    page = tmp_path / written
    page.parent.mkdir(parents=True)
    facts = {**FACTS, "src": src, "url": url}
    page.write_text(
        f"<head><!--plansite:page {json.dumps(facts)}--></head>"
        f"<!--plansite:content--><p><a href=\"y.md\">left</a></p>{PICTURE}"
        "<!--/plansite:content-->",
        encoding="utf-8",
    )
    finish_page(page, {}, False, tmp_path)
    html = page.read_text(encoding="utf-8")
    link, assets = expected
    assert f'<a href="{link}" class="dg-node">' in html
    assert f'<link rel="stylesheet" href="{assets}' in html
    assert '<p><a href="y.md">left</a></p>' in html, "links outside pictures are the engine's"
