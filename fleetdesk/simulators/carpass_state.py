"""The Car-Pass simulator's database: vehicles, their readings, and how an observation is judged.

An observation that passed structural validation is identified (VIN, short VIN + unifier or
first-use date, or plate), checked against the same user's readings of that day (the duplicate
rule), then against the vehicle's history (issues 001, 002, 209). What the verdict means for
the status call (ONGOING first, then ISSUE, ERROR, REVIEWING or PROCESSED) is the app's business.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fleetdesk.simulators.carpass_data import EXCLUDED_CATEGORIES, Reading, Vehicle
from fleetdesk.simulators.carpass_rules import Observation

PROCESSED, ISSUE, ERROR, ONGOING, REVIEWING = "PROCESSED", "ISSUE", "ERROR", "ONGOING", "REVIEWING"


@dataclass
class Verdict:
    status: str  # PROCESSED, ISSUE, ERROR or REVIEWING
    issues: list[tuple[str, dict]] = field(default_factory=list)  # (type, text parameters)
    vehicle: Vehicle | None = None


def plate_key(plate: str) -> str:
    """Plates compare without separators: '1-ABC-123' == '1ABC123'."""
    return "".join(ch for ch in plate.upper() if ch.isalnum())


class World:
    """Vehicles by VIN and by plate, with the rules that need their history."""

    def __init__(
        self, vehicles: list[Vehicle], *, excessive_km_per_day: int = 1000, late_review_days: int = 30
    ):
        self.vehicles: list[Vehicle] = []
        self.by_vin: dict[str, list[Vehicle]] = {}
        self.by_plate: dict[str, Vehicle] = {}
        self.excessive_km_per_day = excessive_km_per_day
        self.late_review_days = late_review_days
        for vehicle in vehicles:
            self.add(vehicle)

    def add(self, vehicle: Vehicle) -> Vehicle:
        self.vehicles.append(vehicle)
        self.by_vin.setdefault(vehicle.vin, []).append(vehicle)
        if vehicle.plate:
            self.by_plate[plate_key(vehicle.plate)] = vehicle
        return vehicle

    def identify(self, obs: Observation) -> tuple[Vehicle | None, tuple[str, dict] | None]:
        """The vehicle an observation is about, or the issue that says why it is not known."""
        if obs.plate:
            vehicle = self.by_plate.get(plate_key(obs.plate))
            return (vehicle, None) if vehicle else (None, ("102", {"plate": obs.plate}))
        candidates = self.by_vin.get(obs.vin or "", [])
        if not candidates:
            return None, ("101", {"vin": obs.vin})
        if len(candidates) == 1:
            return candidates[0], None
        # old-timers may share a short VIN: the DIV unifier or the first-use date decides
        narrowed = [
            v
            for v in candidates
            if (obs.unifier is not None and v.unifier == obs.unifier)
            or (obs.first_use is not None and v.first_use == obs.first_use)
        ]
        if len(narrowed) == 1:
            return narrowed[0], None
        return None, ("120", {"vin": obs.vin})

    def evaluate(self, obs: Observation, username: str, today: date, pending_same_day: list[int]) -> Verdict:
        """Judge an observation. ``pending_same_day``: km of this user's live (not yet stored)
        requests for the same vehicle and date, found by the caller."""
        vehicle, issue = self.identify(obs)
        if issue is not None:
            return Verdict(ISSUE, [issue])
        assert vehicle is not None
        if vehicle.category in EXCLUDED_CATEGORIES:
            return Verdict(ERROR, [("300", {})], vehicle)
        same_day = pending_same_day + [
            r.km for r in vehicle.readings if r.source == username and r.day == obs.day
        ]
        if same_day:
            if obs.km in same_day:
                return Verdict(ISSUE, [("150", {"date": obs.day})], vehicle)
            return Verdict(ERROR, [("151", {"other_km": same_day[0], "date": obs.day})], vehicle)
        if obs.obs_type == "ODOMETER_REPLACED":
            # a new odometer restarts the history: a person at Car-Pass checks it
            return Verdict(REVIEWING, [], vehicle)
        issues = self.history_issues(vehicle, obs.day, obs.km)
        if issues:
            return Verdict(ISSUE, issues, vehicle)
        if (today - obs.day).days > self.late_review_days:
            return Verdict(REVIEWING, [], vehicle)  # a late registration is checked by hand
        return Verdict(PROCESSED, [], vehicle)

    def history_issues(self, vehicle: Vehicle, day: date, km: int) -> list[tuple[str, dict]]:
        """Issues 001 (lower than the previous reading), 002 (higher than a later reading) and
        209 (more than the allowed km per day since the previous reading)."""
        before = [r for r in vehicle.readings if r.day <= day]
        after = [r for r in vehicle.readings if r.day > day]
        prev = max(before, key=lambda r: (r.day, r.km)) if before else None
        nxt = min(after, key=lambda r: (r.day, -r.km)) if after else None
        issues: list[tuple[str, dict]] = []
        if prev is not None and km < prev.km:
            issues.append(("001", {"km": km, "prev_km": prev.km, "prev_date": prev.day}))
        if nxt is not None and km > nxt.km and not nxt.replaced:
            issues.append(("002", {"km": km, "next_km": nxt.km, "next_date": nxt.day}))
        if prev is not None and km > prev.km:
            days = max((day - prev.day).days, 1)
            if km - prev.km > self.excessive_km_per_day * days:
                issues.append(("209", {"delta": km - prev.km, "days": days}))
        return issues

    def store(
        self, vehicle: Vehicle | None, obs: Observation, username: str, *, replaced: bool = False
    ) -> Vehicle | None:
        """Register the reading; an unknown VIN confirmed by the user becomes a new vehicle."""
        if vehicle is None:
            if not obs.vin:
                return None
            vehicle = self.add(
                Vehicle(
                    obs.vin,
                    None,
                    "?",
                    "(registered on confirmation)",
                    obs.first_use or obs.day,
                    unifier=obs.unifier,
                )
            )
        vehicle.readings.append(Reading(obs.day, obs.km, username, replaced))
        return vehicle
