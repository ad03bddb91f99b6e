"""The real plan's pictures (plansite.diagrams on the repository's data): its relations of
every kind, statuses and ended federations; the code's unit tests, the bounds on a big site's
lists among them, run on the small plan (unit/diagrams/test_diagrams.py).
"""

from __future__ import annotations

import re

import pytest

from plansite.diagrams import relations, reporting, svg
from plansite.generate import check, render_language
from plansite.language import LANGS, WORDS
from plansite.paths import Paths
from plansite.status import Status
from tests.outputs import arrows, picture_link_check, written_relations
from tests.project import ROOT


@pytest.fixture(scope="module")
def index():
    return check(Paths(ROOT)).index


@pytest.fixture(scope="module")
def pages(index) -> dict[str, str]:
    return {**render_language(index, "vi"), **render_language(index, "en")}


def test_the_data_has_relations_of_every_kind(index):
    kinds = {rel for rel, _, _ in written_relations(index)}
    assert kinds == {"implements", "based_on", "replaces", "amends", "programme"}


def test_a_card_shows_one_step_each_way_and_nothing_else(index):
    doc = index.docs["luat-cong-doan-2024"]
    card = relations.card_figure(index, doc, "en")
    assert arrows(card) == {
        ("replaces", "luat-cong-doan-2024", "luat-cong-doan-2012"),
        ("amends", "luat-97-2025-qh15", "luat-cong-doan-2024"),
    }
    assert 'href="luat-cong-doan-2012.md"' in card and 'href="luat-97-2025-qh15.md"' in card
    assert 'href="#thong-tin"' in card, "the document itself links to its details"
    assert relations.card_figure(index, index.docs["tb-77-tb-tw-2012"], "vi") == ""


def test_status_is_written_and_drawn(index):
    chain = relations.chain_figure(index, "vi")
    superseded = [d for d in index.docs if index.status[d].status == Status.superseded]
    assert superseded, "the data has replaced laws"
    picture = chain.split("</svg>")[0]
    assert picture.count('class="dg-b dg-st-superseded"') == len(superseded)
    assert picture.count('class="dg-s">đã bị thay thế</text>') == len(superseded)
    assert 'class="dg-b dg-st-amended"' in chain and "đã được sửa đổi" in chain
    written = [s for s in Status if s != Status.no_known_change]  # shown by the border only
    longest = max(len(WORDS[lang][f"dg_st_{s.value}"]) for s in written for lang in LANGS)
    room = relations.CARD_W - 2 * relations.PAD - 4 * 10 * svg.CHAR_EM * svg.BOLD  # beside the year
    assert longest * 10 * svg.CHAR_EM <= room, "a status word would not fit"
    # the legend names every status the picture draws, in words
    for status in ("superseded", "amended", "in_force", "ended"):
        assert (
            f'<rect x="2" y="2" width="24" height="10" rx="2" class="dg-b dg-st-{status}"/>'
            in chain
        )


def test_ended_organisations_are_drawn_as_ended_with_their_successor(index):
    figure = reporting.reporting_figure(index, "vi")
    ended = [o for o in index.orgs if index.ended(o) and (o in figure)]
    assert {"ldld-tinh", "ldld-huyen"} <= set(ended)
    for org_id in ended:
        box = re.search(rf'<a href="{org_id}.md" class="dg-node">.*?</a>', figure).group(0)
        assert "dg-org-ended" in box and "đã kết thúc" in box, org_id
    assert ("successor", "ldld-tinh", "ldld-quang-ngai") in arrows(figure)
    assert "dg-org-ended" not in re.search(r'<a href="ldld-quang-ngai.md".*?</a>', figure).group(0)
    assert "trước ngày 15 tháng 11" in figure, "the deadline of the yearly report"


def test_every_link_of_every_picture_leads_to_a_generated_page(pages):
    with_pictures, broken, checked = picture_link_check(pages)
    assert {"van-ban/index.md", "moc-thoi-gian/index.md", "don-vi/index.md"} <= set(with_pictures)
    assert "van-ban/luat-cong-doan-2024.en.md" in with_pictures
    assert broken == []
    assert checked > 100
