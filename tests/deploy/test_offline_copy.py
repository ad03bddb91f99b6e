"""The offline copy opened from a folder (file://) in a real browser.

The .zip from the built site is unpacked into a temporary folder and opened at
file:///…/index.html, with no server. A reader clicks through the navigation in both
languages, the language switcher, a task page and back home; no request may leave
file://, no console error; and the search box finds pages (the search runs inside the
page there, see docs/assets/start.js).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.browser.test_key_pages import DESKTOP, open_tab_in
from tests.site.test_offline_site import FOLDER, ZIP_NAME

pytestmark = [pytest.mark.browser, pytest.mark.build]


@pytest.fixture(scope="module")
def unpacked(built_site: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(built_site / "tai-ve" / ZIP_NAME) as archive:
        archive.extractall(folder)
    return folder / FOLDER


@pytest.fixture
def tab(browser, unpacked: Path):
    context, tab = open_tab_in(browser, unpacked.as_uri(), DESKTOP)
    yield tab
    context.close()


def click(tab, selector: str, expected: str) -> None:
    with tab.page.expect_navigation():
        tab.page.locator(f"{selector} >> visible=true").first.click()
    assert tab.page.url == f"{tab.base}/{expected}"
    assert tab.page.locator("article h1").first.is_visible()


def test_navigation_and_language_switcher_work_from_a_folder(tab):
    page = tab.page
    tab.goto("/index.html")
    assert page.url.startswith("file://")
    assert "Kế hoạch thực hiện Kết luận 79-KL/TW" in page.locator("article h1").inner_text()
    click(tab, "nav.md-nav--primary a[href='nhiem-vu/index.html']", "nhiem-vu/index.html")
    click(tab, "article a[href='ii-1-1.html']", "nhiem-vu/ii-1-1.html")
    page.hover(".md-select")
    click(tab, "a.md-select__link[hreflang=en]", "en/nhiem-vu/ii-1-1.html")
    assert page.locator("html").get_attribute("lang") == "en"
    click(tab, "nav.md-nav--primary a[href='../don-vi/index.html']", "en/don-vi/index.html")
    click(tab, "article a[href='cong-doan-co-so.html']", "en/don-vi/cong-doan-co-so.html")
    click(tab, "article a[href='../bang-kiem/co-so.html']", "en/bang-kiem/co-so.html")
    click(tab, "nav.md-nav--primary a[href='../index.html']", "en/index.html")
    page.hover(".md-select")
    click(tab, "a.md-select__link[hreflang=vi]", "index.html")
    click(tab, ".md-banner a", "hien-trang/index.html")
    click(tab, "a.md-header__button.md-logo", "index.html")
    page.go_back()
    assert page.url == f"{tab.base}/hien-trang/index.html"
    assert [url for url in tab.requests if not url.startswith("file://")] == []
    assert tab.errors == []


def test_english_plan_links_to_the_vietnamese_file(tab):
    tab.goto("/en/ke-hoach/index.html")
    click(tab, "article a[hreflang=vi]", "ke-hoach/index.html")


def test_search_works_from_a_folder(tab):
    page = tab.page
    tab.goto("/index.html")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").fill("cong doan")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=5_000)
    assert results.count() > 0
    assert tab.errors == [] and tab.errors == []
