"""The Ctrack live-data service against the simulator over loopback: queue consumption (commit,
then ack; crash in between), late and future fixes, session expiry mid-run, the polling fallback,
the subscription keep-alive and lapse, rate-limit backoff, retention and trips.

Service, store and simulator share one FakeClock, so every timing is exact and nothing sleeps.
"""

from __future__ import annotations

import gc
from datetime import timedelta

import pytest

from fleetdesk.core.errors import TransientError
from fleetdesk.ctrack import store as cs
from fleetdesk.ctrack.client import CtrackClient
from fleetdesk.ctrack.plugin import PLUGIN, close_service, get_service
from fleetdesk.ctrack.queue_consumer import POSITIONS, PositionsConsumer
from fleetdesk.ctrack.rules import Backoff
from fleetdesk.runtime import Runtime
from fleetdesk.simulators.ctrack import DEMO_PASSWORD, DEMO_USERNAME, PREFIX, CtrackSimulator
from fleetdesk.simulators.framework import SimServer
from fleetdesk.store.kv import kv_get


class Crash(Exception):
    """Stands for the process dying."""


@pytest.fixture
def sim(fake_clock):
    app = CtrackSimulator(clock=lambda: fake_clock.now().timestamp(), queue_start_delay=5.0, rate_limit=None)
    server = SimServer(app).start()
    app.url = server.url + PREFIX
    yield app
    gc.collect()  # errors keep responses (and their sockets) alive until collected
    server.stop()


@pytest.fixture
def rt(config, fake_clock, sim):
    config.overrides["ctrack"] = sim.url
    runtime = Runtime(config, clock=fake_clock, integrations=[PLUGIN])
    runtime.credentials.set("ctrack", "username", DEMO_USERNAME)
    runtime.credentials.set("ctrack", "password", DEMO_PASSWORD)
    yield runtime
    close_service(runtime)
    runtime.close()


def new_client(rt, sim) -> CtrackClient:
    return CtrackClient(sim.url, DEMO_USERNAME, DEMO_PASSWORD, clock=rt.clock)


def queue(sim, fake_clock):
    return sim.queues.peek("Positions", fake_clock.now().timestamp())


def latest(rt) -> dict[int, float]:
    return dict(rt.store.read(lambda db: db.execute("SELECT node_id, t FROM ctrack_latest").fetchall()))


def track_keys(rt) -> set[tuple[int, int]]:
    return set(rt.store.read(lambda db: db.execute("SELECT node_id, t FROM ctrack_track").fetchall()))


# -- the queue -------------------------------------------------------------------------------
def test_polls_last_positions_until_a_new_subscription_starts(rt, sim, fake_clock):
    service = get_service(rt)
    assert service.poll() == 10.0  # default polling interval
    state = rt.store.read(lambda db: cs.queue_state(db, POSITIONS))
    assert state.subscribed and not state.started
    assert rt.store.read(lambda db: kv_get(db, "ctrack.status"))["mode"] == "polling"
    fleet = rt.store.read(cs.fleet)
    assert len(fleet) == 25 and fleet[0].registration
    with_position = {r.node_id for r in fleet if r.t is not None}
    assert len(with_position) == 24  # the unit dated 3 h ahead is not trusted
    assert len(sim.requests_to("GetLastVehiclePositionsforAuthenticatedUser")) == 1

    fake_clock.advance(30)  # the queue starts after 5 s
    service.poll()
    assert rt.store.read(lambda db: cs.queue_state(db, POSITIONS)).started
    assert rt.store.read(lambda db: kv_get(db, "ctrack.status"))["mode"] == "queue"
    fake_clock.advance(30)
    service.poll()  # started: no more polling of last positions
    assert len(sim.requests_to("GetLastVehiclePositionsforAuthenticatedUser")) == 1


