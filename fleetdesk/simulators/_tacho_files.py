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
    vehicles: list[tuple[str, int]] = (),  # type: ignore[assignment]
) -> bytes:
    """A Gen1 driver-card download holding daily activity records for ``days``: rest, then
    driving, work and rest again each day. ``vehicles`` (plate, nation): the card was used in
    each in turn, an equal share of the days (EF Vehicles_Used)."""
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
        # ActivityChangeInfo 'scpaattttttttttt': aa 00 rest, 11 driving, 10 work; t minutes
        changes = b"".join(
            struct.pack(">H", activity << 11 | (h * 60) & 0x7FF)
            for activity, h in ((0, 0), (3, 6 + i % 3), (2, 10), (0, 16))
        )
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
        + _ef(0x0505, _vehicles_used(vehicles, days))
    )
    return out


def _vehicles_used(vehicles: list[tuple[str, int]], days: list[date]) -> bytes:
    """CardVehiclesUsed (Gen1): vehiclePointerNewestRecord (2) and 84 CardVehicleRecords of 31
    bytes: odometer begin and end (3+3), first and last use (TimeReal), nation and plate (15),
    vuDataBlockCounter (BCD 2); unused records are zeros."""
    records = []
    if vehicles and days:
        share = -(-len(days) // len(vehicles))
        for k, (plate, nation) in enumerate(vehicles):
            used = days[k * share : (k + 1) * share]
            if not used:
                continue
            odometer = 200_000 + 1000 * k
            first = datetime.combine(used[0], time(6), UTC)
            last = datetime.combine(used[-1], time(16), UTC)
            records.append(
                odometer.to_bytes(3, "big")
                + (odometer + 380 * len(used)).to_bytes(3, "big")
                + _tr(first)
                + _tr(last)
                + bytes([nation])
                + _name(plate, 13)
                + bytes.fromhex(f"{k + 1:04d}")
            )
    newest = max(0, len(records) - 1)
    return struct.pack(">H", newest) + b"".join(records).ljust(84 * 31, b"\0")


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
    return out + _technical_data(vin, plate, nation, downloaded, base)


def _technical_data(vin: str, plate: str, nation: int, downloaded: datetime, base: int) -> bytes:
    """The technical data block (76 25 / 76 35): VuIdentification (type 19: manufacturer name
    and address, part number, ExtendedSerialNumber, software version and installation date,
    manufacturing date, approval number (16), generation, ability) and one periodic-inspection
    VuCalibrationRecord (type 0C: the Gen1 167 bytes and SealDataVu, 5 seals of 9 bytes). The
    inspection was between 1 and 23 months before the download, so the next, two years after
    it, is due in 1 to 23 months."""
    h = sum(map(ord, vin))
    ident = (
        _name("Demo Tachograph Systems")
        + _name("Industriestrasse 1, Villingen")
        + _ia5(f"1381.{h:04d}", 16)
        + struct.pack(">I", 100_000 + h)
        + bytes.fromhex("0322")
        + bytes([6, 0xA1])
        + _ia5("0403", 4)
        + _tr(date(2022, 3, 10))
        + _tr(date(2022, 3, 1))
        + _ia5("e1-84", 16)
        + bytes([2, 0])
    )
    inspected = downloaded - timedelta(days=30 + h % 670)
    due = date(inspected.year + 2, inspected.month, min(inspected.day, 28))
    odometer = odometer_midnight(vin, inspected.date())
    calibration = (
        bytes([0x04])
        + _name("Demo Workshop")
        + _name("Hafenstrasse 2")
        + bytes([2, nation])
        + _ia5("W" + vin[-13:] + "01", 16)
        + _tr(date(2028, 1, 1))
        + _ia5(vin, 17)
        + bytes([nation])
        + _name(plate, 13)
        + struct.pack(">HHH", 8000, 8000, 3200)
        + _ia5("315/70 R22.5", 15)
        + bytes([90])
        + odometer.to_bytes(3, "big")
        + odometer.to_bytes(3, "big")
        + _tr(inspected)
        + _tr(inspected)
        + _tr(due)
        + (b"\x01" + b"\x11" * 8) * 5
    )
    out = bytes([0x76, base + 5]) + _array(0x19, len(ident), [ident])
    out += _array(0x0C, len(calibration), [calibration])
    return out + _SIGNATURE


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
