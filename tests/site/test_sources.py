"""Sources as data (data/sources.yml), cited by every checked value, on the built site.

Index and render stages: render.sources numbers a page's citations and lists them;
cards, organisation pages and /hien-trang/ show them with working links."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from plansite import model as m
from plansite.crossref import build_index
from plansite.generate import check
from plansite.paths import Paths
from plansite.status import Status
from tests.project import ROOT

PLACEHOLDER = ("Checked against public sources", "Đã đối chiếu với nguồn công khai")
LANGS = {"vi": "", "en": "en/"}


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


class Links(HTMLParser):
    """The href of every link, and the ids of the elements, of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def parsed(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def card(site: Path, lang: str, doc_id: str) -> Path:
    return site / LANGS[lang] / "van-ban" / doc_id / "index.html"


def test_placeholder_sentence_is_gone_from_data_and_pages(built_site):
    for path in (ROOT / "data").glob("*.yml"):
        text = path.read_text(encoding="utf-8")
        assert not any(p in text for p in PLACEHOLDER), path.name
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not any(p in text for p in PLACEHOLDER), page.relative_to(built_site)


def test_every_source_address_is_a_web_address(index):
    for source in index.sources.values():
        assert source.url is None or re.match(r"https?://[^\s]+$", source.url), source.id


@pytest.mark.parametrize("lang", LANGS)
def test_every_checked_field_cites_a_source_that_the_card_links(built_site, index, lang):
    for doc in index.docs.values():
        cited = {
            source
            for name in m.DOCUMENT_FIELDS_WITH_CERTAINTY
            if doc.certainty_of(name) == m.Certainty.checked
            for source in doc.sources_of(name)
        }
        cited |= {s for variants in doc.variants.values() for v in variants for s in v.sources}
        page = parsed(card(built_site, lang, doc.id))
        for source_id in cited:
            source = index.sources[source_id]
            assert f"nguon-{source_id}" in page.ids, (doc.id, source_id)
            assert f"#nguon-{source_id}" in page.hrefs, (doc.id, source_id)
            assert source.url in page.hrefs or source.url is None, (doc.id, source_id)
        checked = [
            n
            for n in m.DOCUMENT_FIELDS_WITH_CERTAINTY
            if doc.certainty_of(n) == m.Certainty.checked
        ]
        assert not checked or cited, f"{doc.id}: checked {checked} without a source"


def test_a_source_lists_publisher_title_site_and_language(built_site):
    html = card(built_site, "en", "luat-cong-doan-2024").read_text(encoding="utf-8")
    assert "Lao động Thủ đô: «Quốc hội thông qua Luật Công đoàn (sửa đổi)»" in html
    assert "tacnghiep.laodongthudo.vn" in html and "in Vietnamese" in html
    assert 'hreflang="en"' in html  # LuatVietnam's English page


@pytest.mark.parametrize(
    ("lang", "plan_says", "source_says", "badge"),
    [
        ("vi", "25/11/2013 (theo kế hoạch)", "25/12/2013 (theo", "nguồn khác nhau"),
        (
            "en",
            "25 November 2013 (as stated in the plan)",
            "25 December 2013 (according to",
            "sources differ",
        ),
    ],
)
def test_conclusion_79_shows_both_dates_with_their_sources(
    built_site, lang, plan_says, source_says, badge
):
    html = card(built_site, lang, "kl-79-kl-tw-2013").read_text(encoding="utf-8")
    assert plan_says in html and source_says in html
    assert f'certainty-differs">{badge}<' in html
    assert "Luật Minh Khuê" in html
    assert "no public source has confirmed" not in html


def test_the_plan_text_keeps_its_own_date(built_site):
    plan = (built_site / "ke-hoach" / "index.html").read_text(encoding="utf-8")
    assert "Kết luận số 79-KL/TW, ngày 25/11/2013" in plan


def test_json_export_gives_every_value_and_its_sources(built_site):
    data = json.loads((built_site / "du-lieu" / "ke-hoach.json").read_text(encoding="utf-8"))
    kl79 = next(d for d in data["documents"] if d["id"] == "kl-79-kl-tw-2013")
    assert kl79["certainty_by_field"]["issue_date"] == "differs"
    assert [(v["value"], v["certainty"], v["sources"]) for v in kl79["variants"]["issue_date"]] == [
        ("2013-11-25", "plan", []),
        ("2013-12-25", "checked", ["s1"]),
    ]
    s1 = next(s for s in data["sources"] if s["id"] == "s1")
    assert s1["url"].startswith("https://luatminhkhue.vn/")
    assert data["document_status"]["luat-cong-doan-2024"]["amended_by"] == ["luat-97-2025-qh15"]


@pytest.mark.parametrize(
    ("doc", "amender", "before", "on"),
    [
        ("luat-cong-doan-2024", "luat-97-2025-qh15", "2025-06-30", "2025-07-01"),
        ("hien-phap-2013", "nq-203-2025-qh15", "2025-06-15", "2025-06-16"),
    ],
)
def test_amended_from_the_amendment_day(index, doc, amender, before, on):
    earlier = build_index(index.data, dt.date.fromisoformat(before)).status[doc]
    later = build_index(index.data, dt.date.fromisoformat(on)).status[doc]
    assert earlier.status in (Status.in_force, Status.pending)
    assert later.status == Status.amended and later.by == (amender,)
    assert amender not in earlier.by
    assert index.amended_by(doc) == [amender]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("vi", "Văn bản này vẫn có hiệu lực nhưng đã được sửa đổi, bổ sung"),
        ("en", "This document is still in force but has been amended"),
    ],
)
def test_amended_documents_carry_a_banner_with_the_amendment_and_its_date(built_site, lang, words):
    for doc_id, amender, date in (
        ("luat-cong-doan-2024", "luat-97-2025-qh15", ("01/07/2025", "1 July 2025")),
        ("hien-phap-2013", "nq-203-2025-qh15", ("16/06/2025", "16 June 2025")),
    ):
        html = card(built_site, lang, doc_id).read_text(encoding="utf-8")
        banner = html[html.index('class="admonition info"') :][:2000]
        assert words in banner, doc_id
        assert f"../{amender}/" in banner, doc_id
        assert date[lang == "en"] in banner, doc_id


@pytest.mark.parametrize("lang", LANGS)
def test_changes_page_lists_sourced_changes_newest_first(built_site, index, lang):
    html = (built_site / LANGS[lang] / "hien-trang" / "index.html").read_text(encoding="utf-8")
    table = html[html.index("<table") : html.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    assert len(rows) >= 15
    for row in rows:
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        assert "<a " in cells[3] or "certainty-plan" in cells[2], cells
    for source_id in ("s6", "s11", "s14", "s15", "s17"):
        assert index.sources[source_id].url in html, source_id
    years = [int(y) for y in re.findall(r"<td>(?:[^<]*?)(\d{4})</td>", table)]
    assert years == sorted(years, reverse=True)
