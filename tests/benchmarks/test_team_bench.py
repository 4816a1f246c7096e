"""Benchmark (#16, team mode): on one PostgreSQL database, the outbox throughput of 1 vs 4
dispatchers (each with its own connections, against the loopback ledger with a 20 ms reply),
and the latency of a change notification between two workstations (p50/p99 of 50).
Prints figures; asserts only that 4 dispatchers are faster than 1 and p99 < 2 s.
Run: pytest tests/benchmarks/test_team_bench.py -m benchmark -s"""

from __future__ import annotations

import statistics
import threading
import time

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.simulators.framework import SimServer
from fleetdesk.store import outbox as ob
from fleetdesk.store.dispatcher import Backoff, Dispatcher
from fleetdesk.store.engine import open_store
from fleetdesk.store.schema import core_migrations
from ledger_support import LedgerHandler, LedgerSim, add_note, notes_migrations

pytestmark = pytest.mark.benchmark
ITEMS = 200


def _queue(store, clock, n):
    def tx(db):
        for i in range(n):
            note = db["notes"].insert({"text": f"n{i}"}).last_pk
            ob.enqueue(
                db,
                service="ledger",
                kind=LedgerHandler.kind,
                payload={"value": f"n{i}"},
                label=f"n{i}",
                clock=clock,
                entity_table="notes",
                entity_id=note,
            )

    store.write(tx)


def _drain(pg_url, url, clock, workers: int) -> float:
    stores = [open_store(pg_url, [core_migrations, notes_migrations()]) for _ in range(workers)]
    try:
        start = time.perf_counter()

        def work(store):
            d = Dispatcher(store, [LedgerHandler(url)], clock, Backoff(0.05, 0.2))
            while d.run_once(limit=20).sent:
                pass

        threads = [threading.Thread(target=work, args=(s,), name=f"bench-{n}") for n, s in enumerate(stores)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
        assert stores[0].read(ob.unsent_total) == 0
        return elapsed
    finally:
        for s in stores:
            s.close()


def test_outbox_throughput_one_vs_four_dispatchers(pg_url):
    clock = FakeClock()
    sim = LedgerSim(reply_delay=0.02)
    with SimServer(sim) as server:
        store = open_store(pg_url, [core_migrations, notes_migrations()])
        try:
            _queue(store, clock, ITEMS)
            one = _drain(pg_url, server.url, clock, 1)
            _queue(store, clock, ITEMS)
            four = _drain(pg_url, server.url, clock, 4)
        finally:
            store.close()
    print(
        f"\noutbox on PostgreSQL, {ITEMS} items: 1 dispatcher {ITEMS / one:.0f} items/s, "
        f"4 dispatchers {ITEMS / four:.0f} items/s (x{one / four:.2f})"
    )
    assert four < one


def test_notification_latency_between_two_workstations(pg_url):
    here, there = (open_store(pg_url, [core_migrations, notes_migrations()]) for _ in range(2))
    try:
        arrived = threading.Event()
        there.subscribe_tables(lambda tables: arrived.set())
        samples = []
        for i in range(50):
            arrived.clear()
            start = time.perf_counter()
            add_note(here, FakeClock(), f"n{i}")
            assert arrived.wait(2.0)
            samples.append(time.perf_counter() - start)
        samples.sort()
        p50, p99 = statistics.median(samples), samples[int(len(samples) * 0.99) - 1]
        print(
            f"\nnotification latency (write + commit + NOTIFY + delivery): "
            f"p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms"
        )
        assert p99 < 2.0
    finally:
        here.close()
        there.close()
