"""``fleetdesk db copy --to postgresql://…``: move a workstation's SQLite store to the team server.

The target is migrated with the same named sets, then every table is copied in one transaction
(parents before children), identity sequences are moved past the copied ids, and each table is
verified by row count and an order-independent checksum of its rows, read back inside that
transaction: a mismatch rolls everything back. A target that already holds rows is refused
unless ``replace`` is given (then FleetDesk's tables there are emptied first). The archived
files the rows name (tachograph files, VHR PDFs, documents) go into ``file_blobs`` in the same
transaction, each verified by sha256 (docs/team-mode.md §6).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from fleetdesk.core.dburl import DatabaseURL
from fleetdesk.core.errors import BadInput, FleetDeskError
from fleetdesk.store.files import FileRef, sha256_of, store_in

SKIP_TABLES = {"_sqlite_migrations", "fleetdesk_migrations"}
BATCH = 1000


class CopyMismatch(FleetDeskError):
    """The copy read back differently from the source; nothing was kept on the target."""


@dataclass
class TableCopy:
    table: str
    rows: int
    checksum: str
    target_rows: int = 0
    target_checksum: str = ""

    @property
    def ok(self) -> bool:
        return self.rows == self.target_rows and self.checksum == self.target_checksum

    def as_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "rows": self.rows,
            "checksum": self.checksum,
            "target_rows": self.target_rows,
            "target_checksum": self.target_checksum,
            "ok": self.ok,
        }


@dataclass
class CopyReport:
    target: str
    tables: list[TableCopy] = field(default_factory=list)
    files: int = 0  # archived files put into file_blobs (each verified by sha256)
    file_bytes: int = 0
    #: files a row names that were not copied: "label (path): why" (missing, changed since)
    missing_files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _canonical(value: Any) -> str:
    if value is None:
        return "N"
    if isinstance(value, bool):
        return f"i{int(value)}"
    if isinstance(value, int):
        return f"i{value}"
    if isinstance(value, float):
        return f"f{value!r}"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "b" + bytes(value).hex()
    return "s" + str(value)


def checksum_rows(rows: Iterable[Iterable[Any]]) -> tuple[int, str]:
    """(row count, checksum): the sum mod 2**256 of each row's sha256, so order does not matter."""
    total, count = 0, 0
    for row in rows:
        digest = hashlib.sha256(json.dumps([_canonical(v) for v in row]).encode()).digest()
        total = (total + int.from_bytes(digest, "big")) % (1 << 256)
        count += 1
    return count, f"{total:064x}"


def _source_order(src) -> list[str]:
    """Source tables, each after the tables its foreign keys point to."""
    tables = [t for t in src.table_names() if t not in SKIP_TABLES and not t.startswith("sqlite_")]
    deps = {
        t: {r[2] for r in src.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()} - {t} for t in tables
    }
    ordered: list[str] = []
    while deps:
        ready = sorted(t for t, d in deps.items() if not (d & set(deps)))
        if not ready:  # a cycle: keep the rest in name order (FKs are checked per statement)
            ready = sorted(deps)
        for t in ready:
            ordered.append(t)
            deps.pop(t)
    return ordered


def _columns(src, table: str) -> list[str]:
    return [r[1] for r in src.execute(f'PRAGMA table_info("{table}")').fetchall()]


def copy_to_postgresql(
    source_path,
    target: DatabaseURL,
    migrations,
    *,
    password: str | None = None,
    replace: bool = False,
    progress=None,
    files: Callable[[Any], Iterable[FileRef]] | None = None,
) -> CopyReport:
    """Copy the SQLite store at ``source_path`` into the PostgreSQL database ``target``;
    ``files(source_db)`` names the archived files whose bytes go into ``file_blobs`` too."""
    from fleetdesk.store import pg
    from fleetdesk.store.db import check_integrity, connect
    from fleetdesk.store.pgstore import PgStore

    if target.is_sqlite:
        raise BadInput("--to", "the target must be a PostgreSQL URL: postgresql://USER@HOST[:PORT]/DB")
    src = connect(source_path, readonly=True)
    try:
        check_integrity(src, source_path)
        PgStore(target, migrations, password=password).close()  # the schema, migrated
        db = pg.PgDatabase(pg.connect(target, password))
        try:
            return _copy(src, db, target, replace=replace, progress=progress, files=files)
        finally:
            db.conn.close()
    finally:
        src.conn.close()


