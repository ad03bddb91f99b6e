"""Tests of the built site (strict MkDocs build): pages in both languages, the plan, links, cards."""

from __future__ import annotations

import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from plansite.generate import check
from plansite.paths import Paths
from tests.project import ROOT

pytestmark = pytest.mark.build
NUMBER = re.compile(r"\d{1,3}(?:/\d{4})?[-/][A-ZĐ][A-Za-zĐ]*(?:[-/][A-ZĐ][A-Za-zĐ0-9]*)+")


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


def read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


class Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.scripts: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        self._in_ld = tag == "script" and attributes.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_ld:
            self.scripts.append(data)
            self._in_ld = False


def parse(html: str) -> Ids:
    parser = Ids()
    parser.feed(html)
    return parser


def contract_anchors() -> list[str]:
    lines = (ROOT / "tests" / "contracts" / "anchors.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_every_generated_page_exists_in_both_languages(built_site, index):
    pages = (
        [f"nhiem-vu/{x}" for x in index.tasks]
        + [f"don-vi/{x}" for x in index.orgs]
        + [f"van-ban/{x}" for x in index.docs]
        + [f"chuong-trinh/{x}" for x in index.programmes]
        + [
            "",
            "ke-hoach",
            "nhiem-vu",
            "don-vi",
            "van-ban",
            "chuong-trinh",
            "phong-trao",
            "moc-thoi-gian",
            "hien-trang",
            "thuat-ngu",
            "lich",
            "du-lieu",
            "tuyen-truyen",
        ]
    )
    missing = [
        p
        for p in pages
        for lang in ("", "en/")
        if not (built_site / lang / p / "index.html").is_file()
    ]
    assert not missing


def test_published_anchors_exist_in_both_languages(built_site):
    for lang in ("", "en/"):
        ids = parse(read(built_site, f"{lang}ke-hoach")).ids
        missing = [a for a in contract_anchors() if a not in ids]
        assert not missing, f"/{lang}ke-hoach/ lacks {missing}"


def test_plan_page_holds_every_task_text_verbatim(built_site, index):
    html = unicodedata.normalize("NFC", read(built_site, "ke-hoach"))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    text = re.sub(r" #[a-z0-9-]+ ", " ", text)
    for task in index.tasks.values():
        words = task.text.vi.split()
        probe = " ".join(words[:12])
        assert probe.replace("&", "&amp;") in text or probe in text, task.id


def test_plan_paragraph_links_are_visible_on_every_anchored_block(built_site):
    html = read(built_site, "ke-hoach")
    for anchor in ("ii-1-3", "iii-3-1", "i-2", "loi-ket"):
        assert f'<a class="para-link" href="#{anchor}">#{anchor}</a>' in html, anchor


def test_no_resource_is_loaded_from_another_host(built_site):
    pattern = re.compile(
        r"""(?:src|srcset)\s*=\s*["']\s*(?:https?:)?//|<link[^>]+href=["'](?:https?:)?//"""
    )
    offenders = []
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for match in pattern.finditer(html):
            snippet = html[match.start() : match.start() + 120]
            if (
                'rel="canonical"' in snippet
                or "hreflang" in snippet
                or 'rel="alternate"' in snippet
            ):
                continue
            offenders.append(f"{page.relative_to(built_site)}: {snippet}")
    for sheet in built_site.rglob("*.css"):
        if re.search(r"url\(\s*['\"]?(?:https?:)?//", sheet.read_text(encoding="utf-8")):
            offenders.append(str(sheet.relative_to(built_site)))
    assert not offenders, offenders[:5]


def test_every_card_shows_its_certainty_and_json_ld(built_site, index):
    for doc in index.docs.values():
        for lang in ("", "en/"):
            html = read(built_site, f"{lang}van-ban/{doc.id}")
            assert f"certainty-{doc.certainty.value}" in html, doc.id
            scripts = parse(html).scripts
            assert scripts, f"{doc.id}: no JSON-LD"
            data = json.loads(scripts[0])
            assert data["@type"] == "Legislation"
            assert data["legislationDateVersion"] == index.as_of.isoformat()
            if doc.number and doc.certainty_of("number").value in ("plan", "checked"):
                assert data["legislationIdentifier"] == doc.number


def test_superseded_documents_link_to_their_successor_and_back(built_site, index):
    for doc in index.docs.values():
        for old in doc.relations.replaces:
            old_html = read(built_site, f"van-ban/{old}")
            new_html = read(built_site, f"van-ban/{doc.id}")
            assert f'href="../{doc.id}/"' in old_html, (old, doc.id)
            assert f'href="../{old}/"' in new_html, (doc.id, old)


def test_every_document_number_in_the_plan_has_a_card():
    plan = unicodedata.normalize(
        "NFC", (ROOT / "docs" / "ke-hoach" / "index.md").read_text("utf-8")
    )
    documents = yaml.safe_load((ROOT / "data" / "documents.yml").read_text(encoding="utf-8"))
    known = [d["number"] for d in documents if d["number"]]
    known += [m for d in documents for m in d["mentions"]]
    numbers = set(NUMBER.findall(plan))
    assert {"79-KL/TW", "04/KH-LĐLĐ", "23/KH-TLĐ", "50-CTr/TU"} <= numbers
    missing = [n for n in numbers if not any(n in k for k in known)]
    assert not missing, f"document numbers in the plan without a card: {missing}"


def test_calendars_and_data_are_published(built_site):
    assert (built_site / "lich" / "ke-hoach.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    english = (built_site / "en" / "lich" / "ke-hoach.ics").read_text(encoding="utf-8")
    assert "Workers' Month" in english
    json.loads((built_site / "du-lieu" / "ke-hoach.json").read_text(encoding="utf-8"))
