"""The ``fleetdesk thg`` commands: ``func(rt, args) -> exit code``.

Writes are queued in the outbox and then sent at once (unless ``--no-wait``); what could not
be sent yet stays queued for ``fleetdesk sync``. Tables go to stdout, messages to stderr,
``--json`` prints one JSON document.
"""

from __future__ import annotations

import re
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from fleetdesk.core.cli_support import emit_json, say, who_suffix
from fleetdesk.core.clock import parse_utc, utc_iso
from fleetdesk.core.errors import BadInput, FleetDeskError
from fleetdesk.store import outbox as ob
from fleetdesk.thg import store as ts
from fleetdesk.thg.auth import SignInFailed
from fleetdesk.thg.client import VehicleFilter
from fleetdesk.thg.export import export_local, export_remote
from fleetdesk.thg.filecheck import check_document
from fleetdesk.thg.models import explain_status
from fleetdesk.thg.service import ThgService
from fleetdesk.thg.statussync import SyncSummary, record_vehicle, sync_all

_TIME_RX = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?")


def parse_cli_time(text: str | None, field: str) -> datetime | None:
    """A UTC time: ``2022-01-01T13:00:00Z`` (or an explicit offset, or a date = midnight UTC)."""
    if text is None:
        return None
    if not _TIME_RX.fullmatch(text.strip()):
        raise BadInput(
            field,
            f"{text!r} is not a UTC time; write e.g. 2022-01-01T13:00:00Z "
            "(a time without Z or offset would be read in the wrong time zone)",
        )
    try:
        value = parse_utc(text.strip() if "T" in text else text.strip() + "T00:00:00Z")
        return value.astimezone(UTC)
    except (ValueError, OverflowError):  # matches the pattern, but no such day (2022-02-30)
        raise BadInput(
            field, f"{text.strip()!r} is not a real date and time; write e.g. 2022-01-01T13:00:00Z"
        ) from None


def _svc(rt) -> ThgService:
    return ThgService.of(rt)


def _flush(rt, table: str, ids: list[int], *, wait: float, no_wait: bool) -> list[ob.OutboxItem]:
    """Send the items of these rows now, retrying until ``wait`` seconds have passed."""

    def items():
        return rt.store.read(lambda db: [i for e in ids for i in ob.for_entity(db, table, e)])

    if no_wait:
        return items()
    deadline = time.monotonic() + wait
    while True:
        rt.dispatcher.run_once(service="thg", limit=1000)
        pending = [i for i in items() if i.state in (ob.QUEUED, ob.SENDING)]
        if not pending:
            return items()
        delay = min((parse_utc(i.next_attempt_at) - rt.clock.now()).total_seconds() for i in pending)
        if i_need_user(pending) or time.monotonic() + max(0.0, delay) > deadline:
            return items()
        rt.clock.sleep(max(0.1, delay))


def i_need_user(pending: list[ob.OutboxItem]) -> bool:
    return any((i.last_error or "").startswith("Sign-in needed") for i in pending)


def _outcome_code(items: list[ob.OutboxItem]) -> int:
    if any(i.state == ob.ATTENTION for i in items):
        return 1
    if i_need_user([i for i in items if i.state == ob.QUEUED]):
        say(
            "Not signed in to the THG service: the submissions wait in the outbox. "
            "Run `fleetdesk thg login`, then `fleetdesk sync`."
        )
        return 1
    if any(i.state == ob.QUEUED for i in items):
        say("Some submissions could not be sent yet; they stay queued and `fleetdesk sync` sends them.")
    return 0


# -- sign-in -----------------------------------------------------------------------------------------
def cmd_login(rt, args) -> int:
    account = _svc(rt).account
    device = account.start_device_flow()
    say(
        f"To sign in to the THG service, open {device.verification_uri}\n"
        f"and enter the code:  {device.user_code}\n"
        f"(valid until {device.expires_at.astimezone():%H:%M}; Ctrl-C cancels)"
    )
    cancel = threading.Event()
    try:
        status = account.wait_for_sign_in(device, cancel)
    except KeyboardInterrupt:
        cancel.set()
        say("Sign-in cancelled.")
        return 1
    except SignInFailed as exc:
        if args.json:
            emit_json({"ok": False, "error": str(exc)})
        say(str(exc))
        return 1
    waiting = _svc(rt).retry_waiting_for_sign_in()
    if args.json:
        emit_json({"ok": True, "user": status.username})
    say(status.describe())
    if waiting:
        say(f"{waiting} submission(s) that waited for the sign-in go out with the next `fleetdesk sync`.")
    return 0


