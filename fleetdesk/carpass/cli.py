"""``fleetdesk carpass <verb>``: precheck, submit, list, issues, correct, confirm, vhr, history.

``--json`` prints one JSON document on stdout; human text goes to stderr. Exit codes: 0 ok
(``submit``: safely queued, sent or not), 1 failure, 2 bad input or a reading held back by
the prechecks (errors, or warnings without ``--accept-warnings``).
"""

from __future__ import annotations

from datetime import date

from fleetdesk.carpass.models import ObservationType
from fleetdesk.core.cli_support import EXIT_OK, EXIT_USAGE, emit_json, say
from fleetdesk.core.errors import BadInput

TYPES = [t.value for t in ObservationType]


def add_cli(subparsers) -> None:
    p = subparsers.add_parser("carpass", help="Car-Pass odometer readings, issues and VHRs")
    sub = p.add_subparsers(dest="carpass_command", metavar="VERB", required=True)

    def reading_args(q, *, required=True):
        who = q.add_mutually_exclusive_group(required=required)
        who.add_argument("--vin", help="vehicle identification number")
        who.add_argument("--plate", help="licence plate (not with VEHICLE_HISTORY_DOCUMENT)")
        q.add_argument("--km", required=required, help="the odometer reading, digits only")
        q.add_argument("--date", help="reading date YYYY-MM-DD (default: today, Brussels)")
        q.add_argument("--type", choices=TYPES, default=TYPES[0], help="observation type")
        q.add_argument("--operation", help="operation kind (exclusion rules), e.g. till_sale")
        q.add_argument("--category", help="vehicle category (car, van, truck, bus, motorcycle)")
        q.add_argument("--country", help="registration country of the plate (default BE)")
        q.add_argument("--json", action="store_true")

    q = sub.add_parser("precheck", help="check a reading without storing or sending it")
    reading_args(q)
    q.set_defaults(func=cmd_precheck)

    q = sub.add_parser("submit", help="check, store and queue a reading; send it if possible")
    reading_args(q)
    q.add_argument("--accept-warnings", action="store_true", help="the warnings were looked at: send anyway")
    q.add_argument("--wait", action="store_true", help="follow the status until it is final")
    q.add_argument("--timeout", type=float, default=600.0, help="--wait at most this long (s)")
    q.add_argument("--work-description", help="work done (kept locally)")
    q.add_argument("--unifier", type=int, help="DIV unifier (VIN shorter than 17)")
    q.add_argument("--first-use-date", help="first-use date (VIN shorter than 17)")
    q.set_defaults(func=cmd_submit)

    q = sub.add_parser("list", help="the readings and their Car-Pass state")
    q.add_argument("--limit", type=int, default=200)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)

    q = sub.add_parser("issues", help="outstanding Car-Pass issues")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_issues)

    q = sub.add_parser("correct", help="correct a reading that has an issue")
    q.add_argument("guid", metavar="GUID")
    q.add_argument("--vin")
    q.add_argument("--plate")
    q.add_argument("--km")
    q.add_argument("--date")
    q.add_argument("--unifier", type=int)
    q.add_argument("--first-use-date")
    q.add_argument("--accept-warnings", action="store_true")
    q.add_argument("--wait", action="store_true", help="follow the status until it is final")
    q.add_argument("--timeout", type=float, default=600.0)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_correct)

    q = sub.add_parser("confirm", help="confirm a reading with an issue as right (cannot be undone)")
    q.add_argument("guid", metavar="GUID")
    q.add_argument("--wait", action="store_true", help="follow the status until it is final")
    q.add_argument("--timeout", type=float, default=600.0)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_confirm)

    q = sub.add_parser(
        "outcome",
        help="record what the Car-Pass portal or helpdesk says about "
        "a reading 'sent earlier, outcome unknown'",
    )
    q.add_argument("guid", metavar="GUID|ID")
    q.add_argument("--found", required=True, choices=["registered", "not-registered"])
    q.add_argument("--note", help="what you found, in your words (kept with the reading)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_outcome)

    q = sub.add_parser("vhr", help="save the Vehicle History Report of a request as PDF")
    q.add_argument("guid", metavar="GUID")
    q.add_argument("--out", required=True, metavar="FILE.pdf")
    q.add_argument("--language", choices=["NL", "FR", "DE", "EN"])
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_vhr)

    q = sub.add_parser("history", help="the local reading history")
    hsub = q.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    h = hsub.add_parser("import", help="import earlier readings (vin,date,km) from a CSV file")
    h.add_argument("file", metavar="FILE.csv")
    h.add_argument(
        "--accept-warnings",
        action="store_true",
        help="import readings above 2,000,000 km (after checking them)",
    )
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=cmd_history_import)


# -- helpers --------------------------------------------------------------------------------
def _date(text: str | None, field: str = "date") -> date | None:
    if not text:
        return None
    from fleetdesk.carpass.importer import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise BadInput(field, str(exc)) from None


