"""Search in the real search box, in Chromium: typed the way Vietnamese readers type.

Each query is typed key by key into Material's search box on a page of the built site;
the page expected must be among the first results, and every result must be in the
page's language. NAMED_QUERIES name an entry (a document by name and year or number, an
organisation, a task), or are typed as abbreviations, Telex or VNI keys, or with a typo:
the page expected is among the first three, and first where the query names it. Also:
what a page downloads before the reader searches, the worker and the index builder
agreeing on words and on Telex and VNI keys, and search from the file system (the
offline copy).

The queries of QUERIES, NAMED_QUERIES and READERS_QUERIES are typed at the same time, each
in a page of its own among TABS pages (`found`), since most of a search is waiting for the
results to settle; the tests then assert on what each query found.
"""

from __future__ import annotations

import gzip
import json
import time
import unicodedata

import pytest

from plansite.search.text import fold, tone_key, words
from tests.project import ROOT

pytestmark = pytest.mark.browser

TOP = 5
NFD = "NFD"
TABS = 4

# (page to search from, what the reader types, page expected among the first results)
QUERIES = [
    ("", "cong doan co so", "don-vi/cong-doan-co-so/"),
    ("", "CONG DOAN CO SO", "don-vi/cong-doan-co-so/"),
    ("", unicodedata.normalize(NFD, "Công đoàn cơ sở"), "don-vi/cong-doan-co-so/"),
    ("", "(công đoàn ngành)", "don-vi/cong-doan-nganh/"),
    ("", "thoa uoc lao dong tap the", "tuyen-truyen/thoa-uoc-lao-dong-tap-the/"),
    ("", "thoả ước", "tuyen-truyen/thoa-uoc-lao-dong-tap-the/"),
    ("", "thỏa ước", "tuyen-truyen/thoa-uoc-lao-dong-tap-the/"),
    ("", unicodedata.normalize(NFD, "thoả ước"), "tuyen-truyen/thoa-uoc-lao-dong-tap-the/"),
    ("", "tỉnh uỷ", "don-vi/tinh-uy/"),
    ("", "tinh uy", "don-vi/tinh-uy/"),
    ("", "luat cong doan", "tuyen-truyen/luat-cong-doan/"),
    ("", "bao hiem xa hoi", "tuyen-truyen/luat-bao-hiem-xa-hoi/"),
    ("", "79-KL/TW", "van-ban/kl-79-kl-tw-2013/"),
    ("", "ban tuyen giao nu cong", "don-vi/ban-tuyen-giao-nu-cong/"),
    ("", "thang cong nhan", "van-ban/tb-77-tb-tw-2012/"),
    ("", "hop nhat quang ngai", "van-ban/nq-202-2025-qh15/"),
    ("", "moc thoi gian", "moc-thoi-gian/"),
    ("", "thuat ngu", "thuat-ngu/"),
    ("", "hoc tap va lam theo tam guong dao duc ho chi minh", "phong-trao/"),
    ("", "lien doan lao dong tinh", "don-vi/ldld-tinh/"),
    ("nhiem-vu/", "cong doan nga", "don-vi/cong-doan-nganh/"),
    ("en/", "grassroots union", "en/don-vi/cong-doan-co-so/"),
    ("en/", "LABOUR CODE", "en/tuyen-truyen/bo-luat-lao-dong/"),
    ("en/", "workers month", "en/van-ban/tb-77-tb-tw-2012/"),
    ("en/", "social insurance", "en/tuyen-truyen/luat-bao-hiem-xa-hoi/"),
]

