"""Tests of the offline copy's page (plansite.render.download) for the small plan, before
and after `plansite build` made the copy."""

from __future__ import annotations

import dataclasses

from plansite.archive import OfflineCopy
from plansite.render.download import offline_files, pages, size_text


def test_before_a_build_the_page_says_the_zip_is_online_only(small_index):
    vi = pages(small_index, "vi")["index.md"]
    assert "# Bản ngoại tuyến {#tai-ve}" in vi
    assert "*Tệp .zip có trên trang web trực tuyến, tại trang này.*" in vi
    assert "## Cách dùng {#cach-dung}" in vi and "\n4. " in vi
    assert "download=" not in vi
    assert offline_files(None) == {}


def test_after_a_build_the_page_links_the_zip_with_its_size(small_index):
    copy = OfflineCopy("ke-hoach-mau-at.zip", b"PK" + bytes(2046))
    built = dataclasses.replace(small_index, offline=copy)
    en = pages(built, "en")["index.en.md"]
    assert '(ke-hoach-mau-at.zip){download="ke-hoach-mau-at.zip" .md-button' in en
    assert f"ke-hoach-mau-at.zip, {size_text(2048, 'en')}" in en
    assert offline_files(copy) == {"ke-hoach-mau-at.zip": copy.data}
