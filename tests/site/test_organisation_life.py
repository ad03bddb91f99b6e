"""Organisations have a life: an end, a successor, a start; pages and checklists say so.

Render stage (render.organisations, render.checklists, render.timeline) on the built site,
in both languages; the index computes `ended` as of the status date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from plansite.crossref import build_index
from plansite.generate import check
from plansite.paths import Paths
from tests.project import ROOT

LANGS = {"vi": "", "en": "en/"}


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


def page(site: Path, lang: str, *parts: str) -> str:
    return (site / LANGS[lang] / Path(*parts) / "index.html").read_text(encoding="utf-8")


def test_ended_is_computed_as_of_the_status_date(index):
    assert not build_index(index.data, dt.date(2025, 6, 30)).ended("ldld-tinh")
    assert build_index(index.data, dt.date(2025, 7, 1)).ended("ldld-tinh")
    # A year alone counts from its first day: no duty is promised in a year it may have ended.
    assert build_index(index.data, dt.date(2025, 1, 1)).ended("ldld-huyen")
    assert not build_index(index.data, dt.date(2024, 12, 31)).ended("ldld-huyen")
    assert not index.ended("cong-doan-co-so")


@pytest.mark.parametrize(
    ("lang", "ended", "unknown"),
    [
        ("vi", "Đã kết thúc hoạt động", "Chưa rõ đơn vị nào nhận lại công việc"),
        ("en", "No longer exists", "It is not known who took over its work"),
    ],
)
def test_district_federations_open_with_an_ended_banner(built_site, lang, ended, unknown):
    html = page(built_site, lang, "don-vi", "ldld-huyen")
    first = html[html.index("<h1") :]
    banner = first[: first.index("</div>")]
    assert 'class="admonition warning"' in banner and ended in banner and "2025" in banner
    assert unknown in first[:6000]
    assert "laodongdoanthe.vn" in html  # its source, linked


@pytest.mark.parametrize("lang", LANGS)
def test_kon_tum_federation_names_its_successor(built_site, lang):
    html = page(built_site, lang, "don-vi", "ldld-tinh")
    head = html[html.index("<h1") :][:5000]
    assert "../ldld-quang-ngai/" in head
    assert ("01/07/2025" if lang == "vi" else "1 July 2025") in head


@pytest.mark.parametrize(
    ("lang", "name", "took_over"),
    [
        ("vi", "Liên đoàn Lao động tỉnh Quảng Ngãi", "Nhận lại công việc của"),
        ("en", "Quảng Ngãi Provincial Labour Federation", "Took over the work of"),
    ],
)
def test_quang_ngai_federation_has_its_own_page(built_site, lang, name, took_over):
    html = page(built_site, lang, "don-vi", "ldld-quang-ngai")
    assert name in html and took_over in html and "../ldld-tinh/" in html
    assert "nld.com.vn" in html and "news.laodong.vn" in html


def test_a_body_formed_after_the_plan_gets_none_of_its_duties(built_site, index):
    """The plan addressed 'every level' in 2014; the merged federation is not one of them."""
    assert "ldld-quang-ngai" not in index.duties_by_org
    assert not (built_site / "lich" / "ldld-quang-ngai.ics").exists()
    assert index.duties_by_org["ldld-tinh"]  # the levels the plan addressed keep theirs


@pytest.mark.parametrize(
    ("lang", "history", "partly"),
    [
        ("vi", "Bảng kiểm này là tư liệu lịch sử", "Một số đơn vị của cấp này đã kết thúc"),
        ("en", "This checklist is history", "Some organisations of this level have ended"),
    ],
)
def test_checklists_of_ended_organisations_are_marked_history(built_site, lang, history, partly):
    assert history in page(built_site, lang, "bang-kiem", "cap-tinh")
    district = page(built_site, lang, "bang-kiem", "cap-tren-co-so")
    assert partly in district and "../../don-vi/ldld-huyen/" in district
    assert history not in page(built_site, lang, "bang-kiem", "co-so")


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_shows_the_ends(built_site, lang):
    html = page(built_site, lang, "moc-thoi-gian")
    year = html[html.index('id="nam-2025"') :]
    assert "../don-vi/ldld-huyen/" in year and "../don-vi/ldld-tinh/" in year


@pytest.mark.parametrize(
    ("lang", "words"),
    [("vi", "cấp nào còn, trang nào là tư liệu lịch sử"), ("en", "which levels still exist")],
)
def test_home_page_says_which_levels_exist_now(built_site, index, lang, words):
    html = page(built_site, lang)
    assert words in html
    for org in index.orgs.values():
        if index.ended(org.id):
            assert f"don-vi/{org.id}/" in html, org.id
        if org.start_date and not index.ended(org.id):
            assert f"don-vi/{org.id}/" in html, org.id
