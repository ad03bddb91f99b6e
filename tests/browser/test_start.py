"""How a page starts its scripts (docs/assets/start.js), in Chromium: our own after the first
paint, Material's bundle only with the reader's first act, and nothing the reader did before
that bundle ran is lost.

Each page here is opened without the wait of tests/conftest.py (which moves the mouse), and
Material's bundle is held at the network until the test lets it through, so that the acts
come before it runs, as on a slow link.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.build]

PHONE = {"viewport": {"width": 412, "height": 823}, "has_touch": True, "is_mobile": True}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
BUNDLE = "**/assets/javascripts/bundle.*.min.js"


class Reader:
    """A page opened as a reader opens it, with Material's bundle held at the network."""

    def __init__(self, browser, site_server: str, **options):
        self.context = browser.new_context(**options)
        self.context.set_default_timeout(10_000)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.held: list = []
        self.page.route(BUNDLE, lambda route: self.held.append(route))
        self.base = site_server

    def open(self, path: str) -> None:
        self.page.goto(self.base + path, wait_until="domcontentloaded")
        self.page.wait_for_selector("html[data-started]", state="attached")

    def asked_for_material(self) -> bool:
        return bool(self.held)

    def let_material_run(self) -> None:
        for _ in range(100):  # until the act's request reaches the route
            if self.held:
                break
            self.page.wait_for_timeout(50)
        assert self.held, "the reader's act did not ask for Material's bundle"
        self.held.pop().continue_()
        self.page.wait_for_selector("html[data-used]", state="attached")
        assert self.page.evaluate("() => typeof window.component$") == "object"

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def reader(browser, site_server):
    readers = []

    def make(options=DESKTOP) -> Reader:
        readers.append(Reader(browser, site_server, **options))
        return readers[-1]

    yield make
    for one in readers:
        assert not one.errors, one.errors
        one.close()


def test_a_reader_who_only_reads_runs_our_scripts_and_not_materials(reader):
    one = reader(PHONE)
    one.open("/ke-hoach/")
    one.page.wait_for_timeout(1000)
    assert not one.asked_for_material(), "Material's bundle was fetched before the reader acted"
    assert one.page.locator(".page-tools").is_visible(), "our page tools did not start"
    assert one.page.locator("a.para-link + button.copy-link").count() > 0
    assert one.page.evaluate("() => document.documentElement.className").split() == [
        "js",
        "js-focus-visible",
    ]


def tap_the_title(page):
    box = page.locator("h1").first.bounding_box()
    page.touchscreen.tap(box["x"] + 10, box["y"] + box["height"] / 2)


@pytest.mark.parametrize(
    "act",
    [
        lambda page: page.mouse.move(200, 300),
        lambda page: page.mouse.wheel(0, 200),
        lambda page: page.keyboard.press("Tab"),
        tap_the_title,
    ],
    ids=["mouse", "wheel", "key", "touch"],
)
def test_the_readers_first_act_starts_material(reader, act):
    one = reader(PHONE)
    one.open("/ke-hoach/")
    one.page.wait_for_timeout(300)
    assert not one.asked_for_material()
    act(one.page)
    one.let_material_run()


def test_a_shortcut_pressed_before_material_runs_opens_the_search(reader):
    one = reader()
    one.open("/ke-hoach/")
    one.page.keyboard.press("s")
    assert not one.page.evaluate("() => document.getElementById('__search').checked")
    one.let_material_run()
    one.page.wait_for_function("() => document.getElementById('__search').checked")
    assert one.page.evaluate("() => document.activeElement.name") == "query"


def test_the_search_opened_and_typed_in_before_material_runs_finds(reader):
    one = reader(PHONE)
    one.open("/ke-hoach/")
    one.page.locator("label[for=__search]").first.tap()
    assert one.page.evaluate("() => document.activeElement.name") == "query", (
        "the search box is not focused when the search is opened (a phone shows no keyboard)"
    )
    one.page.keyboard.type("cong doan co so")
    one.let_material_run()
    first = one.page.locator(".md-search-result__item h1").first
    first.wait_for(state="visible")
    assert one.page.locator(".md-search-result__item h1", has_text="Công đoàn cơ sở").count()


def test_the_banner_dismissed_before_material_runs_stays_dismissed(reader):
    one = reader(PHONE)
    one.open("/")
    one.page.locator(".md-banner__button").tap()
    one.let_material_run()
    one.page.wait_for_function("() => !document.querySelector('.md-banner').checkVisibility()")
    one.page.unroute(BUNDLE)
    one.open("/")
    assert not one.page.locator(".md-banner").is_visible(), "the dismissed banner came back"


def test_a_page_opened_from_a_search_marks_the_words_without_an_act(reader):
    one = reader()
    one.open("/ke-hoach/?h=c%C3%B4ng+%C4%91o%C3%A0n")
    one.let_material_run()
    one.page.wait_for_selector("mark[data-md-highlight]", state="attached")
