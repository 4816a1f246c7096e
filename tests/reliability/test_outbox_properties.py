"""Random sequences of enqueue / send / fail / crash / restart keep the outbox's promises:
nothing is lost, nothing reaches the server twice, and 'sent' means the server has it."""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import Offline, Rejected, ServerError
from fleetdesk.store import outbox as ob
from fleetdesk.store.db import Store
from fleetdesk.store.dispatcher import Backoff, Dispatcher
from fleetdesk.store.schema import core_migrations


class Server:
    """The remote side: creates one record per key; knows nothing of the client."""

    def __init__(self):
        self.received: dict[str, int] = {}
        self.mode = "ok"  # ok | offline | 5xx | reject | lost-reply
        self.lost_reply_left = 0

    def post(self, key: str) -> str:
        if self.mode == "offline":
            raise Offline("connection refused")
        if self.mode == "5xx":
            raise ServerError("unavailable", 503)
        if self.mode == "reject":
            raise Rejected("refused", 422)
        if key not in self.received:
            self.received[key] = 0
        self.received[key] += 1
        if self.mode == "lost-reply":  # the server has it, the process dies before the answer
            raise SystemExit("killed mid-send")
        return f"R-{key[-8:]}"


class Handler(ob.OutboxHandler):
    kind, service = "prop.item", "prop"

    def __init__(self, server: Server):
        self.server = server

    def send(self, item):
        return ob.SendResult(self.server.post(item.idempotency_key))

    def reconcile(self, item):
        if self.server.mode == "offline":
            raise Offline("still offline")
        return (
            ob.SendResult(f"R-{item.idempotency_key[-8:]}")
            if item.idempotency_key in self.server.received
            else None
        )


class OutboxMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="fd-prop-"))
        self.clock = FakeClock()
        self.server = Server()
        self.open()
        self.enqueued: list[int] = []
        self.discarded: set[int] = set()

    def open(self):
        self.store = Store(self.dir / "p.sqlite3", [core_migrations])
        self.dispatcher = Dispatcher(
            self.store, [Handler(self.server)], self.clock, Backoff(1, 60, random.Random(3))
        )

    def teardown(self):
        self.store.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    @rule(n=st.integers(1, 3))
    def enqueue(self, n):
        for _ in range(n):
            self.enqueued.append(
                self.store.write(
                    lambda db: ob.enqueue(
                        db, service="prop", kind=Handler.kind, payload={}, label="p", clock=self.clock
                    )
                )
            )

    @rule(mode=st.sampled_from(["ok", "offline", "5xx", "reject"]))
    def server_mode(self, mode):
        self.server.mode = mode

    @rule()
    def dispatch(self):
        self.dispatcher.run_once()

    @rule(seconds=st.integers(1, 200))
    def time_passes(self, seconds):
        self.clock.advance(seconds)

    @rule()
    def crash_mid_send(self):
        due = self.dispatcher.due(limit=1)
        if not due:
            return
        previous, self.server.mode = self.server.mode, "lost-reply"
        try:
            self.dispatcher.send_one(due[0])
        except SystemExit:
            pass
        self.server.mode = previous
        self.restart()

    @rule()
    def restart(self):
        self.store.close()
        self.open()
        self.dispatcher.recover()

    @rule(data=st.data())
    def user_retries_or_discards(self, data):
        aside = self.store.read(lambda db: ob.items(db, states=[ob.ATTENTION]))
        if not aside:
            return
        item = data.draw(st.sampled_from(aside))
        if data.draw(st.booleans()):
            self.store.write(lambda db: ob.retry_now(db, item.id, self.clock))
        elif self.store.write(lambda db: ob.discard(db, item.id, self.clock)):
            self.discarded.add(item.id)

    @invariant()
    def nothing_lost_nothing_twice(self):
        items = {
            i.id: i
            for i in self.store.read(
                lambda db: ob.items(db, states=[ob.QUEUED, ob.SENDING, ob.SENT, ob.ATTENTION, ob.DISCARDED])
            )
        }
        assert set(items) == set(self.enqueued)
        assert all(n == 1 for n in self.server.received.values()), self.server.received
        for item in items.values():
            if item.state == ob.SENT:
                assert item.idempotency_key in self.server.received and item.remote_id
            if item.id in self.discarded:
                assert item.state == ob.DISCARDED


TestOutboxMachine = OutboxMachine.TestCase
TestOutboxMachine.settings = settings(max_examples=40, stateful_step_count=30, deadline=None)