def _entry(svc, args):
    from fleetdesk.carpass.prechecks import ReadingEntry

    return ReadingEntry(
        odometer_text=(args.km or "").strip(),
        reading_date=_date(args.date) or svc.today(),
        observation_type=ObservationType(args.type),
        vin=args.vin or "",
        license_plate=args.plate or "",
        operation_kind=args.operation,
        vehicle_category=args.category,
        plate_country=args.country.upper() if args.country else None,
    )


def _service(rt):
    from fleetdesk.carpass.access import get_service

    return get_service(rt)


def _closing(fn):
    """Run a verb and close the HTTP connections afterwards (no lingering sockets)."""

    def run(rt, args) -> int:
        try:
            return fn(rt, args)
        finally:
            _service(rt).close()

    return run


def _send_and_maybe_wait(rt, args, reading_id: int):
    """Try to send at once; with --wait, follow the status as the workflow does."""
    report = rt.dispatcher.run_once(service="carpass")
    if getattr(args, "wait", False):
        from fleetdesk.carpass.waiting import wait_for

        wait_for(rt, reading_id, timeout=args.timeout)
    return report


def _print_findings(findings) -> None:
    for f in findings:
        say(f"  {f.severity.value.upper():8} {f.code}: {f.message}")


def _reading_out(rt, reading_id: int) -> dict:
    from fleetdesk.carpass import store as st

    reading = rt.store.read(lambda db: st.get_reading(db, reading_id))
    issues = rt.store.read(
        lambda db: st.issues(db, states=(st.OPEN, st.RESOLVING, st.INFO, st.RESOLVED), reading_id=reading_id)
    )
    return {**reading.as_dict(), "issues": [i.as_dict() for i in issues]}


# -- verbs ------------------------------------------------------------------------------------
@_closing
def cmd_precheck(rt, args) -> int:
    from fleetdesk.carpass.prechecks import can_send

    svc = _service(rt)
    findings = svc.precheck(_entry(svc, args))
    out = {
        "sendable": can_send(findings),
        "findings": [{"code": f.code, "severity": f.severity.value, "message": f.message} for f in findings],
    }
    if args.json:
        emit_json(out)
    else:
        say("Can be sent." if out["sendable"] else "Cannot be sent:")
        _print_findings(findings)
    return EXIT_OK


@_closing
def cmd_submit(rt, args) -> int:
    from fleetdesk.carpass import hooks
    from fleetdesk.carpass.prechecks import Severity
    from fleetdesk.carpass.service import SubmitResult

    svc = _service(rt)
    entry = _entry(svc, args)
    # registered checks (the odometer cross-check): warnings, accepted like the others
    extra = hooks.extra_findings(rt, entry) if hooks.PRECHECKS else []
    extra_warnings = [f.code for f in extra if f.severity is Severity.WARNING]
    if extra_warnings and not args.accept_warnings:
        findings = svc.precheck(entry) + extra
        result = SubmitResult(
            findings, unacknowledged=[f.code for f in findings if f.severity is Severity.WARNING]
        )
    else:
        result = svc.submit(
            entry,
            acknowledge=bool(args.accept_warnings),
            work_description=args.work_description,
            unifier=args.unifier,
            first_use_date=_date(args.first_use_date, "first-use-date"),
        )
        result.findings = result.findings + extra
        if not result.queued and result.unacknowledged:
            result.unacknowledged += extra_warnings
    reading_id = result.reading_id  # set when it was queued
    if reading_id is not None and hooks.STORED:
        acknowledged = [f.code for f in result.findings if f.severity is Severity.WARNING]
        hooks.reading_stored(rt, reading_id, entry, acknowledged)
    out = result.as_dict()
    if reading_id is None:
        if args.json:
            emit_json(out)
        if not result.sendable:
            say("Not stored: the prechecks found errors.")
        else:
            say("Not stored: look at the warnings, then submit again with --accept-warnings.")
        _print_findings(result.findings)
        return EXIT_USAGE
    report = _send_and_maybe_wait(rt, args, reading_id)
    out["reading"] = _reading_out(rt, reading_id)
    out["sent"] = bool(out["reading"]["request_guid"])
    if args.json:
        emit_json(out)
    reading = out["reading"]
    if out["sent"]:
        say(f"Sent to Car-Pass: requestGuid {reading['request_guid']} ({reading['state']}).")
    else:
        why = report.skipped_services.get("carpass") or reading.get("last_error") or "later"
        say(
            f"Stored and queued with its date of work {reading['reading_date']}; it will be "
            f"sent when Car-Pass can be reached ({why})."
        )
    _print_findings(result.findings)
    return EXIT_OK


@_closing
def cmd_list(rt, args) -> int:
    from fleetdesk.carpass import store as st

    readings = rt.store.read(lambda db: st.list_readings(db, limit=args.limit))
    if args.json:
        emit_json({"count": len(readings), "readings": [r.as_dict() for r in readings]})
        return EXIT_OK
    if not readings:
        say("No readings yet.")
    waiting = [r for r in readings if r.state == st.OUTCOME_UNKNOWN]
    if waiting:
        say(
            f"{len(waiting)} reading(s) sent earlier with an unknown outcome: check them in the "
            "Car-Pass portal, then run 'fleetdesk carpass outcome ID --found ...'."
        )
    for r in readings:
        print(
            f"#{r.id:<5} {r.state:<11} {r.vehicle:<17} {r.odometer:>9,} km  {r.reading_date}  "
            f"{r.request_guid or '-'}"
        )
    return EXIT_OK


