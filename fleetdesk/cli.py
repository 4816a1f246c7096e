"""Command line: the GUI is the default; the same services are reachable headless.

Imports stay light at module level so ``fleetdesk --version`` answers without loading Qt.
``--json`` output is one JSON document on stdout; human text goes to stderr.
Exit codes: 0 ok, 1 failure, 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import sys

from fleetdesk import __version__
from fleetdesk.core.cli_support import (  # noqa: F401
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    crash_log_path,
    emit_json,
    log_unexpected,
    report_error,
    say,
)


def build_parser(integrations=None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fleetdesk",
        description=(
            "FleetDesk: Car-Pass, tachographs, THG quota, fleet clearance and live map. "
            "Without a command it starts the GUI."
        ),
    )
    parser.add_argument("--version", action="version", version=f"FleetDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data directory (default: the platform's application-data folder, or FLEETDESK_DATA_DIR)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="sqlite:///FILE (default: the file in "
        "the data directory) or postgresql://USER@HOST[:PORT]/DB for team mode; "
        "or FLEETDESK_DATABASE_URL. The password comes from the keyring or "
        "PGPASSWORD/PGPASSFILE",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run against the built-in simulators with demo data (own data dir)",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging on stderr")
    parser.add_argument(
        "--debug", action="store_true", help="print the traceback of an unexpected error (for developers)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("simulate", help="run all simulators; print their base URLs as JSON")
    p.add_argument("--port", type=int, default=0, help="first port (default: ephemeral ports)")
    p.add_argument("--only", action="append", metavar="NAME", help="run only these simulators")
    p.set_defaults(func=cmd_simulate, needs_runtime=False)

    p = sub.add_parser("sync", help="flush the outbox, poll pending statuses, incremental downloads")
    p.add_argument("--once", action="store_true", help="one pass, then exit (default: keep running)")
    p.add_argument("--interval", type=float, default=60.0, help="seconds between passes (default 60)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sync, needs_runtime=True)

    p = sub.add_parser(
        "serve",
        help="run the outbox dispatchers, pollers and scheduled downloads "
        "continuously, with a health line per pass (a server or container; team "
        "mode: many may run against one PostgreSQL database)",
    )
    p.add_argument("--interval", type=float, default=30.0, help="seconds between passes (default 30)")
    p.add_argument("--passes", type=int, default=0, help=argparse.SUPPRESS)  # tests: stop after N
    p.set_defaults(func=cmd_serve, needs_runtime=True)

    p = sub.add_parser("queue", help="the outbox: every unsent, failed or set-aside submission")
    p.add_argument("--all", action="store_true", help="include sent and discarded items")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_queue, needs_runtime=False)

    p = sub.add_parser("self-test", help="offscreen: open every tab, check map/PDF/keyring/store")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_self_test, needs_runtime=False)

    p = sub.add_parser("db", help="the database: restore a backup over a damaged file")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    q = dsub.add_parser(
        "restore",
        help="move the current database aside and put a backup in its "
        "place (default: the newest in backups/)",
    )
    q.add_argument("backup", nargs="?", metavar="BACKUP", help="a file in backups/ (or a path)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_db_restore, needs_runtime=False)
    q = dsub.add_parser(
        "copy",
        help="copy this workstation's SQLite store into a PostgreSQL "
        "database for team mode, verified by row counts and checksums",
    )
    q.add_argument("--to", required=True, metavar="URL", help="postgresql://USER@HOST[:PORT]/DB")
    q.add_argument(
        "--replace",
        action="store_true",
        help="the target already holds FleetDesk data: empty its tables first",
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_db_copy, needs_runtime=False)

    p = sub.add_parser("screenshots", help="demo data, one PNG per tab (1280x800)")
    p.add_argument("dir", metavar="DIR")
    p.set_defaults(func=cmd_screenshots, needs_runtime=False)

    for integration in integrations or []:
        integration.add_cli(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["--version"], ["-V"]):  # fast path: no integration discovery, no Qt
        print(f"FleetDesk {__version__}")
        return EXIT_OK
    from fleetdesk.integrations import discover

    parser = build_parser(discover())
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    from fleetdesk.core.redact import install_logging

    log_dir = None
    if getattr(sys, "frozen", False) and args.data_dir:  # installed app: its log follows --data-dir
        from pathlib import Path

        log_dir = Path(args.data_dir) / "logs"
    log_file = install_logging(log_dir, level=30 - 10 * min(args.verbose, 2))
    args.log_file = log_file
    if args.command is None:
        from fleetdesk.app import run_gui

        return run_gui(args)
    try:
        if getattr(args, "needs_runtime", True):
            with open_runtime(args) as rt:
                return int(args.func(rt, args) or 0)
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return EXIT_FAIL
    except Exception as exc:
        return report_error(exc, getattr(args, "json", False), args)


class open_runtime:
    """Context manager: the Runtime for a command, in demo mode with simulators running."""

    def __init__(self, args, *, clock=None):
        self.args = args
        self.clock = clock
        self.demo = None
        self.rt = None

    def __enter__(self):
        from fleetdesk.core.config import Config
        from fleetdesk.runtime import Runtime

        config = Config.load(
            self.args.data_dir, demo=self.args.demo, database=getattr(self.args, "database", None)
        )
        for notice in config.notices:
            say(f"fleetdesk: {notice}")
        if self.args.demo:
            from fleetdesk.demo import DemoEnvironment

            self.demo = DemoEnvironment(config, explicit_dir=bool(self.args.data_dir)).start()
            secrets = self.demo.secrets
        else:
            secrets = None
        self.rt = Runtime(config, clock=self.clock, secrets=secrets)
        if self.demo:
            self.demo.seed(self.rt)
        self.rt.recover()
        return self.rt

    def __exit__(self, *exc):
        if self.rt:
            self.rt.close()
        if self.demo:
            self.demo.stop()


# -- commands -------------------------------------------------------------------------------
def cmd_simulate(args) -> int:
    import signal
    import threading

    from fleetdesk.simulators.hub import SimulatorHub

    hub = SimulatorHub(args.only).start(args.port)
    out: dict[str, object] = {"simulators": {n: s.url for n, s in hub.servers.items()}, "services": hub.urls}
    if hub.ca_bundle:
        out["ca_bundle"] = str(hub.ca_bundle)
    emit_json(out)
    sys.stdout.flush()
    say("simulators running; Ctrl-C to stop")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        hub.stop()
    return EXIT_OK


def cmd_sync(rt, args) -> int:
    import time

    from fleetdesk.sync import sync_pass

    while True:
        result = sync_pass(rt)
        if args.json:
            emit_json(result)
        else:
            o = result["outbox"]
            say(
                f"outbox: {o['sent']} sent, {o['queued']} still queued, "
                f"{o['needs_attention']} need attention; {result['unsent']} unsent in total"
            )
            for name, why in o["skipped_services"].items():
                say(f"  {name}: {why}")
            for line in o.get("waiting_summary", []):
                say(f"  {line}")
            for name, r in result["integrations"].items():
                say(
                    f"{name}: "
                    + (f"skipped ({r['skipped']})" if r["skipped"] else "ok" if r["ok"] else "FAILED")
                    + (f": {r['summary']}" if r["summary"] else "")
                )
        failed = any(not r["ok"] for r in result["integrations"].values())
        if args.once:
            return EXIT_FAIL if failed else EXIT_OK
        time.sleep(max(1.0, args.interval))


def cmd_serve(rt, args) -> int:
    """``sync`` forever: SIGTERM/Ctrl-C stop it between passes; one health line per pass."""
    import logging
    import signal
    import threading

    from fleetdesk.core.clock import utc_iso
    from fleetdesk.sync import sync_pass

    log = logging.getLogger("fleetdesk.serve")
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *a: stop.set())
    engine = "PostgreSQL" if getattr(rt.store, "engine", "sqlite") == "postgresql" else "SQLite"
    passes = 0
    try:
        while not stop.is_set():
            try:
                result = sync_pass(rt, explicit=False)
                o = result["outbox"]
                failed = sorted(n for n, r in result["integrations"].items() if not r["ok"])
                line = (
                    f"serve: {'healthy' if not failed else 'degraded'} at "
                    f"{utc_iso(rt.clock.now())}; database {engine}; outbox {o['sent']} sent, "
                    f"{result['unsent']} unsent, {o['needs_attention']} need attention"
                    + (f"; failed: {', '.join(failed)}" if failed else "")
                )
            except Exception as exc:  # noqa: BLE001 - a service keeps running; say why
                line = f"serve: pass failed at {utc_iso(rt.clock.now())}: {type(exc).__name__}: {exc}"
                log.exception("serve pass failed")
            log.info(line)
            say(line)
            passes += 1
            if args.passes and passes >= args.passes:
                break
            stop.wait(args.interval if args.passes else max(1.0, args.interval))
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    return EXIT_OK


def cmd_queue(args) -> int:
    from fleetdesk.core.config import Config
    from fleetdesk.store import outbox
    from fleetdesk.store.db import connect

    config = Config.load(args.data_dir, demo=args.demo, database=getattr(args, "database", None))
    for notice in config.notices:
        say(f"fleetdesk: {notice}")
    items: list = []
    states = (
        (outbox.QUEUED, outbox.SENDING, outbox.SENT, outbox.ATTENTION, outbox.DISCARDED)
        if args.all
        else outbox.UNSENT_STATES
    )
    database = config.database
    if not database.is_sqlite:
        from fleetdesk.core.secrets import SecretStore
        from fleetdesk.store.engine import server_password
        from fleetdesk.store.pg import PgDatabase
        from fleetdesk.store.pg import connect as pg_connect

        pg_db = PgDatabase(pg_connect(database, server_password(database, SecretStore())))
        try:
            if "outbox" in pg_db.table_names():
                # PgDatabase answers the sqlite_utils calls the store modules make (team mode)
                items = outbox.items(pg_db, states=states)  # type: ignore[arg-type]
        finally:
            pg_db.conn.close()
    elif config.db_path.exists():
        db = connect(config.db_path, readonly=True)
        try:
            if "outbox" in db.table_names():
                items = outbox.items(db, states=states)
        finally:
            db.conn.close()
    if args.json:
        emit_json({"count": len(items), "items": [i.as_dict() for i in items]})
        return EXIT_OK
    if not items:
        say("Nothing waiting: every submission has been sent.")
        return EXIT_OK
    for i in items:
        when = f"next try {i.next_attempt_at}" if i.state == outbox.QUEUED else ""
        err = f" - {i.last_error}" if i.last_error else ""
        print(f"#{i.id:<5} {i.service:<12} {i.state:<9} tries {i.attempts:<3} {i.label} {when}{err}")
    return EXIT_OK


def cmd_db_restore(args) -> int:
    from fleetdesk.core.config import Config
    from fleetdesk.store.db import restore_backup

    config = Config.load(args.data_dir, demo=args.demo, database=getattr(args, "database", None))
    if not config.database.is_sqlite:
        from fleetdesk.core.errors import BadInput

        raise BadInput(
            "--database",
            "db restore puts back a backup of the SQLite file; a "
            "PostgreSQL database is restored by its administrator "
            "(pg_restore)",
        )
    result = restore_backup(config.db_path, args.backup)
    if args.json:
        emit_json(
            {
                "ok": True,
                "restored": str(result.backup),
                "moved_aside": str(result.moved_aside) if result.moved_aside else None,
            }
        )
    if result.moved_aside:
        say(f"The damaged database was moved to {result.moved_aside} (unchanged).")
    say(f"Restored {result.backup.name} as {config.db_path}.")
    return EXIT_OK


def cmd_db_copy(args) -> int:
    from fleetdesk.core import dburl
    from fleetdesk.core.config import Config
    from fleetdesk.core.errors import BadInput, FleetDeskError
    from fleetdesk.core.secrets import SecretStore
    from fleetdesk.integrations import discover
    from fleetdesk.store.copy import copy_to_postgresql
    from fleetdesk.store.engine import server_password
    from fleetdesk.store.lock import InstanceLock
    from fleetdesk.store.schema import core_migrations

    config = Config.load(args.data_dir, demo=args.demo, database=getattr(args, "database", None))
    if not config.database.is_sqlite:
        raise BadInput(
            "--database",
            "db copy reads this workstation's SQLite file; leave out --database (or name a sqlite:/// file)",
        )
    target = dburl.parse(args.to, source="--to", data_dir=config.data_dir)
    if target.is_sqlite:
        raise BadInput("--to", "the target must be a PostgreSQL URL: postgresql://USER@HOST[:PORT]/DB")
    if not config.db_path.exists():
        raise FleetDeskError(f"There is no FleetDesk database at {config.db_path} to copy.")
    sets = [core_migrations] + [m for m in (i.migrations() for i in discover()) if m]
    with InstanceLock(config.data_dir):  # FleetDesk must be closed on this workstation
        report = copy_to_postgresql(
            config.db_path,
            target,
            sets,
            password=server_password(target, SecretStore()),
            replace=args.replace,
            progress=lambda t: say(
                f"  {t.table}: {t.target_rows} rows, checksum {'matches' if t.ok else 'DIFFERS'}"
            ),
        )
    if args.json:
        emit_json(
            {
                "ok": report.ok,
                "target": report.target,
                "rows": report.total_rows,
                "tables": [t.as_dict() for t in report.tables],
            }
        )
    say(
        f"Copied {report.total_rows} rows in {len(report.tables)} tables to {report.target}; "
        f"every table verified by row count and checksum."
    )
    say(
        "Files in the data folder (tachograph files, VHR PDFs, documents) are not part of the "
        "database copy yet; keep this workstation's data folder."
    )
    return EXIT_OK


def cmd_self_test(args) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from fleetdesk.ui.selftest import run_self_test

    return run_self_test(args)


def cmd_screenshots(args) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from fleetdesk.ui.screenshots import take_screenshots

    return take_screenshots(args)
