"""The SQLite store: one file, WAL, synchronous=FULL, named migrations, one writer thread.

Writes go through ``Store.write(fn)``: ``fn(db)`` runs inside a transaction on the single writer
thread, so no two writes interleave and the UI thread never holds the write lock. Reads use a
connection per thread (WAL lets them run beside the writer).
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import sqlite_utils
from sqlite_utils.migrations import Migrations

from fleetdesk.core.errors import FleetDeskError

log = logging.getLogger(__name__)
T = TypeVar("T")
KEEP_BACKUPS = 5


class DatabaseDamaged(FleetDeskError):
    """The database file failed its integrity check or is not a database at all."""


class StoreFull(FleetDeskError):
    """A write found no room on the disk that holds the database; nothing of it was kept."""


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.OperationalError):
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL"
    import errno

    return isinstance(exc, OSError) and exc.errno == errno.ENOSPC


def _full_message(path: Path) -> str:
    return (
        f"The disk that holds {path} is full: nothing was stored. What you typed is still "
        "on screen; free some space on that disk and try again."
    )


def connect(path: Path | str, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open ``path`` with FleetDesk's pragmas. Autocommit mode; use ``db.atomic()`` for writes."""
    conn = sqlite3.connect(str(path), timeout=15, isolation_level=None, check_same_thread=False)
    if not readonly and os.name == "posix" and str(path) != ":memory:":
        try:  # personal data; SQLite gives its -wal/-shm files the same mode
            os.chmod(path, 0o600)
        except OSError:
            pass
    conn.execute("PRAGMA busy_timeout = 15000")
    conn.execute("PRAGMA foreign_keys = ON")
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    else:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("journal_mode is %s, not WAL", mode)
    conn.execute("PRAGMA synchronous = FULL")
    # no sqlite-utils plug-ins: FleetDesk uses none, and finding them scans every installed
    # package's entry points (tens of ms at start-up)
    return sqlite_utils.Database(conn, execute_plugins=False)


def check_integrity(db: sqlite_utils.Database, path: Path | str) -> None:
    """Raise ``DatabaseDamaged`` with a clear message unless ``PRAGMA integrity_check`` is ok."""
    try:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(_damaged_message(path, str(exc))) from exc
    if rows != ["ok"]:
        raise DatabaseDamaged(_damaged_message(path, "; ".join(rows[:5])))


def backups_of(path: Path | str) -> list[Path]:
    """The backup copies of the database file ``path``, oldest first."""
    path = Path(path)
    folder = path.parent / "backups"
    try:
        return sorted(folder.glob(f"{path.stem}-*.sqlite3"), key=lambda p: (p.stat().st_mtime, p.name))
    except OSError:
        return []


def _damaged_message(path, detail: str) -> str:
    backups = backups_of(path)
    if backups:
        newest = backups[-1]
        what_next = (
            f"The newest backup is {newest}. Restore it with 'fleetdesk db restore' "
            f"(the damaged file is moved aside, not deleted), or move the file away to "
            f"start with an empty store."
        )
    else:
        what_next = (
            "There is no backup in the 'backups' folder beside it. Keep a copy of the "
            "file, then move it away to start with an empty store."
        )
    return f"The FleetDesk database {path} is damaged ({detail}). It was left untouched. {what_next}"


@dataclass(frozen=True)
class Restored:
    backup: Path
    moved_aside: Path | None


def _backup_to_restore(path: Path, chosen: Path | str | None) -> Path:
    """The newest backup of ``path``, or the ``chosen`` one (a path, or a name in backups/)."""
    from fleetdesk.core.errors import BadInput

    if chosen is None:
        found = backups_of(path)
        if not found:
            raise DatabaseDamaged(f"There is no backup of {path} in {path.parent / 'backups'}.")
        return found[-1]
    source = Path(chosen)
    if not source.is_absolute() and not source.exists():
        source = path.parent / "backups" / source
    if not source.is_file():
        raise BadInput("BACKUP", f"{chosen} is not a backup file (see {path.parent / 'backups'})")
    return source


