"""Vehicle-unit downloads: TREP-tagged blocks (Annex IC Appendix 7, chapter 2.2.6).

Each block starts ``76 <TREP>``. Gen1 blocks (01..05) carry fixed structures without a length,
so each is walked by its counters. Gen2 (21..25) and Gen2 version 2 (31..35) blocks are a
sequence of record arrays ``recordType (1) | recordSize (2) | noOfRecords (2) | records``
closed by the signature record array; record arrays of unknown types are skipped by their size.

Read: the overview (VIN, registration, current time, downloadable period, last download and its
company) and, from each activities block, DateOfDayDownloaded and OdometerValueMidnight (the VU
odometer at the end of that day, OdometerShort km; Gen1: the 3 bytes after the date, Gen2: the
record array of type 05). With ``details=True`` also (see :mod:`.vu_details`): events, faults
and over-speeding events, VU identification, calibration records. Walked over without reading:
card insertion/withdrawal records (and their odometer values), activity changes, places, GNSS,
specific conditions, border crossings, load/unload, over-speeding control data, time
adjustments, detailed speed, paired sensor and the rest of the technical data
(docs/tachograph-files.md has the exact list).
"""

from __future__ import annotations

import fleetdesk.tachoshare.ddd.vu_details as vd

from .common import (
    MAX_BLOCKS,
    Cursor,
    DddError,
    Truncated,
    codepage_string,
    ia5,
    name,
    nation,
    time_real,
)
from .model import GEN1, GEN2, GEN2V2, VEHICLE, Block, Details, TachoFile

TREP_GEN1 = {
    0x01: "overview",
    0x02: "activities",
    0x03: "events and faults",
    0x04: "detailed speed",
    0x05: "technical data",
}
TREP_GEN2 = {0x20 + k: v for k, v in TREP_GEN1.items()}
TREP_GEN2V2 = {0x30 + k: v for k, v in TREP_GEN1.items()}

# Gen2 RecordType values (Appendix 1) that this parser reads
RT_CURRENT_DATE_TIME = 0x03
RT_ODOMETER_VALUE_MIDNIGHT = 0x05  # OdometerShort, 3 bytes, km
RT_DATE_OF_DAY_DOWNLOADED = 0x06
RT_SIGNATURE = 0x08
RT_VIN = 0x0A
RT_REGISTRATION_NUMBER = 0x0B  # Gen2 v1 overview: 14 bytes, no nation
RT_DOWNLOADABLE_PERIOD = 0x13
RT_DOWNLOAD_ACTIVITY = 0x14
RT_REGISTRATION_IDENTIFICATION = 0x24  # Gen2 v2 overview: 15 bytes with nation

GEN1_SIGNATURE = 128
#: OdometerShort is 0..9,999,999 km (Appendix 1); anything above is not a reading
ODOMETER_MAX = 9_999_999


def looks_like_vu(head: bytes) -> bool:
    if head[:1] == b"\x76" and len(head) == 1:
        return True  # cut after the first byte: reported as truncated
    return (
        len(head) >= 2
        and head[0] == 0x76
        and (head[1] in TREP_GEN1 or head[1] in TREP_GEN2 or head[1] in TREP_GEN2V2)
    )


def parse_vu(buf, details: bool = False) -> TachoFile:
    cur = Cursor(buf)
    out = TachoFile(kind=VEHICLE, generation=GEN1, details=Details() if details else None)
    gens: set[str] = set()
    days = set()
    odometers: dict = {}
    while cur.remaining():
        if len(out.blocks) >= MAX_BLOCKS:
            raise DddError(f"more than {MAX_BLOCKS} blocks: not a vehicle-unit file")
        at = cur.pos
        if cur.remaining() < 2:
            raise Truncated("block tag (76 xx)", at, 2, cur.end)
        tag0, trep = cur.u8("TREP"), cur.u8("TREP")
        if tag0 != 0x76:
            raise DddError(f"offset {at}: expected a block tag 76 xx, found {tag0:02X} {trep:02X}")
        if trep in TREP_GEN1:
            gen = GEN1
            day, odo = _gen1_block(cur, trep, out)
        else:
            gen = GEN2V2 if trep in TREP_GEN2V2 else GEN2
            if trep not in TREP_GEN2 and trep not in TREP_GEN2V2:
                out.warnings.append(f"offset {at}: unknown block 76 {trep:02X} skipped")
            day, odo = _gen2_block(cur, trep & 0x0F, out, at)
        if day:
            days.add(day)
            if odo is not None:
                odometers[day] = odo
        gens.add(gen)
        out.blocks.append(Block(0x7600 | trep, at, cur.pos - at, gen, signature=True))
    if not out.blocks:
        raise DddError("empty file")
    out.generation = GEN2V2 if GEN2V2 in gens else GEN2 if GEN2 in gens else GEN1
    out.activity_days = tuple(sorted(days))
    out.odometer_days = tuple(sorted(odometers.items()))
    if out.details is not None:
        vd.finish(out.details)
    if out.vin is None and not any(b.tag & 0x0F == 1 for b in out.blocks):
        out.warnings.append("no overview block: VIN and registration unknown")
    return out


