"""Local prechecks of an odometer reading before it goes to Car-Pass (Annex 2, "built-in checks").

``precheck(entry, history)`` is pure: everything it needs about the past comes through the
``History`` protocol, whose lookups are per vehicle (indexed queries in the store, so a check
stays fast with millions of readings). Findings carry a fixed code, a severity (an ``error``
blocks sending; a ``warning`` asks the user to look again; ``info`` only informs) and a message
in the chosen language (texts in ``precheck_texts``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from fleetdesk.carpass.models import (
    ODOMETER_MAX,
    PLATE_CHARS,
    PLATE_MAX,
    VIN_LENGTH,
    ObservationType,
    format_wire_date,
    wire_plate,
)
from fleetdesk.carpass.precheck_texts import message

BRUSSELS = ZoneInfo("Europe/Brussels")
DEFAULT_KM_PER_DAY = 1000
LONG_AGO_DAYS = 5  # "more than 5 days in the past": say so
#: above this a reading is possible but rare enough to be a typing error: warn (confirm to send)
ODOMETER_PLAUSIBLE_MAX = 2_000_000
_DIGITS = re.compile(r"[0-9]+")
_ALNUM = re.compile(r"[A-Za-z0-9]+")


class Severity(str, enum.Enum):
    ERROR = "error"  # cannot be sent
    WARNING = "warning"  # may be sent after the user looked again
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    params: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ReadingEntry:
    """A reading as the user typed it (the odometer still as text)."""

    odometer_text: str
    reading_date: date
    observation_type: ObservationType = ObservationType.REPAIR_MAINTENANCE_SERVICE
    vin: str = ""
    license_plate: str = ""
    operation_kind: str | None = None  # e.g. "repair", "till_sale" (for exclusion rules)
    vehicle_category: str | None = None  # e.g. "car", "van", "truck", "bus", "motorcycle"
    plate_country: str | None = None  # registration country, e.g. "BE"

    @property
    def vin_key(self) -> str | None:
        vin = self.vin.strip().upper()
        return vin or None

    @property
    def plate_key(self) -> str | None:
        plate = self.license_plate.strip().upper()
        return plate or None


class History(Protocol):
    """What the prechecks know about the past; each lookup concerns one vehicle."""

    today: date
    km_per_day_limit: int
    in_maintenance_window: bool

    def readings(self, vin: str | None, plate: str | None) -> Sequence[tuple[date, int]]:
        """Earlier readings (date, km) of this vehicle, excluding the entry being checked."""

    def submitted_odometers(self, vin: str | None, plate: str | None, reading_date: date) -> Collection[int]:
        """km of this vehicle's readings dated ``reading_date`` already sent or queued."""

    def last_vhr_odometer(self, vin: str) -> int | None:
        """The odometer of the last VHR request for this VIN, if any."""

    def exclusion_reason(self, entry: ReadingEntry) -> str | None:
        """Why the user's rules keep this reading from Car-Pass, or None."""


@dataclass(frozen=True)
class ExclusionRules:
    """The user's rules for what is not reported (Annex 2: till sales, trucks, foreign plates)."""

    operation_kinds: frozenset[str] = frozenset({"till_sale"})
    vehicle_categories: frozenset[str] = frozenset({"truck", "bus", "motorcycle"})
    exclude_foreign_plates: bool = True
    home_country: str = "BE"

    def reason(self, entry: ReadingEntry) -> str | None:
        if entry.operation_kind and entry.operation_kind in self.operation_kinds:
            return f"operation: {entry.operation_kind}"
        if entry.vehicle_category and entry.vehicle_category in self.vehicle_categories:
            return f"vehicle category: {entry.vehicle_category}"
        country = (entry.plate_country or "").upper()
        if self.exclude_foreign_plates and country and country != self.home_country:
            return f"foreign plate: {country}"
        return None


def in_maintenance_window(when: datetime) -> bool:
    """Car-Pass production maintenance: Thursday 19:00-24:00, Brussels time (the spec's CET)."""
    if when.tzinfo is None:
        raise ValueError("in_maintenance_window needs an aware datetime")
    local = when.astimezone(BRUSSELS)
    return local.weekday() == 3 and local.hour >= 19


def maintenance_window_end(when: datetime) -> datetime:
    """When the window containing ``when`` ends (midnight, Brussels); ``when`` if outside."""
    if not in_maintenance_window(when):
        return when
    local = when.astimezone(BRUSSELS)
    return datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), BRUSSELS)


