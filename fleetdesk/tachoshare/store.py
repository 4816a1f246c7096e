"""TachoShare tables: vehicles and cards as last listed, cursors, the download queue, the file
index and RDL requests. Pure functions on a ``sqlite_utils.Database``; call writers inside
``Store.write`` so each one is a transaction.

A *subject* is what a cursor belongs to: ``vu:<VIN>`` or ``card:<0xNN>:<card number>`` (a card
is the pair of number and country). The cursor is the last day already archived: the last
activity of a vehicle unit, the last download date of a driver card.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.store.outbox import created_by
from fleetdesk.store.sql import new_id
from fleetdesk.tachoshare.models import DriverCard, Vehicle, parse_country_code

SERVICE = "tachoshare"
RDL_KIND = "tachoshare.rdl"
QUEUED, RUNNING, PAUSED, DONE, EMPTY, FAILED, CANCELLED = (
    "queued",
    "running",
    "paused",
    "done",
    "empty",
    "failed",
    "cancelled",
)
ACTIVE_STATES = (QUEUED, RUNNING, PAUSED)
#: a job whose subject has one of these earlier jobs must wait: the cursor moves in order
BLOCKING_STATES = (QUEUED, RUNNING, PAUSED, FAILED)
FINISHED_STATES = (DONE, EMPTY, FAILED, CANCELLED)

migrations = Migrations("tachoshare")


@migrations(name="0001_tables")
def _tables(db):
    db.execute("""CREATE TABLE tacho_vehicles (
        vin TEXT PRIMARY KEY, license_plate TEXT, last_activity_date TEXT,
        next_scheduled_date TEXT, last_rdl_attempt TEXT, rdl_status TEXT NOT NULL,
        rdl_status_raw TEXT, manual_attempts_remaining INTEGER, raw TEXT NOT NULL,
        listed INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE tacho_cards (
        card_number TEXT NOT NULL, country INTEGER NOT NULL, country_code TEXT NOT NULL,
        last_download_date TEXT, next_scheduled_date TEXT, rdl_status TEXT NOT NULL,
        rdl_status_raw TEXT, raw TEXT NOT NULL, listed INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL, PRIMARY KEY (card_number, country))""")
    db.execute("""CREATE TABLE tacho_cursors (
        subject TEXT PRIMARY KEY, last_date TEXT NOT NULL, updated_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE tacho_jobs (
        id INTEGER PRIMARY KEY, subject TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('vu', 'card')),
        vin TEXT, card_number TEXT, country INTEGER, label TEXT NOT NULL, fmt TEXT NOT NULL,
        date_from TEXT NOT NULL, date_to TEXT NOT NULL, new_last TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN
            ('queued', 'running', 'paused', 'done', 'empty', 'failed', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0, not_before TEXT NOT NULL,
        bytes_done INTEGER NOT NULL DEFAULT 0, bytes_total INTEGER, error TEXT,
        planned_at TEXT NOT NULL, started_at TEXT, finished_at TEXT, updated_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX tacho_jobs_state ON tacho_jobs (state, not_before)")
    db.execute("CREATE INDEX tacho_jobs_subject ON tacho_jobs (subject, state)")
    db.execute("""CREATE TABLE tacho_files (
        id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES tacho_jobs(id),
        parent_id INTEGER REFERENCES tacho_files(id),
        kind TEXT NOT NULL CHECK (kind IN ('vu', 'card_zip', 'card')), subject TEXT NOT NULL,
        vin TEXT, card_number TEXT, country INTEGER, path TEXT NOT NULL UNIQUE,
        filename TEXT NOT NULL, period_from TEXT, period_to TEXT, size INTEGER NOT NULL,
        sha256 TEXT NOT NULL, fmt TEXT NOT NULL, server_name TEXT, archived_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX tacho_files_subject ON tacho_files (subject)")
    db.execute("""CREATE TABLE tacho_rdl_requests (
        id INTEGER PRIMARY KEY, vin TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'accepted', 'refused')),
        message TEXT, requested_at TEXT NOT NULL, answered_at TEXT, vehicle TEXT)""")
    db.execute("CREATE INDEX tacho_rdl_vin ON tacho_rdl_requests (vin, requested_at)")


@migrations(name="0002_tacho_file_facts")
def _file_facts(db):
    """Header facts of each archived tachograph file, parsed once on arrival (issue #13)."""
    db.execute("""CREATE TABLE tacho_file_facts (
        file_id INTEGER PRIMARY KEY REFERENCES tacho_files(id) ON DELETE CASCADE,
        parsed_at TEXT NOT NULL, error TEXT, kind TEXT, generation TEXT,
        card_number TEXT, driver_id TEXT, issuing_state TEXT, issuing_state_code INTEGER,
        holder_surname TEXT, holder_first_names TEXT, card_expiry TEXT, last_card_download TEXT,
        activity_from TEXT, activity_to TEXT, activity_days TEXT,
        vin TEXT, registration TEXT, registration_nation TEXT, period_from TEXT, period_to TEXT,
        last_download TEXT, download_company TEXT, signature TEXT NOT NULL DEFAULT 'not checked')""")
    db.execute("CREATE INDEX tacho_file_facts_card ON tacho_file_facts (issuing_state_code, driver_id)")
    db.execute("CREATE INDEX tacho_file_facts_vin ON tacho_file_facts (vin)")
    db.execute("CREATE INDEX tacho_files_sha256 ON tacho_files (sha256)")


@migrations(name="0003_tacho_vu_odometer")
def _vu_odometer(db):
    """The VU odometer (OdometerValueMidnight of the newest downloaded day, and of each day) in
    the file facts. Vehicle-unit files indexed before are parsed again (at the next start of
    the indexer) so that they gain it."""
    db.execute("ALTER TABLE tacho_file_facts ADD COLUMN odometer_km INTEGER")
    db.execute("ALTER TABLE tacho_file_facts ADD COLUMN odometer_at TEXT")
    db.execute("ALTER TABLE tacho_file_facts ADD COLUMN odometer_days TEXT")
    db.execute("DELETE FROM tacho_file_facts WHERE kind = 'vehicle'")


@migrations(name="0004_tacho_file_attention")
def _file_attention(db):
    """A file that needs the user's attention says why (issue 12, defect 4: a driver-card ZIP
    kept as received with members refused, or one that could not be read at all)."""
    db.execute("ALTER TABLE tacho_files ADD COLUMN attention TEXT")


#: the tables whose rows a person's action creates (team mode, docs/team-mode.md §7)
CREATED_BY_TABLES = ("tacho_jobs", "tacho_files", "tacho_rdl_requests")


@migrations(name="0005_created_by")
def _created_by(db):
    """Team mode (#16, docs/team-mode.md §7): the workstation and OS user that planned a
    download, archived or imported a file, or asked for a remote download; NULL on rows from
    before."""
    for table in CREATED_BY_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_host TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_user TEXT")


@migrations(name="0006_tacho_file_details")
def _file_details(db):
    """What the files say beyond their headers (issue #13, details): the vehicles a card was
    used in and its minutes per activity per day; a vehicle unit's last calibration and the
    next one due. Every file is parsed again (at the next start of the indexer) to gain them."""
    db.execute("ALTER TABLE tacho_file_facts ADD COLUMN vehicles_used TEXT")
    db.execute("ALTER TABLE tacho_file_facts ADD COLUMN daily_activity TEXT")
    db.execute("ALTER TABLE tacho_file_facts ADD COLUMN last_calibration TEXT")
    db.execute("ALTER TABLE tacho_file_facts ADD COLUMN next_calibration_due TEXT")
    db.execute("DELETE FROM tacho_file_facts")


# -- subjects ------------------------------------------------------------------------------
def vu_subject(vin: str) -> str:
    return f"vu:{vin}"


def card_subject(card_number: str, country: int | str) -> str:
    return f"card:0x{parse_country_code(country):02X}:{card_number}"


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


# -- vehicles and cards as listed ----------------------------------------------------------
def save_vehicles(
    db: sqlite_utils.Database, vehicles: Iterable[Vehicle], clock: Clock, *, complete: bool = True
) -> int:
    """Store the ``GET /vehicles`` answer; with ``complete``, vehicles missing from it are
    marked unlisted (kept: their files and history stay)."""
    now = utc_iso(clock.now())
    vins = []
    for v in vehicles:
        if not v.vin:
            continue
        vins.append(v.vin)
        save_vehicle(db, v, now)
    if complete:
        marks = ",".join("?" * len(vins)) or "''"
        db.execute(f"UPDATE tacho_vehicles SET listed = 0 WHERE vin NOT IN ({marks})", vins)
    return len(vins)


def save_vehicle(db: sqlite_utils.Database, v: Vehicle, now: str) -> None:
    db.execute(
        "INSERT INTO tacho_vehicles (vin, license_plate, last_activity_date, next_scheduled_date, "
        "last_rdl_attempt, rdl_status, rdl_status_raw, manual_attempts_remaining, raw, listed, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT(vin) DO UPDATE SET "
        "license_plate = excluded.license_plate, last_activity_date = excluded.last_activity_date, "
        "next_scheduled_date = excluded.next_scheduled_date, last_rdl_attempt = excluded.last_rdl_attempt, "
        "rdl_status = excluded.rdl_status, rdl_status_raw = excluded.rdl_status_raw, "
        "manual_attempts_remaining = excluded.manual_attempts_remaining, raw = excluded.raw, "
        "listed = 1, updated_at = excluded.updated_at",
        [
            v.vin,
            v.license_plate,
            _d(v.last_activity_date),
            _d(v.next_scheduled_date),
            utc_iso(v.last_rdl_attempt) if v.last_rdl_attempt else None,
            v.rdl_status.value,
            v.rdl_status_raw,
            v.manual_attempts_remaining,
            json.dumps(v.raw, sort_keys=True),
            now,
        ],
    )


def save_cards(
    db: sqlite_utils.Database, cards: Iterable[DriverCard], clock: Clock, *, complete: bool = True
) -> int:
    now = utc_iso(clock.now())
    keys = []
    for c in cards:
        number, country = c.key
        if not number or country is None:
            continue  # a card is only addressable with a valid country code
        keys.append(f"{number}|{country}")
        db.execute(
            "INSERT INTO tacho_cards (card_number, country, country_code, last_download_date, "
            "next_scheduled_date, rdl_status, rdl_status_raw, raw, listed, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT(card_number, country) DO UPDATE SET "
            "country_code = excluded.country_code, last_download_date = excluded.last_download_date, "
            "next_scheduled_date = excluded.next_scheduled_date, rdl_status = excluded.rdl_status, "
            "rdl_status_raw = excluded.rdl_status_raw, raw = excluded.raw, listed = 1, "
            "updated_at = excluded.updated_at",
            [
                number,
                country,
                c.country_code,
                _d(c.last_download_date),
                _d(c.next_scheduled_date),
                c.rdl_status.value,
                c.rdl_status_raw,
                json.dumps(c.raw, sort_keys=True),
                now,
            ],
        )
    if complete:
        marks = ",".join("?" * len(keys)) or "''"
        db.execute(
            f"UPDATE tacho_cards SET listed = 0 WHERE card_number || '|' || country NOT IN ({marks})", keys
        )
    return len(keys)


def vehicles(db: sqlite_utils.Database, *, listed_only: bool = True) -> list[dict]:
    where = "WHERE listed = 1" if listed_only else ""
    return list(db.query(f"SELECT * FROM tacho_vehicles {where} ORDER BY license_plate, vin"))


def vehicle(db: sqlite_utils.Database, vin: str) -> dict | None:
    rows = list(db.query("SELECT * FROM tacho_vehicles WHERE vin = ?", [vin]))
    return rows[0] if rows else None


def cards(db: sqlite_utils.Database, *, listed_only: bool = True) -> list[dict]:
    where = "WHERE listed = 1" if listed_only else ""
    return list(db.query(f"SELECT * FROM tacho_cards {where} ORDER BY country, card_number"))


# -- cursors -------------------------------------------------------------------------------
def get_cursor(db: sqlite_utils.Database, subject: str) -> date | None:
    row = db.execute("SELECT last_date FROM tacho_cursors WHERE subject = ?", [subject]).fetchone()
    return date.fromisoformat(row[0]) if row else None


def cursors(db: sqlite_utils.Database) -> dict[str, date]:
    return {
        r[0]: date.fromisoformat(r[1])
        for r in db.execute("SELECT subject, last_date FROM tacho_cursors").fetchall()
    }


def advance_cursor(db: sqlite_utils.Database, subject: str, last: date, clock: Clock) -> None:
    """Move the cursor forward to ``last``; never backwards."""
    db.execute(
        "INSERT INTO tacho_cursors (subject, last_date, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(subject) DO UPDATE SET last_date = CASE WHEN excluded.last_date > "
        "tacho_cursors.last_date THEN excluded.last_date ELSE tacho_cursors.last_date END, "
        "updated_at = excluded.updated_at",
        [subject, last.isoformat(), utc_iso(clock.now())],
    )


# -- jobs ----------------------------------------------------------------------------------
def job(db: sqlite_utils.Database, job_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM tacho_jobs WHERE id = ?", [job_id]))
    return rows[0] if rows else None


def jobs(db: sqlite_utils.Database, *, states: Iterable[str] | None = None, limit: int = 2000) -> list[dict]:
    """Jobs newest first (active ones before finished ones)."""
    args: list[Any] = []
    where = ""
    if states is not None:
        states = list(states)
        where = f"WHERE state IN ({','.join('?' * len(states))})"
        args += states
    return list(
        db.query(
            f"SELECT * FROM tacho_jobs {where} ORDER BY state NOT IN ('running', 'queued', 'paused'), "
            f"CASE WHEN state IN ('running', 'queued', 'paused') THEN id END, id DESC LIMIT ?",
            args + [limit],
        )
    )


def active_subjects(db: sqlite_utils.Database) -> set[str]:
    return {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT subject FROM tacho_jobs WHERE state IN (?, ?, ?)", list(ACTIVE_STATES)
        )
    }


def job_counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {r[0]: r[1] for r in db.execute("SELECT state, COUNT(*) FROM tacho_jobs GROUP BY state")}


def add_job(
    db: sqlite_utils.Database,
    *,
    subject: str,
    kind: str,
    label: str,
    fmt: str,
    date_from: date,
    date_to: date,
    clock: Clock,
    vin: str | None = None,
    card_number: str | None = None,
    country: int | None = None,
) -> int:
    now = utc_iso(clock.now())
    table = db.table("tacho_jobs")
    table.insert(
        {
            "subject": subject,
            "kind": kind,
            "vin": vin,
            "card_number": card_number,
            "country": country,
            "label": label,
            "fmt": fmt,
            "date_from": date_from.isoformat(),
            "date_to": date_to.isoformat(),
            "new_last": date.fromordinal(date_to.toordinal() - 1).isoformat(),
            "state": QUEUED,
            "attempts": 0,
            "not_before": now,
            "planned_at": now,
            "updated_at": now,
            **created_by(),
        }
    )
    return new_id(table)


def set_job(db: sqlite_utils.Database, job_id: int, clock: Clock, **fields: Any) -> None:
    fields["updated_at"] = utc_iso(clock.now())
    cols = ", ".join(f"{k} = ?" for k in fields)
    db.execute(f"UPDATE tacho_jobs SET {cols} WHERE id = ?", list(fields.values()) + [job_id])


def _only(only: Iterable[str] | None, alias: str = "j") -> tuple[str, list[str]]:
    if only is None:
        return "", []
    only = sorted(only)
    marks = ",".join("?" * len(only)) or "NULL"
    return f"AND {alias}.subject IN ({marks})", only


def claim_next(db: sqlite_utils.Database, clock: Clock, only: Iterable[str] | None = None) -> dict | None:
    """Take the next due job (marking it running), keeping each subject's jobs in order.

    ``only``: limit to these subjects (``tacho sync --vin``)."""
    now = utc_iso(clock.now())
    where, args = _only(only)
    rows = list(
        db.query(
            f"""SELECT j.* FROM tacho_jobs j WHERE j.state = 'queued' AND j.not_before <= ? {where}
            AND NOT EXISTS (SELECT 1 FROM tacho_jobs k WHERE k.subject = j.subject AND (
                (k.id < j.id AND k.state IN ('queued', 'running', 'paused', 'failed'))
                OR k.state = 'running'))
            ORDER BY j.id LIMIT 1""",
            [now] + args,
        )
    )
    if not rows:
        return None
    row = rows[0]
    db.execute(
        "UPDATE tacho_jobs SET state = 'running', started_at = ?, updated_at = ?, "
        "bytes_done = 0, error = NULL WHERE id = ?",
        [now, now, row["id"]],
    )
    row.update(state=RUNNING, started_at=now)
    return row


def next_job(
    db: sqlite_utils.Database,
    clock: Clock,
    *,
    taken: Iterable[int] = (),
    busy: Iterable[str] = (),
    only: Iterable[str] | None = None,
) -> dict | None:
    """The next due job, without writing: ``taken`` are jobs running in this process and
    ``busy`` their subjects. The download manager reserves the job in memory, so a download
    costs one write (its outcome); a crash leaves it queued, which is what a restart needs."""
    now = utc_iso(clock.now())
    where, args = _only(only)
    taken, busy = list(taken), list(busy)
    if taken:
        where += f" AND j.id NOT IN ({','.join('?' * len(taken))})"
    if busy:
        where += f" AND j.subject NOT IN ({','.join('?' * len(busy))})"
    rows = list(
        db.query(
            f"""SELECT j.* FROM tacho_jobs j WHERE j.state = 'queued' AND j.not_before <= ? {where}
            AND NOT EXISTS (SELECT 1 FROM tacho_jobs k WHERE k.subject = j.subject AND (
                (k.id < j.id AND k.state IN ('queued', 'running', 'paused', 'failed'))
                OR k.state = 'running'))
            ORDER BY j.id LIMIT 1""",
            [now] + args + taken + busy,
        )
    )
    return rows[0] if rows else None


def next_due_at(db: sqlite_utils.Database, only: Iterable[str] | None = None) -> str | None:
    """When the next queued job that is not stuck behind a paused or failed one falls due."""
    where, args = _only(only)
    row = db.execute(
        f"""SELECT MIN(j.not_before) FROM tacho_jobs j WHERE j.state = 'queued' {where}
        AND NOT EXISTS (SELECT 1 FROM tacho_jobs k WHERE k.subject = j.subject AND k.id < j.id
                        AND k.state IN ('paused', 'failed'))""",
        args,
    ).fetchone()
    return row[0] if row else None


#: Team mode (#16): a job another workstation marked running is its own for this long; after
#: it, a start-up takes it as left behind by a crash (no download takes that long).
TEAM_JOB_LEASE = timedelta(hours=2)
#: pg_advisory_xact_lock key serialising the planning of downloads between workstations ("FDplan")
PLAN_LOCK_KEY = 0x4644706C616E


def requeue_interrupted(db: sqlite_utils.Database, clock: Clock, *, shared: bool = False) -> int:
    """Start-up: jobs left running by a crash go back to the queue (their cursor never moved).

    ``shared`` (a team database, #16): other processes may be running jobs right now, so only
    those started longer than ``TEAM_JOB_LEASE`` ago are taken back."""
    now = utc_iso(clock.now())
    where, args = "", []
    if shared:
        where, args = " AND (started_at IS NULL OR started_at < ?)", [utc_iso(clock.now() - TEAM_JOB_LEASE)]
    return db.execute(
        "UPDATE tacho_jobs SET state = 'queued', not_before = ?, updated_at = ?, "
        f"bytes_done = 0 WHERE state = 'running'{where}",
        [now, now, *args],
    ).rowcount


def take_job(db: sqlite_utils.Database, job_id: int, clock: Clock) -> bool:
    """Team mode (#16): mark a queued job running for this process (compare-and-set); False when
    another workstation took it first."""
    now = utc_iso(clock.now())
    return (
        db.execute(
            "UPDATE tacho_jobs SET state = 'running', started_at = ?, updated_at = ?, bytes_done = 0, "
            "error = NULL WHERE id = ? AND state = 'queued'",
            [now, now, job_id],
        ).rowcount
        == 1
    )


def serialise_planning(db: sqlite_utils.Database) -> None:
    """Team mode (#16): workstations plan downloads one at a time (until this transaction ends),
    so two of them never queue the same subject's downloads; nothing to do on SQLite."""
    if getattr(db, "engine", "sqlite") == "postgresql":
        db.execute("SELECT pg_advisory_xact_lock(?)", [PLAN_LOCK_KEY])


def later_jobs(db: sqlite_utils.Database, job_row: dict) -> list[int]:
    """Unfinished jobs of the same subject after ``job_row`` (they depend on it)."""
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM tacho_jobs WHERE subject = ? AND id > ? AND state IN (?, ?, ?, ?)",
            [job_row["subject"], job_row["id"], *BLOCKING_STATES],
        ).fetchall()
    ]


# -- files ---------------------------------------------------------------------------------
def add_file(db: sqlite_utils.Database, **row: Any) -> int:
    """Index an archived file; it records who archived it (downloaded or imported) unless
    ``row`` says."""
    table = db.table("tacho_files")
    table.insert({**created_by(), **row})
    return new_id(table)


def has_content(db: sqlite_utils.Database, subject: str, kind: str, sha256: str) -> bool:
    """Whether the archive already holds a ``kind`` file of ``subject`` with these bytes."""
    return (
        db.execute(
            "SELECT 1 FROM tacho_files WHERE sha256 = ? AND subject = ? AND kind = ? LIMIT 1",
            [sha256, subject, kind],
        ).fetchone()
        is not None
    )


def last_downloads(db: sqlite_utils.Database) -> dict[str, date]:
    """Per subject, the day of the last download FleetDesk has archived (issue #12 defect 8):
    the download time in the file's header (vehicle unit: last download; card: last card
    download) once parsed, else the last day the file covers (never later than its download)."""
    # The day before period_to is computed here, not in SQL: SQLite's date(x, '-1 day') does
    # not exist on PostgreSQL (team mode, #16).
    rows = db.execute(
        "SELECT f.subject, COALESCE(substr(x.last_download, 1, 10), substr(x.last_card_download, 1, 10)), "
        "substr(f.period_to, 1, 10) "
        "FROM tacho_files f LEFT JOIN tacho_file_facts x ON x.file_id = f.id "
        "WHERE f.kind IN ('vu', 'card')"
    ).fetchall()
    out: dict[str, date] = {}
    for subject, downloaded, period_to in rows:
        if downloaded:
            day = date.fromisoformat(downloaded)
        elif period_to:
            day = date.fromisoformat(period_to) - timedelta(days=1)
        else:
            continue
        if subject not in out or day > out[subject]:
            out[subject] = day
    return out


def path_owner(db: sqlite_utils.Database, rel_path: str) -> int | None:
    """The job that archived ``rel_path``, if the index knows the path."""
    row = db.execute("SELECT COALESCE(job_id, -1) FROM tacho_files WHERE path = ?", [rel_path]).fetchone()
    return row[0] if row else None


def files(db: sqlite_utils.Database, *, subject: str | None = None, limit: int = 20000) -> list[dict]:
    if subject:
        return list(
            db.query(
                "SELECT * FROM tacho_files WHERE subject = ? ORDER BY archived_at DESC, id DESC LIMIT ?",
                [subject, limit],
            )
        )
    return list(db.query("SELECT * FROM tacho_files ORDER BY archived_at DESC, id DESC LIMIT ?", [limit]))


# -- RDL requests --------------------------------------------------------------------------
def rdl_requests(db: sqlite_utils.Database, vin: str | None = None, limit: int = 500) -> list[dict]:
    if vin:
        return list(
            db.query("SELECT * FROM tacho_rdl_requests WHERE vin = ? ORDER BY id DESC LIMIT ?", [vin, limit])
        )
    return list(db.query("SELECT * FROM tacho_rdl_requests ORDER BY id DESC LIMIT ?", [limit]))


def latest_rdl_by_vin(db: sqlite_utils.Database) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for row in db.query("SELECT * FROM tacho_rdl_requests ORDER BY id"):
        out[row["vin"]] = row
    return out
