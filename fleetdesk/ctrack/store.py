"""Ctrack data in the local store: pure functions of a sqlite-utils ``db`` (no HTTP, no Qt).

Writers run inside ``Store.write(fn)`` (one transaction on the writer thread); readers take any
connection. The rules that keep the map truthful live in ``commit_fixes``:

- a fix dated more than ``future_tolerance_s`` after *now* is ignored (the unit's clock is
  wrong) and counted on the vehicle, so the UI can say why it shows no position;
- every other fix is kept once as a track point, whichever way it came (queue, polling, history);
- a fix only becomes the vehicle's latest position if it is newer than the one stored: a late,
  buffered fix fills in the track but never moves the marker back in time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import NamedTuple

from fleetdesk.ctrack.models import Driver, Poi, Position, TripDetail, Vehicle
from fleetdesk.store.sql import upsert

TRIP_COLUMNS = (
    "node_id",
    "start_t",
    "end_t",
    "distance_m",
    "driving_time_s",
    "max_speed_kmh",
    "start_latitude",
    "start_longitude",
    "end_latitude",
    "end_longitude",
    "start_location",
    "end_location",
    "driver_id",
    "driver_name",
    "fuel_l",
    "harsh_brake_count",
    "over_speed_count",
)
POI_COLUMNS = (
    "location_node_id",
    "name",
    "category",
    "latitude",
    "longitude",
    "address",
    "cost_centre_id",
    "modified",
)

FUTURE_TOLERANCE_S = 120.0  # units and servers disagree by seconds, not by hours


@dataclass
class CommitStats:
    """What one commit did with the fixes it was given."""

    received: int = 0
    new: int = 0  # stored as new track points
    duplicates: int = 0  # the same fix was already stored
    future: int = 0  # ignored: dated in the future
    late: int = 0  # older than a fix already known for that vehicle
    invalid: int = 0  # no time or no coordinates
    latest_updated: int = 0

    def add(self, other: CommitStats) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict:
        return asdict(self)


class FleetRow(NamedTuple):
    """One vehicle with its latest trustworthy position (position fields None when unknown)."""

    node_id: int
    registration: str
    fleet_number: str
    description: str
    t: float | None
    latitude: float | None
    longitude: float | None
    speed_kmh: float | None
    heading: float | None
    ignition: bool | None
    status_text: str
    location: str
    odometer_m: int | None
    driver_id: str
    driver_name: str
    future_fixes: int
    source: str

    @property
    def label(self) -> str:
        return self.registration or self.fleet_number or f"#{self.node_id}"


class TrackPoint(NamedTuple):
    t: float
    latitude: float
    longitude: float
    speed_kmh: float
    heading: float | None
    ignition: bool


class TripRow(NamedTuple):
    node_id: int
    start_t: float
    end_t: float | None
    distance_m: float | None
    driving_time_s: float | None
    max_speed_kmh: float | None
    start_latitude: float | None
    start_longitude: float | None
    end_latitude: float | None
    end_longitude: float | None
    start_location: str
    end_location: str
    driver_id: str
    driver_name: str


class PoiRow(NamedTuple):
    location_node_id: int
    name: str
    category: str
    latitude: float
    longitude: float
    address: str


# -- positions -------------------------------------------------------------------------------
def _placeholder_vehicles(db, node_ids: Iterable[int], now: datetime) -> None:
    # positions may arrive before GetVehicles ran: list the vehicle now, name it later
    stamp = now.isoformat()
    db.conn.executemany(
        "INSERT INTO ctrack_vehicles (node_id, updated_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(n, stamp) for n in set(node_ids)],
    )


def commit_fixes(
    db,
    fixes: Iterable[Position],
    *,
    now: datetime,
    source: str,
    future_tolerance_s: float = FUTURE_TOLERANCE_S,
) -> CommitStats:
    """Store ``fixes`` (see the module docstring for the rules); returns what happened."""
    stats = CommitStats()
    valid, future = _triage(fixes, now.timestamp() + future_tolerance_s, stats)
    _placeholder_vehicles(db, [p.node_id for p, _ in valid] + list(future), now)
    _count_future(db, future, now)
    if not valid:
        return stats
    _insert_track(db, valid, stats)
    newest = _newest_per_node(db, valid, stats)
    _upsert_latest(db, newest, source, now.timestamp(), stats)
    learn_driver_names(db, {p.driver_id: p.driver_name for p, _ in valid if p.driver_id and p.driver_name})
    return stats


def _triage(
    fixes: Iterable[Position], limit: float, stats: CommitStats
) -> tuple[list[tuple[Position, float]], Counter[int]]:
    """The fixes worth storing with their epoch seconds, and per vehicle how many lay in the
    future (past ``limit``); invalid ones are only counted."""
    valid: list[tuple[Position, float]] = []
    future: Counter[int] = Counter()
    for p in fixes:
        stats.received += 1
        if p.event_time is None or p.node_id <= 0 or (p.latitude == 0 and p.longitude == 0):
            stats.invalid += 1
            continue
        t = p.event_time.timestamp()
        if t > limit:
            future[p.node_id] += 1
            continue
        valid.append((p, t))
    stats.future = sum(future.values())
    return valid, future


def _count_future(db, future: Counter[int], now: datetime) -> None:
    """Each vehicle's count of fixes from the future, and when the last one came."""
    if future:
        db.conn.executemany(
            "UPDATE ctrack_vehicles SET future_fixes = future_fixes + ?, last_future_at = ? "
            "WHERE node_id = ?",
            [(n, now.isoformat(), node) for node, n in future.items()],
        )


