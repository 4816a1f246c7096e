"""The vehicle view's own tables: manual links between rows and the odometer cross-check audit."""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("vehicles")


@migrations(name="0001_vehicle_links")
def _links(db):
    # a and b are row keys ("vin:<VIN>" or "plate:<KEY>"), stored with a < b.
    # kind 'link' joins two rows by hand; 'unlink' keeps an automatic plate join apart.
    db.execute("""CREATE TABLE vehicle_links (
        a TEXT NOT NULL, b TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('link', 'unlink')),
        created_at TEXT NOT NULL, PRIMARY KEY (a, b))""")


@migrations(name="0002_odometer_crosschecks")
def _crosschecks(db):
    # One row per check made at Car-Pass entry (the audit trail that protects the garage).
    # reading_id is the Car-Pass reading it was stored with (NULL until the reading is saved).
    db.execute("""CREATE TABLE vehicle_crosschecks (
        id INTEGER PRIMARY KEY,
        reading_id INTEGER,
        vin TEXT, plate_key TEXT,
        reading_date TEXT NOT NULL, odometer_km INTEGER NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('ok', 'below', 'far_above', 'no_data')),
        source TEXT, source_date TEXT, source_km REAL, expected_km REAL, daily_km REAL,
        message TEXT NOT NULL, accepted INTEGER NOT NULL DEFAULT 0,
        checked_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX vehicle_crosschecks_reading ON vehicle_crosschecks (reading_id)")
    db.execute("CREATE INDEX vehicle_crosschecks_vin ON vehicle_crosschecks (vin, checked_at)")


@migrations(name="0003_lookup_indexes")
def _lookup_indexes(db):
    # The cross-check looks up one VIN or plate (fleetdesk.vehicles.lookup) instead of joining
    # the whole fleet: indexes for the columns it searches that their integration does not
    # index. Tables of an integration that is not installed are left alone.
    from fleetdesk.vehicles.lookup import plate_expr

    have = set(db.table_names())
    db.execute("CREATE INDEX vehicle_links_b ON vehicle_links (b)")
    wanted = {
        "ctrack_vehicles": ("vehicles_ctrack_plate", plate_expr("registration")),
        "tacho_vehicles": ("vehicles_tacho_plate", plate_expr("license_plate")),
        "thg_vehicles": ("vehicles_thg_vin", "UPPER(vin)"),
        "hm_vehicles": ("vehicles_hm_vin", "UPPER(vin)"),
        "hm_readings": ("vehicles_hm_readings_vin", "UPPER(vin), reported_at"),
    }
    for table, (name, expr) in wanted.items():
        if table in have:
            db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({expr})")


@migrations(name="0004_created_by")
def _created_by(db):
    # Team mode (#16, docs/team-mode.md §7): the workstation and OS user that linked or kept
    # apart two rows by hand, and that typed the reading a cross-check was made for; NULL on
    # rows from before.
    for table in ("vehicle_links", "vehicle_crosschecks"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_host TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_user TEXT")
