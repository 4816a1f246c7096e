"""Tachograph file contents for the TachoShare simulator, written from Reg. (EU) 2016/799
Annex IC (Appendix 1 data dictionary, Appendix 7 downloading): driver-card downloads as
FID-tagged blocks behind the 76 06 remote-transfer prefix, vehicle-unit downloads as Gen2
TREP blocks (record arrays). The simulator's own reading: it shares no code with FleetDesk.

Signatures are filler bytes (no real keys exist here). Vehicle-unit files are brought to the
size the simulator was asked for with an extra, unknown TREP block of unknown record arrays,
which readers skip by length (real files carry such blocks too).
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta

NATIONS = {
    "AT": 0x01,
    "BE": 0x06,
    "CZ": 0x0C,
    "DE": 0x0D,
    "ES": 0x0F,
    "FR": 0x11,
    "IT": 0x1A,
    "LU": 0x1E,
    "NL": 0x26,
    "PL": 0x28,
}


def _tr(value: datetime | date | None) -> bytes:
    """TimeReal: seconds since 1970-01-01 UTC."""
    if value is None:
        return b"\0\0\0\0"
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0), UTC)
    return struct.pack(">I", int(value.timestamp()))


def _name(text: str, size: int = 35) -> bytes:
    """Name / VehicleRegistrationNumber: code page 1 (ISO/IEC 8859-1) and padded text."""
    return b"\x01" + text.encode("latin-1", "replace").ljust(size, b" ")[:size]


def _ia5(text: str, size: int) -> bytes:
    return text.encode("ascii", "replace").ljust(size, b" ")[:size]


# -- driver cards -----------------------------------------------------------------------------
def _ef(fid: int, data: bytes, signed: bool = True) -> bytes:
    out = struct.pack(">HBH", fid, 0x00, len(data)) + data
    if signed:
        out += struct.pack(">HBH", fid, 0x01, 128) + b"\x5a" * 128
    return out


def card_file(
    *,
    card: str,
    nation: int,
    surname: str,
    first_names: str,
    expiry: date,
    downloaded: datetime,
    days: list[date],
) -> bytes:
    """A Gen1 driver-card download holding daily activity records for ``days``."""
    number = card[:14].ljust(14, "0") + "01"  # replacement index 0, renewal index 1
    issue = (
        expiry.replace(year=expiry.year - 5)
        if not (expiry.month == 2 and expiry.day == 29)
        else date(expiry.year - 5, 2, 28)
    )
    ident = (
        bytes([nation])
        + _ia5(number, 16)
        + _name("Issuing authority")
        + _tr(issue)
        + _tr(issue)
        + _tr(expiry)
        + _name(surname)
        + _name(first_names)
        + bytes.fromhex("19800101")
        + b"en"
    )
    records = b""
    prev, newest = 0, 0
    for i, day in enumerate(days):
        changes = b"".join(struct.pack(">H", (m * 60) & 0x7FF) for m in (0, 6 + i % 3, 10, 16))
        body = _tr(day) + bytes.fromhex(f"{(i + 1) % 10000:04d}") + struct.pack(">H", 180 + i) + changes
        newest = len(records)
        records += struct.pack(">HH", prev, 4 + len(body)) + body
        prev = 4 + len(body)
    ring = records.ljust(max(len(records) + 16, 1024), b"\0")
    activity = struct.pack(">HH", 0, newest) + ring
    app = (
        bytes([1])
        + b"\x00\x02"
        + bytes([12, 24])
        + struct.pack(">H", len(ring))
        + struct.pack(">H", 84)
        + bytes([112])
    )
    out = (
        b"\x76\x06"
        + _ef(0x0002, b"\x00" + b"\x11" * 24, signed=False)
        + _ef(0x0005, b"\x22" * 8, signed=False)
        + _ef(0x0501, app)
        + _ef(0xC100, b"\xc1" * 194, signed=False)
        + _ef(0xC108, b"\xc8" * 194, signed=False)
        + _ef(0x0520, ident)
        + _ef(0x050E, _tr(downloaded))
        + _ef(0x0504, activity)
    )
    return out


def pad_card(data: bytes, size: int, filler: Callable[[int], bytes]) -> bytes:
    """Bring a card file to ``size`` with unknown EFs (FID 05FF) that readers skip by length."""
    while size - len(data) > 5:
        n = min(0xFFFF, size - len(data) - 5)
        data += struct.pack(">HBH", 0x05FF, 0x00, n) + filler(n)
    return data


# -- vehicle units ----------------------------------------------------------------------------
def _array(rtype: int, size: int, records: list[bytes]) -> bytes:
    return struct.pack(">BHH", rtype, size, len(records)) + b"".join(records)


_SIGNATURE = _array(0x08, 64, [b"\x5a" * 64])


def odometer_midnight(vin: str, day: date) -> int:
    """OdometerValueMidnight (OdometerShort, km) of a demo truck: its own start and about 420 km
    a day, so that successive downloads agree and the value grows like a real one."""
    start = 150_000 + int.from_bytes(vin.encode()[-4:], "big") % 350_000
    return min(9_999_999, start + 420 * (day - date(2024, 1, 1)).days)


def vu_blocks(
    *,
    vin: str,
    plate: str,
    nation: int,
    first: date,
    last: date,
    downloaded: datetime,
    company: str,
    version2: bool,
) -> bytes:
    """Overview and one activities block per day ``first..last`` (Gen2; version 2 if asked)."""
    base = 0x30 if version2 else 0x20
    card = bytes([4, nation]) + _ia5("C" + vin[-13:], 16) + b"\x02"  # company card, generation 2
    out = bytes([0x76, base + 1]) + _array(0x04, 204, [b"\x01" * 204]) + _array(0x0F, 204, [b"\x02" * 204])
    out += _array(0x0A, 17, [_ia5(vin, 17)])
    out += (
        _array(0x24, 15, [bytes([nation]) + _name(plate, 13)])
        if version2
        else _array(0x0B, 14, [_name(plate, 13)])
    )
    out += _array(0x03, 4, [_tr(downloaded)])
    out += _array(0x13, 8, [_tr(first) + _tr(datetime.combine(last, time(23, 59), UTC))])
    out += _array(0x02, 1, [b"\x11"]) + _array(0x14, 59, [_tr(downloaded) + card + _name(company)])
    out += _array(0x10, 99, []) + _array(0x11, 32, []) + _SIGNATURE
    day = first
    while day <= last:
        out += bytes([0x76, base + 2]) + _array(0x06, 4, [_tr(day)])
        out += _array(0x05, 3, [odometer_midnight(vin, day).to_bytes(3, "big")])
        out += _array(0x0D, 132, []) + _array(0x01, 2, [b"\x00\x00", b"\x08\x1e"])
        out += _array(0x1C, 41, []) + _array(0x16, 36, []) + _array(0x09, 5, [])
        if version2:
            out += _array(0x22, 22, []) + _array(0x23, 60, [])
        out += _SIGNATURE
        day += timedelta(days=1)
    return out


PAD_OVERHEAD = 2 + 5 + 5 + len(_SIGNATURE)


def padded_size(real: int, wanted: int) -> int:
    """The body size: what was asked for, unless the real blocks (plus padding) need more."""
    return wanted if wanted >= real + PAD_OVERHEAD else real


def padded(
    real: bytes, size: int, filler: Callable[[int], Iterator[bytes]], version2: bool
) -> Iterator[bytes]:
    """``real`` then, if ``size`` leaves room, one unknown TREP block (76 2F / 76 3F) of two
    unknown record arrays (type 3E) holding ``filler`` bytes, closed by a signature array."""
    yield real
    room = size - len(real) - PAD_OVERHEAD
    if room < 0:
        return
    record = max(4096, -(-room // 0xFFFF))  # at most 65535 records of at most 65535 bytes
    big, small = divmod(room, record)
    yield bytes([0x76, 0x3F if version2 else 0x2F]) + struct.pack(">BHH", 0x3E, record, big)
    yield from filler(big * record)
    yield struct.pack(">BHH", 0x3E, 1, small)
    yield from filler(small)
    yield _SIGNATURE
