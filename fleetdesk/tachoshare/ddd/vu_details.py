"""Vehicle-unit records beyond the overview (Annex IC Appendix 1), read only when asked.

The block walkers in :mod:`.vu` find the records (Gen1: by their counters; Gen2: record arrays)
and hand each array here as ``buf, start, count, size``. Only the leading fields common to all
generations are decoded (later generations append fields), and at most :data:`MAX_RECORDS`
records of one array are read, so a hostile count costs bounded time and memory.
"""

from __future__ import annotations

from .codes import CALIBRATING, calibration_purpose, event_fault_type
from .common import codepage_string, ia5, name, nation, time_real
from .model import Calibration, Details, EventRecord, VuIdentification

MAX_RECORDS = 10_000
ODOMETER_MAX = 9_999_999

#: Gen1 sizes (Gen2 sizes come with each record array)
GEN1_FAULT, GEN1_EVENT, GEN1_OVERSPEED = 82, 83, 31
GEN1_IDENTIFICATION, GEN1_CALIBRATION = 116, 167

#: Gen2 RecordType values (Appendix 1) of the events/faults and technical data blocks
RT_CALIBRATION = 0x0C
RT_EVENT = 0x15
RT_FAULT = 0x18
RT_IDENTIFICATION = 0x19
RT_OVERSPEED_EVENT = 0x1B

#: the structures read with ``details=True``
READ_DETAILS = (
    "events and faults: VuFaultRecord, VuEventRecord, VuOverSpeedingEventRecord (type, purpose, "
    "begin, end, card in the driver slot)",
    "technical data: VuIdentification (manufacturer, part and serial number, software version and "
    "installation, manufacturing date, approval), VuCalibrationRecord (purpose, workshop, VIN, plate, "
    "tyre size, authorised speed, odometer, time, next calibration date)",
)


def _records(buf, start: int, count: int, size: int, what: str, warnings: list[str]):
    if count > MAX_RECORDS:
        warnings.append(f"{count} {what} records; the first {MAX_RECORDS} are read")
        count = MAX_RECORDS
    for i in range(count):
        yield bytes(buf[start + i * size : start + (i + 1) * size])


def _event(r: bytes, card_at: int) -> EventRecord | None:
    """VuEventRecord / VuFaultRecord (card number at 12) and VuOverSpeedingEventRecord (at 14):
    type (1), purpose (1), begin (4), end (4), ..."""
    if len(r) < 10:
        return None
    begin, end = time_real(r, 2), time_real(r, 6)
    if begin is None and end is None:
        return None
    card = ia5(r[card_at : card_at + 16]) if len(r) >= card_at + 16 else None
    return EventRecord(r[0], event_fault_type(r[0]), begin, end, card_number=card, purpose=r[1])


def add_events(
    details: Details, *, fault: bool, buf, start: int, count: int, size: int, card_at: int, warnings
) -> None:
    what = "fault" if fault else "event"
    found = [e for r in _records(buf, start, count, size, what, warnings) if (e := _event(r, card_at))]
    if fault:
        details.faults += tuple(found)
    else:
        details.events += tuple(found)


def identification(r: bytes) -> VuIdentification | None:
    """VuIdentification: manufacturer name (36) and address (36), part number (16), serial
    number (ExtendedSerialNumber 8), software version (4) and installation (4), manufacturing
    date (4), approval number (Gen1 8, Gen2 16)."""
    if len(r) < GEN1_IDENTIFICATION:
        return None
    month_year = r[92:94].hex()
    installed, made = time_real(r, 100), time_real(r, 104)
    serial = int.from_bytes(r[88:92], "big")
    manufacturer, part = name(r, 0), ia5(r[72:88])
    if not (manufacturer or part or serial):
        return None  # an empty record
    return VuIdentification(
        manufacturer=manufacturer,
        address=name(r, 36),
        part_number=part,
        serial_number=serial,
        serial_month_year=month_year if month_year.isdigit() and month_year != "0000" else None,
        software_version=ia5(r[96:100]),
        software_installed=installed.date() if installed else None,
        manufacturing_date=made.date() if made else None,
        approval_number=ia5(r[108 : min(len(r), 124)]),
    )


def calibration(r: bytes) -> Calibration | None:
    """VuCalibrationRecord's first 167 bytes (the same in every generation; Gen2 appends the
    seal data and Gen2 v2 more)."""
    if len(r) < GEN1_CALIBRATION or r[0] == 0:
        return None
    odometer = int.from_bytes(r[152:155], "big")
    due = time_real(r, 163)
    return Calibration(
        purpose=r[0],
        purpose_text=calibration_purpose(r[0]),
        workshop=codepage_string(r[2:37], r[1]) or None,
        workshop_card=ia5(r[75:91]),
        vin=ia5(r[95:112]),
        registration=name(r, 113, 13),
        registration_nation=nation(r[112]),
        tyre_size=ia5(r[133:148]),
        authorised_speed=r[148],
        odometer=odometer if odometer <= ODOMETER_MAX else None,
        time=time_real(r, 159),
        next_due=due.date() if due else None,
    )


def add_technical(
    details: Details,
    *,
    buf,
    identification_at: int | None,
    id_size: int,
    cal_start: int,
    cal_count: int,
    cal_size: int,
    warnings,
) -> None:
    if identification_at is not None and details.vu_identification is None:
        details.vu_identification = identification(
            bytes(buf[identification_at : identification_at + id_size])
        )
    found = [
        c
        for r in _records(buf, cal_start, cal_count, cal_size, "calibration", warnings)
        if (c := calibration(r))
    ]
    details.calibrations += tuple(found)


def finish(details: Details) -> None:
    """Oldest first, as every detail tuple is."""
    details.events = tuple(sorted(details.events, key=_begin))
    details.faults = tuple(sorted(details.faults, key=_begin))
    details.calibrations = tuple(
        sorted(details.calibrations, key=lambda c: c.time.timestamp() if c.time else 0)
    )


def _begin(e: EventRecord) -> float:
    t = e.begin or e.end
    return t.timestamp() if t else 0.0


__all__ = ["CALIBRATING", "add_events", "add_technical", "finish", "identification", "calibration"]
