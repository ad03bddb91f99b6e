"""Authored prose on the built site (plansite.authored): the page, the search index, the offline copy."""

from __future__ import annotations

from pathlib import Path


def test_the_built_site_carries_the_authored_text(built_site: Path):
    import zipfile

    vi = (built_site / "van-ban" / "nq-20-nq-tw-2008" / "index.html").read_text(encoding="utf-8")
    en = (built_site / "en" / "van-ban" / "nq-20-nq-tw-2008" / "index.html").read_text(
        encoding="utf-8"
    )
    assert 'id="yeu-cau"' in vi and "Nghị quyết yêu cầu gì" in vi
    assert 'id="yeu-cau"' in en and "What it asks for" in en
    # Search: the authored sections are entries of each language's own index.
    entries = "".join(
        path.read_text(encoding="utf-8")
        for path in (built_site / "search" / "vi" / "p").glob("*.js")
    )
    assert '"van-ban/nq-20-nq-tw-2008/#yeu-cau","Nghị quyết yêu cầu gì"' in entries
    english = "".join(
        path.read_text(encoding="utf-8")
        for path in (built_site / "search" / "en" / "p").glob("*.js")
    )
    assert '"en/van-ban/nq-20-nq-tw-2008/#yeu-cau","What it asks for"' in english
    # The offline copy holds the same page with its authored text.
    with zipfile.ZipFile(built_site / "tai-ve" / "ke-hoach-kl79.zip") as archive:
        page = archive.read("ke-hoach-kl79/van-ban/nq-20-nq-tw-2008.html").decode("utf-8")
    assert 'id="cau-hoi"' in page and "Câu hỏi cho buổi sinh hoạt" in page
