"""Team mode (#16): four workstations dispatch one PostgreSQL outbox to a loopback server while
one of them is killed with SIGKILL mid-way: every item reaches the server exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from fleetdesk.core.clock import Clock
from fleetdesk.simulators.framework import SimServer, route
from fleetdesk.store import outbox as ob
from fleetdesk.store.engine import open_store
from fleetdesk.store.schema import core_migrations
from ledger_support import LedgerHandler, LedgerSim, notes_migrations

CHILD = Path(__file__).with_name("child_team_dispatcher.py")
ITEMS = 1000
LEASE = 3.0


class CountingLedger(LedgerSim):
    """Counts every POST per idempotency key: a duplicate send shows as 2."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.posts: dict[str, int] = {}
        self._count_lock = threading.Lock()

    @route("POST", r"/items")
    def create(self, req):
        with self._count_lock:
            key = req.header("Idempotency-Key")
            self.posts[key] = self.posts.get(key, 0) + 1
        return super().create(req)


def _queue(store, clock, count):
    def tx(db):
        for i in range(count):
            note = db["notes"].insert({"text": f"n{i}"}).last_pk
            ob.enqueue(
                db,
                service="ledger",
                kind=LedgerHandler.kind,
                payload={"value": f"n{i}"},
                label=f"note {i}",
                clock=clock,
                entity_table="notes",
                entity_id=note,
            )

    store.write(tx)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_four_dispatchers_one_killed_every_item_arrives_exactly_once(pg_url):
    sim = CountingLedger(reply_delay=0.005)  # the record exists before the answer leaves
    store = open_store(pg_url, [core_migrations, notes_migrations()])
    procs: list[subprocess.Popen] = []
    try:
        _queue(store, Clock(), ITEMS)
        with SimServer(sim) as server:
            for _ in range(4):
                procs.append(
                    subprocess.Popen(
                        [sys.executable, str(CHILD), pg_url.display(), server.url, str(LEASE)],
                        stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE,
                        text=True,
                    )
                )
            victim = procs[0]
            sent_by_victim = 0
            deadline = time.monotonic() + 120
            while sent_by_victim < 40 and time.monotonic() < deadline:
                line = victim.stdout.readline()
                if not line:
                    break
                sent_by_victim += line.startswith("SENT")
            # kill it while a request is in flight: wait for the next POST to reach the server
            seen = sum(sim.posts.values())
            while sum(sim.posts.values()) == seen and time.monotonic() < deadline:
                time.sleep(0.001)
            os.kill(victim.pid, signal.SIGKILL)
            victim.wait(timeout=10)
            assert victim.returncode == -signal.SIGKILL
            assert sent_by_victim >= 40, victim.stderr.read()
            for proc in procs[1:]:
                out, err = proc.communicate(timeout=400)
                assert proc.returncode == 0, err[-2000:]
                assert out.strip().endswith("DONE")
        items = store.read(lambda db: ob.items(db, states=[ob.QUEUED, ob.SENDING, ob.SENT, ob.ATTENTION]))
        assert len(items) == ITEMS
        assert {i.state for i in items} == {"sent"}
        assert len(sim.posts) == ITEMS and set(sim.posts.values()) == {1}, {
            k: v for k, v in sim.posts.items() if v != 1
        }
        assert len({i.claimed_by for i in items}) == 4, "all four shared the work"
        notes = store.read(lambda db: list(db.query("SELECT remote_id FROM notes")))
        assert all(n["remote_id"] for n in notes)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
            for stream in (proc.stdout, proc.stderr):
                if stream and not stream.closed:
                    stream.close()
        store.close()