def odometer_short(b: bytes, at: int) -> int | None:
    """OdometerShort (3 bytes, km); None when out of the range the regulation allows."""
    v = int.from_bytes(b[at : at + 3], "big")
    return v if v <= ODOMETER_MAX else None


# -- Gen1 -----------------------------------------------------------------------------------
def _records(cur: Cursor, count_size: int, record_size: int, what: str) -> tuple[int, int]:
    """Skip a counted array of records; where its records start, and how many there are."""
    n = cur.u8(what) if count_size == 1 else cur.u16(what)
    start = cur.pos
    cur.skip(n * record_size, f"{n} {what} records of {record_size} bytes")
    return start, n


def _gen1_block(cur: Cursor, trep: int, out: TachoFile):
    if trep == 0x01:
        body = cur.take(491, "Gen1 overview")
        _overview_fields(
            out,
            vin=body[388:405],
            registration=body[405:420],
            now=body[420:424],
            period=body[424:432],
            download=body[433:491],
        )
        _records(cur, 1, 98, "company locks")
        _records(cur, 1, 31, "controls")
    elif trep == 0x02:
        head = cur.take(7, "Gen1 activity day")  # DateOfDayDownloaded, OdometerValueMidnight
        t = time_real(head)
        _records(cur, 2, 129, "card insertion/withdrawal")
        _records(cur, 2, 2, "activity change")
        _records(cur, 1, 28, "place")
        _records(cur, 2, 5, "specific condition")
        cur.skip(GEN1_SIGNATURE, "signature")
        return (t.date() if t else None), odometer_short(head, 4)
    elif trep == 0x03:
        faults = _records(cur, 1, vd.GEN1_FAULT, "fault")
        events = _records(cur, 1, vd.GEN1_EVENT, "event")
        cur.skip(9, "over-speeding control data")
        overspeed = _records(cur, 1, vd.GEN1_OVERSPEED, "over-speeding event")
        _records(cur, 1, 98, "time adjustment")
        if out.details is not None:
            _gen1_events(out, out.details, cur.buf, faults, events, overspeed)
    elif trep == 0x04:
        _records(cur, 2, 64, "detailed speed block")
    elif trep == 0x05:
        ident_at = cur.pos
        cur.skip(vd.GEN1_IDENTIFICATION + 20, "VU identification and paired sensor")
        cal_at, cal_n = _records(cur, 1, vd.GEN1_CALIBRATION, "calibration")
        if out.details is not None:
            vd.add_technical(
                out.details,
                buf=cur.buf,
                identification_at=ident_at,
                id_size=vd.GEN1_IDENTIFICATION,
                cal_start=cal_at,
                cal_count=cal_n,
                cal_size=vd.GEN1_CALIBRATION,
                warnings=out.warnings,
            )
    cur.skip(GEN1_SIGNATURE, "signature")
    return None, None


def _gen1_events(out: TachoFile, details: Details, buf, faults, events, overspeed) -> None:
    """The records of a Gen1 events and faults block (TREP 03): card numbers at 12 (faults,
    events: FullCardNumber after type, purpose, begin, end) and 14 (over-speeding: after the
    maximum and average speed)."""
    for fault, (start, count), size, card_at in (
        (True, faults, vd.GEN1_FAULT, 12),
        (False, events, vd.GEN1_EVENT, 12),
        (False, overspeed, vd.GEN1_OVERSPEED, 14),
    ):
        vd.add_events(
            details,
            fault=fault,
            buf=buf,
            start=start,
            count=count,
            size=size,
            card_at=card_at,
            warnings=out.warnings,
        )


