"""Car-Pass tables: vehicles, readings (the garage's odometer history), requests and issues.

- ``carpass_readings``: every reading the user entered (``origin='entry'``) and every reading
  imported from another system (``origin='import'``, never sent). A correction updates the row
  (the values before it are kept in ``original``), so the local history always holds what
  Car-Pass holds.
- ``carpass_requests``: one row per requestGuid Car-Pass answered (observation, correction,
  confirm), written the moment the guid arrives; the polling schedule lives here, so it
  survives a restart.
- ``carpass_issues``: issues with type, problem number and NL/FR/DE descriptions.

Lookups used by the prechecks are per vehicle and indexed (VIN, plate key, date).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from fleetdesk.store import outbox as ob
from fleetdesk.store.sql import new_id

migrations = Migrations("carpass")

# Reading states (local view of where a reading stands)
QUEUED = "queued"  # stored, in the outbox, Car-Pass has not answered a guid yet
ONGOING = "ongoing"  # Car-Pass has it (guid stored); we follow its status
PROCESSED = "processed"
ISSUE = "issue"  # needs a correction or a confirm
ERROR = "error"  # Car-Pass did not save it; nothing more to do
REVIEWING = "reviewing"  # a Car-Pass employee checks it
UNKNOWN = "unknown"  # a status this version does not know: keep asking, slowly
CORRECTING = "correcting"  # a correction is queued
CONFIRMING = "confirming"  # a confirm is queued
ATTENTION = "attention"  # Car-Pass refused the request itself (HTTP 4xx): see last_error
#: sent earlier, outcome unknown: an attempt reached Car-Pass but its answer was lost, and the
#: retry was answered 150 ("already sent"). The API cannot look the first request up (it may be
#: registered, or held as ISSUE): the user checks the portal/helpdesk and records what he found.
OUTCOME_UNKNOWN = "outcome_unknown"
#: what the user may record for an OUTCOME_UNKNOWN reading
OUTCOME_REGISTERED, OUTCOME_NOT_REGISTERED = "registered", "not_registered"
HISTORY = "history"  # imported from another system; never sent
FINAL_STATES = (PROCESSED, ERROR, HISTORY)
#: states whose reading Car-Pass has (or will have) from us: a second identical one is a 150
SUBMITTED_STATES = (
    QUEUED,
    ONGOING,
    PROCESSED,
    ISSUE,
    REVIEWING,
    UNKNOWN,
    CORRECTING,
    CONFIRMING,
    OUTCOME_UNKNOWN,
)
#: states that need the user (shown among readings needing attention)
NEEDS_USER_STATES = (ISSUE, ATTENTION, OUTCOME_UNKNOWN)

# Issue states
OPEN, RESOLVING, RESOLVED, INFO = "open", "resolving", "resolved", "info"

TABLE = "carpass_readings"


@migrations(name="0001_tables")
def _tables(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE carpass_vehicles (
            id INTEGER PRIMARY KEY,
            vin TEXT, plate TEXT, plate_key TEXT, description TEXT,
            category TEXT, plate_country TEXT, unifier INTEGER, first_use_date TEXT)""")
    # Partial indexes: a reading or vehicle often has only one of VIN and plate, and a column
    # of NULLs must not make the planner (after ANALYZE) think the index is useless.
    db.execute("CREATE INDEX carpass_vehicles_vin ON carpass_vehicles (vin) WHERE vin IS NOT NULL")
    db.execute(
        "CREATE INDEX carpass_vehicles_plate ON carpass_vehicles (plate_key) WHERE plate_key IS NOT NULL"
    )
    db.execute("""
        CREATE TABLE carpass_readings (
            id INTEGER PRIMARY KEY,
            vin TEXT, plate TEXT, plate_key TEXT,
            reading_date TEXT NOT NULL,
            odometer INTEGER NOT NULL,
            observation_type TEXT NOT NULL,
            unifier INTEGER, first_use_date TEXT,
            enterprise TEXT, establishment TEXT,
            work_description TEXT, operation_kind TEXT,
            origin TEXT NOT NULL,
            state TEXT NOT NULL,
            request_guid TEXT,
            status_text TEXT,
            acknowledged TEXT,
            original TEXT,
            note TEXT,
            last_error TEXT,
            vhr_state TEXT, vhr_path TEXT, vhr_url TEXT, vhr_language TEXT,
            vhr_fetched_at TEXT, vhr_next_at TEXT, vhr_errors INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, final_at TEXT)""")
    db.execute(
        "CREATE INDEX carpass_readings_vin ON carpass_readings (vin, reading_date) WHERE vin IS NOT NULL"
    )
    db.execute(
        "CREATE INDEX carpass_readings_plate ON carpass_readings (plate_key, reading_date) "
        "WHERE plate_key IS NOT NULL"
    )
    db.execute("CREATE INDEX carpass_readings_state ON carpass_readings (state)")
    db.execute(
        "CREATE INDEX carpass_readings_guid ON carpass_readings (request_guid) WHERE request_guid IS NOT NULL"
    )
    db.execute(
        "CREATE INDEX carpass_readings_vhr ON carpass_readings (vhr_next_at) WHERE vhr_next_at IS NOT NULL"
    )
    db.execute("""
        CREATE TABLE carpass_requests (
            guid TEXT PRIMARY KEY,
            reading_id INTEGER NOT NULL REFERENCES carpass_readings (id),
            kind TEXT NOT NULL,
            parent_guid TEXT, successor_guid TEXT,
            outbox_id INTEGER,
            after_retry INTEGER NOT NULL DEFAULT 0,
            status TEXT, status_text TEXT,
            received_at TEXT NOT NULL,
            next_poll_at TEXT, last_polled_at TEXT,
            polls INTEGER NOT NULL DEFAULT 0, poll_errors INTEGER NOT NULL DEFAULT 0,
            final_at TEXT)""")
    db.execute(
        "CREATE INDEX carpass_requests_poll ON carpass_requests (next_poll_at) WHERE next_poll_at IS NOT NULL"
    )
    db.execute("CREATE INDEX carpass_requests_reading ON carpass_requests (reading_id)")
    db.execute("CREATE INDEX carpass_requests_outbox ON carpass_requests (outbox_id)")
    db.execute("""
        CREATE TABLE carpass_issues (
            id INTEGER PRIMARY KEY,
            reading_id INTEGER NOT NULL REFERENCES carpass_readings (id),
            request_guid TEXT NOT NULL,
            type TEXT NOT NULL, number TEXT,
            desc_nl TEXT, desc_fr TEXT, desc_de TEXT,
            state TEXT NOT NULL,
            resolution TEXT,
            opened_at TEXT NOT NULL, closed_at TEXT)""")
    db.execute("CREATE INDEX carpass_issues_state ON carpass_issues (state)")
    db.execute("CREATE INDEX carpass_issues_reading ON carpass_issues (reading_id)")


