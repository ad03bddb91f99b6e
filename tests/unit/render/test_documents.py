"""Tests of the document pages (plansite.render.documents) for the small plan: the status
each card shows, its details with their certainty and sources, relations both ways."""

from __future__ import annotations

import datetime as dt

from plansite.crossref import build_index
from plansite.render.documents import status_text


def test_one_card_per_document_and_an_index(vi, en):
    assert sorted(vi) == ["cv-mau-2020.md", "cv-mau-2025.md", "index.md", "ke-hoach-mau.md"]
    assert sorted(en) == [
        "cv-mau-2020.en.md",
        "cv-mau-2025.en.md",
        "index.en.md",
        "ke-hoach-mau.en.md",
    ]


def test_the_index_lists_each_document_with_its_date_and_status(vi):
    index = vi["index.md"]
    assert (
        "| [Kế hoạch mẫu về an toàn lao động (hư cấu)](ke-hoach-mau.md) | chưa rõ | Chưa rõ |"
        in (index)
    )
    assert (
        "| [1/CV-MAU — Công văn mẫu số 1 về an toàn lao động (hư cấu)](cv-mau-2020.md) "
        "| 02/03/2020 | Đã bị thay thế |" in index
    )
    assert 'data-rel="replaces" data-from="cv-mau-2025" data-to="cv-mau-2020"' in index


def test_a_replaced_document_names_what_replaced_it(vi):
    card = vi["cv-mau-2020.md"]
    assert '!!! warning "Tình trạng: Đã bị thay thế' in card
    assert (
        "[2/CV-MAU — Công văn mẫu số 2 về an toàn lao động (hư cấu)](../van-ban/cv-mau-2025.md)"
        in (card)
    )
    assert (
        "- Là căn cứ của: [Kế hoạch mẫu về an toàn lao động (hư cấu)](../van-ban/ke-hoach-mau.md)"
        in (card)
    )
    assert '| Ngày có hiệu lực | 01/04/2020 | <span class="certainty certainty-unverified">' in card
    assert "## Nguồn {#nguon}\n\nVăn bản hư cấu: không có nguồn để đối chiếu." in card


def test_checked_values_cite_their_numbered_source(en):
    card = en["cv-mau-2025.en.md"]
    assert (
        '| Issued on | 15 June 2025 | <span class="certainty certainty-checked">checked</span> [\\[1\\]](#nguon-s1) |'
        in card
    )
    assert (
        '| Signed by | unknown | <span class="certainty certainty-unknown">unknown</span> |' in card
    )
    assert '1. <span id="nguon-s1"></span>[Trang tin Công đoàn Ngành Mẫu (hư cấu)' in card
    assert "· example.org · 20 June 2025 · in Vietnamese" in card
    assert "- Replaces: [1/CV-MAU — Example circular no. 1" in card
    assert '"legislationChanges":[{"@type":"Legislation","identifier":"cv-mau-2020"}]' in card


def test_the_plan_card_lists_the_tasks_and_programme_citing_it(en):
    card = en["ke-hoach-mau.en.md"]
    assert "## Cited by {#duoc-nhac-den}" in card
    assert "[Task B.1](../nhiem-vu/b-1.md)" in card
    assert "../chuong-trinh/chuong-trinh-mau-2026-2030.md" in card


def test_status_text_as_of_a_date(small):
    before = build_index(small.index.data, dt.date(2025, 6, 30))
    after = build_index(small.index.data, dt.date(2025, 7, 1))
    assert status_text(before, "cv-mau-2020", "en") == "No replacement known"
    assert status_text(after, "cv-mau-2020", "en") == "Superseded"
    assert status_text(after, "cv-mau-2020", "vi") == "Đã bị thay thế"
