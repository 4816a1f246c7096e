"""Manual remote downloads (``POST /vehicles/{vin}/rdl``), always through the outbox.

``denial_reason`` says *before* the user clicks why TachoShare would refuse, only for the
conditions the spec lists ("Requesting a vehicle unit RDL") that FleetDesk's data shows: no
manual attempts left, the link removed (no telematics device), already scheduled for today,
up to date, and "in progress or waiting" when it is FleetDesk's own request (one still in the
outbox, or one TachoShare accepted today whose data has not arrived). An earlier attempt
today is *not* a reason (issue #12 defect 6): a scheduled attempt that failed leaves nothing
pending. Everything else (RDL not enabled, another party's request in progress, ...) only
the server knows: the request is sent and its 409 description (with the traceId) is stored
with the request and shown.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date, timedelta

import sqlite_utils

from fleetdesk.core.clock import Clock, parse_utc, utc_iso
from fleetdesk.core.errors import BadInput, Rejected
from fleetdesk.store import outbox as ob
from fleetdesk.store.outbox import OutboxHandler, OutboxItem, SendResult
from fleetdesk.store.sql import new_id
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.client import TachoShareClient
from fleetdesk.tachoshare.models import RdlStatus, Vehicle


class RdlNotPossible(BadInput):
    """TachoShare would refuse this RDL request; the message says why."""

    def __init__(self, message: str):
        super().__init__("vin", message)


def denial_reason(
    vehicle: dict | None, today: date, *, pending: bool = False, accepted: dict | None = None
) -> str | None:
    """Why a manual RDL cannot be requested now, or None. ``vehicle`` is a stored row;
    ``accepted`` the latest request of this vehicle if TachoShare accepted it."""
    if vehicle is None:
        return "TachoShare does not list this vehicle."
    if pending:
        return "A remote download request for this vehicle is already waiting to be sent."
    waiting = _accepted_and_waiting(vehicle, accepted, today)
    if waiting:
        return waiting
    if vehicle.get("manual_attempts_remaining") is not None and vehicle["manual_attempts_remaining"] <= 0:
        return "No manual remote-download attempts are left for this vehicle."
    if vehicle.get("rdl_status") == RdlStatus.DISCONNECTED.value:
        return "The telematics link has been removed from this vehicle (DISCONNECTED)."
    scheduled = vehicle.get("next_scheduled_date")
    if scheduled and date.fromisoformat(scheduled) == today:
        return "A remote download is already scheduled for today."
    last = vehicle.get("last_activity_date")
    if last and date.fromisoformat(last) >= today - timedelta(days=1):
        return "The vehicle unit is up to date: its last activity downloaded is yesterday or today."
    return None


def _accepted_and_waiting(vehicle: dict, accepted: dict | None, today: date) -> str | None:
    """FleetDesk's own request, accepted today, whose download has not delivered yet (the
    vehicle's last activity is still what the acceptance answer showed)."""
    if not accepted or accepted.get("state") != "accepted" or not accepted.get("answered_at"):
        return None
    answered = parse_utc(accepted["answered_at"])
    if answered.date() != today:
        return None
    try:
        shown = json.loads(accepted.get("vehicle") or "{}").get("lastActivityDate")
    except (ValueError, AttributeError):
        return None
    if vehicle.get("last_activity_date") != shown:
        return None  # data arrived since: the accepted download has run
    return (
        f"The remote download TachoShare accepted at {answered:%H:%M} UTC is still waiting "
        "for execution: the tachograph downloads when the ignition is next on."
    )


def latest_accepted(db: sqlite_utils.Database, vin: str) -> dict | None:
    rows = ts.rdl_requests(db, vin, limit=1)
    return rows[0] if rows and rows[0]["state"] == "accepted" else None


def pending_vins(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT vin FROM tacho_rdl_requests WHERE state = 'queued'").fetchall()}


def enqueue_rdl(db: sqlite_utils.Database, vin: str, clock: Clock) -> int:
    """Check and store an RDL request and its outbox item (one transaction: call in write)."""
    row = ts.vehicle(db, vin)
    reason = denial_reason(
        row, clock.now().date(), pending=vin in pending_vins(db), accepted=latest_accepted(db, vin)
    )
    if reason or row is None:  # no row: denial_reason says TachoShare does not list it
        raise RdlNotPossible(reason or "TachoShare does not list this vehicle.")
    now = utc_iso(clock.now())
    request_id = new_id(
        db.table("tacho_rdl_requests").insert(
            {"vin": vin, "state": "queued", "requested_at": now, **ob.created_by()}
        )
    )
    plate = row.get("license_plate") or vin
    ob.enqueue(
        db,
        service=ts.SERVICE,
        kind=ts.RDL_KIND,
        payload={"vin": vin},
        label=f"Remote download of {plate} ({vin})",
        clock=clock,
        idempotency_key=f"{ts.RDL_KIND}:{vin}:{uuid.uuid4()}",
        work_date=now[:10],
        entity_table="tacho_rdl_requests",
        entity_id=request_id,
    )
    return request_id


class RdlHandler(OutboxHandler):
    """Sends ``tachoshare.rdl`` items; stores the vehicle state the server answers with."""

    kind = ts.RDL_KIND
    service = ts.SERVICE

    def __init__(self, client: Callable[[], TachoShareClient], clock: Clock):
        self.client = client  # built lazily: credentials are read when a send happens
        self.clock = clock

    def send(self, item: OutboxItem) -> SendResult:
        vehicle = self.client().request_rdl(item.payload["vin"])
        return SendResult(remote_id=None, data={"vehicle": vehicle.raw})

    def on_sent(self, db, item: OutboxItem, result: SendResult) -> None:
        now = utc_iso(self.clock.now())
        raw = result.data.get("vehicle") or {}
        if raw.get("vin"):
            ts.save_vehicle(db, Vehicle.from_json(raw), now)
        db.execute(
            "UPDATE tacho_rdl_requests SET state = 'accepted', answered_at = ?, message = ?, "
            "vehicle = ? WHERE id = ?",
            [
                now,
                "Accepted: the tachograph downloads when the ignition is next on.",
                json.dumps(raw, sort_keys=True),
                item.entity_id,
            ],
        )

    def on_set_aside(self, db, item: OutboxItem, message: str) -> None:
        db.execute(
            "UPDATE tacho_rdl_requests SET state = 'refused', answered_at = ?, message = ? WHERE id = ?",
            [utc_iso(self.clock.now()), message, item.entity_id],
        )

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        """Interrupted send: the server has it if the vehicle shows an attempt since we queued."""
        try:
            vehicles = self.client().vehicles()
        except Rejected:
            return None
        queued_at = parse_utc(item.created_at)
        for v in vehicles:
            if v.vin == item.payload["vin"]:
                if v.last_rdl_attempt is not None and v.last_rdl_attempt >= queued_at.replace(microsecond=0):
                    return SendResult(remote_id=None, data={"vehicle": v.raw})
                return None
        return None
