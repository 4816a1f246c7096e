"""Tachograph files (Reg. (EU) 2016/799 Annex IC, Appendices 1 and 7): header facts of
driver-card and vehicle-unit downloads, in pure Python, without Qt.

``parse_bytes(data)`` and ``parse_file(path)`` return a :class:`TachoFile` or raise
:class:`DddError` (:class:`Truncated` names the offset). Signatures are not checked.
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path

from .card import looks_like_card, parse_card
from .common import MAX_FILE_SIZE, DddError, Truncated
from .model import (
    CARD,
    GEN1,
    GEN2,
    GEN2V2,
    VEHICLE,
    Block,
    Calibration,
    DayActivity,
    Details,
    EventRecord,
    Place,
    TachoFile,
    VehicleUse,
    VuIdentification,
)
from .vu import looks_like_vu, parse_vu

__all__ = [
    "parse_bytes",
    "parse_file",
    "TachoFile",
    "Block",
    "Details",
    "VehicleUse",
    "Place",
    "DayActivity",
    "EventRecord",
    "VuIdentification",
    "Calibration",
    "DddError",
    "Truncated",
    "CARD",
    "VEHICLE",
    "GEN1",
    "GEN2",
    "GEN2V2",
    "MAX_FILE_SIZE",
]


def parse_bytes(data, *, details: bool = False) -> TachoFile:
    """Parse a whole file held in memory (bytes, bytearray, memoryview or mmap).

    By default only the header facts are read (fast: what indexing needs); ``details=True``
    also reads the records listed in :data:`READ_DETAILS` into ``TachoFile.details``."""
    size = len(data)
    if size == 0:
        raise DddError("empty file")
    if size > MAX_FILE_SIZE:
        raise DddError(f"file has {size} bytes; tachograph downloads are at most {MAX_FILE_SIZE}")
    head = bytes(data[:8])
    if looks_like_vu(head):
        return parse_vu(data, details)
    if looks_like_card(head):
        return parse_card(data, details)
    raise DddError(
        f"not a tachograph download: starts with {head[:5].hex(' ')}; expected a vehicle-unit "
        "block (76 01-05, 76 21-25, 76 31-35) or a driver-card block (FID 0002 ...)"
    )


def parse_file(path: str | os.PathLike, *, details: bool = False) -> TachoFile:
    """Parse a file on disk; its size is checked before anything is read, and the file is
    mapped, not read whole."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_SIZE:
        raise DddError(f"{path.name} has {size} bytes; tachograph downloads are at most {MAX_FILE_SIZE}")
    if size == 0:
        raise DddError(f"{path.name} is empty")
    with open(path, "rb") as fh:
        if size < 1 << 16:
            return parse_bytes(fh.read(), details=details)
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return parse_bytes(mm, details=details)