def _check_backup(source: Path) -> None:
    """DatabaseDamaged unless ``source`` passes SQLite's integrity check."""
    try:
        probe = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            ok = [r[0] for r in probe.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        ok, detail = False, str(exc)
    else:
        detail = "integrity check failed"
    if not ok:
        raise DatabaseDamaged(
            f"The backup {source} is damaged too ({detail}); choose another one from {source.parent}."
        )


def restore_backup(path: Path | str, chosen: Path | str | None = None) -> Restored:
    """Put a backup in place of the database ``path`` (the newest one unless ``chosen``).

    The current file (damaged or not) and its -wal/-shm files are renamed aside, never changed
    or deleted; the backup is checked first and copied (temporary name, fsync, rename), so a
    failure leaves everything as it was. Run with FleetDesk closed (the instance lock says so).
    """
    from fleetdesk.store.lock import InstanceLock

    path = Path(path)
    source = _backup_to_restore(path, chosen)
    _check_backup(source)
    with InstanceLock(path.parent):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = None
        if path.exists():
            aside = path.with_name(f"{path.name}.damaged-{stamp}")
        tmp = path.with_name(f".{path.name}.restoring")
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
        try:
            if aside is not None:
                os.rename(path, aside)
            for suffix in ("-wal", "-shm"):
                extra = path.with_name(path.name + suffix)
                if extra.exists():
                    os.rename(
                        extra,
                        (aside or path).with_name((aside or path).name + suffix)
                        if aside
                        else extra.with_name(extra.name + f".old-{stamp}"),
                    )
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return Restored(source, aside)


def backup(db: sqlite_utils.Database, path: Path, reason: str) -> Path:
    """Copy the live database with SQLite's backup API into ``backups/`` beside it."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    old = sorted(folder.glob(f"{path.stem}-*.sqlite3"))
    for stale in old[:-KEEP_BACKUPS]:
        stale.unlink(missing_ok=True)
    return target


def migrate(db: sqlite_utils.Database, path: Path | None, sets: Iterable[Migrations]) -> list[str]:
    """Apply pending migrations of every set; back the file up first if anything is pending."""
    sets = list(sets)
    pending = [f"{s.name}.{m.name}" for s in sets for m in s.pending(db)]
    if not pending:
        return []
    has_tables = bool(db.table_names())
    if path is not None and has_tables:
        target = backup(db, path, "before-migration")
        log.info("backed up the database to %s before migrating %s", target, pending)
    for s in sets:
        s.apply(db)
    return pending


class Store:
    """Owns the database file: the writer thread, per-thread readers, change listeners."""

    engine = "sqlite"
    #: one process owns the file (the instance lock): a ``sending`` row at start-up is dead
    exclusive = True

    def __init__(self, path: Path | str, migrations: Iterable[Migrations] = ()):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self._writer_ident: int | None = None
        self._local = threading.local()
        self._readers: list[sqlite_utils.Database] = []
        self._readers_lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []
        self._closed = False
        self.applied: list[str] = []
        try:
            self.db = self._writer.submit(self._open_writer, list(migrations)).result()
        except BaseException:
            self._writer.shutdown(wait=True)
            raise

    def _open_writer(self, migrations: list[Migrations]) -> sqlite_utils.Database:
        self._writer_ident = threading.get_ident()
        try:
            db = connect(self.path)
            check_integrity(db, self.path)
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamaged(_damaged_message(self.path, str(exc))) from exc
        self.applied = migrate(db, self.path, migrations)
        return db

    # -- writes -------------------------------------------------------------------------
    def write(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        """Run ``fn(db)`` in one transaction on the writer thread and return its result."""
        if threading.get_ident() == self._writer_ident:
            try:
                with self.db.atomic():
                    return fn(self.db)
            except (sqlite3.OperationalError, OSError) as exc:
                if _is_disk_full(exc):
                    raise StoreFull(_full_message(self.path)) from exc
                raise
        return self._writer.submit(self._run_write, fn).result()

    def submit_write(self, fn: Callable[[sqlite_utils.Database], T]) -> Future[T]:
        return self._writer.submit(self._run_write, fn)

    async def awrite(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        return await asyncio.wrap_future(self.submit_write(fn))

    def _run_write(self, fn):
        try:
            with self.db.atomic():  # a failed write is rolled back whole: nothing half-written
                result = fn(self.db)
        except (sqlite3.OperationalError, OSError) as exc:
            if _is_disk_full(exc):
                raise StoreFull(_full_message(self.path)) from exc
            raise
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:  # a broken listener must not fail the write
                log.exception("store change listener failed")
        return result

    # -- reads --------------------------------------------------------------------------
    def reader(self) -> sqlite_utils.Database:
        """This thread's read-only connection."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path, readonly=True)
            self._local.db = db
            with self._readers_lock:
                self._readers.append(db)
        return db

    def read(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        return fn(self.reader())

    async def aread(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        from fleetdesk.core.aio import run_blocking

        return await run_blocking(self.read, fn)

    # -- change notification ------------------------------------------------------------
    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener()`` on the writer thread after every committed write."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True

        def _close_writer():
            self.db.conn.close()

        self._writer.submit(_close_writer).result()
        self._writer.shutdown(wait=True)
        with self._readers_lock:
            for db in self._readers:
                try:
                    db.conn.close()
                except sqlite3.ProgrammingError:
                    pass
            self._readers.clear()