# (page to search from, what the reader types, page expected among the first three,
#  whether the query names that page's entry, so that it must come first, kind of query)
NAMED_QUERIES = [
    ("", "bo luat lao dong 2019", "van-ban/bo-luat-lao-dong-2019/", True, "name"),
    ("", "bộ luật lao động 2012", "van-ban/bo-luat-lao-dong-2012/", True, "name"),
    ("", "luat cong doan 2024", "van-ban/luat-cong-doan-2024/", True, "name"),
    ("", "luat bao hiem xa hoi 2014", "van-ban/luat-bhxh-2014/", True, "name"),
    ("", "ket luan 79", "van-ban/kl-79-kl-tw-2013/", True, "name"),
    ("", "nghi quyet 20", "van-ban/nq-20-nq-tw-2008/", True, "name"),
    ("", "hien phap 2013", "van-ban/hien-phap-2013/", True, "name"),
    ("", "thong bao 77", "van-ban/tb-77-tb-tw-2012/", True, "name"),
    ("", "ke hoach 23", "van-ban/kh-23-kh-tld-2014/", True, "name"),
    ("", "45/2019/QH14", "van-ban/bo-luat-lao-dong-2019/", True, "number"),
    ("", "79-KL/TW", "van-ban/kl-79-kl-tw-2013/", True, "number"),
    ("", "79", "van-ban/kl-79-kl-tw-2013/", True, "number"),
    ("", "2019", "van-ban/bo-luat-lao-dong-2019/", True, "number"),
    ("", "202/2025/QH15", "van-ban/nq-202-2025-qh15/", True, "number"),
    ("", "14/KH-LĐLĐ", "van-ban/kh-14-kh-ldld-2014/", True, "number"),
    ("", "II.3.1", "nhiem-vu/ii-3-1/", True, "number"),
    ("", "BLLĐ", "van-ban/bo-luat-lao-dong-2019/", False, "abbreviation"),
    ("", "blld 2019", "van-ban/bo-luat-lao-dong-2019/", True, "abbreviation"),
    ("", "cdcs", "don-vi/cong-doan-co-so/", True, "abbreviation"),
    ("", "CĐCS", "don-vi/cong-doan-co-so/", True, "abbreviation"),
    ("", "luat bhxh 2024", "van-ban/luat-bhxh-2024/", True, "abbreviation"),
    ("", "ldld tinh", "don-vi/ldld-tinh/", True, "abbreviation"),
    ("", "VGCL", "don-vi/tong-ldld-vn/", True, "abbreviation"),
    ("", "TG-NC", "don-vi/ban-tuyen-giao-nu-cong/", True, "abbreviation"),
    ("", "coong ddoanf cow sowr", "don-vi/cong-doan-co-so/", True, "telex"),
    ("", "thoar uwowcs", "tuyen-truyen/thoa-uoc-lao-dong-tap-the/", False, "telex"),
    ("", "tinhr uyr", "don-vi/tinh-uy/", True, "telex"),
    ("", "booj luaatj lao ddoongj 2019", "van-ban/bo-luat-lao-dong-2019/", True, "telex"),
    ("", "hieens phaps", "van-ban/hien-phap-2013/", True, "telex"),
    ("", "thangs coong nhaan", "van-ban/tb-77-tb-tw-2012/", False, "telex"),
    ("", "co6ng d9oa2n co7 so73", "don-vi/cong-doan-co-so/", True, "vni"),
    ("", "tho3a u7o7c1", "tuyen-truyen/thoa-uoc-lao-dong-tap-the/", False, "vni"),
    ("", "lua6t co6ng d9oa2n 2024", "van-ban/luat-cong-doan-2024/", True, "vni"),
    ("", "nghi5 quye6t1 20", "van-ban/nq-20-nq-tw-2008/", True, "vni"),
    ("", "ke6t1 lua65n 79", "van-ban/kl-79-kl-tw-2013/", True, "vni"),
    ("", "cong doan nagnh", "don-vi/cong-doan-nganh/", True, "typo"),
    ("", "phat trien doan vein", "chuong-trinh/phat-trien-doan-vien-2013-2018/", True, "typo"),
    ("", "thuatt ngu", "thuat-ngu/", True, "typo"),
    ("", "bo luat lao dongg 2019", "van-ban/bo-luat-lao-dong-2019/", True, "typo"),
    ("", "hop nhat quang ngaii", "van-ban/nq-202-2025-qh15/", False, "typo"),
    ("en/", "labour code 2019", "en/van-ban/bo-luat-lao-dong-2019/", True, "english"),
    ("en/", "conclusion 79", "en/van-ban/kl-79-kl-tw-2013/", True, "english"),
    ("en/", "resolution 20", "en/van-ban/nq-20-nq-tw-2008/", True, "english"),
    ("en/", "task II.3.1", "en/nhiem-vu/ii-3-1/", True, "english"),
    ("en/", "trade union law 2024", "en/van-ban/luat-cong-doan-2024/", True, "english"),
    ("en/", "cdcs", "en/don-vi/cong-doan-co-so/", True, "english"),
    ("en/", "labuor code", "en/van-ban/bo-luat-lao-dong-2019/", False, "english"),
    ("en/", "provincial party committee", "en/don-vi/tinh-uy/", True, "english"),
    ("en/", "grasroots unions", "en/don-vi/cong-doan-co-so/", False, "english"),
    ("en/", "social insurance law 2014", "en/van-ban/luat-bhxh-2014/", True, "english"),
]
# (page to search from, what the reader types): results in the reader's language
READERS_QUERIES = [("", "cong doan"), ("en/", "cong doan"), ("en/", "union")]
KEYS = json.loads((ROOT / "tests" / "fixtures" / "search-keys.json").read_text(encoding="utf-8"))


