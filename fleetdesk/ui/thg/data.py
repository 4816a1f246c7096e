"""One read of everything the THG tab shows, made in a worker thread.

The vehicle list (possibly tens of thousands of rows) is re-read and re-prepared only when the
table's revision (counted by every write to it) moved; during a bulk upload the store changes several times
a second, and the UI must not rebuild 20,000 rows for each change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fleetdesk.thg import store as ts
from fleetdesk.ui.thg.vehicles_model import VehicleRow, make_rows

MAX_INCREMENT = 2000  # more changed rows than this: read the whole list again


@dataclass
class Snapshot:
    revision: int
    vehicles: list[VehicleRow] | None  # the whole list, or None (see ``changed``)
    changed: list[VehicleRow]  # only these rows changed since ``revision``
    uploads: list[dict]
    uba: list[dict]
    uba_by_vehicle: dict[int, list[dict]]
    registrants: list[dict]
    events: list[dict]
    outbox: dict[str, int] = field(default_factory=dict)


def read_snapshot(db, previous: int | None, upload_limit: int = 500) -> Snapshot:
    """Everything the tab shows; vehicles only as far as they changed after ``previous``."""
    from fleetdesk.store import outbox as ob

    revision = ts.vehicles_revision(db)
    vehicles, changed = None, []
    if previous is None or revision < previous:
        vehicles = make_rows(ts.vehicles(db))
    elif revision > previous:
        records = ts.vehicles(db, after_rev=previous)
        if len(records) > MAX_INCREMENT:
            vehicles = make_rows(ts.vehicles(db))
        else:
            changed = make_rows(records)
    uba = ts.uba_rows(db)
    by_vehicle: dict[int, list[dict]] = {}
    for row in ts.rows(db, "SELECT * FROM thg_uba_responses ORDER BY year DESC"):
        by_vehicle.setdefault(row["vehicle_id"], []).append(row)
    return Snapshot(
        revision,
        vehicles,
        changed,
        ts.uploads(db, limit=upload_limit),
        uba,
        by_vehicle,
        ts.registrants(db),
        ts.unseen_events(db),
        ob.counts(db).get("thg", {}),
    )
