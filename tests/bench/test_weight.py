"""Tests of the benchmark's first-view weight (bench/weight.py): what a page's markup makes a
browser download before the reader acts: with the scripts start.js adds after the first paint
(data-scripts), without those it adds at the reader's first act (data-on-use)."""

from __future__ import annotations

import sys

from tests.project import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from weight import first_view, gzip_size  # noqa: E402


def test_first_view_counts_the_scripts_start_js_adds_before_the_reader_acts(tmp_path):
    (tmp_path / "a").mkdir()
    files = {
        "a/index.html": '<link rel="stylesheet" href="../s.css"><script src="../start.js"'
        ' data-scripts="../one.js ../two.js" data-on-use="../three.js" defer></script>'
        '<a href="../other.html">x</a>',
        "s.css": "body { color: black }" * 20,
        "start.js": "var start = 1;" * 30,
        "one.js": "var one = 1;" * 40,
        "two.js": "var two = 2;" * 50,
        "three.js": "var three = 3;" * 60,
        "other.html": "<p>not loaded</p>" * 10,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    loaded = ["a/index.html", "s.css", "start.js", "one.js", "two.js"]
    expected = sum(gzip_size(files[name].encode()) for name in loaded)
    assert first_view(tmp_path, tmp_path / "a/index.html", {}) == expected
