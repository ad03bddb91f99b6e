"""Tests of the pictures drawn from the data (plansite.diagrams), without a browser, on the
small plan (the real plan's pictures: content/test_diagrams.py).

Every relation of documents.yml and programmes.yml is an arrow of the /van-ban/ picture and
of both cards it joins; every reporting line of organisations.yml is an arrow of /don-vi/;
every link of a picture leads to a generated page; two renders are the same bytes; the
English pictures hold no Vietnamese label; nothing in them needs a script or another host;
on the small plan grown to a big site's lists (`big`), each picture is bounded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from plansite.crossref import build_index
from plansite.diagrams import layered, links, relations, reporting, timeline
from plansite.generate import render_language
from plansite.language import WORDS
from tests.outputs import arrows, picture_link_check, written_relations


@pytest.fixture(scope="module")
def index(small_index):
    return small_index


@pytest.fixture(scope="module")
def big(index):
    """The small plan grown to a big site's lists: COPIES more company unions reporting to the
    sector union, and COPIES more lineages of its two circulars (each a later one replacing an
    earlier one), apart from the plan's own chain."""
    data = index.data
    company = next(o for o in data.organisations if o.id == "cong-doan-cong-ty-mau")
    first, later = (
        next(d for d in data.documents if d.id == i) for i in ("cv-mau-2020", "cv-mau-2025")
    )
    unions, documents = [], []
    for n in range(1, COPIES + 1):
        unions.append(company.model_copy(update={"id": f"{company.id}-{n}"}))
        old = first.model_copy(update={"id": f"{first.id}-{n}"})
        replaces = later.relations.model_copy(update={"replaces": [old.id]})
        documents += [
            old,
            later.model_copy(update={"id": f"{later.id}-{n}", "relations": replaces}),
        ]
    grown = dataclasses.replace(
        data,
        organisations=data.organisations + tuple(unions),
        documents=data.documents + tuple(documents),
    )
    return build_index(grown, index.as_of)


COPIES = 6


@pytest.fixture(scope="module")
def pages(index) -> dict[str, str]:
    return {**render_language(index, "vi"), **render_language(index, "en")}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_relation_is_an_arrow_of_the_chain(index, lang):
    drawn = arrows(relations.chain_figure(index, lang))
    assert written_relations(index) - drawn == set()
    assert drawn - written_relations(index) == set(), "an arrow the data does not have"


def test_every_relation_is_an_arrow_on_both_cards(index):
    for rel, source, target in written_relations(index):
        if rel == "programme":
            continue
        for doc_id in (source, target):
            card = relations.card_figure(index, index.docs[doc_id], "vi")
            assert (rel, source, target) in arrows(card), (doc_id, rel, source, target)


