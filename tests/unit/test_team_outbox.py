"""Team mode (#16): many dispatchers on one outbox, leases, takeover — on both engines."""

from __future__ import annotations

import random
import threading
from datetime import timedelta

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.simulators.framework import SimServer, route
from fleetdesk.store import outbox as ob
from fleetdesk.store.dispatcher import Backoff, Dispatcher
from fleetdesk.store.engine import open_store
from fleetdesk.store.schema import core_migrations
from ledger_support import LedgerHandler, LedgerSim, add_note, notes_migrations


class CountingLedger(LedgerSim):
    """The ledger, counting every POST per idempotency key (a duplicate send shows as 2)."""

    def __init__(self):
        super().__init__()
        self.posts: dict[str, int] = {}
        self._count_lock = threading.Lock()

    @route("POST", r"/items")
    def create(self, req):
        with self._count_lock:
            key = req.header("Idempotency-Key")
            self.posts[key] = self.posts.get(key, 0) + 1
        return super().create(req)


@pytest.fixture
def counting_ledger():
    sim = CountingLedger()
    with SimServer(sim) as server:
        yield sim, server.url


def _dispatcher(store, url, clock, **kw):
    return Dispatcher(store, [LedgerHandler(url)], clock, Backoff(5, 3600, random.Random(3)), **kw)


def _open(engine_url):
    return open_store(engine_url, [core_migrations, notes_migrations()])


def test_four_dispatchers_on_one_outbox_send_every_item_exactly_once(engine_url, counting_ledger):
    sim, url = counting_ledger
    clock = FakeClock()
    stores = [_open(engine_url) for _ in range(4)]  # four workstations: own connections each
    try:
        notes = [add_note(stores[0], clock, f"n{i}") for i in range(120)]
        errors: list[BaseException] = []

        def work(store):
            try:
                dispatcher = _dispatcher(store, url, clock)
                while dispatcher.run_once(limit=25).sent:
                    pass
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=work, args=(s,), name=f"dispatcher-{n}") for n, s in enumerate(stores)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert errors == []
        items = stores[0].read(lambda db: ob.items(db, states=[ob.SENT, ob.QUEUED, ob.SENDING]))
        assert [i.state for i in items] == ["sent"] * len(notes)
        assert len(sim.posts) == len(notes) and set(sim.posts.values()) == {1}
        owners = {i.claimed_by for i in items}
        assert len(owners) >= 2, "the work was shared between dispatchers"
        assert all(i.attempts == 1 for i in items)
    finally:
        for s in stores:
            s.close()


class DiesAfterSending(LedgerHandler):
    """Sends, then the process 'dies' before it can record the result (kill -9 stand-in)."""

    def send(self, item):
        super().send(item)
        raise KeyboardInterrupt("killed")


def test_a_dead_dispatchers_claim_is_taken_over_after_its_lease_and_reconciled(pg_url, counting_ledger):
    sim, url = counting_ledger
    clock = FakeClock()
    store_a, store_b = _open(pg_url), _open(pg_url)
    try:
        note = add_note(store_a, clock, "crash mid-send")
        dying = Dispatcher(store_a, [DiesAfterSending(url)], clock, lease_seconds=600)
        with pytest.raises(KeyboardInterrupt):
            dying.run_once()
        item = store_b.read(lambda db: ob.for_entity(db, "notes", note))[0]
        assert (item.state, item.claimed_by) == ("sending", dying.owner)

        survivor = _dispatcher(store_b, url, clock, lease_seconds=600)
        clock.advance(599)
        report = survivor.run_once()
        assert report.sent == [] and sim.posts == {item.idempotency_key: 1}, "a live lease is left alone"
        clock.advance(2)
        report = survivor.run_once()
        assert report.sent == [item.id]
        after = store_b.read(lambda db: ob.get(db, item.id))
        assert (after.state, after.remote_id, after.claimed_by) == ("sent", "L1", survivor.owner)
        assert sim.posts == {item.idempotency_key: 1}, "reconciled with the server, not re-sent"
        assert store_b.read(lambda db: db["notes"].get(note))["remote_id"] == "L1"
    finally:
        store_a.close()
        store_b.close()


