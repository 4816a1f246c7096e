"""An explicit "Send now" / `fleetdesk sync` sends every queued item now, except where the
server asked to wait; it says what still waits, until when and why."""

from __future__ import annotations

import random

from fleetdesk.core.errors import TransientError
from fleetdesk.store import outbox as ob
from fleetdesk.store.dispatcher import (
    Backoff,
    Dispatcher,
    DispatchReport,
    Waiting,
    send_summary,
    summary_line,
)
from ledger_support import LedgerHandler, add_note


def dispatcher_for(store, handler, clock):
    return Dispatcher(store, [handler], clock, Backoff(5, 3600, random.Random(7)))


def item_of(store, note_id) -> ob.OutboxItem:
    return store.read(lambda db: ob.for_entity(db, "notes", note_id))[0]


def test_after_an_outage_send_now_sends_what_waits_for_its_backoff(store, ledger, fake_clock):
    sim, url = ledger
    handler = LedgerHandler("http://127.0.0.1:9")  # nothing listens: the network is down
    dispatcher = dispatcher_for(store, handler, fake_clock)
    note = add_note(store, fake_clock, "typed while offline")
    for _ in range(4):  # a few failures: the back-off grows to tens of seconds
        dispatcher.send_now()
    assert item_of(store, note).state == "queued" and item_of(store, note).server_wait == 0
    handler.client.base_url = url  # the network is back
    assert dispatcher.run_once().sent == []  # the automatic pass still waits out its back-off
    report = dispatcher.send_now()
    assert report.sent == [item_of(store, note).id] and report.waiting == []
    assert item_of(store, note).state == "sent"


def test_our_own_pause_after_a_transition_mode_answer_is_skipped_by_send_now(store, ledger, fake_clock):
    class Busy(TransientError):
        server_asked_wait = False

    class BusyOnce(LedgerHandler):
        calls = 0

        def send(self, item):
            BusyOnce.calls += 1
            if BusyOnce.calls == 1:
                error = Busy("409 Clearance is in transition mode")
                error.retry_after = 30.0
                raise error
            return super().send(item)

    sim, url = ledger
    dispatcher = dispatcher_for(store, BusyOnce(url), fake_clock)
    note = add_note(store, fake_clock, "clear me")
    assert dispatcher.run_once().queued == [item_of(store, note).id]
    assert dispatcher.send_now().sent == [item_of(store, note).id]


def test_a_wait_the_server_asked_for_is_honoured_and_named(store, ledger, fake_clock):
    sim, url = ledger
    sim.faults.rate_limit(1, retry_after=3600)
    dispatcher = dispatcher_for(store, LedgerHandler(url), fake_clock)
    note = add_note(store, fake_clock, "slow down")
    dispatcher.send_now()
    item = item_of(store, note)
    assert item.state == "queued" and item.server_wait == 1
    report = dispatcher.send_now()
    assert report.sent == [] and len(sim.requests_to("/items", "POST")) == 1
    [waiting] = report.waiting
    assert waiting.id == item.id and waiting.server_asked and waiting.reason == "ledger asked to retry later"
    until = waiting.until.astimezone().strftime("%H:%M")
    assert summary_line(report, fake_clock) == [f"1 waiting until {until} — ledger asked to retry later"]
    store.write(lambda db: ob.retry_now(db, item.id, fake_clock))  # the GUI's "Send now"
    assert dispatcher.run_once().sent == []
    fake_clock.advance(3602)
    assert dispatcher.send_now().sent == [item.id]


def test_send_summary_says_sent_set_aside_and_waiting_in_the_callers_words(fake_clock):
    """One sentence builder for the Outbox, THG and TachoShare "send now" (issue 15)."""
    until = fake_clock.now()
    waiting = Waiting(9, "ledger", "note", until, "ledger asked to retry later", True)
    report = DispatchReport(sent=[1, 2], attention=[3], waiting=[waiting])
    line = summary_line(report, fake_clock)
    assert send_summary(report, fake_clock, sent="%1 sent", set_aside="%1 set aside") == [
        "2 sent",
        "1 set aside",
        *line,
    ]
    assert send_summary(report, fake_clock, sent="%1 verstuurd") == ["2 verstuurd", *line]
    assert send_summary(DispatchReport(), fake_clock, sent="%1 sent", set_aside="%1 set aside") == []
