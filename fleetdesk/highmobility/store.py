"""High Mobility rows in the store. Write functions take ``db`` and run inside ``Store.write``
(one transaction with the outbox item); read functions run under ``Store.read``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.core.errors import BadInput
from fleetdesk.highmobility.models import ENDED, Clearance, ClearanceRequest, Eligibility, VehicleData
from fleetdesk.highmobility.models import ClearanceStatus as S
from fleetdesk.highmobility.rules import BRANDS
from fleetdesk.highmobility.views import NOTIFY, TimelineEntry, VehicleRow, notice_text
from fleetdesk.store import outbox as ob
from fleetdesk.store.sql import upsert

SERVICE = "highmobility"
TABLE = "hm_vehicles"
ADD_KIND, REVOKE_KIND = "highmobility.add", "highmobility.revoke"
_UNSENT = "('queued', 'sending', 'attention')"

LIST_SQL = f"""
SELECT v.*, e.eligible, e.data_delivery, e.connectivity_status, e.error AS eligibility_error,
       o.id AS out_id, o.kind AS out_kind, o.state AS out_state, o.last_error AS out_error,
       o.last_status AS out_status, o.next_attempt_at AS out_next
FROM hm_vehicles v
LEFT JOIN hm_eligibility e ON e.vin = v.vin
LEFT JOIN outbox o ON o.id = (SELECT MAX(id) FROM outbox WHERE entity_table = '{TABLE}'
                              AND entity_id = v.vin AND state IN {_UNSENT})
"""


@dataclass
class QueueReport:
    """What ``queue_additions`` did with each VIN."""

    queued: list[str] = field(default_factory=list)
    unchanged: dict[str, str] = field(default_factory=dict)  # vin -> why nothing was queued


@dataclass(frozen=True)
class Change:
    vin: str
    old: str | None
    new: str


# -- small helpers --------------------------------------------------------------------------
def add_event(
    db: sqlite_utils.Database,
    vin: str,
    at: str,
    status: str,
    source: str = "local",
    note: str | None = None,
    *,
    by_user: bool = False,
) -> None:
    """Add a timeline entry (a repeat of the same entry is ignored). ``by_user``: a person asked
    for it here, so it records the workstation and OS user (team mode)."""
    who = ob.created_by() if by_user else {"created_host": None, "created_user": None}
    db.execute(
        "INSERT INTO hm_events (vin, at, status, source, note, created_host, created_user) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [vin, at, status, source, note, who["created_host"], who["created_user"]],
    )


def unsent_items(db: sqlite_utils.Database, vin: str) -> list[dict]:
    """The VIN's outbox items that are queued, sending or set aside."""
    return list(
        db.query(
            f"SELECT id, kind, state, last_status FROM outbox WHERE entity_table = ? "
            f"AND entity_id = ? AND state IN {_UNSENT} ORDER BY id",
            [TABLE, vin],
        )
    )


def vehicle(db: sqlite_utils.Database, vin: str) -> dict | None:
    """The stored row of ``vin``, or None."""
    rows = list(db.query("SELECT * FROM hm_vehicles WHERE vin = ?", [vin]))
    return rows[0] if rows else None


def set_status(
    db: sqlite_utils.Database, vin: str, status: str, since: str | None, clock: Clock
) -> Change | None:
    """Store a status the server reported; a notice when the VIN enters an announced state."""
    row = vehicle(db, vin)
    now = utc_iso(clock.now())
    if row is None or row["status"] == status:
        if row is not None:
            db.execute("UPDATE hm_vehicles SET seen_at = ? WHERE vin = ?", [now, vin])
        return None
    db.execute(
        "UPDATE hm_vehicles SET status = ?, status_since = ?, seen_at = ?, updated_at = ? WHERE vin = ?",
        [status, since or now, now, now, vin],
    )
    # A VIN found on the account (origin 'server') is news only once FleetDesk has seen it.
    if status in NOTIFY and (row["status"] is not None or row["origin"] == "fleetdesk"):
        db.execute(
            "INSERT INTO hm_notices (vin, status, text, at, created_at) VALUES (?, ?, ?, ?, ?)",
            [vin, status, notice_text(vin, row["brand"], status), since or now, now],
        )
    return Change(vin, row["status"], status)