@migrations(name="0002_created_by")
def _created_by(db: sqlite_utils.Database) -> None:
    # Team mode (#16, docs/team-mode.md §7): the workstation and OS user that created a reading
    # (typed it, submitted it from the CLI or imported it); NULL on readings from before.
    db.execute(f"ALTER TABLE {TABLE} ADD COLUMN created_host TEXT")
    db.execute(f"ALTER TABLE {TABLE} ADD COLUMN created_user TEXT")


@migrations(name="0003_vhr_sha256")
def _vhr_sha256(db: sqlite_utils.Database) -> None:
    # Team mode (#16, docs/team-mode.md §6): the stored report's sha256; on PostgreSQL its bytes
    # are in file_blobs under it, so every workstation can open it. NULL on reports from before.
    db.execute(f"ALTER TABLE {TABLE} ADD COLUMN vhr_sha256 TEXT")


def created_by() -> dict[str, str]:
    """The who-did-what columns of a reading created now, on this workstation."""
    return ob.created_by()


def plate_key(plate: str | None) -> str | None:
    """Plates compare without separators or case: '1-abc-123' == '1ABC123'."""
    if not plate:
        return None
    key = "".join(ch for ch in plate.upper() if ch.isalnum())
    return key or None


@dataclass
class Reading:
    """A row of ``carpass_readings``."""

    id: int
    vin: str | None
    plate: str | None
    plate_key: str | None
    reading_date: str
    odometer: int
    observation_type: str
    unifier: int | None
    first_use_date: str | None
    enterprise: str | None
    establishment: str | None
    work_description: str | None
    operation_kind: str | None
    origin: str
    state: str
    request_guid: str | None
    status_text: str | None
    acknowledged: str | None
    original: str | None
    note: str | None
    last_error: str | None
    vhr_state: str | None
    vhr_path: str | None
    vhr_url: str | None
    vhr_language: str | None
    vhr_fetched_at: str | None
    vhr_next_at: str | None
    vhr_errors: int
    created_at: str
    updated_at: str
    final_at: str | None
    created_host: str | None = None  # who created it: workstation ...
    created_user: str | None = None  # ... and OS user (team mode, docs/team-mode.md §7)
    vhr_sha256: str | None = None  # the stored report's content (team mode: file_blobs, §6)

    @classmethod
    def from_row(cls, row: dict) -> Reading:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in dict(row).items() if k in names})

    @property
    def vehicle(self) -> str:
        return self.vin or self.plate or ""

    @property
    def day(self) -> date:
        return date.fromisoformat(self.reading_date)

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        for key in ("acknowledged", "original"):
            data[key] = json.loads(data[key]) if data[key] else None
        return data


@dataclass
class IssueRow:
    id: int
    reading_id: int
    request_guid: str
    type: str
    number: str | None
    desc_nl: str | None
    desc_fr: str | None
    desc_de: str | None
    state: str
    resolution: str | None
    opened_at: str
    closed_at: str | None

    @classmethod
    def from_row(cls, row: dict) -> IssueRow:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in dict(row).items() if k in names})

    def text(self, language: str = "nl") -> str:
        """Description in ``language`` (nl/fr/de), falling back to the others, then the type."""
        for lang in (language.lower(), "nl", "fr", "de"):
            value = getattr(self, f"desc_{lang}", None)
            if value:
                return value
        return f"Car-Pass issue {self.type}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "reading_id": self.reading_id,
            "request_guid": self.request_guid,
            "type": self.type,
            "number": self.number,
            "state": self.state,
            "resolution": self.resolution,
            "opened_at": self.opened_at,
            "closed_at": self.closed_at,
            "description": {"nl": self.desc_nl, "fr": self.desc_fr, "de": self.desc_de},
        }