def test_a_crash_between_commit_and_ack_loses_nothing_and_counts_nothing_twice(rt, sim, fake_clock):
    consumer = PositionsConsumer(
        new_client(rt, sim),
        rt.store,
        rt.clock,
        limit=1000,
        after_commit=lambda tag: (_ for _ in ()).throw(Crash(tag)),
    )
    consumer.subscribe()
    fake_clock.advance(120)
    with pytest.raises(Crash):
        consumer.pull_once()
    consumer.client.close()
    delivered = queue(sim, fake_clock).highest_delivered
    assert queue(sim, fake_clock).pending == delivered  # nothing was acknowledged
    stored = track_keys(rt)
    assert len(stored) > 100

    # "restart": a new client and consumer on the same store; the server redelivers the batch
    again = PositionsConsumer(new_client(rt, sim), rt.store, rt.clock)
    result = again.pull_once()
    assert result.redelivered == delivered and result.stats.new == 0
    assert result.acked_tag == delivered and queue(sim, fake_clock).pending == 0
    assert track_keys(rt) == stored
    fake_clock.advance(60)
    result = again.pull_once()
    assert result.redelivered == 0 and result.stats.new > 0
    again.client.close()

    state = rt.store.read(lambda db: cs.queue_state(db, POSITIONS))
    total = queue(sim, fake_clock).highest_delivered
    assert state.committed_tag == state.acked_tag == total
    # every message counted exactly once, and every trustworthy fix stored exactly once
    assert state.received == total and state.duplicates == delivered
    assert len(track_keys(rt)) == total - state.ignored_future


def test_late_buffered_fixes_fill_the_track_but_never_move_a_vehicle_back(rt, sim, fake_clock):
    service = get_service(rt)
    late_node = sim.vehicles_of_kind("late")[0]
    service.consumer.subscribe()
    seen: list[float] = []
    late_total = 0
    for _ in range(80):  # 20 minutes, one pull every 15 s
        fake_clock.advance(15)
        late_total += service.pull().stats.late
        seen.append(latest(rt)[late_node])
    assert late_total > 0
    assert seen == sorted(seen)  # the marker never went back in time
    points = [k for k in track_keys(rt) if k[0] == late_node]
    assert max(t for _, t in points) == round(seen[-1])
    # the outage's buffered fixes are in the track: no gap longer than two report intervals
    times = sorted(t for _, t in points)
    assert max(b - a for a, b in zip(times, times[1:])) <= 30


def test_fixes_dated_in_the_future_are_ignored_and_counted(rt, sim, fake_clock):
    service = get_service(rt)
    future_node = sim.vehicles_of_kind("future")[0]
    service.poll()
    fake_clock.advance(120)
    service.poll()
    row = next(r for r in rt.store.read(cs.fleet) if r.node_id == future_node)
    assert row.t is None and row.future_fixes >= 2
    now = fake_clock.now().timestamp()
    assert all(t <= now + 120 for _, t in track_keys(rt))
    assert rt.store.read(lambda db: cs.queue_state(db, POSITIONS)).ignored_future > 0


def test_session_expiry_mid_run_logs_in_again_and_loses_nothing(rt, sim, fake_clock):
    service = get_service(rt)
    service.poll()
    fake_clock.advance(60)
    service.poll()
    sim.expire_sessions()  # the server forgot the session
    fake_clock.advance(60)
    service.poll()
    fake_clock.advance(61 * 60)  # and the session's hour ran out
    service.poll()
    assert len(sim.requests_to(r"/Membership/Login$")) == 3
    q = queue(sim, fake_clock)
    state = rt.store.read(lambda db: cs.queue_state(db, POSITIONS))
    assert q.pending == 0 and state.committed_tag == state.acked_tag == q.highest_delivered
    assert state.received == q.highest_delivered


def test_a_lapsed_queue_is_subscribed_again_and_polled_until_it_starts(rt, sim, fake_clock):
    service = get_service(rt)
    service.poll()
    fake_clock.advance(60)
    service.poll()
    old_epoch = rt.store.read(lambda db: cs.queue_state(db, POSITIONS)).epoch
    fake_clock.advance(days=15)  # unused for 15 days: the server deleted it
    polls_before = len(sim.requests_to("GetLastVehiclePositionsforAuthenticatedUser"))
    service.poll()
    state = rt.store.read(lambda db: cs.queue_state(db, POSITIONS))
    assert state.epoch == old_epoch + 1 and not state.started and state.committed_tag == 0
    assert len(sim.requests_to("GetLastVehiclePositionsforAuthenticatedUser")) == polls_before + 1
    newest = max(latest(rt).values())
    assert newest > fake_clock.now().timestamp() - 3600  # the map caught up through polling
    fake_clock.advance(60)
    result = service.pull()
    assert result.stats.new > 0 and result.acked_tag and result.acked_tag < 1000  # tags restarted


def test_keep_alive_touches_an_unused_subscription(rt, sim, fake_clock):
    service = get_service(rt)
    service.consumer.subscribe()
    fake_clock.advance(hours=2)
    assert not service.consumer.keep_alive(24 * 3600)
    fake_clock.advance(days=2)
    assert service.consumer.keep_alive(24 * 3600)
    fake_clock.advance(days=13)  # 15 days after subscribing, 13 after the touch
    assert queue(sim, fake_clock) is not None