class _Collector:
    def __init__(self, language: str):
        self.language = language
        self.findings: list[Finding] = []

    def add(self, code: str, severity: Severity, message_id: str | None = None, **params):
        text = message(message_id or code, self.language, **params)
        self.findings.append(Finding(code, severity, text, params))


def _check_identity(entry: ReadingEntry, out: _Collector) -> None:
    vin_raw, plate = entry.vin or "", entry.plate_key
    if not vin_raw and not plate:
        out.add("NO_IDENTIFIER", Severity.ERROR)
    elif vin_raw and plate:
        out.add("VIN_AND_PLATE", Severity.ERROR)
    if plate and entry.observation_type is ObservationType.VEHICLE_HISTORY_DOCUMENT:
        out.add("PLATE_WITH_VHR", Severity.ERROR)
    if plate:
        _check_plate(plate, out)
    if vin_raw:
        _check_vin(vin_raw.strip(), out)


def _check_plate(plate: str, out: _Collector) -> None:
    wire = wire_plate(plate)
    if len(wire) > PLATE_MAX:
        out.add("PLATE_TOO_LONG", Severity.ERROR, length=len(wire), max=PLATE_MAX)
    if not PLATE_CHARS.fullmatch(wire):
        out.add("PLATE_INVALID", Severity.ERROR)


def _check_vin(vin: str, out: _Collector) -> None:
    """A VIN the user typed (stripped; blanks only is an error of its own)."""
    if not vin:
        out.add("VIN_INVALID", Severity.ERROR, "VIN_INVALID_EMPTY")
        return
    if not _ALNUM.fullmatch(vin):
        out.add("VIN_INVALID", Severity.ERROR)
    elif set(vin) == {"0"}:
        out.add("VIN_INVALID", Severity.ERROR, "VIN_INVALID_ZEROS")
    if len(vin) > VIN_LENGTH:
        out.add("VIN_TOO_LONG", Severity.ERROR, length=len(vin))
    elif len(vin) < VIN_LENGTH:
        out.add("VIN_SHORT", Severity.WARNING, length=len(vin))


def _check_date(entry: ReadingEntry, today: date, out: _Collector) -> None:
    day = entry.reading_date
    if day > today:
        out.add("DATE_IN_FUTURE", Severity.ERROR, date=format_wire_date(day))
    elif day < today:
        days = (today - day).days
        out.add(
            "DATE_IN_PAST",
            Severity.WARNING,
            "DATE_IN_PAST_LONG" if days > LONG_AGO_DAYS else None,
            date=format_wire_date(day),
            days=days,
        )
    if entry.observation_type is ObservationType.VEHICLE_HISTORY_DOCUMENT and day != today:
        out.add("VHR_DATE_NOT_TODAY", Severity.ERROR, today=format_wire_date(today))


def check_odometer(km: int, out: _Collector) -> None:
    """The odometer's bounds, the one rule for the entry form, the CLI and the CSV import:
    0 <= km <= 2,147,483,647 (Car-Pass's Integer; beyond it Car-Pass cannot take it), and a
    warning above 2,000,000 km, which the user must confirm like the other Annex 2 warnings."""
    if km < 0 or km > ODOMETER_MAX:
        out.add("ODOMETER_OUT_OF_RANGE", Severity.ERROR, km=km, max=ODOMETER_MAX)
    elif km > ODOMETER_PLAUSIBLE_MAX:
        out.add("ODOMETER_IMPLAUSIBLE", Severity.WARNING, km=km, limit=ODOMETER_PLAUSIBLE_MAX)


def odometer_findings(km: int, language: str = "en") -> list[Finding]:
    """``check_odometer`` alone (for imports of earlier readings)."""
    out = _Collector(language)
    check_odometer(km, out)
    return out.findings


