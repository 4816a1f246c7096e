"""Team mode (#16): the store, its migrations and the shared SQL on both engines."""

from __future__ import annotations

import threading

import pytest
from sqlite_utils.migrations import Migrations

from fleetdesk.core.clock import FakeClock
from fleetdesk.store import outbox as ob
from fleetdesk.store.blobs import StoreBlobs
from fleetdesk.store.engine import open_store
from fleetdesk.store.kv import kv_get, kv_set
from fleetdesk.store.schema import core_migrations
from ledger_support import notes_migrations


def _applied_names(store):
    return [name.split(".", 1)[1] for name in store.applied]


def test_named_migrations_run_once_on_both_engines(engine_url):
    store = open_store(engine_url, [core_migrations, notes_migrations()])
    try:
        assert "0001_outbox" in _applied_names(store) and "testnotes.0001_notes" in store.applied
        assert {"outbox", "kv", "secret_blobs", "notes"} <= set(store.read(lambda db: db.table_names()))
    finally:
        store.close()
    again = open_store(engine_url, [core_migrations, notes_migrations()])
    try:
        assert again.applied == []
    finally:
        again.close()


def test_a_failing_migration_leaves_nothing_behind_on_both_engines(engine_url):
    broken = Migrations("broken")

    @broken(name="0001_half")
    def _half(db):
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY, x TEXT)")
        db.execute("INSERT INTO half_done (x) VALUES ('a')")
        raise RuntimeError("the migration fails half-way")

    with pytest.raises(RuntimeError):
        open_store(engine_url, [core_migrations, broken])
    store = open_store(engine_url, [core_migrations])
    try:
        assert "half_done" not in store.read(lambda db: db.table_names())
    finally:
        store.close()


def test_shared_sql_of_the_store_modules_on_both_engines(engine_url):
    clock = FakeClock()
    store = open_store(engine_url, [core_migrations, notes_migrations()])
    try:
        store.write(lambda db: kv_set(db, "cursor", {"last": "2026-11-20", "n": 3}))
        store.write(lambda db: kv_set(db, "cursor", {"last": "2026-11-21", "n": 4}))
        assert store.read(lambda db: kv_get(db, "cursor")) == {"last": "2026-11-21", "n": 4}
        blobs = StoreBlobs(store, clock)
        blobs.set("k", b"\x00\xffcipher")
        blobs.set("k", b"again")
        assert blobs.get("k") == b"again"
        blobs.delete("k")
        assert blobs.get("k") is None

        def tx(db):
            note = db["notes"].insert({"text": "50% done"}).last_pk
            return note, ob.enqueue(
                db,
                service="ledger",
                kind="ledger.item",
                payload={"v": "?"},
                label="it's 50%?",
                clock=clock,
                entity_table="notes",
                entity_id=note,
            )

        note, item_id = store.write(tx)
        item = store.read(lambda db: ob.get(db, item_id))
        assert (item.label, item.payload, item.entity_id) == ("it's 50%?", {"v": "?"}, str(note))
        assert store.read(lambda db: ob.counts(db)) == {"ledger": {"queued": 1}}
        assert store.read(lambda db: ob.unsent_total(db)) == 1
        assert store.read(lambda db: db["notes"].get(note))["text"] == "50% done"
        assert store.read(lambda db: db["notes"].count) == 1
    finally:
        store.close()


def test_every_integration_migrates_on_both_engines(engine_url):
    from fleetdesk.integrations import discover

    sets = [core_migrations] + [m for m in (i.migrations() for i in discover()) if m]
    store = open_store(engine_url, sets)
    try:
        expected = sum(len(s._migrations) for s in sets)
        assert len(store.applied) == expected
    finally:
        store.close()


def test_workstations_started_at_once_run_each_migration_once(pg_url):
    stores, errors = [], []

    def start():
        try:
            stores.append(open_store(pg_url, [core_migrations, notes_migrations()]))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start, name=f"ws-{n}") for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert errors == []
        applied = sorted(len(s.applied) for s in stores)
        assert applied[:3] == [0, 0, 0] and applied[3] > 0
    finally:
        for s in stores:
            s.close()


def test_a_change_on_one_workstation_reaches_the_other_within_two_seconds(pg_url):
    import time

    from ledger_support import add_note

    here, there = (open_store(pg_url, [core_migrations, notes_migrations()]) for _ in range(2))
    try:
        seen: list = []
        arrived = threading.Event()
        plain_calls: list = []
        there.subscribe(lambda: plain_calls.append(1))
        there.subscribe_tables(lambda tables: (seen.append(tables), arrived.set()))
        start = time.monotonic()
        add_note(here, FakeClock(), "typed at reception")
        assert arrived.wait(2.0), "no notification within 2 s"
        latency = time.monotonic() - start
        assert seen[0] == frozenset({"notes", "outbox"}) and plain_calls
        print(f"notification latency: {latency * 1000:.1f} ms")
        own: list = []
        here.subscribe_tables(own.append)
        arrived.clear()
        here.write(lambda db: db.execute("UPDATE notes SET problem = 'x'"))
        assert own == [frozenset({"notes"})]
        assert arrived.wait(2.0) and seen[-1] == frozenset({"notes"})
        assert own == [frozenset({"notes"})], "a local write is told once, not again by NOTIFY"
    finally:
        here.close()
        there.close()