def test_a_taken_over_claim_that_never_reached_the_server_is_sent_once(pg_url, counting_ledger):
    sim, url = counting_ledger
    clock = FakeClock()
    store = _open(pg_url)
    try:
        note = add_note(store, clock, "claimed, then the process died")
        now = clock.now()
        store.write(
            lambda db: db.execute(
                "UPDATE outbox SET state = 'sending', claimed_by = 'laptop-7:4242:dead', "
                "lease_until = ?, attempts = 1 WHERE entity_id = ?",
                [(now + timedelta(seconds=60)).strftime("%Y-%m-%dT%H:%M:%SZ"), str(note)],
            )
        )
        survivor = _dispatcher(store, url, clock)
        assert survivor.run_once().sent == []
        clock.advance(61)
        report = survivor.run_once()
        item = store.read(lambda db: ob.for_entity(db, "notes", note))[0]
        assert report.sent == [item.id] and item.state == "sent" and item.attempts == 2
        assert sim.posts == {item.idempotency_key: 1}
    finally:
        store.close()


class SlowSender(LedgerHandler):
    """While this send is in flight its lease runs out and another dispatcher takes it over."""

    def __init__(self, url, on_send):
        super().__init__(url)
        self.on_send = on_send

    def send(self, item):
        result = super().send(item)
        self.on_send()
        return result


def test_a_sender_whose_claim_was_taken_over_changes_nothing(pg_url, counting_ledger):
    sim, url = counting_ledger
    clock = FakeClock()
    store_a, store_b = _open(pg_url), _open(pg_url)
    try:
        note = add_note(store_a, clock, "slow")
        survivor = _dispatcher(store_b, url, clock, lease_seconds=60)
        outcomes = []

        def lease_runs_out():
            clock.advance(61)
            outcomes.append(survivor.run_once())

        slow = Dispatcher(store_a, [SlowSender(url, lease_runs_out)], clock, lease_seconds=60)
        assert slow.run_once().sent == [], "the slow sender lost its claim: it records nothing"
        item = store_a.read(lambda db: ob.for_entity(db, "notes", note))[0]
        assert outcomes[0].sent == [item.id]
        assert (item.state, item.claimed_by, item.remote_id) == ("sent", survivor.owner, "L1")
        assert sim.posts == {item.idempotency_key: 1}
    finally:
        store_a.close()
        store_b.close()


def test_the_outbox_records_who_queued_each_item(engine_url):
    clock = FakeClock()
    store = _open(engine_url)
    try:
        note = add_note(store, clock, "who?")
        item = store.read(lambda db: ob.for_entity(db, "notes", note))[0]
        host, user = ob.actor()
        assert (item.created_host, item.created_user) == (host, user) and host and user
    finally:
        store.close()


def test_on_sqlite_a_sending_item_is_reconciled_at_start_up_whatever_its_lease(tmp_path, counting_ledger):
    """One process owns a SQLite file: a 'sending' row found at start-up is dead at once."""
    from fleetdesk.core.dburl import DatabaseURL

    sim, url = counting_ledger
    clock = FakeClock()
    store = _open(DatabaseURL("sqlite", "test", path=tmp_path / "one.sqlite3"))
    try:
        note = add_note(store, clock, "crash")
        with pytest.raises(KeyboardInterrupt):
            Dispatcher(store, [DiesAfterSending(url)], clock).run_once()
        report = _dispatcher(store, url, clock).recover()
        item = store.read(lambda db: ob.for_entity(db, "notes", note))[0]
        assert report.sent == [item.id] and item.state == "sent"
        assert sim.posts == {item.idempotency_key: 1}
    finally:
        store.close()