@_closing
def cmd_issues(rt, args) -> int:
    from fleetdesk.carpass import store as st

    svc = _service(rt)
    rows = rt.store.read(lambda db: [(i, st.get_reading(db, i.reading_id)) for i in st.issues(db)])
    if args.json:
        emit_json(
            {
                "count": len(rows),
                "issues": [
                    {
                        **i.as_dict(),
                        "vehicle": r.vehicle,
                        "odometer": r.odometer,
                        "reading_date": r.reading_date,
                        "reading_state": r.state,
                        "current_guid": r.request_guid,
                    }
                    for i, r in rows
                ],
            }
        )
        return EXIT_OK
    if not rows:
        say("No outstanding Car-Pass issues.")
    for issue, reading in rows:
        print(
            f"{issue.number or '-':>8}  type {issue.type}  {reading.vehicle}  "
            f"{reading.odometer:,} km  {reading.reading_date}  {reading.request_guid}\n"
            f"          {issue.text(svc.language())}"
        )
    return EXIT_OK


@_closing
def cmd_correct(rt, args) -> int:
    svc = _service(rt)
    reading = svc.find(args.guid)
    if args.vin and args.plate:
        raise BadInput("vin, plate", "give either the VIN or the plate, not both")
    result = svc.correct(
        reading.id,
        vin=args.vin,
        plate=args.plate,
        km=args.km,
        reading_date=_date(args.date),
        unifier=args.unifier,
        first_use_date=_date(args.first_use_date, "first-use-date"),
        acknowledge=bool(args.accept_warnings),
    )
    if not result.queued:
        if args.json:
            emit_json(result.as_dict())
        say("Correction not queued:")
        _print_findings(result.findings)
        return EXIT_USAGE
    _send_and_maybe_wait(rt, args, reading.id)
    out = {**result.as_dict(), "reading": _reading_out(rt, reading.id)}
    if args.json:
        emit_json(out)
    say(
        f"Correction queued; the local history now holds {out['reading']['odometer']:,} km "
        f"on {out['reading']['reading_date']}."
    )
    return EXIT_OK


@_closing
def cmd_confirm(rt, args) -> int:
    svc = _service(rt)
    reading = svc.find(args.guid)
    say("Warning: a confirmation cannot be undone. Car-Pass registers the reading as sent.")
    svc.confirm(reading.id)
    _send_and_maybe_wait(rt, args, reading.id)
    out = {"confirmed": True, "reading": _reading_out(rt, reading.id)}
    if args.json:
        emit_json(out)
    say(f"Confirmation queued for {reading.vehicle} ({reading.odometer:,} km).")
    return EXIT_OK


@_closing
def cmd_outcome(rt, args) -> int:
    reading = _service(rt).record_outcome(args.guid, args.found, args.note)
    out = {"reading": _reading_out(rt, reading.id)}
    if args.json:
        emit_json(out)
    say(f"Recorded for {reading.vehicle} ({reading.odometer:,} km): {reading.note}")
    return EXIT_OK


@_closing
def cmd_vhr(rt, args) -> int:
    from fleetdesk.carpass.access import get_poller
    from fleetdesk.carpass.vhr import export_vhr

    svc = _service(rt)
    reading = svc.find(args.guid)
    if reading.observation_type != ObservationType.VEHICLE_HISTORY_DOCUMENT.value:
        raise BadInput("GUID", "this request did not ask for a Vehicle History Report")
    stored = get_poller(rt).fetch_vhr(reading, language=args.language)
    target = export_vhr(stored, args.out)
    reading = svc.find(str(reading.id))
    out = {
        "guid": reading.request_guid,
        "path": str(target),
        "bytes": target.stat().st_size,
        "public_url": reading.vhr_url,
        "language": reading.vhr_language,
    }
    if args.json:
        emit_json(out)
    say(f"Saved {target} ({out['bytes']:,} bytes). Public link: {reading.vhr_url}")
    return EXIT_OK


@_closing
def cmd_history_import(rt, args) -> int:
    from fleetdesk.carpass.importer import add_notes, import_preview, notes_imported, preview_file

    preview = preview_file(args.file)
    say(f"{args.file}: {preview.how_read}.")
    if not preview.refused:
        add_notes(preview, rt)
    count = import_preview(
        rt.store, rt.clock, preview, accept_warnings=bool(getattr(args, "accept_warnings", False))
    )
    notes_imported(preview, rt)
    if args.json:
        emit_json(
            {
                "imported": count,
                "encoding": preview.encoding,
                "delimiter": preview.delimiter,
                "warnings": [{"line": n.line, "code": n.field, "message": n.reason} for n in preview.notes],
            }
        )
    say(f"Imported {count} earlier reading(s) into the history (not sent to Car-Pass).")
    if preview.notes:
        say(f"{len(preview.notes)} warning(s), imported all the same (check them):")
        for n in preview.notes:
            say(f"  line {n.line}: {n.reason}")
    return EXIT_OK