def cmd_logout(rt, args) -> int:
    _svc(rt).account.sign_out()
    say("Signed out of the THG service; the stored sign-in was removed.")
    return 0


def cmd_status(rt, args) -> int:
    status = _svc(rt).account.status()
    counts = rt.store.read(
        lambda db: {
            "vehicles": db["thg_vehicles"].count,
            "uploads": db["thg_uploads"].count,
            "uba_requests": db["thg_uba_requests"].count,
            "unsent": ob.counts(db).get("thg", {}),
        }
    )
    if args.json:
        emit_json(
            {
                "signed_in": status.signed_in,
                "user": status.username,
                "source": status.source,
                "refresh_warning": status.refresh.warn,
                "lapsed": status.refresh.lapsed,
                "days_left": status.days_left,
                **counts,
            }
        )
    else:
        say(status.describe())
        say(
            f"{counts['vehicles']} vehicles, {counts['uploads']} uploads, "
            f"{counts['uba_requests']} UBA requests stored here."
        )
    return 0


def cmd_sync(rt, args) -> int:
    """Like ``fleetdesk sync`` for THG: the queued THG items are sent now (bar waits the server
    asked for), then the status sync."""
    from fleetdesk.store.dispatcher import summary_line

    report = rt.dispatcher.send_now(service="thg")
    summary: SyncSummary = sync_all(_svc(rt), full=args.full)
    waiting = summary_line(report, rt.clock)
    if args.json:
        emit_json(
            {
                "ok": True,
                **summary.__dict__,
                "outbox": {
                    "sent": len(report.sent),
                    "queued": len(report.queued),
                    "needs_attention": len(report.attention),
                    "waiting": [w.as_dict() for w in report.waiting],
                    "waiting_summary": waiting,
                },
            }
        )
    else:
        if report.sent or report.attention:
            say(f"{len(report.sent)} sent, {len(report.attention)} need attention")
        for line in waiting:
            say(line)
        say(summary.describe())
        for text in summary.events:
            say(f"  {text}")
    return 0


# -- registrants ------------------------------------------------------------------------------------
def cmd_registrants(rt, args) -> int:
    rows = rt.store.read(ts.registrants) if args.local else _svc(rt).refresh_registrants()
    if args.json:
        emit_json({"count": len(rows), "registrants": rows})
        return 0
    if not rows:
        say("No registrants yet: add one with `fleetdesk thg registrant add`.")
    for r in rows:
        name = " ".join(p for p in (r["first_name"], r["last_name_or_organization"]) if p)
        ident = r["remote_id"] if r["remote_id"] else f"(queued: {r['state']})"
        print(
            f"{ident!s:<8} {r['type']:<13} {name:<32} {r['postal_code']} {r['city']} "
            f"{r['customer_reference']}{who_suffix(r)}"
        )
    return 0


def cmd_registrant_add(rt, args) -> int:
    local = _svc(rt).queue_registrant(
        {
            "type": args.type,
            "first_name": args.first_name,
            "last_name_or_organization": args.name,
            "street": args.street,
            "postal_code": args.postal_code,
            "city": args.city,
            "country": args.country,
            "email": args.email,
            "customer_reference": args.ref,
        }
    )
    items = _flush(rt, "thg_registrants", [local], wait=60, no_wait=args.no_wait)
    row = rt.store.read(lambda db: db["thg_registrants"].get(local))
    if args.json:
        emit_json(
            {"ok": row["state"] != "attention", "registrant": row, "outbox": [i.as_dict() for i in items]}
        )
    elif row["remote_id"]:
        say(f"Registrant {row['remote_id']} created.")
    else:
        say(f"Registrant queued ({items[0].state}): {items[0].last_error or 'waiting to send'}")
    return _outcome_code(items)


