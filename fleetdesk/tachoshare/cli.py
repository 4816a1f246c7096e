"""``fleetdesk tacho <verb>``: TachoShare from the command line.

``--json`` prints one document on stdout; human text goes to stderr, except the tables of
``vehicles``, ``drivers`` and ``files``, which are the output (stdout). Exit codes: 0 ok,
1 failure or refusal, 2 bad input.
"""

from __future__ import annotations

import argparse
import webbrowser

from fleetdesk.core.errors import AuthExpired, NotConfigured, TransientError
from fleetdesk.store import outbox as ob
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.compliance import CARD, VU
from fleetdesk.tachoshare.rdl import RdlNotPossible
from fleetdesk.tachoshare.service import TachoShareService, parse_card_args
from fleetdesk.tachoshare.views import board_rows, file_dict, files_csv

EXIT_OK, EXIT_FAIL = 0, 1


def add_cli(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "tacho", help="TachoShare tachograph downloads: sign in, compliance, sync, files, remote downloads"
    )
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("login", help="sign in through the browser (prints the address if no browser opens)")
    p.add_argument("--no-browser", action="store_true", help="only print the address")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds to wait (default 300)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_login)

    for verb, kind, text in (
        ("vehicles", VU, "vehicle units with the local legal clock"),
        ("drivers", CARD, "driver cards with the local legal clock"),
    ):
        p = verbs.add_parser(verb, help=text)
        p.add_argument("--offline", action="store_true", help="show what is stored; do not ask")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_board, kind=kind)

    p = verbs.add_parser("sync", help="incremental downloads of what is new")
    p.add_argument("--vin", action="append", default=[], metavar="VIN", help="only this vehicle")
    p.add_argument("--card", metavar="NUMBER", help="only this driver card (with --country)")
    p.add_argument("--country", metavar="0xNN", help="the card's country code, e.g. 0x1B")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sync)

    p = verbs.add_parser("files", help="every archived file (name, period, size, sha256)")
    p.add_argument("--csv", metavar="FILE", help="also write the list as CSV")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_files)

    p = verbs.add_parser(
        "inspect",
        help="read tachograph files (card or vehicle unit) and show their header facts; works on any file",
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a file, or an archived file's name, archive path or sha256 (team mode: opened from the database)",
    )
    p.add_argument("--json", action="store_true", help="one JSON array, one object per file")
    p.set_defaults(func=cmd_inspect)

    p = verbs.add_parser(
        "import",
        help="archive and index files from a card reader or another tool (duplicates by sha256 are skipped)",
    )
    p.add_argument("target", metavar="FILE|DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = verbs.add_parser(
        "retention", help="files older than the retention period; removes them only with --remove"
    )
    p.add_argument(
        "--remove",
        nargs="+",
        type=int,
        metavar="ID",
        default=[],
        help="remove these listed files (ids from the listing)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_retention)

    p = verbs.add_parser("rdl", help="request a remote download for a vehicle (through the outbox)")
    p.add_argument("vin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rdl)


def _closing(command):
    """Close the service after the command: its connections and download workers end with it."""

    def run(rt, args) -> int:
        try:
            return command(rt, args)
        finally:
            service = rt.services.get(ts.SERVICE)
            if service is not None:
                service.close()

    run.__name__ = command.__name__
    run.__doc__ = command.__doc__
    return run


def _say(text: str) -> None:
    from fleetdesk.core.cli_support import say

    say(text)


def _emit(data) -> None:
    from fleetdesk.core.cli_support import emit_json

    emit_json(data)


@_closing
def cmd_login(rt, args) -> int:
    svc = TachoShareService.of(rt)

    def open_browser(url: str) -> None:
        opened = False if args.no_browser else webbrowser.open(url)
        if not opened:
            _say("Open this address in a browser to sign in to TachoShare:")
        _say(url)

    svc.login(open_browser, timeout=args.timeout)
    counts = svc.refresh_lists()
    if args.json:
        _emit({"ok": True, "signed_in": True, **counts})
    else:
        _say(f"Signed in to TachoShare: {counts['vehicles']} vehicles, {counts['cards']} driver cards.")
    return EXIT_OK


def _refresh_or_note(svc: TachoShareService, offline: bool) -> str | None:
    if offline:
        return "showing stored data (--offline)"
    try:
        svc.refresh_lists()
    except TransientError as exc:
        return f"could not reach TachoShare ({exc}); showing stored data"
    return None


@_closing
def cmd_board(rt, args) -> int:
    svc = TachoShareService.of(rt)
    note = _refresh_or_note(svc, args.offline)
    rows = [
        r
        for r in rt.store.read(
            lambda db: board_rows(db, svc.today(), svc.policy(), expiry_days=svc.expiry_days())
        )
        if r.kind == args.kind
    ]
    if args.json:
        _emit({"ok": True, "note": note, "count": len(rows), "items": [r.as_dict() for r in rows]})
        return EXIT_OK
    if note:
        _say(note)
    if not rows:
        _say("TachoShare lists nothing yet.")
    for r in rows:
        rd = r.reading
        last = rd.last.isoformat() if rd.last else "never"
        extra = f"  RDL: {'possible' if r.rdl_denial is None else r.rdl_denial}" if r.kind == VU else ""
        holder = f"  {r.holder}" if r.holder else ""
        problems = "".join(f"  [{p}]" for p in r.problems)
        print(
            f"{r.title:<16} {r.detail:<22} last {last:<10} {r.rdl_status:<25} {rd.text}{extra}"
            f"{holder}{problems}"
        )
    return EXIT_OK


@_closing
def cmd_sync(rt, args) -> int:
    svc = TachoShareService.of(rt)
    only = svc.subjects_for(args.vin, parse_card_args(args.card, args.country))
    result = svc.sync(only)
    new_files = rt.store.read(
        lambda db: list(
            db.query(  # this run's files, newest last
                "SELECT * FROM tacho_files WHERE parent_id IS NULL ORDER BY id DESC LIMIT ?", [result["done"]]
            )
        )
    )
    waiting = rt.store.read(lambda db: ts.job_counts(db).get(ts.QUEUED, 0))
    failed = bool(result["failed"] or result["halted"])
    expiring = svc.expiring_cards()
    if args.json:
        _emit(
            {
                "ok": not failed,
                **result,
                "waiting": waiting,
                "files": [file_dict(f) for f in reversed(new_files)],
                "expiring_cards": [expiry_dict(e) for e in expiring],
            }
        )
    else:
        for e in expiring:
            _say(f"  CARD {e.card_number} ({e.holder}): {e.text}")
        for note in result.get("notes", []):
            _say(f"  NOTE {note}")
        _say(
            f"{result['planned']} download(s) planned: {result['done']} archived, "
            f"{result['empty']} with nothing new, {result['failed']} failed, {waiting} waiting."
        )
        for f in reversed(new_files):
            _say(f"  {f['path']}  ({f['size']:,} bytes)")
            if f.get("attention"):
                _say(f"    ATTENTION {f['attention']}")
        for line in result["failures"]:
            _say(f"  FAILED {line}")
        if result["halted"]:
            _say(f"Stopped early: {result['halted']}")
    return EXIT_FAIL if failed else EXIT_OK


@_closing
def cmd_files(rt, args) -> int:
    rows = rt.store.read(ts.files)
    if args.csv:
        from pathlib import Path

        from fleetdesk.core.config import atomic_write_bytes

        atomic_write_bytes(Path(args.csv), files_csv(rows).encode("utf-8"))
    if args.json:
        root = TachoShareService.of(rt).archive_root()
        _emit({"ok": True, "archive": str(root), "count": len(rows), "files": [file_dict(f) for f in rows]})
        return EXIT_OK
    if not rows:
        _say("No tachograph files archived yet: run `fleetdesk tacho sync`.")
    from fleetdesk.core.cli_support import who_suffix

    for f in rows:
        print(
            f"{f['archived_at'][:16]}  {f['filename']:<60} {f['size']:>12,}  {f['sha256'][:12]}"
            + who_suffix(f)
            + (f"  ATTENTION {f['attention']}" if f.get("attention") else "")
        )
    return EXIT_OK


@_closing
def cmd_rdl(rt, args) -> int:
    svc = TachoShareService.of(rt)
    vin = args.vin.strip().upper()
    note = _refresh_or_note(svc, False)
    try:
        request_id = svc.request_rdl(vin)
    except RdlNotPossible as exc:
        if args.json:
            _emit({"ok": False, "vin": vin, "state": "not_possible", "reason": exc.message, "note": note})
        _say(f"Remote download not possible: {exc.message}")
        return EXIT_FAIL
    try:
        rt.dispatcher.run_once(service=ts.SERVICE)
    except (AuthExpired, NotConfigured):
        pass  # stays queued; the outbox says why
    row = rt.store.read(
        lambda db: db.execute(
            "SELECT state, message FROM tacho_rdl_requests WHERE id = ?", [request_id]
        ).fetchone()
    )
    state, message = row
    vehicle = rt.store.read(lambda db: ts.vehicle(db, vin))
    if state == "queued":
        item = rt.store.read(lambda db: ob.for_entity(db, "tacho_rdl_requests", request_id))
        message = (item[-1].last_error if item else None) or "waiting to be sent"
    if args.json:
        _emit(
            {
                "ok": state != "refused",
                "vin": vin,
                "state": state,
                "message": message,
                "vehicle": {
                    k: vehicle[k]
                    for k in (
                        "license_plate",
                        "rdl_status",
                        "last_rdl_attempt",
                        "manual_attempts_remaining",
                        "next_scheduled_date",
                    )
                }
                if vehicle
                else None,
            }
        )
    elif state == "accepted":
        _say(
            f"Remote download requested for {vin}: {message} "
            f"({vehicle['manual_attempts_remaining']} manual attempts left)"
        )
    elif state == "refused":
        _say(f"TachoShare refused the remote download for {vin}: {message}")
    else:
        _say(f"Remote download for {vin} is queued in the outbox: {message}")
    return EXIT_FAIL if state == "refused" else EXIT_OK


def expiry_dict(e) -> dict:
    return {
        "card_number": e.card_number,
        "country_code": f"0x{e.country:02X}",
        "holder": e.holder,
        "card_expiry": e.expiry.isoformat(),
        "days_left": e.days_left,
        "text": e.text,
    }


# -- tachograph files (issue #13) -------------------------------------------------------------
INSPECT_KEYS = (
    "kind",
    "generation",
    "card_number",
    "issuing_state",
    "holder_surname",
    "holder_first_names",
    "card_expiry",
    "activity_from",
    "activity_to",
    "vin",
    "registration",
    "registration_nation",
    "period_from",
    "period_to",
)


def _archived(rt, name: str):
    """An archived file named by its archive path, file name or sha256 (team mode: another
    workstation's download), or None."""
    rows = rt.store.read(
        lambda db: list(
            db.query(
                "SELECT path, sha256 FROM tacho_files WHERE path = ? OR filename = ? OR sha256 = ? "
                "ORDER BY id LIMIT 1",
                [name, name, name.lower()],
            )
        )
    )
    return rows[0] if rows else None


def inspect_one(path: str, rt=None) -> dict:
    from pathlib import Path

    from fleetdesk.core.errors import FleetDeskError
    from fleetdesk.tachoshare.ddd import DddError, parse_file

    source: str | Path = path
    try:
        if rt is not None and not Path(path).exists():
            row = _archived(rt, path)
            if row is not None:  # an archived file: this workstation's copy or the team's
                source = TachoShareService.of(rt).archived_file(row)
    except FleetDeskError as exc:
        return {"file": path, "error": str(exc), **{k: None for k in INSPECT_KEYS}}
    try:
        facts = parse_file(source, details=True).to_json()
        return {"file": path, "error": None, **facts}
    except DddError as exc:
        return {"file": path, "error": str(exc), **{k: None for k in INSPECT_KEYS}}
    except OSError as exc:
        return {
            "file": path,
            "error": f"cannot read: {exc.strerror or exc}",
            **{k: None for k in INSPECT_KEYS},
        }


def _detail_lines(r: dict) -> list[str]:
    """One line per kind of detail record in an inspect result (the JSON has them all)."""
    lines = []
    for v in r.get("vehicles_used") or []:
        lines.append(
            f"{'vehicle used':<20} {v['registration'] or '?'} {v['first_use'] or '?'} → {v['last_use'] or '?'}"
            + (f", {v['distance_km']} km" if v["distance_km"] is not None else "")
        )
    days = r.get("daily_activity") or []
    if days:
        driving = sum(d["driving_min"] for d in days)
        lines.append(
            f"{'daily activity':<20} {len(days)} days, {driving // 60} h {driving % 60:02d} min driving"
        )
    for key in ("places", "events", "faults", "calibrations"):
        if r.get(key):
            lines.append(f"{key:<20} {len(r[key])} records")
    for key in ("last_calibration", "next_calibration_due"):
        if r.get(key):
            lines.append(f"{key:<20} {r[key]}")
    return lines


@_closing
def cmd_inspect(rt, args) -> int:
    results = [inspect_one(p, rt) for p in args.files]
    if args.json:
        _emit(results)
    else:
        for r in results:
            print(r["file"])
            if r["error"]:
                print(f"  error: {r['error']}")
                continue
            for key in INSPECT_KEYS + (
                "last_card_download",
                "last_download",
                "download_company",
                "activity_days",
                "signature",
            ):
                if r.get(key) is not None:
                    print(f"  {key:<20} {r[key]}")
            for line in _detail_lines(r):
                print(f"  {line}")
            for w in r["warnings"]:
                print(f"  warning: {w}")
    return EXIT_FAIL if any(r["error"] for r in results) else EXIT_OK


@_closing
def cmd_import(rt, args) -> int:
    from pathlib import Path

    from fleetdesk.core.errors import BadInput
    from fleetdesk.tachoshare.importer import import_path

    target = Path(args.target).expanduser()
    if not target.exists():
        raise BadInput("target", f"{args.target} does not exist; give a tachograph file or a folder")
    results = import_path(rt.store, rt.clock, TachoShareService.of(rt).archive_root(), target)
    counts = {s: sum(r.state == s for r in results) for s in ("imported", "duplicate", "refused")}
    if args.json:
        _emit({"ok": not counts["refused"], **counts, "files": [r.as_dict() for r in results]})
    else:
        for r in results:
            _say(f"{r.state:<9} {r.source}: {r.message}")
        _say(
            f"{counts['imported']} imported, {counts['duplicate']} already archived, "
            f"{counts['refused']} refused."
        )
    return EXIT_FAIL if counts["refused"] else EXIT_OK


@_closing
def cmd_retention(rt, args) -> int:
    from fleetdesk.core.errors import BadInput
    from fleetdesk.tachoshare import facts as fx
    from fleetdesk.tachoshare.importer import remove_files

    svc = TachoShareService.of(rt)
    years = fx.retention_years(svc.settings)
    today = svc.today()
    rows = rt.store.read(lambda db: fx.expired_files(db, today, years))
    removed: list[str] = []
    if args.remove:
        listed = {r["id"] for r in rows}
        unknown = [i for i in args.remove if i not in listed]
        if unknown:
            raise BadInput(
                "remove",
                f"file id(s) {', '.join(map(str, unknown))} are not past the "
                f"{years}-year retention period (see `fleetdesk tacho retention`)",
            )
        removed = remove_files(rt.store, svc.archive_root(), args.remove)
        rows = [r for r in rows if r["id"] not in set(args.remove)]
    cutoff = fx.retention_cutoff(today, years).isoformat()
    if args.json:
        _emit(
            {
                "ok": True,
                "retention_years": years,
                "cutoff": cutoff,
                "removed": removed,
                "count": len(rows),
                "files": [file_dict(f) for f in rows],
            }
        )
        return EXIT_OK
    for rel in removed:
        _say(f"removed {rel}")
    _say(
        f"Retention {years} year(s): {len(rows)} file(s) archived and ending before {cutoff}."
        + (" Remove them with --remove ID..." if rows else "")
    )
    for f in rows:
        print(f"{f['id']:>6}  {f['archived_at'][:10]}  {f['filename']:<60} {f['size']:>12,}")
    return EXIT_OK