def _result_locations(page, base: str) -> list[str]:
    """The address of each result (without ?h=), once the list stops changing."""
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    previous: list[str] = []
    unchanged = 0
    for _ in range(60):
        hrefs = page.eval_on_selector_all(
            ".md-search-result__item > a:first-child", "els => els.map(a => a.href)"
        )
        current = [href.split("?")[0].split("#")[0].removeprefix(base + "/") for href in hrefs]
        unchanged = unchanged + 1 if current and current == previous else 0
        if unchanged == 4:  # the same for 0.8 s: the last keystroke's results
            return current
        previous = current
        time.sleep(0.2)
    return previous


def _type(page, site_server: str, start: str, query: str) -> None:
    page.goto(f"{site_server}/{start}")
    page.click("input[name=query]")
    page.keyboard.type(query)


def _search(page, site_server: str, start: str, query: str) -> list[str]:
    _type(page, site_server, start, query)
    return _result_locations(page, site_server)


class Settling:
    """_result_locations for one page among others, one step per call of `step`."""

    def __init__(self, page, base: str, query: str):
        self.page, self.base, self.query = page, base, query
        self.deadline = time.monotonic() + 10  # as wait_for_selector(timeout=10_000)
        self.shown = False
        self.previous: list[str] = []
        self.unchanged = 0
        self.steps = 0

    def step(self) -> list[str] | Exception | None:
        """The results once they are settled (or the error), None while they are not."""
        if not self.shown:
            self.shown = self.page.is_visible(".md-search-result__item")
            if not self.shown:
                if time.monotonic() > self.deadline:
                    return TimeoutError(f"no result for {self.query!r} shown within 10 s")
                return None
        hrefs = self.page.eval_on_selector_all(
            ".md-search-result__item > a:first-child", "els => els.map(a => a.href)"
        )
        base = self.base
        current = [href.split("?")[0].split("#")[0].removeprefix(base + "/") for href in hrefs]
        self.unchanged = self.unchanged + 1 if current and current == self.previous else 0
        self.steps += 1
        if self.unchanged == 4:  # the same for 0.8 s: the last keystroke's results
            return current
        self.previous = current
        return self.previous if self.steps == 60 else None


def search_all(browser, site_server: str, searches: list[tuple[str, str]]) -> dict:
    """(start, query) → the addresses found (or the error), typed in TABS pages at once."""
    # A context each: pages of one context may share one renderer process, and its one
    # thread would run their searches one after the other.
    contexts = [
        browser.new_context(viewport={"width": 1280, "height": 800})
        for _ in range(min(TABS, len(searches)))
    ]
    waiting, found, busy = list(searches), {}, {}
    idle = [context.new_page() for context in contexts]
    try:
        while waiting or busy:
            while idle and waiting:
                page, (start, query) = idle.pop(), waiting.pop(0)
                _type(page, site_server, start, query)
                busy[page] = ((start, query), Settling(page, site_server, query))
            time.sleep(0.2)
            for page, (search, settling) in list(busy.items()):
                result = settling.step()
                if result is not None:
                    found[search] = result
                    del busy[page]
                    idle.append(page)
    finally:
        for context in contexts:
            context.close()
    return found


