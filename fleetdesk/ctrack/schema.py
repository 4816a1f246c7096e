"""Ctrack tables (named migrations; never edit an old one, add a new one).

- ``ctrack_vehicles``: the fleet as GetVehicles lists it, plus how many fixes we ignored because
  the unit's clock was ahead (so the UI can say why a vehicle has no trustworthy position).
- ``ctrack_latest``: the newest trustworthy fix per vehicle ("the last known fleet"); a late fix
  never replaces a newer one, and retention never removes it.
- ``ctrack_track``: every fix as a compact track point, keyed (node_id, t) so the same fix
  arriving from the queue, the polling fallback and the history endpoint is stored once.
- ``ctrack_trips``: trips by (node_id, start); ``ctrack_pois``; ``ctrack_drivers`` (names are
  learned from queue positions and trips: the drivers endpoints carry ids and tags only).
- ``ctrack_queue``: per queue: its subscription epoch (delivery tags restart when a queue is
  re-created), the highest committed and acknowledged delivery tags, and counters.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("ctrack")


@migrations(name="0001_live_data")
def _live_data(db) -> None:
    # one statement at a time: executescript() would COMMIT the migration's transaction
    for statement in _LIVE_DATA.split(";"):
        if statement.strip():
            db.execute(statement)


_LIVE_DATA = """
    CREATE TABLE ctrack_vehicles (
        node_id INTEGER PRIMARY KEY,
        registration TEXT NOT NULL DEFAULT '',
        fleet_number TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        unit_type TEXT NOT NULL DEFAULT '',
        cost_centre_id INTEGER,
        driver_id TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        future_fixes INTEGER NOT NULL DEFAULT 0,
        last_future_at TEXT
    );
    CREATE TABLE ctrack_latest (
        node_id INTEGER PRIMARY KEY,
        t REAL NOT NULL,
        latitude REAL NOT NULL,
        longitude REAL NOT NULL,
        speed_kmh REAL NOT NULL DEFAULT 0,
        heading REAL,
        ignition INTEGER NOT NULL DEFAULT 0,
        status INTEGER,
        status_text TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        odometer_m INTEGER,
        driver_id TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        received_at REAL NOT NULL
    );
    CREATE TABLE ctrack_track (
        node_id INTEGER NOT NULL,
        t INTEGER NOT NULL,
        latitude REAL NOT NULL,
        longitude REAL NOT NULL,
        speed_kmh REAL NOT NULL DEFAULT 0,
        heading REAL,
        ignition INTEGER NOT NULL DEFAULT 0,
        odometer_m INTEGER,
        PRIMARY KEY (node_id, t)
    ) WITHOUT ROWID;
    CREATE TABLE ctrack_trips (
        node_id INTEGER NOT NULL,
        start_t INTEGER NOT NULL,
        end_t INTEGER,
        distance_m REAL,
        driving_time_s REAL,
        max_speed_kmh REAL,
        start_latitude REAL, start_longitude REAL,
        end_latitude REAL, end_longitude REAL,
        start_location TEXT NOT NULL DEFAULT '',
        end_location TEXT NOT NULL DEFAULT '',
        driver_id TEXT NOT NULL DEFAULT '',
        driver_name TEXT NOT NULL DEFAULT '',
        fuel_l REAL,
        harsh_brake_count REAL,
        over_speed_count REAL,
        PRIMARY KEY (node_id, start_t)
    ) WITHOUT ROWID;
    CREATE TABLE ctrack_pois (
        location_node_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        latitude REAL NOT NULL,
        longitude REAL NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        cost_centre_id INTEGER,
        modified TEXT
    );
    CREATE TABLE ctrack_drivers (
        driver_id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        node_id INTEGER,
        tag TEXT
    );
    CREATE TABLE ctrack_queue (
        kind TEXT PRIMARY KEY,
        epoch INTEGER NOT NULL DEFAULT 0,
        committed_tag INTEGER NOT NULL DEFAULT 0,
        acked_tag INTEGER NOT NULL DEFAULT 0,
        subscribed_at REAL,
        started INTEGER NOT NULL DEFAULT 0,
        last_used_at REAL,
        received INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        ignored_future INTEGER NOT NULL DEFAULT 0,
        late INTEGER NOT NULL DEFAULT 0
    );
"""