def _copy(src, db, target: DatabaseURL, *, replace: bool, progress, files=None) -> CopyReport:
    from fleetdesk.store import pg

    report = CopyReport(target.display())
    order = _source_order(src)
    target_tables = set(db.table_names())
    missing = [t for t in order if t not in target_tables]
    if missing:
        raise BadInput(
            "--to",
            f"the target has no table {', '.join(missing)}: the source holds "
            f"data of a module this FleetDesk does not know",
        )
    busy = {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in order}
    busy = {t: n for t, n in busy.items() if n}
    if busy and not replace:
        named = ", ".join(f"{t} ({n} rows)" for t, n in sorted(busy.items())[:5])
        raise BadInput(
            "--to",
            f"the target database is not empty: {named}. Copy into an empty "
            f"database, or add --replace to empty FleetDesk's tables there "
            f"first",
        )
    with db.atomic():
        if busy:
            db.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in order) + " RESTART IDENTITY CASCADE")
        for table in order:
            cols = [c for c in _columns(src, table)]
            names = ", ".join(f'"{c}"' for c in cols)
            select = f'SELECT {names} FROM "{table}"'
            insert = pg.to_pg(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in cols)})')
            cursor = src.execute(select)
            with db.pg.cursor() as out:
                while True:
                    rows = cursor.fetchmany(BATCH)
                    if not rows:
                        break
                    out.executemany(insert, rows)
            rows, digest = checksum_rows(src.execute(select))
            back_rows, back_digest = checksum_rows(db.pg.execute(f'SELECT {names} FROM "{table}"'))
            entry = TableCopy(table, rows, digest, back_rows, back_digest)
            report.tables.append(entry)
            if progress:
                progress(entry)
            _move_identity_past(db, table)
        if not report.ok:
            bad = [t.table for t in report.tables if not t.ok]
            raise CopyMismatch(
                f"The copy of {', '.join(bad)} did not read back like the source "
                f"(rows or checksum differ); nothing was kept on {target.display()}."
            )
        if files is not None:
            _copy_files(db, files(src), report, target)
    return report


def _copy_files(db, refs: Iterable[FileRef], report: CopyReport, target: DatabaseURL) -> None:
    """Put each named file into ``file_blobs`` (same transaction as the rows), read back and
    verified by sha256 on the server; a file that is missing or changed since it was archived
    is reported by name and left out, never a crash."""
    done: set[str] = set()
    for ref in refs:
        where = f"{ref.label} ({ref.path})"
        try:
            actual, size = sha256_of(ref.path)
        except FileNotFoundError:
            report.missing_files.append(f"{where}: missing")
            continue
        except OSError as exc:
            report.missing_files.append(f"{where}: cannot be read ({exc.strerror or exc})")
            continue
        if ref.sha256 and ref.sha256.lower() != actual:
            report.missing_files.append(
                f"{where}: changed since it was archived (sha256 {actual}, the row says {ref.sha256})"
            )
            continue
        if actual not in done:
            store_in(db, ref.path, sha256=actual)
            back = db.execute(
                "SELECT encode(sha256(content), 'hex'), size FROM file_blobs WHERE sha256 = ?", [actual]
            ).fetchone()
            if back is None or back[0] != actual or int(back[1]) != size:
                raise CopyMismatch(
                    f"The file {where} did not read back from {target.display()} with sha256 "
                    f"{actual}; nothing was kept there."
                )
            done.add(actual)
            report.files += 1
            report.file_bytes += size
        if ref.backfill and not ref.sha256:
            sql, params = ref.backfill
            db.execute(sql, [actual, *params])


def _move_identity_past(db, table: str) -> None:
    for (column,) in db.execute(
        "SELECT attname FROM pg_attribute WHERE attrelid = CAST(? AS regclass) "
        "AND attidentity <> '' AND NOT attisdropped",
        [table],
    ).fetchall():
        db.execute(
            f"SELECT setval(pg_get_serial_sequence(?, ?), "
            f'COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)',
            [table, column],
        )