# -- queries ----------------------------------------------------------------------------
def get_reading(db: sqlite_utils.Database, reading_id: int) -> Reading | None:
    rows = list(db.query(f"SELECT * FROM {TABLE} WHERE id = ?", [reading_id]))
    return Reading.from_row(rows[0]) if rows else None


def existing_reading(db: sqlite_utils.Database, reading_id: int) -> Reading:
    """The reading ``reading_id``, which the caller knows exists (it just wrote it)."""
    reading = get_reading(db, reading_id)
    if reading is None:
        raise LookupError(f"no Car-Pass reading {reading_id}")
    return reading


def reading_by_guid(db: sqlite_utils.Database, guid: str) -> Reading | None:
    """The reading a requestGuid belongs to (any guid of its correction/confirm chain)."""
    guid = guid.lower()
    row = db.execute("SELECT reading_id FROM carpass_requests WHERE guid = ?", [guid]).fetchone()
    if row is None:
        return None
    return get_reading(db, row[0])


def list_readings(
    db: sqlite_utils.Database,
    *,
    origin: str | None = "entry",
    states: tuple[str, ...] | None = None,
    limit: int = 2000,
) -> list[Reading]:
    """Newest first."""
    sql, args = f"SELECT * FROM {TABLE} WHERE 1 = 1", list[object]()
    if origin:
        sql += " AND origin = ?"
        args.append(origin)
    if states:
        sql += f" AND state IN ({','.join('?' * len(states))})"
        args += list(states)
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(limit)
    return [Reading.from_row(r) for r in db.query(sql, args)]


def issues(
    db: sqlite_utils.Database, *, states: tuple[str, ...] = (OPEN, RESOLVING), reading_id: int | None = None
) -> list[IssueRow]:
    sql = f"SELECT * FROM carpass_issues WHERE state IN ({','.join('?' * len(states))})"
    args: list[Any] = list(states)
    if reading_id is not None:
        sql += " AND reading_id = ?"
        args.append(reading_id)
    sql += " ORDER BY id"
    return [IssueRow.from_row(r) for r in db.query(sql, args)]


def requests_of(db: sqlite_utils.Database, reading_id: int) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM carpass_requests WHERE reading_id = ? ORDER BY received_at, rowid", [reading_id]
        )
    )


def request(db: sqlite_utils.Database, guid: str) -> dict | None:
    rows = list(db.query("SELECT * FROM carpass_requests WHERE guid = ?", [guid.lower()]))
    return rows[0] if rows else None


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Readings per state (entries only) and the number of outstanding issues."""
    out = {
        row[0]: row[1]
        for row in db.execute(f"SELECT state, COUNT(*) FROM {TABLE} WHERE origin = 'entry' GROUP BY state")
    }
    out["open_issues"] = db.execute(
        "SELECT COUNT(*) FROM carpass_issues WHERE state IN (?, ?)", [OPEN, RESOLVING]
    ).fetchone()[0]
    return out


def find_vehicle(db: sqlite_utils.Database, vin: str | None, plate: str | None) -> dict | None:
    """The known vehicle with this VIN (or plate), if any."""
    if vin:
        rows = list(db.query("SELECT * FROM carpass_vehicles WHERE vin = ? LIMIT 2", [vin]))
        if len(rows) == 1:  # a short VIN shared by two old-timers names no single vehicle
            return rows[0]
        return None
    key = plate_key(plate)
    if key:
        rows = list(db.query("SELECT * FROM carpass_vehicles WHERE plate_key = ? LIMIT 1", [key]))
        return rows[0] if rows else None
    return None


def upsert_vehicle(
    db: sqlite_utils.Database,
    *,
    vin: str | None,
    plate: str | None,
    description: str | None = None,
    category: str | None = None,
    plate_country: str | None = None,
    unifier: int | None = None,
    first_use_date: str | None = None,
) -> int:
    """Add a vehicle, or fill in what is missing on the one with this VIN/plate."""
    existing = find_vehicle(db, vin, None) if vin else find_vehicle(db, None, plate)
    values = {
        "vin": vin,
        "plate": plate,
        "plate_key": plate_key(plate),
        "description": description,
        "category": category,
        "plate_country": plate_country,
        "unifier": unifier,
        "first_use_date": first_use_date,
    }
    if existing is None:
        return new_id(db.table("carpass_vehicles").insert(values))
    updates = {k: v for k, v in values.items() if v is not None and existing.get(k) != v}
    if updates:
        db.table("carpass_vehicles").update(existing["id"], updates)
    return existing["id"]
