"""``fleetdesk queue`` and ``fleetdesk db restore|copy``: the outbox and the database itself,
read or moved without the runtime (FleetDesk may be damaged, or closed for a copy)."""

from __future__ import annotations

from fleetdesk.core.cli_support import EXIT_OK, emit_json, say


def add_queue_command(sub) -> None:
    p = sub.add_parser("queue", help="the outbox: every unsent, failed or set-aside submission")
    p.add_argument("--all", action="store_true", help="include sent and discarded items")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_queue, needs_runtime=False)


def add_db_commands(sub) -> None:
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
    integrations = discover()
    sets = [core_migrations] + [m for m in (i.migrations() for i in integrations) if m]

    def archived_files(src):  # every file a row names: its bytes go into the team database
        return [ref for i in integrations for ref in i.archived_files(config, src)]

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
            files=archived_files,
        )
    if args.json:
        emit_json(
            {
                "ok": report.ok,
                "target": report.target,
                "rows": report.total_rows,
                "tables": [t.as_dict() for t in report.tables],
                "files": report.files,
                "file_bytes": report.file_bytes,
                "missing_files": report.missing_files,
            }
        )
    say(
        f"Copied {report.total_rows} rows in {len(report.tables)} tables to {report.target}; "
        f"every table verified by row count and checksum."
    )
    say(
        f"Copied {report.files} files ({report.file_bytes:,} bytes: tachograph files, VHR PDFs, "
        f"documents) into the database; each verified by sha256."
    )
    if report.missing_files:
        say(f"{len(report.missing_files)} file(s) named by the database were not copied:")
        for line in report.missing_files:
            say(f"  {line}")
    return EXIT_OK