# -- writes the user starts -------------------------------------------------------------------
def queue_additions(db: sqlite_utils.Database, requests: list[ClearanceRequest], clock: Clock) -> QueueReport:
    """Store each VIN and its clearance request (one outbox item per VIN: the API refuses a whole
    batch for one VIN's 409/422)."""
    report = QueueReport()
    now = utc_iso(clock.now())
    for req in requests:
        row = vehicle(db, req.vin)
        status = row["status"] if row else None
        unsent = unsent_items(db, req.vin)
        if any(i["kind"] == ADD_KIND and i["state"] != ob.ATTENTION for i in unsent):
            report.unchanged[req.vin] = "already waiting to be sent"
            continue
        for item in unsent:  # a refused request, or a revoke the user now takes back
            if item["state"] != ob.SENDING:
                ob.discard(db, item["id"], clock)
                if item["kind"] == REVOKE_KIND:
                    add_event(db, req.vin, now, "withdrawn", note="revoke taken back", by_user=True)
        if status in (S.PENDING, S.APPROVED) and not any(
            i["kind"] == REVOKE_KIND and i["state"] == ob.SENDING for i in unsent
        ):
            report.unchanged[req.vin] = f"already {status}"
            continue
        tags = json.dumps(req.tags, sort_keys=True)
        odo = req.odometer
        if row is None:
            who = ob.created_by()
            db.execute(
                "INSERT INTO hm_vehicles (vin, brand, tags, control_odometer, control_unit, "
                "created_at, updated_at, created_host, created_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    req.vin,
                    req.brand,
                    tags,
                    odo and int(odo.value),
                    odo and odo.unit,
                    now,
                    now,
                    who["created_host"],
                    who["created_user"],
                ],
            )
        else:
            db.execute(
                "UPDATE hm_vehicles SET brand = ?, tags = ?, control_odometer = ?, "
                "control_unit = ?, revoke_reason = NULL, revoke_requested_at = NULL, "
                "updated_at = ? WHERE vin = ?",
                [req.brand, tags, odo and int(odo.value), odo and odo.unit, now, req.vin],
            )
        add_event(db, req.vin, now, "requested", by_user=True)
        ob.enqueue(
            db,
            service=SERVICE,
            kind=ADD_KIND,
            payload=req.to_json(),
            label=f"Clear {req.vin} ({BRANDS.get(req.brand, req.brand)})",
            clock=clock,
            entity_table=TABLE,
            entity_id=req.vin,
        )
        report.queued.append(req.vin)
    return report


def queue_revoke(db: sqlite_utils.Database, vin: str, reason: str | None, clock: Clock) -> str:
    """Revoke (approved), cancel (pending) or withdraw (never sent). Returns what was done:
    "queued", "withdrawn" or "already queued"."""
    row = vehicle(db, vin)
    if row is None:
        raise BadInput("vin", f"{vin} is not in the fleet list")
    now = utc_iso(clock.now())
    reason = (reason or "").strip() or None
    unsent = unsent_items(db, vin)
    if any(i["kind"] == REVOKE_KIND for i in unsent):
        return "already queued"
    adds = [i for i in unsent if i["kind"] == ADD_KIND]
    if adds and all(i["state"] != ob.SENDING for i in adds) and row["status"] not in (S.PENDING, S.APPROVED):
        for item in adds:
            ob.discard(db, item["id"], clock)
        db.execute(
            "UPDATE hm_vehicles SET revoke_reason = ?, revoke_requested_at = ?, updated_at = ? WHERE vin = ?",
            [reason, now, now, vin],
        )
        add_event(db, vin, now, "withdrawn", note=reason, by_user=True)
        return "withdrawn"
    status = row["status"]
    if not adds:
        if status not in (S.PENDING, S.APPROVED):
            raise BadInput("vin", f"{vin} is {status or 'not cleared'}: there is nothing to revoke")
    db.execute(
        "UPDATE hm_vehicles SET revoke_reason = ?, revoke_requested_at = ?, updated_at = ? WHERE vin = ?",
        [reason, now, now, vin],
    )
    add_event(db, vin, now, "revoke-requested", note=reason, by_user=True)
    verb = "Cancel" if status == S.PENDING else "Revoke"
    ob.enqueue(
        db,
        service=SERVICE,
        kind=REVOKE_KIND,
        payload={"vin": vin, "reason": reason},
        label=f"{verb} clearance of {vin}" + (f" ({reason})" if reason else ""),
        clock=clock,
        entity_table=TABLE,
        entity_id=vin,
    )
    return "queued"


