"""THG tables: the local mirror of the service and what the user submitted through the outbox.

- ``thg_registrants``: by remote id once known; a registrant created here is a row with
  ``remote_id`` NULL until its outbox item is sent.
- ``thg_vehicles``: keyed by the service's vehicle id (vehicles exist only remotely). Status
  changes found by the sync are upserted idempotently ("changed since" repeats its boundary).
  ``pending_refs`` holds customer references queued for a PATCH and not yet confirmed.
- ``thg_uploads``: one row per document the user chose; the stored copy of the file, the
  references sent, and once the service answered, the vehicle id.
- ``thg_uba_requests``: one per vehicle and year; the hold (``ready_for_uba``) is fixed at
  creation. ``thg_uba_responses``: the UBA's answer, one row per vehicle and year.
- ``thg_events``: the notifications (status and UBA reply changes), shown once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from fleetdesk.thg.models import wire_time

migrations = Migrations("thg")

# upload states
U_QUEUED, U_SENDING, U_UPLOADED, U_ATTENTION, U_DISCARDED = (
    "queued",
    "sending",
    "uploaded",
    "attention",
    "discarded",
)
# UBA request states
R_QUEUED, R_FILED, R_DELETING, R_DELETED, R_REMOVED, R_ATTENTION = (
    "queued",
    "filed",
    "deleting",
    "deleted",
    "removed",
    "attention",
)
LIVE_REQUEST_STATES = (R_QUEUED, R_FILED, R_DELETING, R_ATTENTION)

VEHICLE_COLUMNS = (
    "id",
    "registrant_id",
    "owner_first_name",
    "owner_last_name_or_organization",
    "vin",
    "vehicle_class",
    "status",
    "status_reason",
    "vehicle_registration",
    "status_update",
    "customer_reference1",
    "customer_reference2",
    "customer_reference3",
    "created",
    "extra",
    "pending_refs",
    "synced_at",
)


@migrations(name="0001_tables")
def _tables(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE thg_registrants (
            id INTEGER PRIMARY KEY,
            remote_id INTEGER UNIQUE,
            type TEXT NOT NULL, first_name TEXT NOT NULL DEFAULT '',
            last_name_or_organization TEXT NOT NULL, street TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
            customer_reference TEXT NOT NULL DEFAULT '', created TEXT,
            state TEXT NOT NULL DEFAULT 'synced', problem TEXT)""")
    db.execute("""
        CREATE TABLE thg_vehicles (
            id INTEGER PRIMARY KEY,
            registrant_id INTEGER, owner_first_name TEXT NOT NULL DEFAULT '',
            owner_last_name_or_organization TEXT NOT NULL DEFAULT '', vin TEXT NOT NULL DEFAULT '',
            vehicle_class TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
            status_reason TEXT NOT NULL DEFAULT '', vehicle_registration TEXT,
            status_update TEXT, customer_reference1 TEXT NOT NULL DEFAULT '',
            customer_reference2 TEXT NOT NULL DEFAULT '', customer_reference3 TEXT NOT NULL DEFAULT '',
            created TEXT, extra TEXT NOT NULL DEFAULT '{}', pending_refs TEXT, synced_at TEXT,
            rev INTEGER NOT NULL DEFAULT 0)""")
    db.execute("CREATE INDEX thg_vehicles_status ON thg_vehicles (status)")
    db.execute("CREATE INDEX thg_vehicles_rev ON thg_vehicles (rev)")
    db.execute("""
        CREATE TABLE thg_uploads (
            id INTEGER PRIMARY KEY,
            upload_key TEXT NOT NULL UNIQUE,
            batch TEXT, file_name TEXT NOT NULL, stored_path TEXT NOT NULL,
            sha256 TEXT NOT NULL, size INTEGER NOT NULL, kind TEXT NOT NULL,
            registrant_id INTEGER NOT NULL,
            customer_reference1 TEXT NOT NULL DEFAULT '', customer_reference2 TEXT NOT NULL DEFAULT '',
            customer_reference3 TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL, problem TEXT, note TEXT, vehicle_id INTEGER,
            resubmit_of INTEGER, created_at TEXT NOT NULL, uploaded_at TEXT)""")
    db.execute("CREATE INDEX thg_uploads_vehicle ON thg_uploads (vehicle_id)")
    db.execute("""
        CREATE TABLE thg_uba_requests (
            id INTEGER PRIMARY KEY,
            remote_id INTEGER UNIQUE,
            vehicle_id INTEGER NOT NULL, year INTEGER NOT NULL,
            ready_for_uba TEXT, created TEXT, sent TEXT,
            state TEXT NOT NULL, problem TEXT, updated_at TEXT)""")
    db.execute("CREATE INDEX thg_uba_requests_vehicle ON thg_uba_requests (vehicle_id, year)")
    db.execute("""
        CREATE TABLE thg_uba_responses (
            vehicle_id INTEGER NOT NULL, year INTEGER NOT NULL,
            sent TEXT, reply TEXT, confirmed INTEGER, rejected_reason TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (vehicle_id, year))""")
    db.execute("""
        CREATE TABLE thg_events (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL,
            vehicle_id INTEGER, year INTEGER, text TEXT NOT NULL, seen INTEGER NOT NULL DEFAULT 0)""")


