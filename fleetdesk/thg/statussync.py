"""Incremental status sync: vehicles from a stored ``changed_since`` cursor, UBA requests and
answers, registrants; a notification for every status change and every UBA reply.

The cursor is the latest ``status_update`` seen (the server's clock, never ours). The API
does not say whether ``changed_since`` means "after" or "at or after" (and it has one-second
resolution), so the client asks from a safety overlap before the cursor (``CURSOR_OVERLAP``);
the same goes for the UBA answers' ``sent_changed_since`` / ``reply_changed_since``. What comes
again is de-duplicated: rows are upserted idempotently and an event is written only when a
stored status or reply really differs. The first sync (no cursor) imports quietly.
A filed UBA request missing from the list is "removed by the THG service" only when the whole
list was read (every page; ``Listing.complete``).

The vehicle list is the core of a sync; registrants, UBA requests and UBA answers only enrich
it. When one of those calls fails (no rights, an error, a bad answer) the vehicles are still
stored, what that call would have filled keeps what the last sync saw (empty the first time),
its cursor does not move, and ``SyncSummary.notes`` says what is missing. Only an expired
sign-in stops the whole sync.
A PATCH does not move ``status_update``, so reference edits made elsewhere only show up in a
full reload (``full=True``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from fleetdesk.core.clock import parse_utc, utc_iso
from fleetdesk.core.errors import AuthExpired, FleetDeskError
from fleetdesk.store.kv import kv_get, kv_set
from fleetdesk.thg import store as ts
from fleetdesk.thg.models import UbaRequest, UbaResponse, Vehicle, explain_status, wire_time

VEHICLES_CURSOR = "thg.vehicles_cursor"
UBA_SENT_CURSOR = "thg.uba_sent_cursor"
UBA_REPLY_CURSOR = "thg.uba_reply_cursor"
LAST_SYNC = "thg.last_sync"
UBA_QUIET = "thg.uba_quiet"  # the UBA answers were never imported yet: the next import is quiet
EPOCH = "2020-01-01T00:00:00Z"


@dataclass
class SyncSummary:
    registrants: int = 0
    vehicles: int = 0
    status_changes: int = 0
    uba_replies: int = 0
    events: list[str] = field(default_factory=list)
    #: optional look-ups that failed: what is missing and why (the vehicles were still synced)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = (
            f"{self.vehicles} vehicle(s) updated, {self.status_changes} status change(s), "
            f"{self.uba_replies} UBA answer(s)"
        )
        return "; ".join([text, *self.notes])


_ENRICHMENT = {
    "registrants": "registrants could not be read ({}); their names keep what the last sync saw",
    "uba_requests": "UBA requests could not be read ({}); the UBA columns keep what the last sync saw",
    "uba_responses": "UBA answers could not be read ({}); the UBA columns keep what the last sync saw",
}


def _optional(summary: SyncSummary, what: str, fn, *args, **kwargs):
    """An enrichment call: its failure is a note, not the end of the sync (bar the sign-in)."""
    try:
        return fn(*args, **kwargs)
    except AuthExpired:
        raise
    except FleetDeskError as exc:
        summary.notes.append(_ENRICHMENT[what].format(str(exc) or type(exc).__name__))
        return None


def vehicle_name(row: dict | Vehicle) -> str:
    get = row.get if isinstance(row, dict) else lambda k, d=None: getattr(row, k, d)
    ref = get("customer_reference1") or ""
    vin = get("vin") or ""
    if ref and vin:
        return f"{ref} ({vin})"
    return ref or vin or f"#{get('id')}"


def record_vehicle(
    db, vehicle: Vehicle, now: str, summary: SyncSummary | None = None, fetched_at: str | None = None
) -> None:
    """Upsert a vehicle; an event when its stored status changed. With ``fetched_at`` (when
    the list was asked for), a row written after that (an upload or PATCH answer) is newer
    than the list and stays."""
    if fetched_at is not None:
        stored = db.execute("SELECT synced_at FROM thg_vehicles WHERE id = ?", [vehicle.id]).fetchone()
        if stored and stored[0] and stored[0] > fetched_at:
            return
    before = ts.upsert_vehicle(db, vehicle, now)
    if summary is not None:
        summary.vehicles += 1
    if before is not None and before != vehicle.status:
        explanation = explain_status(vehicle.status, vehicle.reason)
        text = f"THG: vehicle {vehicle_name(vehicle)} is now “{explanation.title}”."
        if vehicle.reason:
            text += f" {vehicle.reason}"
        ts.add_event(db, now, "status", text, vehicle_id=vehicle.id)
        if summary is not None:
            summary.status_changes += 1
            summary.events.append(text)


def record_uba_response(
    db, response: UbaResponse, now: str, summary: SyncSummary | None, quiet: bool
) -> None:
    before = ts.upsert_uba_response(db, response)
    if ts._iso(response.sent):
        db.execute(
            "UPDATE thg_uba_requests SET sent = ? WHERE vehicle_id = ? AND year = ? "
            "AND sent IS NULL AND state = ?",
            [ts._iso(response.sent), response.vehicle_id, response.year, ts.R_FILED],
        )
    reply_changed = (before is None and response.reply is not None) or (
        before is not None
        and (before["reply"], before["confirmed"])
        != (ts._iso(response.reply), None if response.confirmed is None else int(response.confirmed))
    )
    if quiet or not reply_changed or response.reply is None:
        return
    row = ts.vehicle(db, response.vehicle_id) or {"id": response.vehicle_id}
    if response.confirmed:
        text = f"THG: the UBA approved the quota for {vehicle_name(row)}, {response.year}."
    else:
        text = (
            f"THG: the UBA rejected the quota for {vehicle_name(row)}, {response.year}: "
            f"{response.rejected_reason or 'no reason given'}"
        )
    ts.add_event(db, now, "uba", text, vehicle_id=response.vehicle_id, year=response.year)
    if summary is not None:
        summary.uba_replies += 1
        summary.events.append(text)


def record_uba_requests(
    db,
    requests: list[UbaRequest],
    now: str,
    summary: SyncSummary,
    listed_at: str | None = None,
    complete: bool = True,
) -> None:
    """Mirror the service's UBA requests; a filed one that vanished was removed by the service
    (it deletes requests of vehicles found not eligible). Only rows filed before the list was
    asked for (``listed_at``) can have vanished: one filed meanwhile is simply not in it yet.
    Nothing has vanished unless the list is ``complete`` (every page was read)."""
    seen = set()
    for r in requests:
        seen.add(r.id)
        data = {
            "remote_id": r.id,
            "vehicle_id": r.vehicle_id,
            "year": r.year,
            "ready_for_uba": ts._iso(r.ready_for_uba),
            "created": ts._iso(r.created),
            "sent": ts._iso(r.sent),
            "updated_at": now,
        }
        found = db.execute("SELECT id, state FROM thg_uba_requests WHERE remote_id = ?", [r.id]).fetchone()
        if found:
            state = found[1] if found[1] in (ts.R_DELETING,) else ts.R_FILED
            db["thg_uba_requests"].update(found[0], {**data, "state": state, "problem": None})
        else:
            db["thg_uba_requests"].insert({**data, "state": ts.R_FILED})
    if not (complete and getattr(requests, "complete", True)):  # a Listing says for itself
        return
    for row in ts.rows(
        db, "SELECT * FROM thg_uba_requests WHERE state = ? AND remote_id IS NOT NULL", [ts.R_FILED]
    ):
        if row["remote_id"] not in seen and (listed_at is None or (row["updated_at"] or "") < listed_at):
            db.execute(
                "UPDATE thg_uba_requests SET state = ?, problem = ?, updated_at = ? WHERE id = ?",
                [
                    ts.R_REMOVED,
                    "removed by the THG service: the vehicle is no longer eligible",
                    now,
                    row["id"],
                ],
            )
            vehicle = ts.vehicle(db, row["vehicle_id"]) or {"id": row["vehicle_id"]}
            text = (
                f"THG: the service removed the UBA request for {vehicle_name(vehicle)}, "
                f"{row['year']}: the vehicle is not (or no longer) eligible."
            )
            ts.add_event(db, now, "uba", text, vehicle_id=row["vehicle_id"], year=row["year"])
            summary.events.append(text)


def sync_all(svc, *, full: bool = False) -> SyncSummary:
    """One sync pass against the service (blocking). Raises the client's typed errors."""
    with svc.sync_lock:  # the pump's poll and "Sync now" may ask at the same time
        return _sync_all(svc, full)


