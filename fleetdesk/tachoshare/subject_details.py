"""What the archived files say beyond their headers, per driver card and vehicle unit
(issue #13, details): the vehicles a driver used, the driver's minutes per activity per day,
and when a vehicle unit's next calibration is due.

:func:`details_columns` turns a parsed file (``details=True``) into the columns kept in
``tacho_file_facts``; :func:`subject_details` answers from them. Qt-free.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import sqlite_utils

from fleetdesk.tachoshare.ddd import TachoFile

#: a calibration due within this many days is flagged on the board
CALIBRATION_WARNING_DAYS = 30


def _iso(v: datetime | date | None) -> str | None:
    return v.isoformat() if v else None


def details_columns(parsed: TachoFile) -> dict:
    """The detail columns of one file's facts row (None where the file has no such record)."""
    out: dict = {
        "vehicles_used": None,
        "daily_activity": None,
        "last_calibration": None,
        "next_calibration_due": None,
    }
    d = parsed.details
    if d is None:
        return out
    if d.vehicles_used:
        out["vehicles_used"] = json.dumps(
            [
                [
                    v.registration,
                    v.registration_nation,
                    v.vin,
                    _iso(v.first_use),
                    _iso(v.last_use),
                    v.distance_km,
                ]
                for v in d.vehicles_used
            ]
        )
    if d.daily_activity:
        out["daily_activity"] = json.dumps(
            [
                [a.day.isoformat(), a.driving, a.work, a.availability, a.rest, a.distance_km]
                for a in d.daily_activity
            ]
        )
    last = d.last_calibration
    if last is not None:
        out["last_calibration"] = _iso(last.time)
        out["next_calibration_due"] = _iso(last.next_due)
    return out


@dataclass(frozen=True)
class VehicleUsed:
    """A vehicle a card was used in, over all its files: first and last use, kilometres."""

    registration: str
    nation: str | None
    vin: str | None
    first: date
    last: date
    km: int


@dataclass(frozen=True)
class DayTotals:
    day: date
    driving: int  # minutes
    work: int
    availability: int
    rest: int
    distance_km: int


@dataclass(frozen=True)
class SubjectDetails:
    vehicles_used: tuple[VehicleUsed, ...] = ()  # most recently used first
    days: tuple[DayTotals, ...] = ()  # oldest first
    last_calibration: date | None = None
    calibration_due: date | None = None

    def driving_since(self, first: date) -> int:
        return sum(d.driving for d in self.days if d.day >= first)


def _card_key(r: dict) -> str | None:
    if r["driver_id"] and r["issuing_state_code"] is not None:
        return f"card:0x{r['issuing_state_code']:02X}:{r['driver_id']}"
    return None


def subject_details(db: sqlite_utils.Database) -> dict[str, SubjectDetails]:
    """``vu:<VIN>`` / ``card:0xNN:<14-character card number>`` -> what its files' details say.
    Newer files win where two files hold the same day or calibration."""
    vehicles: dict[str, dict[tuple, tuple]] = {}
    days: dict[str, dict[date, DayTotals]] = {}
    calibration: dict[str, tuple[date | None, date | None]] = {}
    for r in db.query(
        "SELECT x.kind, x.vin, x.driver_id, x.issuing_state_code, x.vehicles_used, x.daily_activity, "
        "x.last_calibration, x.next_calibration_due FROM tacho_file_facts x "
        "JOIN tacho_files f ON f.id = x.file_id WHERE x.error IS NULL "
        "ORDER BY COALESCE(x.last_card_download, x.last_download, f.archived_at), x.file_id"
    ):
        if r["kind"] == "vehicle" and r["vin"] and r["next_calibration_due"]:
            calibration[f"vu:{r['vin']}"] = (
                _day(r["last_calibration"]),
                date.fromisoformat(r["next_calibration_due"]),
            )
        key = _card_key(r) if r["kind"] == "card" else None
        if key is None:
            continue
        for plate, nation, vin, first, last, km in json.loads(r["vehicles_used"] or "[]"):
            if plate and (first or last):
                # the same record in two downloads counts once
                vehicles.setdefault(key, {})[(plate, nation, first or last)] = (
                    vin,
                    first or last,
                    last or first,
                    km,
                )
        for day, driving, work, avail, rest, km in json.loads(r["daily_activity"] or "[]"):
            d = date.fromisoformat(day)
            days.setdefault(key, {})[d] = DayTotals(d, driving, work, avail, rest, km)
    out: dict[str, SubjectDetails] = {}
    for key in set(vehicles) | set(days) | set(calibration):
        last_cal, due = calibration.get(key, (None, None))
        out[key] = SubjectDetails(
            _merge_vehicles(vehicles.get(key, {})),
            tuple(sorted(days.get(key, {}).values(), key=lambda t: t.day)),
            last_cal,
            due,
        )
    return out


def _day(v: str | None) -> date | None:
    return datetime.fromisoformat(v).date() if v else None


def _merge_vehicles(records: dict[tuple, tuple]) -> tuple[VehicleUsed, ...]:
    """One entry per plate: first and last use over its records, kilometres summed."""
    per: dict[tuple[str, str | None], VehicleUsed] = {}
    for (plate, nation, _), (vin, first, last, km) in records.items():
        a, b = _day(first), _day(last)
        if a is None or b is None:
            continue
        old = per.get((plate, nation))
        if old is None:
            per[(plate, nation)] = VehicleUsed(plate, nation, vin, a, b, km or 0)
        else:
            per[(plate, nation)] = VehicleUsed(
                plate, nation, old.vin or vin, min(old.first, a), max(old.last, b), old.km + (km or 0)
            )
    return tuple(sorted(per.values(), key=lambda v: (v.last, v.first), reverse=True))