def test_rate_limits_back_off_exponentially_with_jitter_then_recover(rt, sim, fake_clock):
    import random

    service = get_service(rt)
    service.backoff = Backoff(base=2.0, cap=300.0, rng=random.Random(7))
    service.poll()
    sim.force_rate_limit(50)
    delays = []
    for _ in range(5):
        delays.append(service.poll())
    for n, d in enumerate(delays):
        assert 2.0 * 2**n / 2 <= d <= 2.0 * 2**n
    assert delays[-1] > delays[0] * 4
    assert rt.store.read(lambda db: kv_get(db, "ctrack.status"))["mode"] == "limited"
    sim.force_rate_limit(0)
    assert service.poll() == 10.0 and service.backoff.failures == 0


def test_an_unreachable_server_backs_off_and_the_last_known_fleet_stays(rt, sim, fake_clock, config):
    service = get_service(rt)
    service.poll()
    known = latest(rt)
    service.client.base_url = "http://127.0.0.1:9" + PREFIX
    delay = service.poll()
    assert 1.0 <= delay <= 2.0
    assert latest(rt) == known
    status = rt.store.read(lambda db: kv_get(db, "ctrack.status"))
    assert status["mode"] == "offline" and status["last_ok_at"]
    token = service.client.auth._token
    assert (
        token
        and token not in str(status)
        and "could not be reached (connection refused)" in status["message"]
    )


def test_retention_forgets_old_track_points_but_keeps_the_last_known_fleet(rt, sim, fake_clock):
    service = get_service(rt)
    service.poll()
    fake_clock.advance(60)
    service.poll()
    assert rt.store.read(cs.track_count) > 0
    before = latest(rt)
    rt.config.settings.set("ctrack.retention_days", 2)
    fake_clock.advance(days=3)
    removed = service.purge_if_due()
    assert removed > 0 and rt.store.read(cs.track_count) == 0
    assert latest(rt) == before


def test_a_day_of_trips_is_stored_and_shown_again_offline(rt, sim, fake_clock):
    service = get_service(rt)
    service.refresh_vehicles()
    node = sim.vehicles_of_kind("moving")[0]
    yesterday = (fake_clock.now() - timedelta(days=1)).astimezone().date()
    day = service.load_day(node, yesterday)
    assert not day.offline and len(day.trips) >= 10
    assert len(day.points) > 100 and len(day.stops) == len(day.trips) - 1
    assert all(s.duration_s > 0 for s in day.stops)
    assert day.trips[0].start_t >= day.start.timestamp()
    service.client.base_url = "http://127.0.0.1:9" + PREFIX
    offline = service.load_day(node, yesterday)
    assert offline.offline and offline.trips == day.trips and offline.points == day.points


def test_sync_reports_what_it_did(rt, sim, fake_clock):
    r = PLUGIN.sync(rt)
    assert r.ok and "from last positions" in r.summary
    fake_clock.advance(60)
    r = PLUGIN.sync(rt)
    assert r.details["queue"]["stats"]["new"] > 0 and r.details["fallback"] is None


def test_not_configured_without_credentials(config, fake_clock):
    runtime = Runtime(config, clock=fake_clock, integrations=[PLUGIN])
    try:
        ok, why = PLUGIN.is_configured(runtime)
        assert not ok and "FLEETDESK_CTRACK_USERNAME" in why
        assert PLUGIN.poll(runtime) is None
        assert PLUGIN.handlers(runtime) == []
    finally:
        runtime.close()


def test_transient_errors_are_the_retry_kind():
    from fleetdesk.ctrack.errors import CtrackRateLimited

    assert issubclass(CtrackRateLimited, TransientError)


@pytest.mark.parametrize("status", [400, 401])
@pytest.mark.parametrize("body", ["empty", "text", "json", "opaque"])
def test_defect9_a_throttled_key_backs_off_and_says_ctrack_is_limiting_requests(
    rt, sim, fake_clock, status, body
):
    """#20 defect 9: not "signed out" for 300 s, but exponential back-off and plain words."""
    service = get_service(rt)
    service.poll()
    sim.force_rate_limit(100, status=status, body=body)
    delays = [service.poll() for _ in range(4)]
    state = rt.store.read(lambda db: kv_get(db, "ctrack.status"))
    assert state["mode"] == "limited" and "limiting requests" in state["message"]
    assert 300.0 not in delays and delays[-1] > delays[0]  # growing, not the sign-in wait
    logins = sim.requests_to(r"/Membership/Login$")
    assert len(logins) <= 1 + 4  # never a login storm: at most one per throttled round
