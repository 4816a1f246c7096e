"""Live changes between workstations (issue #16, docs/team-mode.md §5): LISTEN/NOTIFY.

Every write transaction of a ``PgStore`` ends with ``pg_notify('fleetdesk', {origin, tables})``,
delivered only if it commits. ``ChangeListener`` holds one connection with ``LISTEN fleetdesk``
on its own thread and hands each notification from *another* process to a callback with the set
of tables that changed. A dropped connection is re-opened (with a growing pause) and then
reported as "anything may have changed" (``tables=None``), since notifications sent meanwhile
are lost.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from fleetdesk.core.dburl import DatabaseURL

log = logging.getLogger(__name__)
CHANNEL = "fleetdesk"


class ChangeListener:
    def __init__(
        self,
        url: DatabaseURL,
        password: str | None,
        origin: str,
        on_change: Callable[[frozenset[str] | None], None],
    ):
        self.url, self._password, self.origin = url, password, origin
        self.on_change = on_change
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._conn: Any = None  # the LISTEN connection (psycopg), opened by the thread
        self._thread = threading.Thread(target=self._run, name="store-notify", daemon=True)

    def start(self, timeout: float = 10.0) -> ChangeListener:
        self._thread.start()
        self._ready.wait(timeout)
        return self

    def _listen(self):
        from fleetdesk.store import pg

        conn = pg.connect(self.url, self._password)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        pause, first = 0.5, True
        while not self._stop.is_set():
            try:
                self._conn = self._listen()
            except Exception as exc:  # noqa: BLE001 - the server may be away; try again
                log.info("change listener cannot connect yet: %s", exc)
                self._ready.set()
                self._stop.wait(pause)
                pause = min(pause * 2, 30.0)
                continue
            self._ready.set()
            if not first:
                self._deliver(None)  # notifications may have been missed while away
            first, pause = False, 0.5
            try:
                while not self._stop.is_set():
                    for note in self._conn.notifies(timeout=0.25):
                        self._handle(note.payload)
            except Exception as exc:  # noqa: BLE001 - connection lost: reconnect
                if not self._stop.is_set():
                    log.info("change listener lost its connection: %s", exc)
            finally:
                try:
                    self._conn.close()
                except Exception:  # noqa: BLE001 - closing anyway
                    pass

    def _handle(self, payload: str) -> None:
        try:
            data = json.loads(payload)
        except ValueError:
            self._deliver(None)
            return
        if data.get("origin") == self.origin:
            return  # our own write: the store already told its listeners
        self._deliver(frozenset(data.get("tables") or ()) or None)

    def _deliver(self, tables: frozenset[str] | None) -> None:
        try:
            self.on_change(tables)
        except Exception:
            log.exception("change listener callback failed")

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)
