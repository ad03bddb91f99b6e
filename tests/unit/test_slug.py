"""Tests of the heading slug function used by the toc extension."""

import pytest

from plansite.slug import slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đề án đổi mới", "de-an-doi-moi"),
        ("Tổ chức thực hiện", "to-chuc-thuc-hien"),
        ("Thỏa ước lao động tập thể", "thoa-uoc-lao-dong-tap-the"),
        ("Thoả ước", "thoa-uoc"),
        ("Công đoàn cơ sở (CĐCS)", "cong-doan-co-so-cdcs"),
        ("I. MỤC ĐÍCH, YÊU CẦU", "i-muc-dich-yeu-cau"),
        ("Luật 12/2012/QH13", "luat-12-2012-qh13"),
    ],
)
def test_slug_folds_vietnamese(title, slug):
    assert slugify(title) == slug


def test_nfd_input_gives_the_same_slug():
    import unicodedata

    title = "Đề án đổi mới"
    assert slugify(unicodedata.normalize("NFD", title)) == slugify(title)
