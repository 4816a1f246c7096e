"""What the parser tells about one tachograph file: header facts, never a verdict on its
authenticity (signatures are not checked; see :mod:`.signature`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

CARD, VEHICLE = "card", "vehicle"
GEN1, GEN2, GEN2V2 = "gen1", "gen2", "gen2v2"


@dataclass
class Block:
    """One top-level block: a card EF (``tag`` = FID) or a vehicle-unit TREP (``tag`` = 0x76xx)."""

    tag: int
    offset: int
    length: int
    generation: str
    signature: bool = False  # a signature block/record array belongs to it


@dataclass(frozen=True)
class VehicleUse:
    """CardVehicleRecord: one vehicle the card was used in (EF Vehicles_Used)."""

    first_use: datetime | None
    last_use: datetime | None
    odometer_begin: int | None
    odometer_end: int | None
    registration: str | None
    registration_nation: str | None
    vin: str | None = None  # Gen2 only

    @property
    def distance_km(self) -> int | None:
        if self.odometer_begin is None or self.odometer_end is None:
            return None
        return max(0, self.odometer_end - self.odometer_begin)

    def to_json(self) -> dict:
        return {
            "first_use": _t(self.first_use),
            "last_use": _t(self.last_use),
            "odometer_begin": self.odometer_begin,
            "odometer_end": self.odometer_end,
            "distance_km": self.distance_km,
            "registration": self.registration,
            "registration_nation": self.registration_nation,
            "vin": self.vin,
        }


@dataclass(frozen=True)
class Place:
    """PlaceRecord: where a daily work period began or ended (EF Places)."""

    time: datetime
    begin: bool
    entry_type: int  # EntryTypeDailyWorkPeriod
    country: str | None
    region: int
    odometer: int | None

    def to_json(self) -> dict:
        return {
            "time": _t(self.time),
            "entry": "begin" if self.begin else "end",
            "entry_type": self.entry_type,
            "country": self.country,
            "region": self.region,
            "odometer": self.odometer,
        }


@dataclass(frozen=True)
class DayActivity:
    """One CardActivityDailyRecord summed up: minutes per activity over the day (UTC)."""

    day: date
    distance_km: int
    driving: int
    work: int
    availability: int
    rest: int
    unknown: int  # card not inserted and no activity entered
    changes: int

    def to_json(self) -> dict:
        return {
            "date": self.day.isoformat(),
            "distance_km": self.distance_km,
            "driving_min": self.driving,
            "work_min": self.work,
            "availability_min": self.availability,
            "rest_min": self.rest,
            "unknown_min": self.unknown,
            "changes": self.changes,
        }


@dataclass(frozen=True)
class EventRecord:
    """A card or VU event or fault: type (EventFaultType), begin and end."""

    code: int
    description: str
    begin: datetime | None
    end: datetime | None
    registration: str | None = None  # card records: the vehicle
    registration_nation: str | None = None
    card_number: str | None = None  # VU records: the card in the driver slot at the beginning
    purpose: int | None = None  # VU records: EventFaultRecordPurpose

    def to_json(self) -> dict:
        return {
            "type": self.code,
            "description": self.description,
            "begin": _t(self.begin),
            "end": _t(self.end),
            "registration": self.registration,
            "registration_nation": self.registration_nation,
            "card_number": self.card_number,
            "purpose": self.purpose,
        }


@dataclass(frozen=True)
class VuIdentification:
    manufacturer: str | None
    address: str | None
    part_number: str | None
    serial_number: int | None
    serial_month_year: str | None  # MMYY
    software_version: str | None
    software_installed: date | None
    manufacturing_date: date | None
    approval_number: str | None

    def to_json(self) -> dict:
        return {
            "manufacturer": self.manufacturer,
            "address": self.address,
            "part_number": self.part_number,
            "serial_number": self.serial_number,
            "serial_month_year": self.serial_month_year,
            "software_version": self.software_version,
            "software_installed": _d(self.software_installed),
            "manufacturing_date": _d(self.manufacturing_date),
            "approval_number": self.approval_number,
        }


@dataclass(frozen=True)
class Calibration:
    """VuCalibrationRecord: what a workshop set, and when the next calibration is due."""

    purpose: int
    purpose_text: str
    workshop: str | None
    workshop_card: str | None
    vin: str | None
    registration: str | None
    registration_nation: str | None
    tyre_size: str | None
    authorised_speed: int
    odometer: int | None  # newOdometerValue
    time: datetime | None  # newTimeValue: the VU's time after the calibration
    next_due: date | None

    def to_json(self) -> dict:
        return {
            "purpose": self.purpose,
            "purpose_text": self.purpose_text,
            "workshop": self.workshop,
            "workshop_card": self.workshop_card,
            "vin": self.vin,
            "registration": self.registration,
            "registration_nation": self.registration_nation,
            "tyre_size": self.tyre_size,
            "authorised_speed": self.authorised_speed,
            "odometer": self.odometer,
            "time": _t(self.time),
            "next_due": _d(self.next_due),
        }


@dataclass
class Details:
    """What ``parse_bytes(..., details=True)`` reads beyond the header facts. Each tuple is
    oldest first."""

    vehicles_used: tuple[VehicleUse, ...] = ()
    places: tuple[Place, ...] = ()
    daily_activity: tuple[DayActivity, ...] = ()
    events: tuple[EventRecord, ...] = ()
    faults: tuple[EventRecord, ...] = ()
    vu_identification: VuIdentification | None = None
    calibrations: tuple[Calibration, ...] = ()

    @property
    def last_calibration(self) -> Calibration | None:
        dated = [c for c in self.calibrations if c.time is not None and c.purpose in (1, 2, 3, 4)]
        return max(dated, key=lambda c: c.time) if dated else None  # type: ignore[arg-type,return-value]

    @property
    def next_calibration_due(self) -> date | None:
        last = self.last_calibration
        return last.next_due if last else None

    def to_json(self, kind: str) -> dict:
        if kind == "card":
            return {
                "vehicles_used": [v.to_json() for v in self.vehicles_used],
                "places": [p.to_json() for p in self.places],
                "daily_activity": [d.to_json() for d in self.daily_activity],
                "events": [e.to_json() for e in self.events],
                "faults": [f.to_json() for f in self.faults],
            }
        last = self.last_calibration
        return {
            "events": [e.to_json() for e in self.events],
            "faults": [f.to_json() for f in self.faults],
            "vu_identification": self.vu_identification.to_json() if self.vu_identification else None,
            "calibrations": [c.to_json() for c in self.calibrations],
            "last_calibration": _t(last.time) if last else None,
            "next_calibration_due": _d(self.next_calibration_due),
        }


def _d(v) -> str | None:
    return v.date().isoformat() if isinstance(v, datetime) else v.isoformat() if v else None


def _t(v) -> str | None:
    return v.isoformat().replace("+00:00", "Z") if v else None


@dataclass
class TachoFile:
    kind: str
    generation: str
    # driver card
    card_number: str | None = None  # 16 characters: 14 + replacement + renewal
    card_replacement_index: str | None = None
    card_renewal_index: str | None = None
    card_type: int | None = None  # 1 driver, 2 workshop, 3 control, 4 company
    issuing_state: str | None = None
    issuing_state_code: int | None = None
    holder_surname: str | None = None
    holder_first_names: str | None = None
    holder_birth_date: date | None = None
    card_issue_date: date | None = None
    card_validity_begin: date | None = None
    card_expiry: date | None = None
    last_card_download: datetime | None = None
    # vehicle unit
    vin: str | None = None
    registration: str | None = None
    registration_nation: str | None = None
    registration_nation_code: int | None = None
    period_from: datetime | None = None  # VU downloadable period
    period_to: datetime | None = None
    vu_time: datetime | None = None
    last_download: datetime | None = None
    download_company: str | None = None
    download_card_number: str | None = None
    #: OdometerValueMidnight of each downloaded day (km at the end of that day, UTC), oldest first
    odometer_days: tuple[tuple[date, int], ...] = ()
    # both: the days whose activity the file holds (card daily records, VU activity blocks)
    activity_days: tuple[date, ...] = ()
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: always "not checked" until signature verification exists (see signature.py)
    signature_status: str = "not checked"
    #: the records beyond the header, read only when asked (``parse_bytes(..., details=True)``)
    details: Details | None = None

    @property
    def activity_from(self) -> date | None:
        return self.activity_days[0] if self.activity_days else None

    @property
    def activity_to(self) -> date | None:
        return self.activity_days[-1] if self.activity_days else None

    @property
    def odometer(self) -> tuple[int, datetime] | None:
        """The newest VU odometer: km at the end of the last downloaded day (its midnight, or
        the VU's time at download if that comes first)."""
        if not self.odometer_days:
            return None
        day, km = self.odometer_days[-1]
        at = datetime.combine(day + timedelta(days=1), time(0), UTC)
        if self.vu_time is not None and self.vu_time < at:
            at = self.vu_time
        return km, at

    @property
    def driver_identification(self) -> str | None:
        """The first 14 characters of the card number: how TachoShare names a card."""
        return self.card_number[:14] if self.card_number else None

    def to_json(self) -> dict:
        """The facts as JSON-ready values (dates YYYY-MM-DD, times ISO 8601 UTC, null if absent)."""

        def d(v):
            return v.date().isoformat() if isinstance(v, datetime) else v.isoformat() if v else None

        def t(v):
            return v.isoformat().replace("+00:00", "Z") if v else None

        return {
            "kind": self.kind,
            "generation": self.generation,
            "card_number": self.card_number,
            "card_replacement_index": self.card_replacement_index,
            "card_renewal_index": self.card_renewal_index,
            "issuing_state": self.issuing_state,
            "holder_surname": self.holder_surname,
            "holder_first_names": self.holder_first_names,
            "card_expiry": d(self.card_expiry),
            "last_card_download": t(self.last_card_download),
            "activity_from": d(self.activity_from),
            "activity_to": d(self.activity_to),
            "activity_days": len(self.activity_days),
            "vin": self.vin,
            "registration": self.registration,
            "registration_nation": self.registration_nation,
            "period_from": d(self.period_from),
            "period_to": d(self.period_to),
            "last_download": t(self.last_download),
            "download_company": self.download_company,
            "odometer_km": self.odometer[0] if self.odometer else None,
            "odometer_at": t(self.odometer[1]) if self.odometer else None,
            "signature": self.signature_status,
            "warnings": list(self.warnings),
            **(self.details.to_json(self.kind) if self.details is not None else {}),
        }