@pytest.fixture(scope="module")
def found(browser, site_server):
    searches = [(start, query) for start, query, *_ in QUERIES + NAMED_QUERIES]
    results = search_all(browser, site_server, list(dict.fromkeys(searches + READERS_QUERIES)))

    def get(start: str, query: str) -> list[str]:
        if isinstance(results[start, query], Exception):
            raise results[start, query]
        return results[start, query]

    return get


@pytest.fixture(scope="module")
def search_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize(("start", "query", "expected"), QUERIES, ids=[q for _, q, _ in QUERIES])
def test_query_finds_the_page(found, start, query, expected):
    found = found(start, query)
    assert expected in found[:TOP], f"{query!r} from /{start}: first results {found[:TOP]}"


@pytest.mark.parametrize(
    ("start", "query", "expected", "named", "kind"),
    NAMED_QUERIES,
    ids=[f"{kind}: {q}" for _, q, _, _, kind in NAMED_QUERIES],
)
def test_query_finds_the_entry(found, start, query, expected, named, kind):
    found = found(start, query)
    if named:
        assert found[:1] == [expected], f"{query!r} from /{start}: first results {found[:3]}"
    else:
        assert expected in found[:3], f"{query!r} from /{start}: first results {found[:3]}"


@pytest.mark.parametrize(("start", "query"), READERS_QUERIES)
def test_results_are_in_the_readers_language(found, start, query):
    found = found(start, query)
    assert found, query
    if start == "en/":
        assert all(location.startswith("en/") for location in found), found
    else:
        assert not any(location.startswith("en/") for location in found), found


def test_query_without_marks_is_highlighted_in_the_results(search_page, site_server):
    _search(search_page, site_server, "", "cong doan co so")
    marks = search_page.eval_on_selector_all("mark", "els => els.map(e => e.textContent)")
    folded = {fold(word) for mark in marks for word in words(mark)}
    assert {"cong", "doan"} <= folded, marks


@pytest.mark.parametrize(
    ("typed", "word"), [("cơ", "cơ"), ("có", "có"), ("cow", "cơ"), ("co1", "có")]
)
def test_exact_spelling_ranks_first(search_page, site_server, typed, word):
    """Typed with marks, or with Telex or VNI keys (and finished with a space), "cơ" and
    "có" find their own spelling first, although both fold to "co"."""
    _search(search_page, site_server, "", typed + " ")
    first = search_page.eval_on_selector_all(
        ".md-search-result__item:first-child mark", "els => els.map(e => e.textContent)"
    )
    assert first and all(tone_key(w) == tone_key(word) for w in first), first


def test_worker_reads_telex_and_vni_keys_as_the_words_meant(search_page, site_server):
    """The table of tests/fixtures/search-keys.json, through the worker's own code: every
    spelling, in both schemes, reads as its word (compared by tone key, as the index is)."""
    search_page.goto(f"{site_server}/404.html")
    search_page.add_script_tag(url=f"{site_server}/assets/search.js")
    read = search_page.evaluate(
        """rows => { const t = window.__plansiteSearchText;
        return rows.map(r => [r.telex.map(k => t.telex(t.words(k)[0])),
                              r.vni.map(k => t.vni(t.words(k)[0]))]); }""",
        KEYS["words"],
    )
    wrong = []
    for row, (telex, vni) in zip(KEYS["words"], read, strict=True):
        for typed, got in zip(row["telex"] + row["vni"], telex + vni, strict=True):
            if got is None or tone_key(got) != tone_key(row["word"]):
                wrong.append((typed, got, row["word"]))
    assert not wrong
    # Numbers, codes and words of the index are not read as keys.
    kept = search_page.evaluate(
        """() => { const t = window.__plansiteSearchText;
        return ["2019", "qh14", "kl", "79", "tw", "json"].map(w => [t.telex(w), t.vni(w)]); }"""
    )
    assert kept == [[None, None]] * 6


