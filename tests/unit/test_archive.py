"""Tests of the ZIP writer (plansite.archive): sorted, dated and reproducible."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from plansite.archive import zip_bytes

DAY = dt.date(2024, 11, 15)


def test_zip_is_sorted_dated_and_reproducible():
    files = {"b.txt": b"2", "a/c.txt": b"1", "[x].xml": b"3"}
    data = zip_bytes(files, DAY)
    assert data == zip_bytes(dict(reversed(files.items())), DAY)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == sorted(files)
        assert {i.date_time for i in infos} == {(2024, 11, 15, 0, 0, 0)}
        assert archive.read("a/c.txt") == b"1"
    assert zip_bytes(files, dt.date(1970, 1, 1))  # dates before 1980 are clamped
