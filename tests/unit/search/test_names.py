"""Search stage helper: entries' names and abbreviations from the site's data export."""

from __future__ import annotations

import json

from plansite.search.names import abbreviations, entry_names, initials, load_export, short_title

DATA = {
    "documents": [
        {"id": "bo-luat-lao-dong-2019", "type": "bo-luat", "number": "45/2019/QH14",
         "issue_date": "2019-11-20", "title": {"vi": "Bộ luật Lao động", "en": "Labour Code"}},
        {"id": "kl-79", "type": "ket-luan", "number": "79-KL/TW", "issue_date": "2013-11-25",
         "title": {"vi": "Về đẩy mạnh thực hiện Nghị quyết 20-NQ/TW của Trung ương", "en": None}},
        {"id": "ke-hoach", "type": "ke-hoach", "number": None, "issue_date": None,
         "title": {"vi": "Kế hoạch thực hiện Kết luận số 79-KL/TW của Bộ Chính trị", "en": "Plan"}},
        {"id": "luat-97", "type": "luat", "number": "97/2025/QH15", "issue_date": None,
         "title": {"vi": "Luật 97/2025/QH15", "en": "Law 97/2025/QH15"}},
    ],
    "organisations": [
        {"id": "cdcs", "name": {"vi": "Công đoàn cơ sở", "en": "Grassroots unions"},
         "short": {"vi": "CĐCS", "en": "Grassroots unions"}},
    ],
    "tasks": [{"id": "ii-3-1"}],
    "programmes": [{"id": "p", "title": {"vi": "Thỏa ước", "en": None}}],
    "glossary": [
        {"id": "cdcs", "term": "CĐCS", "expansion": {"vi": "công đoàn cơ sở", "en": "grassroots union"}},
        {"id": "tg-nc", "term": "TG-NC", "expansion": {"vi": "(Ban) Tuyên giáo - Nữ công", "en": None}},
    ],
}


def test_entries_are_named_by_kind_number_year_and_short_title():
    vi = entry_names(DATA, "vi", "")
    assert vi["van-ban/bo-luat-lao-dong-2019/"] == "Bộ luật 45/2019/QH14 2019 Bộ luật Lao động"
    assert vi["van-ban/kl-79/"] == "Kết luận 79-KL/TW 2013"  # a long title is no name
    assert "van-ban/ke-hoach/" not in vi  # "Kế hoạch" alone names no one document
    assert vi["don-vi/cdcs/"] == "Công đoàn cơ sở CĐCS"
    assert vi["nhiem-vu/ii-3-1/"] == "Nhiệm vụ II.3.1"
    assert vi["chuong-trinh/p/"] == "Thỏa ước"
    en = entry_names(DATA, "en", "en/")
    assert en["en/van-ban/bo-luat-lao-dong-2019/"] == "Code 45/2019/QH14 2019 Labour Code"
    assert en["en/don-vi/cdcs/"] == "Grassroots unions"  # the short name, the same, once
    assert en["en/nhiem-vu/ii-3-1/"] == "Task II.3.1"
    assert en["en/chuong-trinh/p/"] == "Thỏa ước"  # translation pending: the Vietnamese


def test_abbreviations_from_the_glossary_and_documents_short_titles():
    assert abbreviations(DATA, "vi") == [
        ("BLLĐ", "Bộ luật Lao động"), ("CĐCS", "công đoàn cơ sở"), ("TG-NC", "Tuyên giáo - Nữ công"),
    ]
    # English: the glossary only (a pending translation falls back to Vietnamese).
    assert abbreviations(DATA, "en") == [("CĐCS", "grassroots union"), ("TG-NC", "Tuyên giáo - Nữ công")]


def test_initials_and_short_titles():
    assert initials("Bộ luật Lao động") == "BLLĐ" and initials("Luật Công đoàn") == "LCĐ"
    assert short_title(DATA["documents"][0], "vi") == "Bộ luật Lao động"
    assert short_title(DATA["documents"][1], "vi") == ""


def test_a_site_without_an_export_has_no_data(tmp_path):
    assert load_export(tmp_path) == {}
    (tmp_path / "du-lieu").mkdir()
    (tmp_path / "du-lieu" / "ke-hoach.json").write_text(json.dumps(DATA), encoding="utf-8")
    assert load_export(tmp_path)["tasks"] == [{"id": "ii-3-1"}]
