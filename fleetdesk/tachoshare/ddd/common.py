"""Byte-level helpers for tachograph files (Reg. (EU) 2016/799 Annex IC, Appendix 1).

Every read goes through :class:`Cursor`, which checks bounds and raises :class:`Truncated`
naming the offset, so a hostile length can never make the parser read past the end.
"""

from __future__ import annotations

import codecs
from datetime import UTC, date, datetime

from fleetdesk.core.errors import FleetDeskError

#: real card files are below 100 KB and vehicle-unit downloads a few MB; anything larger is
#: refused before it is read (a 2 GB file costs one stat() call)
MAX_FILE_SIZE = 32 * 2**20
#: upper bound on the blocks walked in one file (a real file has a few dozen to a few thousand)
MAX_BLOCKS = 100_000


class DddError(FleetDeskError):
    """The file is not a tachograph download this parser can read; the message says why."""


class Truncated(DddError):
    """A structure runs past the end of the file."""

    def __init__(self, what: str, offset: int, need: int, size: int):
        super().__init__(
            f"file truncated: {what} at offset {offset} needs {need} bytes, but the file ends at {size}"
        )
        self.offset = offset


class Cursor:
    __slots__ = ("buf", "pos", "end")

    def __init__(self, buf, pos: int = 0, end: int | None = None):
        self.buf = buf
        self.pos = pos
        self.end = len(buf) if end is None else end

    def need(self, n: int, what: str) -> None:
        if n < 0 or self.pos + n > self.end:
            raise Truncated(what, self.pos, n, self.end)

    def take(self, n: int, what: str) -> bytes:
        self.need(n, what)
        out = bytes(self.buf[self.pos : self.pos + n])
        self.pos += n
        return out

    def skip(self, n: int, what: str) -> None:
        self.need(n, what)
        self.pos += n

    def u8(self, what: str) -> int:
        self.need(1, what)
        self.pos += 1
        return self.buf[self.pos - 1]

    def u16(self, what: str) -> int:
        self.need(2, what)
        p = self.pos
        self.pos += 2
        return (self.buf[p] << 8) | self.buf[p + 1]

    def remaining(self) -> int:
        return self.end - self.pos


def u16(b: bytes, at: int) -> int:
    return (b[at] << 8) | b[at + 1]


def u32(b: bytes, at: int) -> int:
    return int.from_bytes(b[at : at + 4], "big")


def time_real(b: bytes, at: int = 0) -> datetime | None:
    """TimeReal: seconds since 1970-01-01 00:00 UTC; 0 and FFFFFFFF mean 'no value'."""
    v = u32(b, at)
    if v in (0, 0xFFFFFFFF):
        return None
    return datetime.fromtimestamp(v, UTC)


def datef(b: bytes, at: int = 0) -> date | None:
    """Datef: BCD yyyy mm dd; all zeros means 'no date'."""
    raw = b[at : at + 4]
    try:
        digits = raw.hex()
        if not digits.isdigit() or digits == "00000000":
            return None
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


#: code pages of Appendix 1, chapter 4 (character sets): 1..16 are ISO/IEC 8859-n
_CODE_PAGES = {n: f"iso8859_{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16)}
_CODE_PAGES.update({0: "latin_1", 80: "koi8_r", 85: "koi8_u"})


def codepage_string(raw: bytes, code_page: int) -> str:
    """Decode a name or plate by its code-page byte; unknown code pages read as Latin-1
    (never an error: a wrong accent is better than a lost name). Padding is stripped."""
    encoding = _CODE_PAGES.get(code_page, "latin_1")
    try:
        text = codecs.decode(raw, encoding, errors="replace")
    except LookupError:
        text = raw.decode("latin_1")
    return text.strip(" \x00\xff\ufffd")


def name(raw: bytes, at: int = 0, size: int = 35) -> str | None:
    """Name / VehicleRegistrationNumber: one code-page byte, then ``size`` bytes."""
    text = codepage_string(raw[at + 1 : at + 1 + size], raw[at])
    return text or None


def ia5(raw: bytes) -> str | None:
    text = raw.decode("latin_1").strip(" \x00\xff")
    return "".join(c if " " <= c <= "~" else "?" for c in text) or None


#: NationNumeric (Appendix 1) -> the distinguishing sign used on vehicles
NATIONS = dict(
    enumerate(
        (
            None,
            "A",
            "AL",
            "AND",
            "ARM",
            "AZ",
            "B",
            "BG",
            "BIH",
            "BY",
            "CH",
            "CY",
            "CZ",
            "D",
            "DK",
            "E",
            "EST",
            "F",
            "FIN",
            "FL",
            "FO",
            "UK",
            "GE",
            "GR",
            "H",
            "HR",
            "I",
            "IRL",
            "IS",
            "KZ",
            "L",
            "LT",
            "LV",
            "M",
            "MC",
            "MD",
            "MK",
            "N",
            "NL",
            "P",
            "PL",
            "RO",
            "RSM",
            "RUS",
            "S",
            "SK",
            "SLO",
            "TM",
            "TR",
            "UA",
            "V",
            "YU",
            "MNE",
            "SRB",
            "UZ",
            "TJ",
            "KG",
        )
    )
)
NATIONS.update({0xFD: "EC", 0xFE: "EUR", 0xFF: "WLD"})


def nation(code: int) -> str | None:
    """The nation's sign, or ``0xNN`` for a code this table does not know."""
    if code in NATIONS:
        return NATIONS[code]
    return f"0x{code:02X}"