def dismiss(db: sqlite_utils.Database, vin: str, clock: Clock) -> None:
    """Drop a refused request; a VIN the server never knew leaves the list."""
    for item in unsent_items(db, vin):
        if item["state"] == ob.ATTENTION:
            ob.discard(db, item["id"], clock)
    row = vehicle(db, vin)
    if row is not None and row["status"] is None and not unsent_items(db, vin):
        db.execute("DELETE FROM hm_events WHERE vin = ?", [vin])
        db.execute("DELETE FROM hm_vehicles WHERE vin = ?", [vin])


# -- what the server said ---------------------------------------------------------------------
def apply_clearances(db: sqlite_utils.Database, clearances: list[Clearance], clock: Clock) -> list[Change]:
    """Merge a status poll: statuses, changelog into the timeline, VINs found on the account."""
    changes = []
    now = utc_iso(clock.now())
    for c in clearances:
        if vehicle(db, c.vin) is None:
            # another workstation merging the same poll may insert the VIN first (team mode)
            db.execute(
                "INSERT INTO hm_vehicles (vin, brand, tags, origin, created_at, updated_at) "
                "VALUES (?, ?, ?, 'server', ?, ?) ON CONFLICT (vin) DO NOTHING",
                [c.vin, c.brand or "", json.dumps(c.tags, sort_keys=True), now, now],
            )
        for entry in c.changelog:
            add_event(db, c.vin, utc_iso(entry.timestamp), entry.status, "server")
        since = c.since
        change = set_status(db, c.vin, c.status, utc_iso(since) if since else None, clock)
        if change:
            changes.append(change)
    return changes


def record_eligibility(
    db: sqlite_utils.Database,
    vin: str,
    brand: str,
    answer: Eligibility | None,
    error: str | None,
    clock: Clock,
) -> None:
    """Store an eligibility answer, or the error that came instead."""
    db.execute(
        upsert(
            "hm_eligibility",
            (
                "vin",
                "brand",
                "eligible",
                "data_delivery",
                "connectivity_status",
                "primary_user_assigned",
                "error",
                "checked_at",
            ),
            ("vin",),
        ),
        [
            vin,
            brand,
            None if answer is None else int(answer.eligible),
            json.dumps(list(answer.data_delivery)) if answer else None,
            answer.connectivity_status if answer else None,
            None
            if answer is None or answer.primary_user_assigned is None
            else int(answer.primary_user_assigned),
            error,
            utc_iso(clock.now()),
        ],
    )


def record_reading(db: sqlite_utils.Database, data: VehicleData, clock: Clock) -> None:
    """Store a pulled odometer reading; the vehicle keeps the newest."""
    now = utc_iso(clock.now())
    db.execute("UPDATE hm_vehicles SET data_pulled_at = ? WHERE vin = ?", [now, data.vin])
    if data.odometer is None:
        return
    at = utc_iso(data.odometer_timestamp) if data.odometer_timestamp else now
    db.execute(
        "INSERT INTO hm_readings (vin, odometer, unit, reported_at, pulled_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [data.vin, data.odometer.value, data.odometer.unit, at, now],
    )
    db.execute(
        "UPDATE hm_vehicles SET odometer = ?, odometer_unit = ?, odometer_at = ? "
        "WHERE vin = ? AND (odometer_at IS NULL OR odometer_at <= ?)",
        [data.odometer.value, data.odometer.unit, at, data.vin, at],
    )


def mark_notices_shown(db: sqlite_utils.Database, ids: list[int], clock: Clock) -> None:
    """The GUI has shown these notices."""
    now = utc_iso(clock.now())
    db.conn.executemany(
        "UPDATE hm_notices SET shown_at = ? WHERE id = ? AND shown_at IS NULL", [(now, i) for i in ids]
    )


