"""``fleetdesk thg uba ...``: UBA requests (with a hold), their withdrawal, the UBA's answers."""

from __future__ import annotations

from fleetdesk.core.cli_support import emit_json, say, who_suffix
from fleetdesk.core.clock import parse_utc, utc_iso
from fleetdesk.core.errors import BadInput
from fleetdesk.thg import store as ts
from fleetdesk.thg.cli_commands import _flush, _outcome_code, _svc, parse_cli_time
from fleetdesk.thg.service import default_hold
from fleetdesk.thg.statussync import SyncSummary, record_uba_requests, record_uba_response, record_vehicle


def _ensure_vehicle(rt, vehicle_id: int) -> None:
    if rt.store.read(lambda db: ts.vehicle(db, vehicle_id)) is None:
        vehicle = _svc(rt).client().vehicle(vehicle_id)
        now = utc_iso(rt.clock.now())
        rt.store.write(lambda db: record_vehicle(db, vehicle, now))


def cmd_uba_request(rt, args) -> int:
    _ensure_vehicle(rt, args.vehicle_id)
    hold = (
        parse_cli_time(args.ready_for_uba, "ready-for-uba")
        if args.ready_for_uba
        else (default_hold(rt.clock.now()) if args.hold else None)
    )
    local = _svc(rt).queue_uba_request(args.vehicle_id, args.year, hold)
    items = _flush(rt, "thg_uba_requests", [local], wait=60, no_wait=args.no_wait)
    row = rt.store.read(lambda db: db["thg_uba_requests"].get(local))
    if args.json:
        emit_json({"ok": row["state"] != ts.R_ATTENTION, "request": row})
    else:
        say(
            f"UBA request {row['remote_id'] or 'L' + str(local)} for vehicle {args.vehicle_id}, "
            f"{args.year}: {row['state']}"
            + (f", on hold until {row['ready_for_uba']}" if row["ready_for_uba"] else "")
            + (f" - {row['problem']}" if row["problem"] else "")
        )
    return _outcome_code(items)


def cmd_uba_delete(rt, args) -> int:
    text = args.request_id.strip()
    if text[:1] in "Ll" and text[1:].isdigit():
        local = int(text[1:])
    elif text.isdigit():

        def find(db):
            row = db.execute("SELECT id FROM thg_uba_requests WHERE remote_id = ?", [int(text)]).fetchone()
            return row[0] if row else None

        local = rt.store.read(find)
        if local is None:  # not seen here yet: ask the service
            listed_at = utc_iso(rt.clock.now())
            requests = _svc(rt).client().uba_requests()
            now = utc_iso(rt.clock.now())
            rt.store.write(lambda db: record_uba_requests(db, requests, now, SyncSummary(), listed_at))
            local = rt.store.read(find)
    else:
        local = None
    if local is None:
        raise BadInput("id", f"no UBA request {text}")
    outcome = _svc(rt).queue_uba_delete(local)
    items = _flush(rt, "thg_uba_requests", [local], wait=60, no_wait=args.no_wait)
    items = [i for i in items if i.kind == "thg.uba_delete"]
    row = rt.store.read(lambda db: db["thg_uba_requests"].get(local))
    if args.json:
        emit_json({"ok": row["state"] == ts.R_DELETED, "outcome": outcome, "request": row})
    else:
        say(
            {"discarded": "Withdrawn before it was ever sent.", "already": "Already withdrawn."}.get(
                outcome,
                f"UBA request {text}: {row['state']}" + (f" - {row['problem']}" if row["problem"] else ""),
            )
        )
    return 1 if row["problem"] and row["state"] != ts.R_DELETED else _outcome_code(items)


def cmd_uba_requests(rt, args) -> int:
    if not args.local:
        listed_at = utc_iso(rt.clock.now())
        requests = _svc(rt).client().uba_requests()
        now = utc_iso(rt.clock.now())
        rt.store.write(lambda db: record_uba_requests(db, requests, now, SyncSummary(), listed_at))
    rows = rt.store.read(lambda db: ts.rows(db, "SELECT * FROM thg_uba_requests ORDER BY year DESC, id"))
    if args.json:
        emit_json({"count": len(rows), "requests": rows})
        return 0
    for r in rows:
        ident = r["remote_id"] or f"L{r['id']}"
        print(
            f"{ident!s:<7} vehicle {r['vehicle_id']:<7} {r['year']}  {r['state']:<9} "
            f"hold {r['ready_for_uba'] or '-':<21} sent {r['sent'] or '-'}{who_suffix(r)}"
        )
    return 0


def cmd_uba_responses(rt, args) -> int:
    sent = parse_cli_time(args.sent_since, "sent-since")
    reply = parse_cli_time(args.reply_since, "reply-since")
    if args.local:
        rows = rt.store.read(
            lambda db: ts.rows(db, "SELECT * FROM thg_uba_responses ORDER BY year DESC, vehicle_id")
        )
        rows = [
            r
            for r in rows
            if (sent is None or (r["sent"] and parse_utc(r["sent"]) >= sent))
            and (reply is None or (r["reply"] and parse_utc(r["reply"]) >= reply))
        ]
    else:
        found = _svc(rt).client().uba_responses(sent_changed_since=sent, reply_changed_since=reply)
        now = utc_iso(rt.clock.now())

        def write(db) -> None:
            for r in found:
                record_uba_response(db, r, now, None, quiet=False)

        rt.store.write(write)
        keys = {(r.vehicle_id, r.year) for r in found}
        rows = [
            r
            for r in rt.store.read(
                lambda db: ts.rows(db, "SELECT * FROM thg_uba_responses ORDER BY year DESC, vehicle_id")
            )
            if (r["vehicle_id"], r["year"]) in keys
        ]
    for r in rows:
        r["outcome"] = "pending" if r["confirmed"] is None else ("approved" if r["confirmed"] else "rejected")
    if args.json:
        emit_json({"count": len(rows), "responses": rows})
        return 0
    if not rows:
        say("No UBA answers match (nothing was sent to the UBA yet, or nothing in that period).")
    for r in rows:
        print(
            f"vehicle {r['vehicle_id']:<7} {r['year']}  {r['outcome']:<9} sent {r['sent'] or '-':<21} "
            f"reply {r['reply'] or '-':<21} {r['rejected_reason']}"
        )
    return 0