def _insert_track(db, valid: list[tuple[Position, float]], stats: CommitStats) -> None:
    """The track rows; a fix already held (same vehicle, same second) is a duplicate."""
    conn = db.conn
    before = conn.total_changes
    conn.executemany(
        "INSERT INTO ctrack_track VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [
            (
                p.node_id,
                int(round(t)),
                p.latitude,
                p.longitude,
                p.speed_kmh,
                p.heading,
                int(p.ignition),
                p.odometer_m,
            )
            for p, t in valid
        ],
    )
    stats.new = conn.total_changes - before
    stats.duplicates = len(valid) - stats.new


def _newest_per_node(
    db, valid: list[tuple[Position, float]], stats: CommitStats
) -> dict[int, tuple[Position, float]]:
    """Each vehicle's newest fix of this batch; counts the late ones (older than a fix already
    seen, in arrival order)."""
    known = dict(db.conn.execute("SELECT node_id, t FROM ctrack_latest").fetchall())
    newest: dict[int, tuple[Position, float]] = {}
    for p, t in valid:
        seen = known.get(p.node_id)
        if seen is not None and t < seen:
            stats.late += 1
        else:
            known[p.node_id] = t
        if p.node_id not in newest or t > newest[p.node_id][1]:
            newest[p.node_id] = (p, t)
    return newest


def _upsert_latest(
    db, newest: dict[int, tuple[Position, float]], source: str, received_at: float, stats: CommitStats
) -> None:
    """The latest position per vehicle, replaced only by a newer fix."""
    conn = db.conn
    before = conn.total_changes
    conn.executemany(
        """
        INSERT INTO ctrack_latest (node_id, t, latitude, longitude, speed_kmh, heading, ignition, status,
                                   status_text, location, odometer_m, driver_id, source, received_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (node_id) DO UPDATE SET t = excluded.t, latitude = excluded.latitude,
            longitude = excluded.longitude, speed_kmh = excluded.speed_kmh, heading = excluded.heading,
            ignition = excluded.ignition, status = excluded.status, status_text = excluded.status_text,
            location = CASE WHEN excluded.location != '' THEN excluded.location ELSE ctrack_latest.location END,
            odometer_m = COALESCE(excluded.odometer_m, ctrack_latest.odometer_m),
            driver_id = excluded.driver_id, source = excluded.source, received_at = excluded.received_at
        WHERE excluded.t > ctrack_latest.t""",
        [
            (
                p.node_id,
                t,
                p.latitude,
                p.longitude,
                p.speed_kmh,
                p.heading,
                int(p.ignition),
                p.status,
                p.status_text,
                p.location,
                p.odometer_m,
                p.driver_id,
                source,
                received_at,
            )
            for p, t in newest.values()
        ],
    )
    stats.latest_updated = conn.total_changes - before