def reporting_hosts(index):
    """Each reporting line as the picture draws it: an office that reports go through is
    drawn inside the body it belongs to."""
    vias = {o.reports_via for o in index.orgs.values() if o.reports_via}

    def host(org_id):
        parent = index.orgs[org_id].parent
        return parent if org_id in vias and parent else org_id

    return {
        ("reports", host(o.id), host(target))
        for o in index.orgs.values()
        for target in o.reports_to
        if host(o.id) != host(target)
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_reporting_line_is_an_arrow(index, lang):
    figure = reporting.reporting_figure(index, lang)
    drawn = arrows(figure)
    assert reporting_hosts(index) <= drawn
    for org in index.orgs.values():  # every body that reports, and every office, has a box
        for org_id in (*([org.id] if org.reports_to else []), *org.reports_to):
            assert f'href="{org_id}.md"' in figure, org_id
        if org.reports_via:
            assert f'href="{org.reports_via}.md"' in figure


def test_timeline_draws_every_dated_document_programme_and_change(index):
    figure = timeline.timeline_figure(index, "vi", {"2025": "#nam-2025"})
    for doc in index.docs.values():
        if doc.issue_date or doc.effective_date:
            assert f'href="../van-ban/{doc.id}.md"' in figure, doc.id
    for programme in index.programmes:
        assert f'href="../chuong-trinh/{programme}.md"' in figure
    changes = [e for e in index.events.values() if e.date]
    assert changes and figure.count('class="dg-mk-change"') >= len(changes)
    assert 'href="#nam-2025"' in figure
    assert "Tính đến " in figure and index.as_of.strftime("%d/%m/%Y") in figure


def test_the_today_line_follows_status_as_of(index):
    def today_x(as_of):
        moved = build_index(index.data, as_of)
        figure = timeline.timeline_figure(moved, "en", {})
        return int(re.search(r'<line x1="(\d+)"[^>]*class="dg-today"', figure).group(1))

    assert today_x(dt.date(2026, 1, 1)) - today_x(dt.date(2025, 1, 1)) == timeline.YEAR_W


def test_a_later_date_than_today_stays_on_the_axis(index):
    figure = timeline.timeline_figure(build_index(index.data, dt.date(2020, 1, 2)), "vi", {})
    width = int(re.search(r'viewBox="0 0 (\d+) ', figure).group(1))
    xs = [int(x) for x in re.findall(r'<circle cx="(\d+)"', figure)]
    assert max(xs) < width and "2025" in figure


def test_pictures_are_the_same_bytes_every_time(index):
    def draw():
        return [
            relations.chain_figure(index, "vi"),
            relations.card_figure(index, index.docs["cv-mau-2025"], "en"),
            timeline.timeline_figure(index, "vi", {}),
            reporting.reporting_figure(index, "en"),
        ]

    first = draw()
    assert draw() == first
    for markup in first:
        assert "style=" not in markup and "<style" not in markup and "<script" not in markup
        assert re.findall(r"https?://[^\"]+", markup) == ["http://www.w3.org/2000/svg"]
        assert not re.search(r'(?:x|y|width|height)="-?\d+\.\d', markup), "fractional coordinates"
        assert "<title id=" in markup and "<desc id=" in markup


def test_english_pictures_hold_no_vietnamese_label(index):
    english = "".join(
        [
            relations.chain_figure(index, "en"),
            timeline.timeline_figure(index, "en", {}),
            reporting.reporting_figure(index, "en"),
        ]
    )
    vi, en = WORDS["vi"], WORDS["en"]
    labels = [vi[key] for key in vi if key.startswith("dg_") and vi[key] != en[key]]
    found = [vi for vi in labels if re.search(rf"(?<!\w){re.escape(vi)}(?!\w)", english)]
    assert found == []
    assert "Drawn timeline" in english and "Reporting lines" in english


def test_the_small_plans_relations_and_reporting_line_are_drawn(index):
    assert written_relations(index) == {
        ("based_on", "ke-hoach-mau", "cv-mau-2020"),
        ("replaces", "cv-mau-2025", "cv-mau-2020"),
        ("programme", "ke-hoach-mau", "p:chuong-trinh-mau-2026-2030"),
    }
    card = relations.card_figure(index, index.docs["cv-mau-2020"], "en")
    assert arrows(card) == {
        ("based_on", "ke-hoach-mau", "cv-mau-2020"),
        ("replaces", "cv-mau-2025", "cv-mau-2020"),
    }
    assert 'href="#thong-tin"' in card, "the document itself links to its details"
    chain = relations.chain_figure(index, "vi").split("</svg>")[0]
    assert chain.count('class="dg-b dg-st-superseded"') == 1
    assert ("reports", "cong-doan-cong-ty-mau", "cong-doan-nganh-mau") in arrows(
        reporting.reporting_figure(index, "en")
    )


def test_every_link_of_every_picture_leads_to_a_generated_page(pages):
    with_pictures, broken, checked = picture_link_check(pages)
    assert {"van-ban/index.md", "moc-thoi-gian/index.md", "don-vi/index.md"} <= set(with_pictures)
    assert "van-ban/cv-mau-2020.en.md" in with_pictures
    assert broken == []
    assert checked > 20


# --- the layout and the links --------------------------------------------------------


def test_layout_keeps_boxes_apart_and_routes_long_edges_through_the_gaps():
    nodes = ["a", "b", "c", "d", "e"]
    sizes = {n: (100, 40) for n in nodes}
    edges = [("a", "b"), ("b", "c"), ("a", "c"), ("d", "c"), ("e", "c"), ("c", "a")]  # and a cycle
    placed = layered.layout(nodes, sizes, edges, 30, 10)
    assert [placed.columns[n] for n in nodes] == [0, 1, 2, 1, 1]
    column = sorted((placed.boxes[n] for n in ("b", "d", "e")), key=lambda box: box.y)
    for upper, lower in zip(column, column[1:], strict=False):
        assert lower.y >= upper.y + upper.h + 10 - 1e-6, "boxes overlap"
    route = placed.routes[("a", "c")]
    assert len(route) == 4, "an edge across a column passes through a gap in it"
    gap_y = route[1][1]
    assert all(not box.y < gap_y < box.y + box.h for box in column), "through a box"
    assert ("c", "a") not in placed.routes, "the edge closing the cycle is left out"


@pytest.mark.parametrize(
    ("href", "src", "url", "directory", "expected"),
    [
        ("y.md", "van-ban/x.md", "van-ban/x/", True, "../y/"),
        ("y.md", "van-ban/x.en.md", "en/van-ban/x/", True, "../y/"),
        ("y.md", "van-ban/x.md", "van-ban/x.html", False, "y.html"),
        ("y.md", "van-ban/index.md", "van-ban/", True, "y/"),
        ("../chuong-trinh/p.md", "van-ban/index.en.md", "en/van-ban/", True, "../chuong-trinh/p/"),
        ("../van-ban/y.md#a", "moc-thoi-gian/index.md", "moc-thoi-gian/", True, "../van-ban/y/#a"),
        (
            "trang-2.md#nam-2014",
            "moc-thoi-gian/index.md",
            "moc-thoi-gian/",
            True,
            "trang-2/#nam-2014",
        ),
        ("#nam-2014", "moc-thoi-gian/index.md", "moc-thoi-gian/", True, "#nam-2014"),
        (
            "/assets/diagrams.css",
            "van-ban/x.en.md",
            "en/van-ban/x/",
            True,
            "../../../assets/diagrams.css",
        ),
        ("/assets/diagrams.css", "van-ban/x.md", "van-ban/x.html", False, "../assets/diagrams.css"),
    ],
)
def test_picture_links_become_addresses_of_the_built_site(href, src, url, directory, expected):
    html = f'<p><a href="y.md">x</a></p><figure class="dg-figure"><a href="{href}">y</a></figure>'
    out = links.resolve(html, src, url, directory)
    assert out.startswith('<p><a href="y.md">'), "links outside pictures are MkDocs' job"
    assert out.endswith(f'<a href="{expected}">y</a></figure>')


def test_the_timeline_is_bounded_on_a_big_site(big, monkeypatch):
    monkeypatch.setattr(timeline, "MAX_ROWS", 5)
    figure = timeline.timeline_figure(big, "en", {})
    assert figure.count('class="dg-tl"') == 5
    assert "The diagram shows 5 of" in figure


def test_the_chain_is_bounded_on_a_big_site(big, monkeypatch):
    whole = relations.chain_figure(big, "en").split("</svg>", 1)[0].count('class="dg-node"')
    monkeypatch.setattr(relations, "MAX_NODES", 8)
    figure = relations.chain_figure(big, "en")
    picture, words = figure.split("</svg>", 1)
    assert "The diagram shows" in words
    assert len(arrows(picture)) == words.count("<li><a"), "the text version says what is drawn"
    # The first group (the plan's own chain) is drawn whole; the other lineages are left out.
    assert 8 <= picture.count('class="dg-node"') < whole


def test_the_reporting_lines_are_bounded_on_a_big_site(big, monkeypatch):
    monkeypatch.setattr(reporting, "MAX_BOXES", 4)
    figure = reporting.reporting_figure(big, "en")
    everyone = sum(1 for o in big.orgs.values() if o.reports_to)
    shown = re.search(rf"The diagram shows (\d+) of {everyone} reporting bodies", figure)
    assert shown and 0 < int(shown.group(1)) < everyone
    assert figure.split("</svg>")[0].count('class="dg-node"') <= 4 + 1  # and a successor