def test_one_edit_apart(search_page, site_server):
    search_page.goto(f"{site_server}/404.html")
    search_page.add_script_tag(url=f"{site_server}/assets/search.js")
    pairs = [
        ("nganh", "nagnh", True),
        ("nganh", "ngan", True),
        ("nganh", "nganhh", True),
        ("nganh", "nganx", True),
        ("nganh", "ngnah", True),
        ("nganh", "nhanh", True),
        ("nganh", "naghn", False),
        ("nganh", "nga", False),
        ("doan", "doanhh", False),
    ]
    got = search_page.evaluate(
        "pairs => pairs.map(p => window.__plansiteSearchText.oneEdit(p[0], p[1]))", pairs
    )
    assert got == [ok for _, _, ok in pairs]


def test_nothing_of_the_index_nor_the_worker_is_downloaded_before_searching(
    browser, site_server, built_site
):
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site_server}/ke-hoach/")
    page.wait_for_load_state("networkidle")
    search_files = [url.removeprefix(site_server + "/") for url in requested if "search" in url]
    assert not [f for f in search_files if "/t/" in f or "/p/" in f], search_files
    budget = 0
    for name in search_files:
        body = (built_site / name.split("?")[0]).read_bytes()
        budget += len(gzip.compress(body))
    assert budget <= 60 * 1024, f"search adds {budget} bytes gzip before searching: {search_files}"
    assert not [
        f for f in search_files if f.startswith(("assets/search.js", "assets/search-worker"))
    ], f"the search engine or its worker is loaded before the reader searches: {search_files}"
    page.click("input[name=query]")
    page.keyboard.type("cong doan")
    assert _result_locations(page, site_server), "no result"
    assert any("assets/search-worker.js?lang=vi" in url for url in requested), (
        "the first query did not start our search worker"
    )
    context.close()


def test_worker_cuts_and_folds_words_like_the_index(search_page, site_server):
    plan = (ROOT / "docs" / "ke-hoach" / "index.md").read_text(encoding="utf-8")
    text = plan + " Thoả hoà uỷ ðoàn ĐỒNG " + unicodedata.normalize(NFD, "Người lao động")
    search_page.goto(f"{site_server}/404.html")
    search_page.add_script_tag(url=f"{site_server}/assets/search.js")
    in_js = search_page.evaluate(
        """text => { const t = window.__plansiteSearchText; const w = t.words(text);
        return [w, w.map(t.fold), w.map(t.toneKey), w.map(x => t.shardKey(t.fold(x)))]; }""",
        text,
    )
    from plansite.search.index import shard_key

    expected = words(text)
    assert in_js[0] == expected
    assert in_js[1] == [fold(w) for w in expected]
    assert in_js[2] == [tone_key(w) for w in expected]
    assert in_js[3] == [shard_key(fold(w)) for w in expected]


def test_search_works_from_the_file_system(browser, built_site):
    """The offline copy: opened with file://, where a page cannot start a worker."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((built_site / "index.html").as_uri())
    page.click("input[name=query]")
    page.keyboard.type("cong doan co so")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    titles = page.eval_on_selector_all(
        ".md-search-result__item h1", "els => els.map(e => e.textContent)"
    )
    assert "Công đoàn cơ sở" in titles, titles
    assert not errors, errors
    context.close()


def test_pasted_text_is_searched(search_page, site_server):
    """A paste (or a phone keyboard's suggestion) changes the box without a key release."""
    search_page.goto(f"{site_server}/")
    search_page.click("input[name=query]")
    search_page.fill("input[name=query]", "Thỏa ước lao động tập thể")
    found = _result_locations(search_page, site_server)
    assert "tuyen-truyen/thoa-uoc-lao-dong-tap-the/" in found[:TOP], found