def learn_driver_names(db, names: dict[str, str]) -> None:
    db.conn.executemany(
        "INSERT INTO ctrack_drivers (driver_id, name) VALUES (?, ?) ON CONFLICT (driver_id) "
        "DO UPDATE SET name = excluded.name WHERE excluded.name != ctrack_drivers.name",
        list(names.items()),
    )


def fleet(db) -> list[FleetRow]:
    """Every vehicle with its latest position, by registration."""
    rows = db.execute("""
        SELECT v.node_id, v.registration, v.fleet_number, v.description, l.t, l.latitude, l.longitude,
               l.speed_kmh, l.heading, l.ignition, COALESCE(l.status_text, ''), COALESCE(l.location, ''),
               l.odometer_m, COALESCE(l.driver_id, ''), COALESCE(d.name, ''), v.future_fixes,
               COALESCE(l.source, '')
        FROM ctrack_vehicles v
        LEFT JOIN ctrack_latest l ON l.node_id = v.node_id
        LEFT JOIN ctrack_drivers d ON d.driver_id = l.driver_id
        ORDER BY CASE WHEN v.registration = '' THEN 1 ELSE 0 END, LOWER(v.registration), v.node_id
    """).fetchall()
    return [
        FleetRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            None if r[9] is None else bool(r[9]),
            *r[10:],
        )
        for r in rows
    ]


def track(db, node_id: int, t0: float, t1: float) -> list[TrackPoint]:
    """Track points of one vehicle with t0 <= t <= t1, in time order."""
    rows = db.execute(
        "SELECT t, latitude, longitude, speed_kmh, heading, ignition FROM ctrack_track "
        "WHERE node_id = ? AND t >= ? AND t <= ? ORDER BY t",
        [node_id, int(t0), int(t1)],
    ).fetchall()
    return [TrackPoint(float(r[0]), r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]


def track_count(db) -> int:
    return db.execute("SELECT COUNT(*) FROM ctrack_track").fetchone()[0]


# -- vehicles, drivers, trips, POIs ----------------------------------------------------------
def upsert_vehicles(db, vehicles: Iterable[Vehicle], now: datetime) -> int:
    rows = [
        (
            v.node_id,
            v.registration,
            v.fleet_number,
            v.description,
            v.unit_type,
            v.cost_centre_id,
            now.isoformat(),
        )
        for v in vehicles
        if v.node_id > 0
    ]
    db.conn.executemany(
        """
        INSERT INTO ctrack_vehicles (node_id, registration, fleet_number, description, unit_type,
                                     cost_centre_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (node_id) DO UPDATE SET registration = excluded.registration,
            fleet_number = excluded.fleet_number, description = excluded.description,
            unit_type = excluded.unit_type, cost_centre_id = excluded.cost_centre_id,
            updated_at = excluded.updated_at""",
        rows,
    )
    return len(rows)


def upsert_drivers(db, drivers: Iterable[Driver]) -> None:
    db.conn.executemany(
        "INSERT INTO ctrack_drivers (driver_id, node_id, tag) VALUES (?, ?, ?) "
        "ON CONFLICT (driver_id) DO UPDATE SET node_id = excluded.node_id, tag = excluded.tag",
        [(d.driver_id, d.node_id, d.tag) for d in drivers if d.driver_id],
    )


def cost_centre_ids(db) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT cost_centre_id FROM ctrack_vehicles WHERE cost_centre_id IS NOT NULL ORDER BY 1"
        )
    ]