def _overview_fields(
    out: TachoFile, *, vin=None, registration=None, now=None, period=None, download=None
) -> None:
    if vin is not None:
        out.vin = ia5(vin)
    if registration is not None:
        if len(registration) >= 15:  # nation, code page, 13 characters
            out.registration_nation_code = registration[0]
            out.registration_nation = nation(registration[0])
            out.registration = name(registration, 1, 13)
        elif len(registration) == 14:  # Gen2 v1: code page and 13 characters only
            out.registration = name(registration, 0, 13)
    if now is not None:
        out.vu_time = time_real(now)
    if period is not None and len(period) >= 8:
        out.period_from, out.period_to = time_real(period), time_real(period, 4)
    if download is not None and len(download) >= 58:
        # downloadingTime, FullCardNumber (type, nation, 16) [+ generation in Gen2], Name
        out.last_download = time_real(download)
        out.download_card_number = ia5(download[6:22])
        company = download[-36:]
        out.download_company = codepage_string(company[1:], company[0]) or None


# -- Gen2 -----------------------------------------------------------------------------------
def _gen2_block(cur: Cursor, kind: int, out: TachoFile, at: int):
    day = odo = None
    for _ in range(1000):  # real blocks have at most a dozen record arrays
        if cur.remaining() == 0 or cur.buf[cur.pos] == 0x76:
            out.warnings.append(f"block at offset {at} ends without a signature record array")
            return day, odo
        rtype = cur.u8("record type")
        size = cur.u16("record size")
        count = cur.u16("number of records")
        start = cur.pos
        cur.skip(size * count, f"{count} records of type {rtype:02X} ({size} bytes each)")
        if rtype == RT_SIGNATURE:
            return day, odo
        if out.details is not None and count and kind in (3, 5):
            _gen2_details(out, out.details, cur.buf, kind, rtype, size, count, start)
        if count == 0 or kind not in (1, 2):
            continue
        if kind == 1:
            _gen2_overview_records(out, rtype, size, count, cur.buf, start)
            continue
        first = bytes(cur.buf[start : start + size])  # kind 2: activities of one day
        if rtype == RT_DATE_OF_DAY_DOWNLOADED and size >= 4:
            t = time_real(first)
            day = t.date() if t else None
        elif rtype == RT_ODOMETER_VALUE_MIDNIGHT and size == 3:
            odo = odometer_short(first, 0)
    raise DddError(f"block at offset {at}: more than 1000 record arrays")


def _gen2_overview_records(out: TachoFile, rtype: int, size: int, count: int, buf, start: int) -> None:
    """One record array of a Gen2 overview block: ``count`` records of ``size`` bytes at
    ``buf[start:]``."""
    first = bytes(buf[start : start + size])
    if rtype == RT_VIN and size >= 17:
        _overview_fields(out, vin=first[:17])
    elif rtype in (RT_REGISTRATION_NUMBER, RT_REGISTRATION_IDENTIFICATION) and size in (14, 15):
        _overview_fields(out, registration=first)
    elif rtype == RT_CURRENT_DATE_TIME and size >= 4:
        _overview_fields(out, now=first)
    elif rtype == RT_DOWNLOADABLE_PERIOD and size >= 8:
        _overview_fields(out, period=first)
    elif rtype == RT_DOWNLOAD_ACTIVITY and size >= 58:
        _overview_fields(out, download=bytes(buf[start + size * (count - 1) : start + size * count]))


def _gen2_details(
    out: TachoFile, details: Details, buf, kind: int, rtype: int, size: int, count: int, start: int
) -> None:
    """One record array of a Gen2 events and faults (kind 3) or technical data (kind 5) block."""
    w = out.warnings
    if kind == 3 and rtype in (vd.RT_FAULT, vd.RT_EVENT, vd.RT_OVERSPEED_EVENT):
        card_at = 14 if rtype == vd.RT_OVERSPEED_EVENT else 12
        vd.add_events(
            details,
            fault=rtype == vd.RT_FAULT,
            buf=buf,
            start=start,
            count=count,
            size=size,
            card_at=card_at,
            warnings=w,
        )
    elif kind == 5 and rtype == vd.RT_IDENTIFICATION:
        vd.add_technical(
            details,
            buf=buf,
            identification_at=start,
            id_size=size,
            cal_start=start,
            cal_count=0,
            cal_size=size,
            warnings=w,
        )
    elif kind == 5 and rtype == vd.RT_CALIBRATION:
        vd.add_technical(
            details,
            buf=buf,
            identification_at=None,
            id_size=0,
            cal_start=start,
            cal_count=count,
            cal_size=size,
            warnings=w,
        )
