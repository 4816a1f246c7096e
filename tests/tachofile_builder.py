"""Builds tachograph files byte by byte from Reg. (EU) 2016/799 Annex IC Appendix 1 (data
dictionary) and Appendix 7 (downloading), for tests only. Deliberately independent of the
parser in fleetdesk/tachoshare/ddd: offsets are written out from the structures here.

VU activities carry each day's OdometerValueMidnight (``odometers``).
Quirks it can produce: the 76 06 transfer prefix, activity records wrapping around the end
of the card's cyclic buffer, unknown EFs, unknown TREP blocks and record arrays, Gen2 v1's
14-byte VehicleRegistrationNumber, and names in any ISO-8859 code page.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from datetime import UTC, date, datetime, time

NATION = {
    "A": 0x01,
    "B": 0x06,
    "D": 0x0D,
    "E": 0x0F,
    "F": 0x11,
    "NL": 0x26,
    "PL": 0x28,
    "GR": 0x17,
    "CZ": 0x0C,
    "BG": 0x07,
    "UK": 0x15,
    "L": 0x1E,
}


def u8(v: int) -> bytes:
    return struct.pack(">B", v)


def u16(v: int) -> bytes:
    return struct.pack(">H", v)


def u24(v: int) -> bytes:
    return v.to_bytes(3, "big")


def time_real(v: datetime | date | None) -> bytes:
    if v is None:
        return b"\x00" * 4
    if not isinstance(v, datetime):
        v = datetime.combine(v, time(0), UTC)
    return struct.pack(">I", int(v.timestamp()))


def datef(d: date) -> bytes:
    return bytes.fromhex(f"{d.year:04d}{d.month:02d}{d.day:02d}")


def ia5(text: str, size: int) -> bytes:
    return text.encode("ascii").ljust(size, b" ")[:size]


def name(text: str, code_page: int = 1, size: int = 35) -> bytes:
    """Name (Appendix 1): code-page byte + ``size`` bytes in ISO/IEC 8859-<code_page>."""
    enc = "latin_1" if code_page == 0 else f"iso8859_{code_page}"
    return u8(code_page) + text.encode(enc).ljust(size, b" ")[:size]


def full_card_number(card_type: int, nation: int, number: str) -> bytes:
    return u8(card_type) + u8(nation) + ia5(number, 16)


# -- driver card -------------------------------------------------------------------------------
def card_block(fid: int, appendix: int, data: bytes) -> bytes:
    return u16(fid) + u8(appendix) + u16(len(data)) + data


def card_identification(
    number: str, nation: int, issue: date, begin: date, expiry: date, authority: str = "KBA"
) -> bytes:
    b = (
        u8(nation)
        + ia5(number, 16)
        + name(authority)
        + time_real(issue)
        + time_real(begin)
        + time_real(expiry)
    )
    assert len(b) == 65
    return b


def holder_identification(
    surname: str, first: str, birth: date, code_page: int = 1, language: str = "de"
) -> bytes:
    b = name(surname, code_page) + name(first, code_page) + datef(birth) + ia5(language, 2)
    assert len(b) == 78
    return b


REST, AVAILABILITY, WORK, DRIVING = 0, 1, 2, 3


def activity_change(
    minute: int, activity: int, *, slot: int = 0, crew: bool = False, inserted: bool = True
) -> int:
    """ActivityChangeInfo 'scpaattttttttttt': slot, driving status (crew; with the card not
    inserted: 1 = activity known), card status (0 inserted), activity, minutes since 00:00."""
    return slot << 15 | int(crew) << 14 | int(not inserted) << 13 | activity << 11 | minute


def activity_record(
    day: date,
    prev_len: int,
    changes: int = 3,
    counter: int = 1,
    distance: int = 120,
    entries: list[int] | None = None,
) -> bytes:
    """CardActivityDailyRecord; ``entries`` (ActivityChangeInfo values) replace the default
    ``changes`` filler values."""
    body = time_real(day) + bytes.fromhex(f"{counter:04d}") + u16(distance)
    if entries is not None:
        body += b"".join(u16(v) for v in entries)
    else:
        body += b"".join(u16((i * 97) & 0x7FF) for i in range(changes))
    length = 4 + len(body)
    return u16(prev_len) + u16(length) + body


def driver_activity(
    days: list[date],
    buffer_size: int = 13776,
    start: int = 0,
    activities: dict[date, tuple[int, list[int]]] | None = None,
) -> bytes:
    """CardDriverActivity: the records of ``days`` written into a cyclic buffer of
    ``buffer_size`` bytes starting at ``start`` (so they may wrap around the end).
    ``activities``: per day (distance km, ActivityChangeInfo values)."""
    ring = bytearray(buffer_size)
    pos, prev, newest = start, 0, start
    for i, day in enumerate(days):
        if activities and day in activities:
            distance, entries = activities[day]
            rec = activity_record(day, prev, distance=distance, entries=entries)
        else:
            rec = activity_record(day, prev, changes=2 + i % 5)
        newest = pos
        for j, byte in enumerate(rec):
            ring[(pos + j) % buffer_size] = byte
        prev = len(rec)
        pos = (pos + len(rec)) % buffer_size
    return u16(start) + u16(newest) + bytes(ring)


def vehicle_record(
    generation: str,
    first: datetime,
    last: datetime,
    odometer_begin: int,
    odometer_end: int,
    plate: str,
    nation: int = 0x0D,
    vin: str = "",
    code_page: int = 1,
    counter: int = 1,
) -> bytes:
    """CardVehicleRecord: odometer begin/end (3+3), first/last use (4+4),
    VehicleRegistrationIdentification (15), vuDataBlockCounter (BCD 2) [+ Gen2 VIN (17)]."""
    b = u24(odometer_begin) + u24(odometer_end) + time_real(first) + time_real(last)
    b += u8(nation) + name(plate, code_page, 13) + bytes.fromhex(f"{counter:04d}")
    if generation != "gen1":
        b += ia5(vin, 17)
    assert len(b) == (31 if generation == "gen1" else 48)
    return b


def cyclic_ef(records: list[bytes], slots: int, record_size: int, pointer_size: int, start: int = 0) -> bytes:
    """A cyclic EF: the newest-record pointer, then ``slots`` records; ``records`` (oldest
    first) are written from slot ``start`` on, wrapping around; unused slots are zeros."""
    assert len(records) <= slots
    ring = [b"\x00" * record_size] * slots
    newest = 0
    for i, r in enumerate(records):
        newest = (start + i) % slots
        ring[newest] = r
    return newest.to_bytes(pointer_size, "big") + b"".join(ring)


def place_record(
    generation: str, t: datetime, entry_type: int, country: int, region: int, odometer: int
) -> bytes:
    """PlaceRecord: entryTime (4), entryTypeDailyWorkPeriod (1), country (1), region (1),
    odometer (3) [+ Gen2 GNSSPlaceRecord: time (4), accuracy (1), latitude (3), longitude (3)]."""
    b = time_real(t) + u8(entry_type) + u8(country) + u8(region) + u24(odometer)
    if generation != "gen1":
        b += time_real(t) + u8(5) + u24(50_000) + u24(4_000)
    return b


def card_event_record(
    event_type: int, begin: datetime, end: datetime, plate: str, nation: int = 0x0D
) -> bytes:
    """CardEventRecord / CardFaultRecord: type (1), begin (4), end (4), vehicle (15)."""
    return u8(event_type) + time_real(begin) + time_real(end) + u8(nation) + name(plate, 1, 13)


def driver_card_file(
    *,
    generation: str = "gen1",
    number: str = "D123456789012301",
    nation: int = 0x0D,
    surname: str = "Mustermann",
    first_names: str = "Erika",
    code_page: int = 1,
    issue: date = date(2022, 3, 1),
    expiry: date = date(2027, 2, 28),
    birth: date = date(1980, 5, 17),
    days: list[date] | None = None,
    last_download: datetime | None = datetime(2026, 11, 30, 8, 15, tzinfo=UTC),
    prefix: bool = False,
    unknown_ef: bool = False,
    ring_start: int = 0,
    buffer_size: int = 13776,
    signatures: bool = True,
    v2_efs: bool = True,
    activities: dict[date, tuple[int, list[int]]] | None = None,
    vehicles: list[bytes] | None = None,
    vehicle_slots: int = 0,
    vehicle_start: int = 0,
    places: list[bytes] | None = None,
    place_slots: int = 0,
    events: list[bytes] | None = None,
    faults: list[bytes] | None = None,
) -> bytes:
    """``v2_efs=False``: a Gen2v2 card downloaded by a tool that reads only the Gen2v1 EFs (the
    card's structure version still says 01 01).
    ``vehicles``/``places``: records (from :func:`vehicle_record` / :func:`place_record`,
    built for the Gen2 layout on Gen2 cards: the Gen1 application gets the same records cut to
    the Gen1 layout) written into ``*_slots`` cyclic slots; ``events``/``faults``: records from
    :func:`card_event_record`, the rest of the EF empty."""
    days = days if days is not None else [date(2026, 11, 1 + i) for i in range(28)]
    ident = card_identification(number, nation, issue, issue, expiry) + holder_identification(
        surname, first_names, birth, code_page
    )
    out = bytearray(b"\x76\x06" if prefix else b"")
    out += card_block(0x0002, 0x00, u8(0) + b"\x11" * 8 + b"\x22" * 8 + u8(1) + b"\x33" * 5 + b"\x44" * 2)
    out += card_block(0x0005, 0x00, b"\x55" * 8)

    def df(data_app: int, sig_app: int, sig_len: int, version: bytes, extra: bytes):
        b = bytearray()

        def ef(fid: int, data: bytes, signed: bool = True):
            b.extend(card_block(fid, data_app, data))
            if signed and signatures:
                b.extend(card_block(fid, sig_app, b"\x5a" * sig_len))

        # DriverCardApplicationIdentification: type, structure version, events, faults,
        # activityStructureLength, vehicle records, place records (+ Gen2 counters)
        ef(0x0501, u8(1) + version + u8(12) + u8(24) + u16(buffer_size) + u16(84) + u8(112) + extra)
        ef(0xC100, b"\xc1" * (194 if data_app == 0 else 204), signed=False)
        ef(0xC108, b"\xc8" * (194 if data_app == 0 else 204), signed=False)
        ef(0x0520, ident)
        if unknown_ef:
            ef(0x05FF, b"\xee" * 77)
        gen1 = data_app == 0
        ef(0x0502, b"".join(events or []).ljust(24 * 6, b"\x00"))
        ef(0x0503, b"".join(faults or []).ljust(24 * 2, b"\x00"))
        ef(0x0504, driver_activity(days, buffer_size, ring_start, activities))
        if vehicles is None:
            ef(0x0505, b"\x00" * 2)
        else:
            size = 31 if gen1 else 48
            recs = [r[:size] for r in vehicles]
            ef(0x0505, cyclic_ef(recs, max(vehicle_slots, len(recs)), size, 2, vehicle_start))
        if places is None:
            ef(0x0506, b"\x00")
        else:
            size = 10 if gen1 else 21
            recs = [r[:size] for r in places]
            ef(0x0506, cyclic_ef(recs, max(place_slots, len(recs)), size, 1 if gen1 else 2))
        ef(0x0507, b"\x00" * 19)
        ef(0x0508, b"\x00" * 46)
        ef(0x050E, time_real(last_download))
        ef(0x0521, b"\x00" * 53)
        ef(0x0522, b"\x00" * 280)
        return b

    out += df(0x00, 0x01, 128, b"\x00\x02", b"")
    if generation in ("gen2", "gen2v2"):
        g2 = df(
            0x02, 0x03, 64, b"\x01\x00" if generation == "gen2" else b"\x01\x01", u16(0) + u16(0) + u16(0)
        )
        out += g2
        if generation == "gen2v2" and v2_efs:
            out += card_block(0x0525, 0x02, u16(0) + u16(0) + u16(0) + u16(0))
            out += card_block(0x0525, 0x03, b"\x5a" * 64)
            out += card_block(0x0528, 0x02, u16(0))
            out += card_block(0x0528, 0x03, b"\x5a" * 64)
    return bytes(out)


# -- vehicle unit ------------------------------------------------------------------------------
def record_array(rtype: int, size: int, records: list[bytes]) -> bytes:
    assert all(len(r) == size for r in records)
    return u8(rtype) + u16(size) + u16(len(records)) + b"".join(records)


def full_card_number_gen(generation: str, card_type: int, nation: int, number: str) -> bytes:
    """FullCardNumber (18); Gen2 VU records carry FullCardNumberAndGeneration (+ 1 byte)."""
    return full_card_number(card_type, nation, number) + (b"" if generation == "gen1" else u8(2))


def vu_event_record(
    generation: str,
    event_type: int,
    begin: datetime,
    end: datetime,
    card: str = "D123456789012301",
    purpose: int = 1,
) -> bytes:
    """VuEventRecord: type, purpose, begin, end, 4 card numbers (driver/co-driver slot at
    begin/end), similarEventsNumber [+ Gen2 ManufacturerSpecificEventFaultData (4)]."""
    cards = (
        full_card_number_gen(generation, 1, 0x0D, card) + b"\x00" * (18 if generation == "gen1" else 19) * 3
    )
    b = u8(event_type) + u8(purpose) + time_real(begin) + time_real(end) + cards + u8(1)
    if generation != "gen1":
        b += b"\x00" * 4
    assert len(b) == (83 if generation == "gen1" else 91)
    return b


def vu_fault_record(
    generation: str,
    fault_type: int,
    begin: datetime,
    end: datetime,
    card: str = "D123456789012301",
    purpose: int = 1,
) -> bytes:
    """VuFaultRecord: as VuEventRecord without similarEventsNumber."""
    cards = (
        full_card_number_gen(generation, 1, 0x0D, card) + b"\x00" * (18 if generation == "gen1" else 19) * 3
    )
    b = u8(fault_type) + u8(purpose) + time_real(begin) + time_real(end) + cards
    if generation != "gen1":
        b += b"\x00" * 4
    assert len(b) == (82 if generation == "gen1" else 90)
    return b


def vu_overspeed_record(
    generation: str,
    begin: datetime,
    end: datetime,
    max_speed: int,
    avg_speed: int,
    card: str = "D123456789012301",
) -> bytes:
    """VuOverSpeedingEventRecord: type 07, purpose, begin, end, max and average speed, the
    driver's card, similarEventsNumber."""
    b = u8(0x07) + u8(1) + time_real(begin) + time_real(end) + u8(max_speed) + u8(avg_speed)
    b += full_card_number_gen(generation, 1, 0x0D, card) + u8(1)
    assert len(b) == (31 if generation == "gen1" else 32)
    return b


def vu_identification(
    generation: str,
    manufacturer: str = "Continental Automotive",
    address: str = "Villingen",
    part_number: str = "1381.2053110003",
    serial: int = 123456,
    month_year: str = "0322",
    software: str = "0403",
    installed: datetime = datetime(2022, 3, 10, tzinfo=UTC),
    made: datetime = datetime(2022, 3, 1, tzinfo=UTC),
    approval: str = "e1-84",
) -> bytes:
    """VuIdentification: name (36), address (36), part number (16), ExtendedSerialNumber
    (serial 4, BCD mmyy 2, type 1, manufacturer 1), software version (4) and installation
    date (4), manufacturing date (4), approval number (Gen1 8; Gen2 16 + generation + ability)."""
    b = name(manufacturer) + name(address) + ia5(part_number, 16)
    b += struct.pack(">I", serial) + bytes.fromhex(month_year) + u8(6) + u8(0xA1)
    b += ia5(software, 4) + time_real(installed) + time_real(made)
    b += ia5(approval, 8) if generation == "gen1" else ia5(approval, 16) + u8(2) + u8(0)
    assert len(b) == (116 if generation == "gen1" else 126)
    return b


def vu_calibration_record(
    generation: str,
    purpose: int,
    when: datetime,
    next_due: date,
    odometer: int,
    workshop: str = "Bosch Service Köln",
    card: str = "D000000099887701",
    vin: str = "WDB9634031L123456",
    plate: str = "B-XY 123",
    nation: int = 0x0D,
    tyre: str = "315/70 R22.5",
    speed: int = 90,
) -> bytes:
    """VuCalibrationRecord: purpose, workshop name and address, workshop card and its expiry,
    VIN, plate, w, k, l, tyre size, authorised speed, old/new odometer, old/new time, next
    calibration date [+ Gen2 SealDataVu: 5 x (equipment type 1, seal identifier 8)]."""
    b = u8(purpose) + name(workshop) + name("Industriestr. 1") + full_card_number(2, nation, card)
    b += time_real(datetime(2028, 1, 1, tzinfo=UTC)) + ia5(vin, 17) + u8(nation) + name(plate, 1, 13)
    b += u16(8000) + u16(8000) + u16(3200) + ia5(tyre, 15) + u8(speed)
    b += u24(max(0, odometer - 5)) + u24(odometer) + time_real(when) + time_real(when) + time_real(next_due)
    if generation != "gen1":
        b += (u8(1) + b"\x11" * 8) * 5
    assert len(b) == (167 if generation == "gen1" else 212)
    return b


def vu_detail_blocks(
    generation: str,
    *,
    events: Sequence[bytes] = (),
    faults: Sequence[bytes] = (),
    overspeed: Sequence[bytes] = (),
    identification: bytes | None = None,
    calibrations: Sequence[bytes] = (),
) -> bytes:
    """The events and faults block (TREP 03/23/33) and the technical data block (05/25/35)
    holding the given records (built for ``generation``)."""
    ident = identification if identification is not None else vu_identification(generation)
    if generation == "gen1":
        sig = b"\x5a" * 128
        ev = u8(len(faults)) + b"".join(faults) + u8(len(events)) + b"".join(events)
        ev += time_real(None) + time_real(None) + u8(0) + u8(len(overspeed)) + b"".join(overspeed) + u8(0)
        tech = ident + b"\x00" * 20 + u8(len(calibrations)) + b"".join(calibrations)
        return b"\x76\x03" + ev + sig + b"\x76\x05" + tech + sig
    base = 0x20 if generation == "gen2" else 0x30
    sig = record_array(0x08, 64, [b"\x5a" * 64])
    ev = record_array(0x18, 90, list(faults)) + record_array(0x15, 91, list(events))
    ev += record_array(0x1A, 9, [b"\x00" * 9]) + record_array(0x1B, 32, list(overspeed))
    ev += record_array(0x1E, 99, [])
    tech = record_array(0x19, len(ident), [ident]) + record_array(0x20, 20, [b"\x00" * 20])
    tech += record_array(0x0C, 212, list(calibrations))
    return u8(0x76) + u8(base + 3) + ev + sig + u8(0x76) + u8(base + 5) + tech + sig


def vu_file(
    *,
    generation: str = "gen1",
    vin: str = "WDB9634031L123456",
    plate: str = "B-XY 123",
    nation: int = 0x0D,
    code_page: int = 1,
    period: tuple[datetime, datetime] = (
        datetime(2025, 6, 1, tzinfo=UTC),
        datetime(2026, 12, 1, 17, 30, tzinfo=UTC),
    ),
    downloaded: datetime = datetime(2026, 12, 2, 6, 0, tzinfo=UTC),
    company: str = "Spedition Muster GmbH",
    days: list[date] | None = None,
    unknown_block: bool = False,
    unknown_record: bool = False,
    extra_blocks: bool = True,
    locks: int = 1,
    controls: int = 2,
    odometers: list[int] | None = None,
    day_stamp: time = time(0),
    details: dict | None = None,
) -> bytes:
    """``details``: keyword arguments of :func:`vu_detail_blocks`, whose events/faults and
    technical data blocks then replace the default (empty) ones. ``odometers``: OdometerValueMidnight of each day in ``days`` (km at the end of the day);
    by default 120,000 km plus 400 km a day. ``day_stamp``: the time of day written in each
    DateOfDayDownloaded (real Gen1 vehicle units write 23:59:59 of the day)."""
    days = days if days is not None else [date(2026, 11, 25 + i) for i in range(6)]
    odometers = odometers if odometers is not None else [120_000 + 400 * (i + 1) for i in range(len(days))]
    assert len(odometers) == len(days)
    now = downloaded
    company_card = full_card_number(4, nation, "D000000012345600")
    if generation == "gen1":
        out = bytearray()
        ov = b"\x01" * 194 + b"\x02" * 194 + ia5(vin, 17) + u8(nation) + name(plate, code_page, 13)
        ov += time_real(now) + time_real(period[0]) + time_real(period[1]) + u8(0x11)
        ov += time_real(downloaded) + company_card + name(company)
        ov += u8(locks) + b"".join(
            time_real(period[0]) + time_real(None) + name(company) + name("Addr") + company_card
            for _ in range(locks)
        )
        ov += u8(controls) + b"".join(
            u8(2)
            + time_real(now)
            + full_card_number(3, nation, "C1")
            + time_real(period[0])
            + time_real(period[1])
            for _ in range(controls)
        )
        out += b"\x76\x01" + ov + b"\x5a" * 128
        for day, odometer in zip(days, odometers):
            # DateOfDayDownloaded (TimeReal), OdometerValueMidnight (OdometerShort)
            act = time_real(datetime.combine(day, day_stamp, UTC)) + u24(odometer)
            iw = (
                name("Mustermann")
                + name("Erika")
                + full_card_number(1, nation, "D123456789012301")
                + time_real(date(2027, 2, 28))
                + time_real(day)
                + u24(1)
                + u8(0)
                + time_real(day)
                + u24(2)
                + u8(nation)
                + name(plate, code_page, 13)
                + time_real(None)
                + u8(0)
            )
            assert len(iw) == 129
            act += u16(1) + iw + u16(3) + b"\x00\x00" * 3 + u8(1) + b"\x00" * 28 + u16(1) + b"\x00" * 5
            out += b"\x76\x02" + act + b"\x5a" * 128
        if details is not None:
            out += vu_detail_blocks(generation, **details)
        elif extra_blocks:
            out += (
                b"\x76\x03"
                + u8(1)
                + b"\x00" * 82
                + u8(2)
                + b"\x00" * 166
                + b"\x00" * 9
                + u8(0)
                + u8(1)
                + b"\x00" * 98
                + b"\x5a" * 128
            )
            out += b"\x76\x04" + u16(3) + b"\x00" * 192 + b"\x5a" * 128
            out += b"\x76\x05" + b"\x00" * 116 + b"\x00" * 20 + u8(1) + b"\x00" * 167 + b"\x5a" * 128
        return bytes(out)

    base = 0x20 if generation == "gen2" else 0x30
    sig = record_array(0x08, 64, [b"\x5a" * 64])
    out = bytearray(u8(0x76) + u8(base + 1))
    out += record_array(0x04, 205, [b"\x01" * 205]) + record_array(0x0F, 205, [b"\x02" * 205])
    out += record_array(0x0A, 17, [ia5(vin, 17)])
    if generation == "gen2":  # Gen2 v1: VehicleRegistrationNumber, 14 bytes, no nation
        out += record_array(0x0B, 14, [name(plate, code_page, 13)])
    else:
        out += record_array(0x24, 15, [u8(nation) + name(plate, code_page, 13)])
    out += record_array(0x03, 4, [time_real(now)])
    out += record_array(0x13, 8, [time_real(period[0]) + time_real(period[1])])
    out += record_array(0x02, 1, [u8(0x11)])
    older = time_real(datetime(2026, 6, 1, tzinfo=UTC)) + company_card + u8(2) + name("Old Co")
    out += record_array(0x14, 59, [older, time_real(downloaded) + company_card + u8(2) + name(company)])
    out += record_array(0x10, 99, [b"\x00" * 99] * locks)
    if unknown_record:
        out += record_array(0x3F, 7, [b"\x07" * 7] * 3)
    out += record_array(0x11, 32, [b"\x00" * 32] * controls)
    out += sig
    for day, odometer in zip(days, odometers):
        out += u8(0x76) + u8(base + 2)
        # DateOfDayDownloadedRecordArray (06), OdometerValueMidnightRecordArray (05)
        stamp = time_real(datetime.combine(day, day_stamp, UTC))
        out += record_array(0x06, 4, [stamp]) + record_array(0x05, 3, [u24(odometer)])
        # record sizes as in a real Gen2v2 download (tachograph-go's anonymised records) and
        # Appendix 1: VuCardIWRecord 131, VuPlaceDailyWorkPeriodRecord 40 (v2: 41, GNSS place
        # with authentication), VuGNSSADRecord 56 (v2: 57), border crossing 55, load/unload 58
        v2 = generation == "gen2v2"
        out += record_array(0x0D, 131, [b"\x00" * 131]) + record_array(0x01, 2, [b"\x00\x01", b"\x08\x00"])
        out += record_array(0x1C, 41 if v2 else 40, []) + record_array(0x16, 57 if v2 else 56, [])
        out += record_array(0x09, 5, [])
        if v2:
            out += record_array(0x22, 55, []) + record_array(0x23, 58, [])
        out += sig
    if unknown_block:
        out += u8(0x76) + u8(base + 0x0F) + record_array(0x3E, 10, [b"\x00" * 10] * 2) + sig
    if details is not None:
        out += vu_detail_blocks(generation, **details)
    elif extra_blocks:
        out += u8(0x76) + u8(base + 4) + record_array(0x12, 64, [b"\x00" * 64] * 2) + sig
        out += u8(0x76) + u8(base + 5) + record_array(0x19, 116, [b"\x00" * 116]) + sig
    return bytes(out)