#: the tables whose rows a person's action creates (team mode, docs/team-mode.md §7); rows the
#: status sync adds from the server's lists (registrants and UBA requests made elsewhere) keep
#: NULL there
CREATED_BY_TABLES = ("thg_uploads", "thg_uba_requests", "thg_registrants")


@migrations(name="0002_created_by")
def _created_by(db: sqlite_utils.Database) -> None:
    # Team mode (#16, docs/team-mode.md §7): the workstation and OS user that uploaded a
    # document, filed a UBA request or added a registrant; NULL on rows from before.
    for table in CREATED_BY_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_host TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_user TEXT")


# -- small helpers ---------------------------------------------------------------------------
def _iso(value: Any) -> str | None:
    """Wire timestamps as stored: ``YYYY-MM-DDTHH:MM:SSZ`` (sortable as text); dates as ISO."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return wire_time(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def rows(db: sqlite_utils.Database, sql: str, args: Iterable[Any] = ()) -> list[dict]:
    return [dict(r) for r in db.query(sql, list(args))]


def add_event(
    db: sqlite_utils.Database,
    at: str,
    kind: str,
    text: str,
    *,
    vehicle_id: int | None = None,
    year: int | None = None,
) -> None:
    db.table("thg_events").insert(
        {"at": at, "kind": kind, "text": text, "vehicle_id": vehicle_id, "year": year, "seen": 0}
    )


def unseen_events(db: sqlite_utils.Database, limit: int = 50) -> list[dict]:
    return rows(db, "SELECT * FROM thg_events WHERE seen = 0 ORDER BY id LIMIT ?", [limit])


def mark_events_seen(db: sqlite_utils.Database, up_to_id: int) -> None:
    db.execute("UPDATE thg_events SET seen = 1 WHERE id <= ? AND seen = 0", [up_to_id])


# -- vehicles -----------------------------------------------------------------------------------
def vehicle_row(vehicle, synced_at: str) -> dict[str, Any]:
    """A ``models.Vehicle`` as a ``thg_vehicles`` row."""
    return {
        "id": vehicle.id,
        "registrant_id": vehicle.vehicleregistrant_id,
        "owner_first_name": vehicle.owner_first_name,
        "owner_last_name_or_organization": vehicle.owner_last_name_or_organization,
        "vin": vehicle.vin,
        "vehicle_class": vehicle.vehicle_class,
        "status": vehicle.status,
        "status_reason": vehicle.reason,
        "vehicle_registration": vehicle.vehicle_registration.isoformat()
        if vehicle.vehicle_registration
        else None,
        "status_update": _iso(vehicle.status_update),
        "customer_reference1": vehicle.customer_reference1,
        "customer_reference2": vehicle.customer_reference2,
        "customer_reference3": vehicle.customer_reference3,
        "created": _iso(vehicle.created),
        "extra": json.dumps(vehicle.extra, sort_keys=True, default=str),
        "synced_at": synced_at,
    }


REVISION_KEY = "thg.vehicles_revision"


def bump_vehicles(db: sqlite_utils.Database) -> int:
    """Count writes to ``thg_vehicles`` (each written row keeps the count in ``rev``): the tab
    then re-reads only the rows that changed, not the whole (long) list."""
    db.execute(
        "INSERT INTO kv (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET "
        "value = CAST(CAST(kv.value AS INTEGER) + 1 AS TEXT)",
        [REVISION_KEY],
    )
    return vehicles_revision(db)


def set_pending_refs(db: sqlite_utils.Database, vehicle_id: int, pending: dict | None) -> None:
    db.execute(
        "UPDATE thg_vehicles SET pending_refs = ?, rev = ? WHERE id = ?",
        [json.dumps(pending, sort_keys=True) if pending else None, bump_vehicles(db), vehicle_id],
    )


def vehicles_revision(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM kv WHERE key = ?", [REVISION_KEY]).fetchone()
    return int(row[0]) if row else 0


def upsert_vehicle(db: sqlite_utils.Database, vehicle, synced_at: str) -> str | None:
    """Store ``vehicle``; return its previous status (None if it is new). Idempotent.

    Queued reference edits (``pending_refs``) survive: the outbox still has to send them.
    """
    row = vehicle_row(vehicle, synced_at)
    row["rev"] = bump_vehicles(db)
    before = db.execute("SELECT status FROM thg_vehicles WHERE id = ?", [vehicle.id]).fetchone()
    if before is None:
        db.table("thg_vehicles").insert(row)
        return None
    row.pop("id")
    sets = ", ".join(f"{k} = ?" for k in row)
    db.execute(f"UPDATE thg_vehicles SET {sets} WHERE id = ?", [*row.values(), vehicle.id])
    return before[0]


def vehicles(
    db: sqlite_utils.Database, *, status: str | None = None, after_rev: int | None = None
) -> list[dict]:
    sql, args = "SELECT * FROM thg_vehicles", list[object]()
    if status:
        sql, args = sql + " WHERE status = ?", [status]
    elif after_rev is not None:
        sql, args = sql + " WHERE rev > ?", [after_rev]
    return rows(db, sql + " ORDER BY id", args)


def vehicle(db: sqlite_utils.Database, vehicle_id: int) -> dict | None:
    found = rows(db, "SELECT * FROM thg_vehicles WHERE id = ?", [vehicle_id])
    return found[0] if found else None


# -- registrants --------------------------------------------------------------------------------
REGISTRANT_FIELDS = (
    "type",
    "first_name",
    "last_name_or_organization",
    "street",
    "postal_code",
    "city",
    "country",
    "email",
    "customer_reference",
)


def upsert_registrant(db: sqlite_utils.Database, registrant) -> None:
    data = {k: getattr(registrant, k) for k in REGISTRANT_FIELDS}
    data.update(remote_id=registrant.id, created=_iso(registrant.created), state="synced", problem=None)
    found = db.execute("SELECT id FROM thg_registrants WHERE remote_id = ?", [registrant.id]).fetchone()
    if found:
        db.table("thg_registrants").update(found[0], data)
    else:
        db.table("thg_registrants").insert(data)


def registrants(db: sqlite_utils.Database) -> list[dict]:
    return rows(db, "SELECT * FROM thg_registrants ORDER BY remote_id IS NULL, remote_id, id")


# -- UBA --------------------------------------------------------------------------------------------
def upsert_uba_response(db: sqlite_utils.Database, response) -> dict | None:
    """Store a UBA response; return the previous row (None if it is new)."""
    before = rows(
        db,
        "SELECT * FROM thg_uba_responses WHERE vehicle_id = ? AND year = ?",
        [response.vehicle_id, response.year],
    )
    db.table("thg_uba_responses").upsert(
        {
            "vehicle_id": response.vehicle_id,
            "year": response.year,
            "sent": _iso(response.sent),
            "reply": _iso(response.reply),
            "confirmed": None if response.confirmed is None else int(response.confirmed),
            "rejected_reason": response.rejected_reason,
            "extra": json.dumps(response.extra, sort_keys=True, default=str),
        },
        pk=("vehicle_id", "year"),
    )
    return before[0] if before else None


def uba_rows(db: sqlite_utils.Database, year: int | None = None) -> list[dict]:
    """One row per vehicle and year: the request (if any) joined with the UBA's answer."""
    where = "" if year is None else "WHERE k.year = ?"
    args = [] if year is None else [year]
    return rows(
        db,
        f"""
        WITH keys AS (
            SELECT vehicle_id, year FROM thg_uba_requests
            UNION SELECT vehicle_id, year FROM thg_uba_responses)
        SELECT k.vehicle_id, k.year,
               q.id AS request_id, q.remote_id, q.state AS request_state, q.ready_for_uba,
               q.created AS requested, q.problem, q.created_host, q.created_user,
               COALESCE(s.sent, q.sent) AS sent, s.reply, s.confirmed, s.rejected_reason,
               v.vin, v.customer_reference1, v.customer_reference2, v.status AS vehicle_status
        FROM keys k
        LEFT JOIN thg_uba_requests q ON q.id = (
            SELECT id FROM thg_uba_requests r WHERE r.vehicle_id = k.vehicle_id AND r.year = k.year
            ORDER BY (r.state IN ('deleted', 'removed')), r.id DESC LIMIT 1)
        LEFT JOIN thg_uba_responses s ON s.vehicle_id = k.vehicle_id AND s.year = k.year
        LEFT JOIN thg_vehicles v ON v.id = k.vehicle_id
        {where}
        ORDER BY k.year DESC, k.vehicle_id""",
        args,
    )


