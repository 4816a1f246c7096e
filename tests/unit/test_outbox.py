"""The outbox and its dispatcher against a real loopback 'ledger' server."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from fleetdesk.core.clock import FakeClock, parse_utc
from fleetdesk.store import outbox as ob
from fleetdesk.store.dispatcher import Backoff, Dispatcher
from ledger_support import LedgerHandler, add_note


def make_dispatcher(store, url, clock, **kw):
    import random

    return Dispatcher(store, [LedgerHandler(url, **kw)], clock, Backoff(5, 3600, random.Random(7)))


def item_of(store, note_id) -> ob.OutboxItem:
    return store.read(lambda db: ob.for_entity(db, "notes", note_id))[0]


def test_enqueue_and_domain_row_commit_together_or_not_at_all(store, fake_clock):
    def tx(db):
        db["notes"].insert({"text": "lost?"})
        ob.enqueue(
            db,
            service="ledger",
            kind=LedgerHandler.kind,
            payload={"value": 1},
            label="x",
            clock=fake_clock,
            entity_table="notes",
            entity_id=1,
        )
        raise RuntimeError("crash before commit")

    with pytest.raises(RuntimeError):
        store.write(tx)
    assert store.read(lambda db: (db["notes"].count, db["outbox"].count)) == (0, 0)
    add_note(store, fake_clock, "kept", work_date="2026-11-20")
    item = store.read(lambda db: ob.items(db))[0]
    assert (item.state, item.work_date, item.payload) == ("queued", "2026-11-20", {"value": "kept"})
    assert item.idempotency_key.startswith("ledger.item:")


def test_success_stores_the_remote_id_in_the_transaction_that_marks_it_sent(store, ledger, fake_clock):
    sim, url = ledger
    note = add_note(store, fake_clock, "hello")
    report = make_dispatcher(store, url, fake_clock).run_once()
    item = item_of(store, note)
    assert report.sent == [item.id]
    assert item.state == "sent" and item.remote_id == "L1" and item.attempts == 1
    assert store.read(lambda db: db["notes"].get(note)["remote_id"]) == "L1"
    assert sim.created == {item.idempotency_key: 1}


def test_offline_keeps_the_item_queued_with_backoff_and_the_original_work_date(store, fake_clock, tmp_path):
    note = add_note(store, fake_clock, "offline", work_date="2026-11-01")
    dispatcher = make_dispatcher(store, "http://127.0.0.1:9", fake_clock)  # nothing listens there
    report = dispatcher.run_once()
    item = item_of(store, note)
    assert report.queued == [item.id] and item.state == "queued"
    assert item.last_error.startswith("No connection")
    delay = (parse_utc(item.next_attempt_at) - fake_clock.now()).total_seconds()
    assert 2.5 <= delay <= 5
    assert dispatcher.run_once().sent == []  # not due yet: nothing is tried
    assert item_of(store, note).attempts == 1
    fake_clock.advance(10)
    dispatcher.run_once()
    second = item_of(store, note)
    delay2 = (parse_utc(second.next_attempt_at) - fake_clock.now()).total_seconds()
    assert second.attempts == 2 and 5 <= delay2 <= 10, "backoff doubles"
    assert second.work_date == "2026-11-01"


def test_retry_after_is_honoured(store, ledger, fake_clock):
    sim, url = ledger
    sim.faults.rate_limit(1, retry_after=120)
    note = add_note(store, fake_clock, "slow down")
    dispatcher = make_dispatcher(store, url, fake_clock)
    dispatcher.run_once()
    item = item_of(store, note)
    wait = (parse_utc(item.next_attempt_at) - fake_clock.now()).total_seconds()
    assert item.state == "queued" and 120 <= wait <= 121.5
    assert item.last_error.startswith("Rate limited")
    fake_clock.advance(119)
    assert dispatcher.run_once().sent == [] and len(sim.requests_to("/items", "POST")) == 1
    fake_clock.advance(3)
    assert dispatcher.run_once().sent == [item.id]


def test_server_errors_are_retried_and_rejections_set_aside_with_the_message(store, ledger, fake_clock):
    sim, url = ledger
    sim.faults.fail(1, 503)
    flaky = add_note(store, fake_clock, "flaky")
    bad = add_note(store, fake_clock, "reject-me")
    dispatcher = make_dispatcher(store, url, fake_clock)
    dispatcher.run_once()
    assert item_of(store, flaky).state == "queued"
    assert item_of(store, flaky).last_error.startswith("The server had a problem")
    fake_clock.advance(3600)
    dispatcher.run_once()
    assert item_of(store, flaky).state == "sent"
    refused = item_of(store, bad)
    assert refused.state == "attention" and refused.last_status == 422
    assert "value is not allowed" in refused.last_error
    assert "value is not allowed" in store.read(lambda db: db["notes"].get(bad)["problem"])


def test_a_handler_bug_sets_the_item_aside_instead_of_losing_it(store, fake_clock):
    class Broken(LedgerHandler):
        def send(self, item):
            raise KeyError("oops")

    note = add_note(store, fake_clock, "bug")
    Dispatcher(store, [Broken("http://127.0.0.1:9")], fake_clock).run_once()
    item = item_of(store, note)
    assert item.state == "attention" and "internal error" in item.last_error


def test_an_interrupted_send_is_reconciled_with_the_server_not_duplicated(store, ledger, fake_clock):
    sim, url = ledger
    arrived = add_note(store, fake_clock, "arrived")
    never = add_note(store, fake_clock, "never arrived")
    dispatcher = make_dispatcher(store, url, fake_clock)
    # Simulate a crash mid-send: both were marked sending; only the first reached the server.
    a, n = item_of(store, arrived), item_of(store, never)
    store.write(lambda db: db.execute("UPDATE outbox SET state = 'sending', attempts = 1"))
    dispatcher.handler(LedgerHandler.kind).client.request(
        "POST", "/items", json=a.payload, headers={"Idempotency-Key": a.idempotency_key}
    )
    report = dispatcher.recover()
    assert report.sent == [a.id] and report.queued == [n.id]
    assert item_of(store, arrived).remote_id == "L1"
    dispatcher.run_once()
    assert item_of(store, never).state == "sent"
    assert set(sim.created.values()) == {1}


def test_retry_now_and_discard(store, fake_clock):
    note = add_note(store, fake_clock, "waiting")
    item = item_of(store, note)
    later = fake_clock.now() + timedelta(hours=1)
    store.write(
        lambda db: db.execute(
            "UPDATE outbox SET next_attempt_at = ?, state = 'attention'", [later.isoformat()]
        )
    )
    store.write(lambda db: ob.retry_now(db, item.id, fake_clock))
    assert item_of(store, note).state == "queued"
    assert parse_utc(item_of(store, note).next_attempt_at) == fake_clock.now()
    assert store.write(lambda db: ob.discard(db, item.id, fake_clock)) is True
    assert item_of(store, note).state == "discarded"
    assert store.read(ob.unsent_total) == 0
    assert store.read(lambda db: db["notes"].count) == 1, "the user's data stays"


def test_counts_per_service_and_state(store, fake_clock):
    add_note(store, fake_clock, "a")
    add_note(store, fake_clock, "b")
    assert store.read(ob.counts) == {"ledger": {"queued": 2}}
    assert json.loads(json.dumps(store.read(lambda db: ob.items(db))[0].as_dict()))["label"] == "note a"


def test_backoff_grows_exponentially_within_jitter_and_caps():
    import random

    backoff = Backoff(5, 60, random.Random(1))
    for attempts, ceiling in [(1, 5), (2, 10), (3, 20), (4, 40), (5, 60), (12, 60)]:
        d = backoff.delay(attempts)
        assert ceiling / 2 <= d <= ceiling
    assert 30 <= backoff.delay(1, retry_after=30) <= 31


def test_unknown_kind_is_set_aside_with_a_clear_message(store, fake_clock):
    store.write(
        lambda db: ob.enqueue(db, service="x", kind="x.unknown", payload={}, label="odd", clock=fake_clock)
    )
    Dispatcher(store, [], FakeClock()).run_once()
    item = store.read(lambda db: ob.items(db))[0]
    assert item.state == "attention" and "no sender" in item.last_error