# -- reads ------------------------------------------------------------------------------------
def list_vehicles(db: sqlite_utils.Database, vin: str | None = None) -> list[VehicleRow]:
    """Every VIN (or one) with eligibility and unsent outbox state."""
    sql, args = LIST_SQL, []
    if vin:
        sql += " WHERE v.vin = ?"
        args.append(vin)
    sql += " ORDER BY v.created_at DESC, v.vin"
    return [VehicleRow.from_db(r) for r in db.query(sql, args)]


def timeline(db: sqlite_utils.Database, vin: str) -> list[TimelineEntry]:
    """The VIN's timeline, oldest first."""
    return [
        TimelineEntry(r["at"], r["status"], r["source"], r["note"], r["created_host"], r["created_user"])
        for r in db.query(
            "SELECT at, status, source, note, created_host, created_user FROM hm_events "
            "WHERE vin = ? ORDER BY at, id",
            [vin],
        )
    ]


def readings(db: sqlite_utils.Database, vin: str, limit: int = 20) -> list[dict]:
    """The VIN's pulled odometer readings, newest first."""
    return list(
        db.query(
            "SELECT odometer, unit, reported_at, pulled_at FROM hm_readings "
            "WHERE vin = ? ORDER BY reported_at DESC LIMIT ?",
            [vin, limit],
        )
    )


def notices(db: sqlite_utils.Database, *, unshown: bool = False, limit: int = 50) -> list[dict]:
    """Recent notices, newest first (only those not shown yet with ``unshown``)."""
    where = "WHERE shown_at IS NULL" if unshown else ""
    return list(db.query(f"SELECT * FROM hm_notices {where} ORDER BY id DESC LIMIT ?", [limit]))


def signature(db: sqlite_utils.Database) -> tuple:
    """Changes whenever anything the clearance views show changes (cheap: lets a view skip
    re-reading 1,000 rows after a write that did not concern it)."""
    return tuple(
        db.execute(
            "SELECT (SELECT COUNT(*) || '/' || COALESCE(MAX(updated_at), '') FROM hm_vehicles), "
            "(SELECT COALESCE(MAX(id), 0) FROM hm_events), "
            "(SELECT COUNT(*) || '/' || COALESCE(MAX(checked_at), '') FROM hm_eligibility), "
            "(SELECT COALESCE(MAX(id), 0) FROM hm_readings), (SELECT COALESCE(MAX(id), 0) FROM hm_notices), "
            "(SELECT COUNT(*) || '/' || COALESCE(MAX(updated_at), '') FROM outbox WHERE service = ?)",
            [SERVICE],
        ).fetchone()
    )


def in_progress(db: sqlite_utils.Database) -> int:
    """VINs whose state changes by itself soon (poll fast while there are any)."""
    moving = db.execute(
        "SELECT COUNT(*) FROM hm_vehicles WHERE status IN (?, ?, ?)", [S.PENDING, S.REVOKING, S.CANCELING]
    ).fetchone()[0]
    unsent = db.execute(
        f"SELECT COUNT(*) FROM outbox WHERE service = ? AND state IN {_UNSENT}", [SERVICE]
    ).fetchone()[0]
    return moving + unsent


def due_for_data(db: sqlite_utils.Database, before: str, limit: int) -> list[str]:
    """Approved VINs whose data was last pulled before ``before``."""
    return [
        r["vin"]
        for r in db.query(
            "SELECT vin FROM hm_vehicles WHERE status = ? AND (data_pulled_at IS NULL OR "
            "data_pulled_at < ?) ORDER BY data_pulled_at IS NOT NULL, data_pulled_at LIMIT ?",
            [S.APPROVED, before, limit],
        )
    ]


def needs_eligibility(db: sqlite_utils.Database, brands: frozenset[str], limit: int) -> list[tuple[str, str]]:
    """VINs of checkable brands with no eligibility answer yet."""
    marks = ",".join("?" * len(brands))
    return [
        (r["vin"], r["brand"])
        for r in db.query(
            f"SELECT v.vin, v.brand FROM hm_vehicles v LEFT JOIN hm_eligibility e ON e.vin = v.vin "
            f"WHERE e.vin IS NULL AND v.brand IN ({marks}) AND (v.status IS NULL OR v.status NOT IN "
            f"(?, ?, ?)) ORDER BY v.created_at LIMIT ?",
            [*sorted(brands), *sorted(ENDED), limit],
        )
    ]
