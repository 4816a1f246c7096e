"""``fleetdesk clearance <verb>``: High Mobility fleet clearance from the command line.

Adds and revokes are stored in the outbox first and then sent right away if the service
answers; offline they stay queued for ``fleetdesk sync``. ``--json`` prints one document on
stdout; human text goes to stderr (``fleetdesk.core.cli_support.say``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fleetdesk.core.clock import parse_utc
from fleetdesk.core.errors import AuthExpired, BadInput, NotConfigured, Rejected, TransientError
from fleetdesk.highmobility import store as hs
from fleetdesk.highmobility.importing import parse_tags as _parse_tags
from fleetdesk.highmobility.importing import parse_vehicles, requests_of
from fleetdesk.highmobility.rules import field_warnings, normalize_vin
from fleetdesk.highmobility.service import ClearanceService

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
_OFFLINE = (TransientError, AuthExpired, NotConfigured)


def add_cli(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``clearance`` group and its verbs to ``fleetdesk``."""
    group = subparsers.add_parser(
        "clearance", help="High Mobility fleet clearance: eligibility, add, list, revoke, data"
    )
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("eligibility", help="can this vehicle deliver data? (asks the server)")
    p.add_argument("vin")
    p.add_argument("--brand", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eligibility)

    p = verbs.add_parser("add", help="request clearance for one or more VINs (through the outbox)")
    p.add_argument("vins", nargs="*", metavar="VIN")
    p.add_argument("--brand", default="", help="brand of the VINs (a CSV may name its own)")
    p.add_argument("--tag", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--odometer", metavar="KM", help="control measure: the current odometer")
    p.add_argument("--csv", metavar="FILE", help="import VIN, brand, tags from a CSV file")
    p.add_argument(
        "--accept-warnings",
        action="store_true",
        help="the warnings were looked at: send anyway (e.g. a Volkswagen Group VIN "
        "without the vw-group-customer-name tag, when High Mobility support "
        "configured your business name)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = verbs.add_parser(
        "list",
        help="every VIN with its clearance state (polls the server "
        "first, then the optional eligibility and vehicle data)",
    )
    p.add_argument("--offline", action="store_true", help="show what is stored; do not poll")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = verbs.add_parser(
        "revoke", help="revoke (approved) or cancel (pending) a clearance; defleet with --reason"
    )
    p.add_argument("vin")
    p.add_argument("--reason", default="", help="why (kept with the vehicle, e.g. 'sold')")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_revoke)

    p = verbs.add_parser("data", help="pull vehicle data (odometer) of an approved VIN")
    p.add_argument("vin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_data)

    p = verbs.add_parser("notices", help="approved / rejected / revoked news")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_notices)


def _say(text: str) -> None:
    from fleetdesk.core.cli_support import say

    say(text)


def _emit(data) -> None:
    from fleetdesk.core.cli_support import emit_json

    emit_json(data)


def _when(iso: str | None) -> str:
    return parse_utc(iso).astimezone().strftime("%Y-%m-%d %H:%M") if iso else "-"


def _rows(rt, vins: list[str] | None = None) -> list[dict]:
    rows = rt.store.read(hs.list_vehicles)
    return [r.as_dict() for r in rows if vins is None or r.vin in vins]


def _send(svc: ClearanceService) -> str | None:
    """Try to send now; None when it went through, else why it waits."""
    report = svc.send_now()
    return report.skipped_services.get(hs.SERVICE)


# -- verbs ------------------------------------------------------------------------------------
def cmd_eligibility(rt, args) -> int:
    """``clearance eligibility VIN --brand B``: ask the server, store and print the answer."""
    svc = ClearanceService.of(rt)
    answer = svc.check_eligibility(args.vin, args.brand)
    data = {
        "ok": True,
        "vin": answer.vin,
        "eligible": answer.eligible,
        "data_delivery": list(answer.data_delivery),
        "connectivity_status": answer.connectivity_status,
        "primary_user_assigned": answer.primary_user_assigned,
    }
    if args.json:
        _emit(data)
    else:
        verdict = "eligible" if answer.eligible else "NOT eligible"
        _say(
            f"{answer.vin}: {verdict}; connectivity {answer.connectivity_status or 'unknown'}; "
            f"data delivery: {', '.join(answer.data_delivery) or 'none'}"
        )
    return EXIT_OK


