"""Issue #12 defect 6: a manual RDL is refused locally only for what the spec's denial list
says and FleetDesk's data shows; an attempt earlier today is not on that list. Anything else
is sent (through the outbox) and the server's 409 text is shown with its traceId.
Over loopback HTTP against the simulator, time pinned.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.store import outbox as ob
from fleetdesk.tachoshare.rdl import RdlNotPossible
from fleetdesk.tachoshare.views import board_rows
from test_tachoshare_support import tacho_env

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(NOW), vu_base_bytes=2000, vu_day_bytes=10, card_file_bytes=300) as e:
        yield e


def board_denial(env, vin):
    rows = env.rt.store.read(lambda db: board_rows(db, NOW.date()))
    return next(r for r in rows if r.vin == vin).rdl_denial


def test_an_attempt_earlier_today_that_left_nothing_pending_does_not_block_a_request(env):
    sim, svc, rt = env.sim, env.svc, env.rt
    v = sim.vehicles[10]  # 40 days without a download
    v.last_rdl_attempt = NOW.replace(hour=6)  # today's scheduled attempt failed
    attempts = v.manual_attempts
    svc.refresh_lists()
    assert board_denial(env, v.vin) is None, "the board offers the request"
    request_id = svc.request_rdl(v.vin)
    report = rt.dispatcher.send_now(service="tachoshare")
    assert len(report.sent) == 1
    row = env.rows("SELECT * FROM tacho_rdl_requests WHERE id = ?", [request_id])[0]
    assert row["state"] == "accepted" and v.manual_attempts == attempts - 1


def test_a_request_the_server_refuses_for_a_reason_only_it_knows_is_sent_and_its_409_shown(env):
    sim, svc, rt = env.sim, env.svc, env.rt
    v = sim.vehicles[10]
    v.last_rdl_attempt = NOW.replace(hour=6)
    v.rdl_pending_since = NOW.timestamp() - 60  # someone else's RDL is waiting (Webfleet UI)
    svc.refresh_lists()
    request_id = svc.request_rdl(v.vin)  # FleetDesk's data cannot show it: sent
    rt.dispatcher.send_now(service="tachoshare")
    assert [r.status for r in sim.requests_to(r"/rdl$")] == [409]
    row = env.rows("SELECT * FROM tacho_rdl_requests WHERE id = ?", [request_id])[0]
    assert row["state"] == "refused"
    assert row["message"].startswith("RDL is already in progress or waiting for execution (traceId ")
    item = rt.store.read(lambda db: ob.items(db))[0]
    assert item.state == "attention" and item.last_status == 409


def test_fleetdesks_own_accepted_request_is_waiting_until_its_data_arrives(env):
    sim, svc, rt = env.sim, env.svc, env.rt
    v = sim.vehicles[10]
    svc.refresh_lists()
    svc.request_rdl(v.vin)
    rt.dispatcher.send_now(service="tachoshare")
    with pytest.raises(RdlNotPossible, match="still waiting for execution"):
        svc.request_rdl(v.vin)
    assert "still waiting" in board_denial(env, v.vin)
    # the download ran (the list shows new data): the waiting reason is gone
    env.clock.advance(seconds=sim.rdl_completes_after + 1)
    svc.refresh_lists()
    assert "still waiting" not in (board_denial(env, v.vin) or "")
    # and a day later an accepted request is no longer taken as waiting
    env.clock.advance(days=1)
    assert "still waiting" not in (
        next(
            r
            for r in rt.store.read(lambda db: board_rows(db, NOW.date() + timedelta(days=1)))
            if r.vin == v.vin
        ).rdl_denial
        or ""
    )