def upsert_trips(db, trips: Iterable[TripDetail]) -> int:
    rows = [
        (
            t.node_id,
            int(t.start.timestamp()),
            int(t.end.timestamp()) if t.end else None,
            t.distance_m,
            t.driving_time_s,
            t.max_speed_kmh,
            t.start_latitude,
            t.start_longitude,
            t.end_latitude,
            t.end_longitude,
            t.start_location,
            t.end_location,
            t.driver_id,
            t.driver_name,
            t.fuel_l,
            t.harsh_brake_count,
            t.over_speed_count,
        )
        for t in trips
        if t.start is not None
    ]
    db.conn.executemany(upsert("ctrack_trips", TRIP_COLUMNS, ("node_id", "start_t")), rows)
    learn_driver_names(db, {r[12]: r[13] for r in rows if r[12] and r[13]})
    return len(rows)


def trips(db, node_id: int, t0: float, t1: float) -> list[TripRow]:
    """Trips of one vehicle starting in [t0, t1), in time order."""
    rows = db.execute(
        f"SELECT {', '.join(TripRow._fields)} FROM ctrack_trips "
        "WHERE node_id = ? AND start_t >= ? AND start_t < ? ORDER BY start_t",
        [node_id, int(t0), int(t1)],
    ).fetchall()
    return [TripRow(*r) for r in rows]


def upsert_pois(db, pois: Iterable[Poi], cost_centre_id: int | None) -> int:
    rows = [
        (
            p.location_node_id,
            p.description or p.primary_id,
            p.category,
            p.latitude,
            p.longitude,
            p.address,
            cost_centre_id,
            p.modified.isoformat() if p.modified else None,
        )
        for p in pois
    ]
    db.conn.executemany(upsert("ctrack_pois", POI_COLUMNS, ("location_node_id",)), rows)
    return len(rows)


def pois(db) -> list[PoiRow]:
    return [
        PoiRow(*r)
        for r in db.execute(
            "SELECT location_node_id, name, category, latitude, longitude, address FROM ctrack_pois ORDER BY name"
        )
    ]


# -- retention -------------------------------------------------------------------------------
def purge(db, cutoff_t: float) -> int:
    """Forget track points and trips older than ``cutoff_t``; latest positions stay (the last
    known fleet). Deletes per vehicle so each DELETE walks the (node_id, t) key."""
    conn = db.conn
    before = conn.total_changes
    nodes = [r[0] for r in conn.execute("SELECT node_id FROM ctrack_vehicles")]
    conn.executemany(
        "DELETE FROM ctrack_track WHERE node_id = ? AND t < ?", [(n, int(cutoff_t)) for n in nodes]
    )
    conn.executemany(
        "DELETE FROM ctrack_trips WHERE node_id = ? AND start_t < ?", [(n, int(cutoff_t)) for n in nodes]
    )
    return conn.total_changes - before


# -- queue state -----------------------------------------------------------------------------
@dataclass
class QueueState:
    kind: str
    epoch: int = 0
    committed_tag: int = 0
    acked_tag: int = 0
    subscribed_at: float | None = None
    started: bool = False
    last_used_at: float | None = None
    received: int = 0
    duplicates: int = 0
    ignored_future: int = 0
    late: int = 0

    @property
    def subscribed(self) -> bool:
        return self.epoch > 0


def queue_state(db, kind: str) -> QueueState:
    names = [f.name for f in fields(QueueState)]
    row = db.execute(f"SELECT {', '.join(names)} FROM ctrack_queue WHERE kind = ?", [kind]).fetchone()
    if row is None:
        return QueueState(kind)
    state = QueueState(*row)
    state.started = bool(state.started)
    return state


def save_queue_state(db, state: QueueState) -> None:
    values = asdict(state)
    values["started"] = int(state.started)
    db.execute(upsert("ctrack_queue", list(values), ("kind",)), list(values.values()))