def _check_history(entry: ReadingEntry, km: int, history: History, out: _Collector) -> None:
    vin, plate = entry.vin_key, entry.plate_key
    if not vin and not plate:
        return
    day = entry.reading_date
    same_day = history.submitted_odometers(vin, plate, day)
    duplicate = km in same_day
    if duplicate:
        out.add("DUPLICATE", Severity.ERROR, km=km, date=format_wire_date(day))
    elif same_day:
        # spec, POST /observation: a second reading of a vehicle by the same user with the
        # same odometerReadingDate is rejected (status ERROR), whatever its km
        out.add(
            "SAME_DAY_OTHER_READING",
            Severity.ERROR,
            km=km,
            other_km=min(same_day),
            date=format_wire_date(day),
        )
    readings = history.readings(vin, plate)
    before = [(d, k) for d, k in readings if d <= day and (d, k) != (day, km)]
    if before:
        prev_day, prev_km = max(before)  # the latest date; on a tie, the highest km
        if km < prev_km:
            out.add(
                "LOWER_THAN_PREVIOUS",
                Severity.WARNING,
                km=km,
                prev_km=prev_km,
                prev_date=format_wire_date(prev_day),
            )
        else:
            days = max((day - prev_day).days, 1)
            limit = history.km_per_day_limit
            if km - prev_km > limit * days:
                out.add(
                    "EXCESSIVE_INCREASE",
                    Severity.WARNING,
                    delta=km - prev_km,
                    prev_km=prev_km,
                    prev_date=format_wire_date(prev_day),
                    limit=limit,
                    days=days,
                )
    same = [d for d, k in readings if k == km]
    if same and not duplicate:
        out.add("SAME_AS_PREVIOUS", Severity.WARNING, km=km, prev_date=format_wire_date(max(same)))
    if (
        vin
        and entry.observation_type is ObservationType.VEHICLE_HISTORY_DOCUMENT
        and history.last_vhr_odometer(vin) == km
    ):
        out.add("VHR_ODOMETER_UNCHANGED", Severity.ERROR, km=km)


def precheck(entry: ReadingEntry, history: History, language: str = "en") -> list[Finding]:
    """Every finding for ``entry``, errors first; an empty list means: send it."""
    out = _Collector(language)
    odometer = entry.odometer_text or ""
    km = int(odometer) if _DIGITS.fullmatch(odometer) and len(odometer.lstrip("0")) <= 30 else None
    if km is None and _DIGITS.fullmatch(odometer):  # a paste of thousands of digits
        out.add("ODOMETER_OUT_OF_RANGE", Severity.ERROR, km=odometer[:12] + "…", max=ODOMETER_MAX)
    elif km is None:
        out.add("ODOMETER_NOT_NUMERIC", Severity.ERROR)
    else:
        check_odometer(km, out)
    _check_identity(entry, out)
    _check_date(entry, history.today, out)
    if km is not None:
        _check_history(entry, km, history, out)
    reason = history.exclusion_reason(entry)
    if reason:
        out.add("EXCLUDED", Severity.ERROR, reason=reason)
    if history.in_maintenance_window:
        if entry.observation_type is ObservationType.VEHICLE_HISTORY_DOCUMENT:
            # valid only on the day it is made: it cannot wait for midnight
            out.add("VHR_IN_MAINTENANCE_WINDOW", Severity.ERROR)
        else:
            out.add("MAINTENANCE_WINDOW", Severity.INFO)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(out.findings, key=lambda f: order[f.severity])


def can_send(findings: Sequence[Finding]) -> bool:
    """True when no finding is an error (warnings need the user's look, not a block)."""
    return not any(f.severity is Severity.ERROR for f in findings)


@dataclass
class MemoryHistory:
    """A ``History`` held in memory, indexed per vehicle (tests, and a reference for the store).

    ``readings_by_vehicle`` and ``submitted`` are keyed by the upper-cased VIN or plate.
    """

    today: date
    km_per_day_limit: int = DEFAULT_KM_PER_DAY
    in_maintenance_window: bool = False
    readings_by_vehicle: dict[str, list[tuple[date, int]]] = field(default_factory=dict)
    submitted: dict[tuple[str, date], set[int]] = field(default_factory=dict)
    vhr_odometers: dict[str, int] = field(default_factory=dict)
    rules: ExclusionRules = field(default_factory=ExclusionRules)

    def readings(self, vin, plate):
        return self.readings_by_vehicle.get(vin or plate or "", [])

    def submitted_odometers(self, vin, plate, reading_date):
        return self.submitted.get((vin or plate or "", reading_date), set())

    def last_vhr_odometer(self, vin):
        return self.vhr_odometers.get(vin)

    def exclusion_reason(self, entry):
        return self.rules.reason(entry)

    def add_reading(self, vehicle: str, day: date, km: int, *, submitted: bool = True) -> None:
        self.readings_by_vehicle.setdefault(vehicle.upper(), []).append((day, km))
        if submitted:
            self.submitted.setdefault((vehicle.upper(), day), set()).add(km)