def cmd_add(rt, args) -> int:
    """``clearance add VIN... --brand B``: check, queue, then try to send now."""
    svc = ClearanceService.of(rt)
    tags = _parse_tags(";".join(args.tag))
    if args.csv:
        try:
            text = Path(args.csv).read_text("utf-8-sig")
        except OSError as exc:
            raise BadInput("csv", f"cannot read {args.csv}: {exc.strerror}") from None
        rows = parse_vehicles(
            text, default_brand=args.brand, default_tags=tags, business_name=svc.business_name()
        )
        bad = [r for r in rows if not r.ok]
        if bad:
            raise BadInput(
                "csv", "; ".join(f"line {r.line} ({r.vin or 'no VIN'}): {r.error}" for r in bad[:10])
            )
        requests = requests_of(rows) + (
            svc.prepare(args.vins, args.brand, tags=tags, odometer=args.odometer) if args.vins else []
        )
        if not requests:
            raise BadInput("csv", "the file names no vehicles")
    else:
        if not args.brand:
            raise BadInput("brand", "give the brand with --brand (or import a CSV with --csv)")
        requests = svc.prepare(args.vins, args.brand, tags=tags, odometer=args.odometer)
    warnings = [{"vin": r.vin, "field": f, "message": w} for r in requests for f, w in field_warnings(r)]
    if warnings and not args.accept_warnings:
        text = "Not stored: look at the warnings, then add again with --accept-warnings to send anyway."
        if args.json:
            _emit(
                {
                    "ok": False,
                    "stored": False,
                    "error": text,
                    "field": warnings[0]["field"],
                    "warnings": warnings,
                }
            )
        for w in warnings:
            _say(f"{w['vin']}: warning: {w['message']}")
        _say(text)
        return EXIT_USAGE
    report = svc.queue(requests)
    waiting = _send(svc) if report.queued else None
    vins = [r.vin for r in requests]
    listed = _rows(rt, vins)
    refused = [r for r in listed if r["state"] == "attention"]
    if args.json:
        _emit(
            {
                "ok": not refused,
                "queued": report.queued,
                "unchanged": report.unchanged,
                "waiting": waiting,
                "warnings": warnings,
                "vehicles": listed,
            }
        )
    else:
        for row in listed:
            why = report.unchanged.get(row["vin"])
            extra = f" ({why})" if why else (f": {row['outbox_error']}" if row in refused else "")
            _say(f"{row['vin']}  {row['brand_name']:<14} {row['state_text']}{extra}")
        if waiting:
            _say(f"Not sent yet ({waiting}); it stays queued and `fleetdesk sync` sends it.")
    return EXIT_FAIL if refused else EXIT_OK


def cmd_list(rt, args) -> int:
    """``clearance list``: send what is due, poll, and list every VIN with its state."""
    svc = ClearanceService.of(rt)
    refreshed, why = False, None
    if not args.offline:
        ok, why = svc.is_configured()
        if ok:
            try:
                svc.send_now()
                svc.poll_statuses()
                refreshed, why = True, None
            except _OFFLINE as exc:
                why = str(exc)
            if refreshed:  # optional lookups: a failure only leaves their columns empty
                svc.enrich()
    notes = svc.notes() if refreshed else []
    rows = _rows(rt)
    if args.json:
        _emit(
            {
                "ok": True,
                "refreshed": refreshed,
                "note": why,
                "notes": notes,
                "count": len(rows),
                "vehicles": rows,
                "notices": rt.store.read(lambda db: hs.notices(db, limit=20)),
            }
        )
        return EXIT_OK
    if why and not args.offline:
        _say(f"Showing stored states: {why}")
    for note in notes:
        _say(f"Note: {note}")
    if not rows:
        _say("No vehicles yet. Add some with: fleetdesk clearance add VIN --brand BRAND")
    from fleetdesk.core.cli_support import who_suffix

    for r in rows:
        odo = (
            f"{r['odometer']:,.0f} {'km' if r['odometer_unit'] == 'kilometers' else 'mi'}"
            if r["odometer"] is not None
            else ""
        )
        eligible = {True: "eligible", False: "not eligible", None: ""}[r["eligible"]]
        print(
            f"{r['vin']}  {r['brand_name']:<16} {r['state_text']:<24} "
            f"{_when(r['status_since']):<17} {eligible:<13} {odo}{who_suffix(r)}"
        )
    return EXIT_OK


