"""Export stage helper: reproducible ZIP archives, and the offline copy as one (OfflineCopy).

Entries are written in sorted order with one fixed timestamp and fixed permissions,
so the same input gives byte-identical archives on every machine and every day.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass

# ZIP stores local times from 1980 on, to two seconds.
ZIP_EPOCH = dt.datetime(1980, 1, 1)


def zip_bytes(files: dict[str, bytes], when: dt.date) -> bytes:
    """A deflated ZIP of `files` (archive path -> bytes), entries sorted, all dated `when`."""
    stamp = max(dt.datetime(when.year, when.month, when.day), ZIP_EPOCH).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permissions below are read
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


@dataclass(frozen=True)
class OfflineCopy:
    name: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)
