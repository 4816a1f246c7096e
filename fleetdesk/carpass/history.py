"""The prechecks' view of the past, read from the store with per-vehicle indexed queries.

A vehicle is found by VIN or by plate; when the vehicle register knows both, readings filed
under either one count. The entry being checked (``exclude_id``, e.g. a reading being
corrected) is never part of its own history.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

import sqlite_utils

from fleetdesk.carpass.models import ObservationType
from fleetdesk.carpass.prechecks import BRUSSELS, ExclusionRules, ReadingEntry, in_maintenance_window
from fleetdesk.carpass.store import SUBMITTED_STATES, find_vehicle, plate_key
from fleetdesk.core.clock import Clock

_SUBMITTED = ",".join(f"'{s}'" for s in SUBMITTED_STATES)
_VHR = ObservationType.VEHICLE_HISTORY_DOCUMENT.value


def brussels_now(clock: Clock) -> datetime:
    return clock.now().astimezone(BRUSSELS)


def brussels_today(clock: Clock) -> date:
    """Today as Car-Pass counts it (Europe/Brussels), whatever the machine's time zone."""
    return brussels_now(clock).date()


@dataclass
class StoreHistory:
    """A ``prechecks.History`` over a store connection (reader or writer)."""

    db: sqlite_utils.Database
    today: date
    km_per_day_limit: int
    in_maintenance_window: bool
    rules: ExclusionRules
    exclude_id: int | None = None

    @classmethod
    def at(
        cls,
        db: sqlite_utils.Database,
        clock: Clock,
        *,
        km_per_day_limit: int,
        rules: ExclusionRules,
        exclude_id: int | None = None,
    ) -> StoreHistory:
        return cls(
            db, brussels_today(clock), km_per_day_limit, in_maintenance_window(clock.now()), rules, exclude_id
        )

    # -- vehicle keys -------------------------------------------------------------------
    def _keys(self, vin: str | None, plate: str | None) -> tuple[str | None, str | None]:
        """(VIN, plate key) to look under: the register adds the other identifier if known."""
        vehicle = find_vehicle(self.db, vin, plate)
        key = plate_key(plate)
        if vehicle is not None:
            vin = vin or vehicle.get("vin")
            key = key or vehicle.get("plate_key")
        return vin, key

    def _where(self, vin: str | None, key: str | None) -> list[tuple[str, list]]:
        """One indexed condition per identifier (a reading carries one of them, not both)."""
        out = []
        if vin:
            out.append(("vin = ?", [vin]))
        if key:
            out.append(("plate_key = ?", [key]))
        return out

    def _exclude(self) -> tuple[str, list]:
        if self.exclude_id is None:
            return "", []
        return " AND id != ?", [self.exclude_id]

    # -- History protocol -----------------------------------------------------------------
    def readings(self, vin: str | None, plate: str | None) -> Sequence[tuple[date, int]]:
        vin, key = self._keys(vin, plate)
        extra, extra_args = self._exclude()
        out: list[tuple[date, int]] = []
        for cond, args in self._where(vin, key):
            out += [
                (date.fromisoformat(d), km)
                for d, km in self.db.execute(
                    f"SELECT reading_date, odometer FROM carpass_readings WHERE {cond} "
                    f"AND state != 'discarded'{extra}",
                    args + extra_args,
                )
            ]
        return out

    def submitted_odometers(self, vin: str | None, plate: str | None, reading_date: date) -> Collection[int]:
        vin, key = self._keys(vin, plate)
        extra, extra_args = self._exclude()
        out: set[int] = set()
        for cond, args in self._where(vin, key):
            out.update(
                km
                for (km,) in self.db.execute(
                    f"SELECT odometer FROM carpass_readings WHERE {cond} AND reading_date = ? "
                    f"AND origin = 'entry' AND state IN ({_SUBMITTED}){extra}",
                    args + [reading_date.isoformat()] + extra_args,
                )
            )
        return out

    def last_vhr_odometer(self, vin: str) -> int | None:
        extra, extra_args = self._exclude()
        row = self.db.execute(
            f"SELECT odometer FROM carpass_readings WHERE vin = ? AND observation_type = ? "
            f"AND state IN ({_SUBMITTED}){extra} ORDER BY reading_date DESC, id DESC LIMIT 1",
            [vin, _VHR] + extra_args,
        ).fetchone()
        return row[0] if row else None

    def exclusion_reason(self, entry: ReadingEntry) -> str | None:
        if entry.vehicle_category is None or entry.plate_country is None:
            vehicle = find_vehicle(self.db, entry.vin_key, entry.plate_key)
            if vehicle is not None:
                entry = replace(
                    entry,
                    vehicle_category=entry.vehicle_category or vehicle.get("category"),
                    plate_country=entry.plate_country or vehicle.get("plate_country"),
                )
        return self.rules.reason(entry)
