"""A minimal remote 'ledger' for testing the outbox against real loopback HTTP.

The server creates one record per Idempotency-Key (a repeat returns the existing record) and
counts how often each key reached it, so tests can prove "never sent twice" from the server's
side. ``LedgerHandler`` is the matching outbox handler, with a reconcile hook that asks the
server whether an interrupted send arrived.
"""

from __future__ import annotations

import itertools
import threading
import time

import pytest

from fleetdesk.core.errors import Rejected
from fleetdesk.core.http import ApiClient
from fleetdesk.simulators.framework import SimApp, SimRequest, SimResponse, SimServer, route
from fleetdesk.store.outbox import OutboxHandler, OutboxItem, SendResult
from fleetdesk.store.schema import core_migrations


class LedgerSim(SimApp):
    name = "ledger"

    def __init__(self, *, reply_delay: float = 0.0):
        super().__init__()
        self.records: dict[str, dict] = {}
        self.created: dict[str, int] = {}
        self.reply_delay = reply_delay
        self._ids = itertools.count(1)
        self._state_lock = threading.Lock()

    @route("POST", r"/items")
    def create(self, req: SimRequest) -> SimResponse:
        key = req.header("Idempotency-Key")
        body = req.json() or {}
        if not key:
            return SimResponse.json({"error": "Idempotency-Key header required"}, 400)
        if body.get("value") == "reject-me":
            return SimResponse.json({"message": "value is not allowed", "field": "value"}, 422)
        with self._state_lock:
            record = self.records.get(key)
            if record is None:
                record = {"id": f"L{next(self._ids)}", "key": key, "value": body.get("value")}
                self.records[key] = record
                self.created[key] = self.created.get(key, 0) + 1
        if self.reply_delay:
            time.sleep(self.reply_delay)  # the record exists before the answer leaves
        return SimResponse.json(record, 201)

    @route("GET", r"/items/(?P<key>[^/]+)")
    def lookup(self, req: SimRequest) -> SimResponse:
        record = self.records.get(req.params["key"])
        return SimResponse.json(record) if record else SimResponse.json({"error": "unknown"}, 404)


class LedgerClient(ApiClient):
    def parse_error(self, response):
        try:
            body = response.json()
        except ValueError:
            return response.text[:200], []
        from fleetdesk.core.errors import FieldError

        fields = [FieldError(body["field"], body.get("message", ""))] if body.get("field") else []
        return body.get("message") or body.get("error") or "refused", fields


class LedgerHandler(OutboxHandler):
    kind = "ledger.item"
    service = "ledger"

    def __init__(self, base_url: str, *, reconcile: bool = True):
        self.client = LedgerClient(base_url, service="ledger", timeout=(2.0, 5.0))
        self.use_reconcile = reconcile

    def send(self, item: OutboxItem) -> SendResult:
        response = self.client.request(
            "POST", "/items", json=item.payload, headers={"Idempotency-Key": item.idempotency_key}
        )
        return SendResult(response.json()["id"])

    def on_sent(self, db, item, result) -> None:
        db.execute("UPDATE notes SET remote_id = ? WHERE id = ?", [result.remote_id, item.entity_id])

    def on_set_aside(self, db, item, message) -> None:
        db.execute("UPDATE notes SET problem = ? WHERE id = ?", [message, item.entity_id])

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        if not self.use_reconcile:
            return None
        try:
            response = self.client.request("GET", f"/items/{item.idempotency_key}")
        except Rejected:
            return None  # 404: it never arrived; send again
        return SendResult(response.json()["id"])


def notes_migrations():
    from sqlite_utils.migrations import Migrations

    m = Migrations("testnotes")

    @m(name="0001_notes")
    def _notes(db):
        db.execute(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, remote_id TEXT, problem TEXT)"
        )

    return m


def add_note(store, clock, text: str, *, work_date: str | None = None) -> int:
    """Store a note and its outbox item in one transaction (the pattern every integration uses)."""
    from fleetdesk.store.outbox import enqueue

    def tx(db):
        note_id = db["notes"].insert({"text": text}).last_pk
        enqueue(
            db,
            service="ledger",
            kind=LedgerHandler.kind,
            payload={"value": text},
            label=f"note {text}",
            clock=clock,
            work_date=work_date,
            entity_table="notes",
            entity_id=note_id,
        )
        return note_id

    return store.write(tx)


@pytest.fixture
def ledger():
    """A running ledger simulator and its base URL (import it into a test module to use it)."""
    sim = LedgerSim()
    with SimServer(sim) as server:
        yield sim, server.url


@pytest.fixture
def store(engine_url):
    """A store with the core and notes migrations, closed after the test; on each engine
    (SQLite, and PostgreSQL in a throw-away cluster: team mode, #16)."""
    from fleetdesk.store.engine import open_store

    s = open_store(engine_url, [core_migrations, notes_migrations()])
    yield s
    s.close()