# -- uploads ---------------------------------------------------------------------------------------
def cmd_upload(rt, args) -> int:
    svc = _svc(rt)
    bad = _bad_documents(args.files)
    if bad and not args.skip_bad:
        if args.json:
            emit_json({"ok": False, "field": "file", "refused": [{"file": f, "problems": p} for f, p in bad]})
        for f, p in bad:
            say(f"file: {f}: {p}")
        say("Nothing was uploaded. Fix or leave out these files (or pass --skip-bad).")
        return 2
    if not args.registrant and not rt.store.read(ts.registrants):
        try:
            svc.refresh_registrants()
        except FleetDeskError as exc:  # offline or signed out: the upload can still be queued
            say(f"Could not fetch the registrants: {exc}")
    registrant = args.registrant or svc.default_registrant()
    files = [f for f in args.files if f not in {b[0] for b in bad}]
    queued = svc.queue_uploads(
        files,
        registrant_id=registrant,
        refs=(args.ref1 or "", args.ref2 or "", args.ref3 or ""),
        ref1_from_name=args.ref1_from_name,
    )
    items = _flush(rt, "thg_uploads", queued.queued, wait=args.wait, no_wait=args.no_wait)
    out = _upload_outcomes(rt, queued.queued)
    refused = [{"file": f, "problems": p} for f, p in bad + queued.refused]
    if args.json:
        emit_json(
            {"ok": not refused and all(o["state"] == "sent" for o in out), "uploads": out, "refused": refused}
        )
    else:
        for o in out:
            what = f"vehicle {o['vehicle_id']} ({o['status']})" if o["vehicle_id"] else o["state"]
            say(
                f"{o['file']}: {what}"
                + (f" - {o['problem']}" if o["problem"] and not o["vehicle_id"] else "")
            )
        for r in refused:
            say(f"{r['file']}: not uploaded - {r['problems']}")
    code = _outcome_code(items)
    return 2 if refused else code


def _bad_documents(names) -> list[tuple[str, str]]:
    """(file, problems) of each named file that is missing or not an acceptable document."""
    bad = []
    for name in names:
        path = Path(name)
        if not path.is_file():
            bad.append((name, "No such file."))
            continue
        check = check_document(path)
        if not check.ok:
            bad.append((name, check.describe()))
    return bad


def _upload_outcomes(rt, upload_ids: list) -> list[dict]:
    """One dict per queued upload (in queue order): its state, vehicle and problem."""
    wanted = set(upload_ids)
    rows = rt.store.read(lambda db: {u["id"]: u for u in ts.uploads(db, limit=100_000) if u["id"] in wanted})
    out = []
    for uid in upload_ids:
        u = rows[uid]
        out.append(
            {
                "file": u["file_name"],
                "upload_id": uid,
                "state": u["outbox_state"] or u["state"],
                "vehicle_id": u["vehicle_id"],
                "status": u["vehicle_status"],
                "problem": u["problem"] or u["last_error"],
                "note": u["note"],
                "references": [u["customer_reference1"], u["customer_reference2"], u["customer_reference3"]],
            }
        )
    return out


# -- vehicles ------------------------------------------------------------------------------------------
def _vehicle_filter(args) -> VehicleFilter:
    return VehicleFilter(
        status=args.status,
        changed_since=parse_cli_time(args.changed_since, "changed-since"),
        customer_reference1=getattr(args, "ref1", None),
        customer_reference2=getattr(args, "ref2", None),
        customer_reference3=getattr(args, "ref3", None),
    )


def cmd_vehicles(rt, args) -> int:
    filters = _vehicle_filter(args)
    if args.local:
        rows = rt.store.read(lambda db: ts.vehicles(db, status=args.status))
        since = filters.changed_since
        rows = [
            r
            for r in rows
            if (since is None or (r["status_update"] and parse_utc(r["status_update"]) >= since))
            and all(
                getattr(filters, k) in (None, r[k])
                for k in ("customer_reference1", "customer_reference2", "customer_reference3")
            )
        ]
    else:
        found = list(_svc(rt).client().iter_vehicles(filters))
        now = utc_iso(rt.clock.now())

        def write(db) -> None:
            for v in found:
                record_vehicle(db, v, now)

        rt.store.write(write)
        ids = {v.id for v in found}
        rows = [r for r in rt.store.read(ts.vehicles) if r["id"] in ids]
    for r in rows:
        r["status_explained"] = explain_status(r["status"], r["status_reason"]).text
    if args.json:
        emit_json({"count": len(rows), "vehicles": rows})
        return 0
    if not rows:
        say("No vehicles match.")
    for r in rows:
        title = explain_status(r["status"], r["status_reason"]).title
        print(
            f"{r['id']:<7} {title:<34} {r['vin'] or '-':<18} {r['customer_reference1']:<14} "
            f"{r['customer_reference2']:<14} {r['status_update'] or ''}"
        )
    return 0


def cmd_export(rt, args) -> int:
    filters = _vehicle_filter(args)
    if args.local:
        rows = rt.store.read(lambda db: ts.vehicles(db, status=args.status))
        export_local(rows, args.out)
        say(f"Wrote {len(rows)} vehicles from the local store to {args.out}.")
        return 0
    size = export_remote(_svc(rt).client(), args.out, filters)
    say(f"Wrote {size:,} bytes to {args.out}." if size else "No vehicles match; no file written.")
    return 0
