"""Driver-card records beyond the header (Annex IC Appendix 1), read only when asked.

Each reader gets one EF's bytes and the generation of the application (DF) it came from; the
record layouts differ between Gen1 and Gen2 where noted. Every count is derived from the EF's
length (at most 65,535 bytes), so nothing here can loop longer than the EF is long.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .codes import event_fault_type, place_is_begin
from .common import ia5, name, nation, time_real, u16
from .model import GEN1, DayActivity, Details, EventRecord, Place, VehicleUse

#: CardVehicleRecord: odometerBegin (3), odometerEnd (3), firstUse (4), lastUse (4),
#: VehicleRegistrationIdentification (nation 1, code page 1, 13), vuDataBlockCounter (2)
#: [+ Gen2: vehicleIdentificationNumber (17)]
VEHICLE_RECORD = {GEN1: 31}
VEHICLE_RECORD_GEN2 = 48
#: PlaceRecord: entryTime (4), entryType (1), country (1), region (1), odometer (3)
#: [+ Gen2: GNSSPlaceRecord (11)]; the newest-record pointer is 1 byte in Gen1, 2 in Gen2
PLACE_RECORD = {GEN1: 10}
PLACE_RECORD_GEN2 = 21
#: CardEventRecord / CardFaultRecord: type (1), begin (4), end (4), VehicleRegistrationIdentification (15)
EVENT_RECORD = 24
ODOMETER_MAX = 9_999_999


def _odometer(b: bytes, at: int) -> int | None:
    v = int.from_bytes(b[at : at + 3], "big")
    return v if v <= ODOMETER_MAX else None


def _plate(b: bytes, at: int) -> tuple[str | None, str | None]:
    """VehicleRegistrationIdentification: nation (1), code page (1), 13 characters."""
    return name(b, at + 1, 13), nation(b[at])


def _cyclic(b: bytes, pointer_size: int, record: int) -> list[bytes]:
    """The records of a cyclic EF ``newestPointer | records``, oldest first (the one after the
    newest is the oldest); a pointer outside the records reads them in stored order."""
    if len(b) < pointer_size:
        return []
    newest = int.from_bytes(b[:pointer_size], "big")
    body = b[pointer_size:]
    n = len(body) // record
    records = [body[i * record : (i + 1) * record] for i in range(n)]
    if newest < n:
        records = records[newest + 1 :] + records[: newest + 1]
    return records


def vehicles_used(b: bytes, gen: str, warnings: list[str]) -> tuple[VehicleUse, ...]:
    """EF Vehicles_Used (0505): CardVehiclesUsed."""
    size = VEHICLE_RECORD.get(gen, VEHICLE_RECORD_GEN2)
    out = []
    for r in _cyclic(b, 2, size):
        first, last = time_real(r, 6), time_real(r, 10)
        if first is None and last is None:
            continue  # an empty slot
        plate, plate_nation = _plate(r, 14)
        vin = None
        if size == VEHICLE_RECORD_GEN2:
            vin = ia5(r[31:48])
        out.append(VehicleUse(first, last, _odometer(r, 0), _odometer(r, 3), plate, plate_nation, vin))
    out.sort(key=lambda v: v.first_use or v.last_use)  # type: ignore[arg-type,return-value]
    return tuple(out)


def places(b: bytes, gen: str, warnings: list[str]) -> tuple[Place, ...]:
    """EF Places (0506): CardPlaceDailyWorkPeriod."""
    gen1 = gen == GEN1
    out = []
    for r in _cyclic(b, 1 if gen1 else 2, PLACE_RECORD[GEN1] if gen1 else PLACE_RECORD_GEN2):
        t = time_real(r)
        if t is None:
            continue
        out.append(Place(t, place_is_begin(r[4]), r[4], nation(r[5]), r[6], _odometer(r, 7)))
    out.sort(key=lambda p: p.time)
    return tuple(out)


def events(b: bytes, warnings: list[str]) -> tuple[EventRecord, ...]:
    """EF Events_Data (0502) or EF Faults_Data (0503): all CardEventRecords / CardFaultRecords,
    whatever the number of types and records per type (Gen1 6 event types, Gen2 11)."""
    out = []
    for i in range(len(b) // EVENT_RECORD):
        r = b[i * EVENT_RECORD : (i + 1) * EVENT_RECORD]
        begin, end = time_real(r, 1), time_real(r, 5)
        if begin is None and end is None:
            continue
        plate, plate_nation = _plate(r, 9)
        out.append(EventRecord(r[0], event_fault_type(r[0]), begin, end, plate, plate_nation))
    out.sort(key=lambda e: e.begin or e.end)  # type: ignore[arg-type,return-value]
    return tuple(out)


#: ActivityChangeInfo 'scpaattttttttttt': aa = 00 break/rest, 01 availability, 10 work, 11 driving
_ACTIVITY = ("rest", "availability", "work", "driving")
MINUTES_PER_DAY = 1440


def day_totals(day: date, distance: int, changes: list[int]) -> DayActivity:
    """Minutes per activity over one day from its ActivityChangeInfo values. Each change lasts
    until the next one (the last until midnight); a change whose time goes backwards or past
    23:59 is ignored. On a card, p=1 (card not inserted) with c=0 means the activity is unknown."""
    totals = {"rest": 0, "availability": 0, "work": 0, "driving": 0, "unknown": 0}
    valid: list[tuple[int, str]] = []
    for v in changes:
        minute = v & 0x7FF
        if minute >= MINUTES_PER_DAY or (valid and minute < valid[-1][0]):
            continue
        not_inserted, known = v & 0x2000, v & 0x4000
        kind = "unknown" if not_inserted and not known else _ACTIVITY[(v >> 11) & 3]
        valid.append((minute, kind))
    for i, (minute, kind) in enumerate(valid):
        until = valid[i + 1][0] if i + 1 < len(valid) else MINUTES_PER_DAY
        totals[kind] += until - minute
    return DayActivity(
        day,
        distance,
        totals["driving"],
        totals["work"],
        totals["availability"],
        totals["rest"],
        totals["unknown"],
        len(changes),
    )


def daily_activity(b: bytes, warnings: list[str]) -> tuple[DayActivity, ...]:
    """EF Driver_Activity_Data (0504): each CardActivityDailyRecord of the cyclic buffer,
    ``previousLength (2) | recordLength (2) | date (4) | presenceCounter (2) | distance (2) |
    ActivityChangeInfo (2) ...``, oldest first; records may wrap around the buffer's end."""
    if len(b) < 4:
        return ()
    oldest, newest = u16(b, 0), u16(b, 2)
    ring = b[4:]
    size = len(ring)
    if size < 12 or oldest >= size or newest >= size:
        return ()  # activity_days() already warned

    def at(pos: int, n: int) -> bytes:
        pos %= size
        chunk = ring[pos : pos + n]
        return chunk if len(chunk) == n else chunk + ring[: n - len(chunk)]

    out: list[DayActivity] = []
    pos = oldest
    for _ in range(size // 12 + 1):  # a record is at least 12 bytes: bounded walk
        head = at(pos, 12)
        length = u16(head, 2)
        t = time_real(head, 4)
        if t is None or length < 12 or length > size:
            warnings.append(
                f"activity record at buffer offset {pos} is not valid; daily activity stops there"
            )
            break
        body = at(pos + 12, length - 12)
        changes = [u16(body, i) for i in range(0, len(body) - 1, 2)]
        day = t.date()
        if not out or day > out[-1].day:
            out.append(day_totals(day, u16(head, 10), changes))
        if pos == newest:
            break
        pos = (pos + length) % size
    return tuple(out)


EF_EVENTS, EF_FAULTS, EF_DRIVER_ACTIVITY, EF_VEHICLES_USED, EF_PLACES = 0x0502, 0x0503, 0x0504, 0x0505, 0x0506
#: the EFs read with ``details=True``, besides those of the header (card.READ)
READ_DETAILS = {
    EF_EVENTS: "Events_Data (CardEventRecord: type, begin, end, vehicle)",
    EF_FAULTS: "Faults_Data (CardFaultRecord: type, begin, end, vehicle)",
    EF_DRIVER_ACTIVITY: "Driver_Activity_Data (each day: distance, minutes per activity)",
    EF_VEHICLES_USED: "Vehicles_Used (CardVehicleRecord: plate, VIN in Gen2, odometer, first/last use)",
    EF_PLACES: "Places (PlaceRecord: begin/end of daily work period, country, region, odometer)",
}


def card_details(ef: Callable[[int], tuple[bytes, str] | None], warnings: list[str]) -> Details:
    """The detail records of a card; ``ef(fid)`` gives an EF's bytes and generation (the Gen2
    application's copy where there is one)."""
    out = Details()
    if got := ef(EF_VEHICLES_USED):
        out.vehicles_used = vehicles_used(got[0], got[1], warnings)
    if got := ef(EF_PLACES):
        out.places = places(got[0], got[1], warnings)
    if got := ef(EF_DRIVER_ACTIVITY):
        out.daily_activity = daily_activity(got[0], warnings)
    if got := ef(EF_EVENTS):
        out.events = events(got[0], warnings)
    if got := ef(EF_FAULTS):
        out.faults = events(got[0], warnings)
    return out
