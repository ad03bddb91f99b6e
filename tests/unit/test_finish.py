"""The post-build stage (plansite.finish): each page's places filled from its marker, the
markers gone, whatever engine wrote the page; and none left on the real built site."""

from __future__ import annotations

import datetime as dt
import json

from plansite.finish import finish_page, finish_site

FACTS = {
    "url": "nhiem-vu/ii-1-3/",
    "canonical": "https://example.org/nhiem-vu/ii-1-3/",
    "title": 'Nhiệm vụ II.1.3 &amp; "khác"',
    "search_title": "Nhiệm vụ II.1.3",
    "description": "",
    "source": "data/tasks.yml",
    "src": "nhiem-vu/ii-1-3.md",
    "lang": "vi",
    "site_description": "Trang",
    "repo_url": "https://github.com/example/repo",
    "edit_uri": "edit/main/docs/",
}


def built_page(facts: dict) -> str:
    """What overrides/partials/ make of a page, reduced to the markers and their places."""
    return (
        "<head><!--plansite:page " + json.dumps(facts) + "-->\n"
        '  <meta property="og:title" content="plansite:title">\n'
        '  <meta property="og:description" content="plansite:description">\n'
        '</head><a href="https://github.com/example/repo/edit/main/docs/nhiem-vu/ii-1-3.md"'
        ' title="Sửa" class="md-content__button md-icon" rel="edit">e</a>\n'
        '<!--plansite:content--><p>Đoạn đầu.</p><h2 id="a">Mục</h2><p>Chữ</p>'
        "<!--/plansite:content-->\n"
        '\n  <aside class="md-source-file">\n    <span>\n      <!--plansite:updated-->\n'
        "    </span>\n  </aside>\n"
        '<div class="print-address">\n    <!--plansite:qr-->\n</div>\n'
    )


def test_a_page_gets_its_preview_date_edit_link_qr_code_and_search_sections(tmp_path):
    page = tmp_path / "nhiem-vu" / "ii-1-3" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(built_page(FACTS), encoding="utf-8")
    done = finish_page(page, {"data/tasks.yml": dt.date(2025, 3, 4)}, True, tmp_path)
    html = page.read_text(encoding="utf-8")
    assert "plansite:" not in html
    assert '<meta property="og:title" content="Nhiệm vụ II.1.3 &amp; &quot;khác&quot;">' in html
    assert '<meta property="og:description" content="Đoạn đầu.">' in html
    assert 'href="https://github.com/example/repo/edit/main/data/tasks.yml"' in html
    assert '<time datetime="2025-03-04">04/03/2025</time>' in html
    assert (
        '<svg viewBox="0 0 ' in html
        and "<title>https://example.org/nhiem-vu/ii-1-3/</title>" in html
    )
    assert [section["location"] for section in done.sections] == [
        "nhiem-vu/ii-1-3/",
        "nhiem-vu/ii-1-3/#a",
    ]


def test_without_a_date_the_aside_goes_and_a_page_without_markers_is_left_alone(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(built_page({**FACTS, "source": "data/*.yml"}), encoding="utf-8")
    finish_page(page, {}, False, tmp_path)
    html = page.read_text(encoding="utf-8")
    assert "md-source-file" not in html and "plansite:" not in html
    assert 'href="https://github.com/example/repo/tree/main/data/"' in html
    other = tmp_path / "404.html"
    other.write_text("<p>404</p>", encoding="utf-8")
    assert finish_page(other, {}, True, tmp_path) is None
    assert other.read_text(encoding="utf-8") == "<p>404</p>"


def test_the_search_index_is_written_in_the_engines_page_order(tmp_path):
    """Addresses come from where pages were written (an engine that builds English as a site
    of its own under en/ gives en/... pages their English address)."""
    for number, (src, url) in enumerate(
        [("index.md", ""), ("b/index.md", "b/"), ("a.md", "a/"), ("b/c.md", "b/c/"), ("x.md", "x/")]
    ):
        if src == "x.md":
            facts = {**FACTS, "src": src, "url": "x/", "lang": "en"}
            (tmp_path / "en" / "x").mkdir(parents=True)
            (tmp_path / "en" / "x" / "index.html").write_text(built_page(facts), encoding="utf-8")
            continue
        folder = tmp_path / url
        folder.mkdir(parents=True, exist_ok=True)
        facts = {**FACTS, "src": src, "url": url, "search_title": f"P{number}"}
        (folder / "index.html").write_text(built_page(facts), encoding="utf-8")
    assert finish_site(tmp_path, tmp_path) == 5

    def locations(lang: str) -> list[str]:
        pages = sorted((tmp_path / "search" / lang / "p").glob("*.js"))
        return [json.loads(p.read_text().split(",", 1)[1].rsplit(")", 1)[0])[0][0] for p in pages]

    assert locations("vi") == ["", "a/", "b/", "b/c/"]  # a folder's files before its subfolders
    assert locations("en") == ["en/x/"]