def uba_years(db: sqlite_utils.Database) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            "SELECT year FROM thg_uba_requests UNION SELECT year FROM thg_uba_responses ORDER BY 1 DESC"
        ).fetchall()
    ]


def live_uba_request(db: sqlite_utils.Database, vehicle_id: int, year: int) -> dict | None:
    found = rows(
        db,
        f"SELECT * FROM thg_uba_requests WHERE vehicle_id = ? AND year = ? AND state IN "
        f"({','.join('?' * len(LIVE_REQUEST_STATES))}) ORDER BY id DESC LIMIT 1",
        [vehicle_id, year, *LIVE_REQUEST_STATES],
    )
    return found[0] if found else None


# -- uploads ---------------------------------------------------------------------------------------
def uploads(db: sqlite_utils.Database, *, limit: int = 1000) -> list[dict]:
    """Newest first, with the vehicle's status once known and the outbox state."""
    return rows(
        db,
        """
        SELECT u.*, v.status AS vehicle_status, v.status_reason AS vehicle_reason,
               o.state AS outbox_state, o.last_error, o.attempts, o.next_attempt_at
        FROM thg_uploads u
        LEFT JOIN thg_vehicles v ON v.id = u.vehicle_id
        LEFT JOIN outbox o ON o.entity_table = 'thg_uploads' AND o.entity_id = CAST(u.id AS TEXT)
        ORDER BY u.id DESC LIMIT ?""",
        [limit],
    )
