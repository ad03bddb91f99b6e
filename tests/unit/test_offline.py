"""Tests of the offline copy's build stage: file:// links, what goes into the archive."""

from __future__ import annotations

from pathlib import PurePosixPath

from plansite.offline import collect, file_links

FOLDER = "plan-slug"

FILES = {
    PurePosixPath(p)
    for p in ("index.html", "ke-hoach/index.html", "en/ke-hoach/index.html", "en/index.html")
}


def test_folder_links_get_index_html():
    page = PurePosixPath("en/ke-hoach/index.html")
    html = (
        '<a href="../../ke-hoach/">vi</a> <a href="./#i-1">self</a> <a href="../">up</a> '
        '<a href="https://example.org/x/">out</a> <a href="/en/">absolute</a> '
        '<a href="../../missing/">missing</a> <a href="../index.html">file</a>'
    )
    assert file_links(html, page, FILES) == (
        '<a href="../../ke-hoach/index.html">vi</a> <a href="./index.html#i-1">self</a> '
        '<a href="../index.html">up</a> <a href="https://example.org/x/">out</a> '
        '<a href="/en/">absolute</a> <a href="../../missing/">missing</a> '
        '<a href="../index.html">file</a>'
    )


def test_collect_leaves_out_source_maps_and_archives(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text('<a href="assets/">x</a>', encoding="utf-8")
    (tmp_path / "assets" / "index.html").write_text("", encoding="utf-8")
    (tmp_path / "assets" / "app.js").write_text("", encoding="utf-8")
    (tmp_path / "assets" / "app.js.map").write_text("", encoding="utf-8")
    (tmp_path / "tai-ve").mkdir()
    (tmp_path / "tai-ve" / "old.zip").write_bytes(b"PK")
    files = collect(tmp_path, FOLDER)
    assert sorted(files) == [
        f"{FOLDER}/assets/app.js",
        f"{FOLDER}/assets/index.html",
        f"{FOLDER}/index.html",
    ]
    assert files[f"{FOLDER}/index.html"] == b'<a href="assets/index.html">x</a>'
