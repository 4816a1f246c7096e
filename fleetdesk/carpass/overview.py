"""What the Car-Pass tab shows, read in one go (Qt-free, runs off the UI thread).

``overview(db)`` returns a snapshot: the latest readings, every outstanding issue with its
reading, the Vehicle History Reports, counts, and what is still unsent in the outbox and why.
``vehicle_hint`` says what the register and history know about a vehicle being typed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationType
from fleetdesk.store import outbox as ob

READING_LIMIT = 1000


@dataclass
class Overview:
    readings: list[st.Reading] = field(default_factory=list)
    issues: list[tuple[st.IssueRow, st.Reading]] = field(default_factory=list)
    vhrs: list[st.Reading] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    unsent: dict[str, int] = field(default_factory=dict)  # outbox state -> n (carpass)
    last_error: str | None = None  # newest reason for waiting
    oldest_unsent: str | None = None  # date of work of the oldest

    @property
    def unsent_total(self) -> int:
        return sum(self.unsent.values())

    @property
    def following(self) -> int:
        return sum(self.counts.get(s, 0) for s in (st.ONGOING, st.REVIEWING, st.UNKNOWN))


def overview(db: sqlite_utils.Database, limit: int = READING_LIMIT) -> Overview:
    readings = st.list_readings(db, limit=limit)
    by_id = {r.id: r for r in readings}
    issues = []
    for issue in st.issues(db):
        reading = by_id.get(issue.reading_id) or st.get_reading(db, issue.reading_id)
        if reading is not None:
            issues.append((issue, reading))
    vhrs = [
        st.Reading.from_row(r)
        for r in db.query(
            f"SELECT * FROM {st.TABLE} WHERE observation_type = ? AND origin = 'entry' "
            "ORDER BY id DESC LIMIT 200",
            [ObservationType.VEHICLE_HISTORY_DOCUMENT.value],
        )
    ]
    unsent = {
        row[0]: row[1]
        for row in db.execute(
            "SELECT state, COUNT(*) FROM outbox WHERE service = 'carpass' AND state IN (?, ?, ?) "
            "GROUP BY state",
            list(ob.UNSENT_STATES),
        )
    }
    last = db.execute(
        "SELECT last_error FROM outbox WHERE service = 'carpass' AND state IN "
        "('queued', 'attention') AND last_error IS NOT NULL "
        "ORDER BY updated_at DESC LIMIT 1"
    ).fetchone()
    oldest = db.execute(
        "SELECT MIN(work_date) FROM outbox WHERE service = 'carpass' AND "
        "state IN ('queued', 'sending', 'attention')"
    ).fetchone()[0]
    return Overview(readings, issues, vhrs, st.counts(db), unsent, last[0] if last else None, oldest)


@dataclass
class VehicleHint:
    description: str | None = None
    category: str | None = None
    plate_country: str | None = None
    vin: str | None = None
    plate: str | None = None
    last_date: str | None = None
    last_km: int | None = None
    readings: int = 0


def vehicle_hint(db: sqlite_utils.Database, vin: str | None, plate: str | None) -> VehicleHint:
    """The register's entry and the latest reading of the vehicle being typed in."""
    vehicle = st.find_vehicle(db, vin or None, plate or None) or {}
    vin = vin or vehicle.get("vin")
    key = st.plate_key(plate) or vehicle.get("plate_key")
    rows = []
    if vin:
        rows += db.execute(
            "SELECT reading_date, odometer FROM carpass_readings WHERE vin = ? AND state != 'discarded'",
            [vin],
        ).fetchall()
    if key:
        rows += db.execute(
            "SELECT reading_date, odometer FROM carpass_readings WHERE "
            "plate_key = ? AND state != 'discarded'",
            [key],
        ).fetchall()
    hint = VehicleHint(
        vehicle.get("description"),
        vehicle.get("category"),
        vehicle.get("plate_country"),
        vin,
        vehicle.get("plate"),
        readings=len(rows),
    )
    if rows:
        hint.last_date, hint.last_km = max(rows)
    return hint