def _sync_all(svc, full: bool) -> SyncSummary:
    rt, client = svc.rt, svc.client()
    summary = SyncSummary()
    fetched_at = utc_iso(rt.clock.now())
    cursor_text = None if full else rt.store.read(lambda db: kv_get(db, VEHICLES_CURSOR))
    cursor = parse_utc(cursor_text) if cursor_text else None
    changed, new_cursor = client.vehicles_changed_since(cursor)  # the core: its failure ends the sync
    registrants = _optional(summary, "registrants", client.registrants) or []
    summary.registrants = len(registrants)
    requests = _optional(summary, "uba_requests", client.uba_requests)
    sent_text, reply_text, last_sync, uba_quiet = rt.store.read(
        lambda db: (
            kv_get(db, UBA_SENT_CURSOR),
            kv_get(db, UBA_REPLY_CURSOR),
            kv_get(db, LAST_SYNC),
            kv_get(db, UBA_QUIET),
        )
    )
    responses = _optional(summary, "uba_responses", _uba_responses, client, full, sent_text, reply_text)
    now = utc_iso(rt.clock.now())

    def tx(db):
        for registrant in registrants:
            ts.upsert_registrant(db, registrant)
        for vehicle in changed:
            record_vehicle(db, vehicle, now, summary, fetched_at)
        if new_cursor is not None:
            kv_set(db, VEHICLES_CURSOR, wire_time(new_cursor))
        if requests is not None:
            record_uba_requests(
                db, requests, now, summary, fetched_at, complete=getattr(requests, "complete", True)
            )
        quiet = last_sync is None or bool(uba_quiet)  # the first import: nothing is news yet
        kv_set(db, UBA_QUIET, quiet and responses is None)
        if responses is not None:
            for response in responses:
                record_uba_response(db, response, now, summary, quiet)
            sent = _latest([r.sent for r in responses], sent_text)
            reply = _latest([r.reply for r in responses], reply_text)
            if sent:
                kv_set(db, UBA_SENT_CURSOR, sent)
            if reply:
                kv_set(db, UBA_REPLY_CURSOR, reply)
        kv_set(db, LAST_SYNC, now)

    rt.store.write(tx)
    return summary


def _uba_responses(client, full: bool, sent_text: str | None, reply_text: str | None) -> list[UbaResponse]:
    if full or not (sent_text or reply_text):
        return client.uba_responses()
    # both filters: a request sent long ago may be answered only now
    responses = client.uba_responses(sent_changed_since=parse_utc(sent_text or EPOCH))
    responses += client.uba_responses(reply_changed_since=parse_utc(reply_text or EPOCH))
    return list({(r.vehicle_id, r.year): r for r in responses}.values())  # both filters can return one


def _latest(stamps: list[datetime | None], current: str | None) -> str | None:
    found = [wire_time(s) for s in stamps if s is not None]
    if current:
        found.append(current)
    return max(found) if found else None