def cmd_revoke(rt, args) -> int:
    """``clearance revoke VIN``: queue a revoke/cancel (or withdraw an unsent request)."""
    svc = ClearanceService.of(rt)
    vin = normalize_vin(args.vin)
    try:  # decide between cancel and revoke on the newest status, when the server answers
        svc.refresh_vehicle(vin)
    except (*_OFFLINE, Rejected):  # offline, or a VIN the server never saw: the stored state decides
        pass
    outcome = svc.revoke(vin, args.reason)
    waiting = _send(svc) if outcome == "queued" else None
    rows = _rows(rt, [vin])
    row = rows[0] if rows else {"vin": vin, "state": "unknown", "state_text": "Unknown"}
    refused = row["state"] == "attention"
    if args.json:
        _emit({"ok": not refused, "outcome": outcome, "waiting": waiting, "vehicle": row})
    else:
        text = {
            "withdrawn": "withdrawn before it was sent",
            "already queued": "a revoke is already waiting",
        }.get(outcome, row["state_text"])
        _say(f"{vin}: {text}" + (f": {row['outbox_error']}" if refused else ""))
        if waiting:
            _say(f"Not sent yet ({waiting}); it stays queued and `fleetdesk sync` sends it.")
    return EXIT_FAIL if refused else EXIT_OK


def cmd_data(rt, args) -> int:
    """``clearance data VIN``: pull vehicle data now; offline, show the last stored reading."""
    svc = ClearanceService.of(rt)
    vin = normalize_vin(args.vin)
    fresh, why = True, None
    try:
        svc.pull_data(vin)
    except _OFFLINE as exc:
        fresh, why = False, str(exc)
    row = rt.store.read(lambda db: hs.vehicle(db, vin))
    if not fresh and (row is None or row["odometer"] is None):
        raise TransientError(f"no vehicle data stored for {vin} and none could be pulled: {why}")
    data: dict[str, Any] = {
        "ok": True,
        "vin": vin,
        "fresh": fresh,
        "note": why,
        "odometer": row["odometer"] if row else None,
        "odometer_unit": row["odometer_unit"] if row else None,
        "odometer_at": row["odometer_at"] if row else None,
        "pulled_at": row["data_pulled_at"] if row else None,
    }
    if args.json:
        _emit(data)
    else:
        if not fresh:
            _say(f"Could not pull fresh data ({why}); showing the last stored reading.")
        _say(
            f"{vin}: odometer {data['odometer']:,.0f} {data['odometer_unit']} at {_when(data['odometer_at'])}"
            if data["odometer"] is not None
            else f"{vin}: the vehicle reported no odometer"
        )
    return EXIT_OK


def cmd_notices(rt, args) -> int:
    """``clearance notices``: the approved / rejected / revoked news, newest first."""
    items = rt.store.read(lambda db: hs.notices(db, limit=100))
    if args.json:
        _emit({"ok": True, "count": len(items), "notices": items})
    else:
        for n in items:
            _say(f"{_when(n['at'])}  {n['text']}")
        if not items:
            _say("No news yet.")
    return EXIT_OK
