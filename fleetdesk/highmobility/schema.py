"""The High Mobility tables (named migrations; never edit one that has shipped, add a new one).

- ``hm_vehicles``: one row per VIN FleetDesk knows: what was asked for (brand, tags, control
  odometer), the last status the server reported (NULL until it knows the VIN), why it was
  revoked, and the latest pulled odometer. What is still unsent lives in the outbox
  (``entity_table = 'hm_vehicles'``, ``entity_id = vin``), not in a copy here.
- ``hm_events``: each VIN's timeline: the server's changelog (``source = 'server'``) merged with
  what happened locally (``'local'``: queued, sent, refused, revoke asked with its reason).
- ``hm_eligibility``: the last eligibility answer per VIN (checked before or after adding).
- ``hm_readings``: every odometer reading pulled from the vehicle-data API.
- ``hm_notices``: approved / rejected / revoked news, kept so the GUI and the CLI can list them.
- ``created_host`` / ``created_user`` (team mode, docs/team-mode.md §7): on ``hm_vehicles`` who
  added the VIN (NULL on VINs found on the account), on ``hm_events`` who asked (clearance
  requested, revoke requested, withdrawn; NULL on the server's changelog and on what the
  dispatcher recorded).
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("highmobility")


@migrations(name="0001_clearance")
def _clearance(db):
    db.execute("""
        CREATE TABLE hm_vehicles (
            vin TEXT PRIMARY KEY,
            brand TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '{}',
            control_odometer INTEGER,
            control_unit TEXT,
            status TEXT,
            status_since TEXT,
            origin TEXT NOT NULL DEFAULT 'fleetdesk' CHECK (origin IN ('fleetdesk', 'server')),
            revoke_reason TEXT,
            revoke_requested_at TEXT,
            odometer REAL,
            odometer_unit TEXT,
            odometer_at TEXT,
            data_pulled_at TEXT,
            seen_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX hm_vehicles_status ON hm_vehicles (status)")
    db.execute("""
        CREATE TABLE hm_events (
            id INTEGER PRIMARY KEY,
            vin TEXT NOT NULL,
            at TEXT NOT NULL,
            status TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('server', 'local')),
            note TEXT,
            UNIQUE (vin, at, status, source)
        )""")
    db.execute("CREATE INDEX hm_events_vin ON hm_events (vin, at)")
    db.execute("""
        CREATE TABLE hm_eligibility (
            vin TEXT PRIMARY KEY,
            brand TEXT NOT NULL,
            eligible INTEGER,
            data_delivery TEXT,
            connectivity_status TEXT,
            primary_user_assigned INTEGER,
            error TEXT,
            checked_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE hm_readings (
            id INTEGER PRIMARY KEY,
            vin TEXT NOT NULL,
            odometer REAL NOT NULL,
            unit TEXT NOT NULL,
            reported_at TEXT,
            pulled_at TEXT NOT NULL,
            UNIQUE (vin, reported_at)
        )""")
    db.execute("""
        CREATE TABLE hm_notices (
            id INTEGER PRIMARY KEY,
            vin TEXT NOT NULL,
            status TEXT NOT NULL,
            text TEXT NOT NULL,
            at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            shown_at TEXT
        )""")
    db.execute("CREATE INDEX hm_notices_unshown ON hm_notices (shown_at)")


@migrations(name="0002_created_by")
def _created_by(db):
    # Team mode (#16, docs/team-mode.md §7): the workstation and OS user behind a VIN added by
    # hand and behind each request in its timeline; NULL on rows from before.
    for table in ("hm_vehicles", "hm_events"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_host TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_user TEXT")
