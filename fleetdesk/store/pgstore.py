"""``PgStore``: the ``Store`` API (write/read/subscribe/close) on PostgreSQL (issue #16).

As on SQLite, this process's writes run one at a time on one writer thread, each
``write(fn)`` in one transaction; reads use one autocommit connection per thread. Between
processes the conditional UPDATEs (compare-and-set on ``state``, fenced by ``claimed_by``) are
the concurrency control. A write transaction that changed tables ends with
``pg_notify('fleetdesk', …)``, delivered to other workstations only if it commits.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

import psycopg

from fleetdesk.core.dburl import DatabaseURL
from fleetdesk.store import pg

if TYPE_CHECKING:
    from fleetdesk.store.pgnotify import ChangeListener

log = logging.getLogger(__name__)
T = TypeVar("T")
CHANNEL = "fleetdesk"


class PgStore:
    """Owns this process's connections to the team database."""

    engine = "postgresql"
    #: other processes may write (and dispatch) at the same time
    exclusive = False

    def __init__(self, url: DatabaseURL, migrations: Iterable = (), *, password: str | None = None):
        self.url = url
        self.path = None
        self.origin = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._password = password
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self._writer_ident: int | None = None
        self._local = threading.local()
        self._readers: list[pg.PgDatabase] = []
        self._readers_lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []
        self._table_listeners: list[Callable[[frozenset[str] | None], None]] = []
        self._notify: ChangeListener | None = None  # the LISTEN thread, started by the first subscriber
        self._notify_lock = threading.Lock()
        self._closed = False
        self.applied: list[str] = []
        try:
            self.db = self._writer.submit(self._open_writer, list(migrations)).result()
        except BaseException:
            self._writer.shutdown(wait=True)
            raise

    def _connect(self) -> pg.PgDatabase:
        return pg.PgDatabase(pg.connect(self.url, self._password))

    def _open_writer(self, migrations: list) -> pg.PgDatabase:
        self._writer_ident = threading.get_ident()
        db = self._connect()
        try:
            self.applied = pg.migrate(db, migrations)
        except psycopg.errors.InsufficientPrivilege as exc:
            db.conn.close()
            raise pg.DatabaseUnreachable(
                f"The database user {self.url.user!r} may not create tables in "
                f"{self.url.dbname!r} ({str(exc).splitlines()[0]}). Ask the administrator to "
                f"make it the database's owner or to run: GRANT CREATE ON SCHEMA public TO "
                f"{self.url.user};"
            ) from None
        except BaseException:
            db.conn.close()
            raise
        return db

    # -- writes -------------------------------------------------------------------------
    def write(self, fn: Callable[[pg.PgDatabase], T]) -> T:
        if threading.get_ident() == self._writer_ident:
            with self.db.atomic():
                return fn(self.db)
        return self._writer.submit(self._run_write, fn).result()

    def submit_write(self, fn: Callable[[pg.PgDatabase], T]) -> Future[T]:
        return self._writer.submit(self._run_write, fn)

    async def awrite(self, fn: Callable[[pg.PgDatabase], T]) -> T:
        return await asyncio.wrap_future(self.submit_write(fn))

    def _run_write(self, fn):
        self.db.touched.clear()
        with self.db.atomic():
            result = fn(self.db)
            if self.db.touched:
                payload = json.dumps({"origin": self.origin, "tables": sorted(self.db.touched)})
                self.db.pg.execute("SELECT pg_notify(%s, %s)", [CHANNEL, payload[:7900]])
        self._tell(frozenset(self.db.touched))
        return result

    def _tell(self, tables: frozenset[str] | None) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:
                log.exception("store change listener failed")
        for table_listener in list(self._table_listeners):
            try:
                table_listener(tables)
            except Exception:
                log.exception("store change listener failed")

    # -- reads --------------------------------------------------------------------------
    def reader(self) -> pg.PgDatabase:
        db = getattr(self._local, "db", None)
        if db is None or db.conn.closed:
            db = self._connect()
            self._local.db = db
            with self._readers_lock:
                self._readers.append(db)
        return db

    def read(self, fn: Callable[[pg.PgDatabase], T]) -> T:
        return fn(self.reader())

    async def aread(self, fn: Callable[[pg.PgDatabase], T]) -> T:
        from fleetdesk.core.aio import run_blocking

        return await run_blocking(self.read, fn)

    # -- change notification ------------------------------------------------------------
    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener()`` after every committed write, of this process (writer thread) or
        of another workstation (LISTEN/NOTIFY thread)."""
        self._listeners.append(listener)
        self._listen()
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def subscribe_tables(self, listener: Callable[[frozenset[str] | None], None]):
        """Like ``subscribe`` with the names of the tables that changed (None: maybe all)."""
        self._table_listeners.append(listener)
        self._listen()
        return lambda: self._table_listeners.remove(listener) if listener in self._table_listeners else None

    def _listen(self) -> None:
        from fleetdesk.store.pgnotify import ChangeListener

        with self._notify_lock:
            if self._notify is None and not self._closed:
                self._notify = ChangeListener(self.url, self._password, self.origin, self._tell).start()

    @contextmanager
    def session_lock(self, key: int) -> Iterator[None]:
        """Hold PostgreSQL advisory lock ``key`` (on its own connection) across processes: work
        that must run once for the whole team, such as seeding the demo data."""
        conn = pg.connect(self.url, self._password)
        try:
            conn.execute("SELECT pg_advisory_lock(%s)", [key])
            yield
        finally:
            conn.close()  # ends the session: the lock goes with it

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with self._notify_lock:
            if self._notify is not None:
                self._notify.stop()
        self._writer.submit(self.db.conn.close).result()
        self._writer.shutdown(wait=True)
        with self._readers_lock:
            for db in self._readers:
                try:
                    db.conn.close()
                except Exception:  # noqa: BLE001 - closing anyway
                    pass
            self._readers.clear()
