"""CtrackClient against the Ctrack simulator over loopback HTTP.

Client and simulator share one FakeClock, so session expiry, queue start delays, TTLs and the
14-day lapse are exact and no test waits on real time.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from ctrack_support import ctrack_maker, logins
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import AuthExpired, BadInput, Offline, RateLimited, Rejected
from fleetdesk.core.redact import MASK, redact
from fleetdesk.ctrack.client import CtrackClient
from fleetdesk.ctrack.errors import (
    CtrackRateLimited,
    CtrackRejected,
    LoginFailed,
    QueueNotSubscribed,
    SessionExpired,
)
from fleetdesk.ctrack.models import (
    CostCentre,
    Driver,
    OdoReading,
    Poi,
    Position,
    QueueType,
    SearchType,
    Trip,
    TripDetail,
    Vehicle,
)
from fleetdesk.ctrack.session import CtrackSession
from fleetdesk.simulators.ctrack import DEMO_PASSWORD, DEMO_USERNAME

BRUSSELS = CostCentre(3039, "FleetDesk Brussels")


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def make(clock):
    """make(password=..., **sim_kwargs) -> (sim, client) sharing ``clock``; all closed afterwards."""
    with ctrack_maker(clock) as make:
        yield make


@pytest.fixture
def env(make):
    return make()


# -- Membership and the session ----------------------------------------------------------------
def test_login_with_the_demo_credentials(env, clock):
    sim, client = env
    result = client.login()
    assert result.user_id == 89471
    assert result.expires_at == clock.now() + timedelta(minutes=60)
    assert client.auth.signed_in


def test_bad_credentials_raise_login_failed_without_retrying(make):
    sim, client = make(password="wrong-password")
    with pytest.raises(LoginFailed) as err:
        client.vehicles()
    assert isinstance(err.value, AuthExpired)
    assert len(logins(sim)) == 1
    assert not sim.requests_to(r"/Vehicles/")


def test_session_is_reused_then_renewed_before_it_expires(env, clock):
    sim, client = env
    client.vehicles()
    clock.advance(minutes=54)  # 6 min left: keep it
    client.vehicles()
    clock.advance(minutes=2)  # 4 min left (< 5 min margin): log in first
    client.vehicles()
    tokens = [r.path.split("/")[-2] for r in sim.requests_to(r"/Vehicles/")]
    assert tokens[0] == tokens[1] != tokens[2]
    assert len(logins(sim)) == 2
    assert all(r.status == 200 for r in sim.log)
    assert not any(b"AuthorisationFailed" in r.body for r in sim.log)


@pytest.mark.parametrize("status", [200, 401])
def test_authorisation_failed_logs_in_again_and_retries_once(make, status):
    sim, client = make(auth_failure_status=status)
    client.vehicles()
    sim.expire_sessions()  # the server forgot the session (restart, other login)
    assert len(client.vehicles()) == 25
    assert len(logins(sim)) == 2
    assert [r.status for r in sim.requests_to(r"/GetVehicles$")] == [200, status, 200]


def test_a_token_refused_twice_raises_session_expired(make):
    sim, client = make(session_minutes=0)  # every session is dead on arrival
    with pytest.raises(SessionExpired) as err:
        client.vehicles()
    assert (err.value.code_name, err.value.code) == ("AuthorisationFailed", 4)
    assert len(logins(sim)) == 2 and len(sim.requests_to(r"/GetVehicles$")) == 2


def test_one_session_is_shared_by_every_client(make, clock):
    shared = CtrackSession(clock)
    sim_a, a = make(ctrack_session=shared)
    a.vehicles()
    assert shared.logins == 1
    b = CtrackClient(a.base_url, DEMO_USERNAME, DEMO_PASSWORD, ctrack_session=shared)
    try:
        b.cost_centres()
    finally:
        b.session.close()
    assert shared.logins == 1 and len(logins(sim_a)) == 1


def test_token_and_password_never_reach_the_logs(env, caplog):
    sim, client = env
    caplog.set_level(logging.DEBUG)
    client.vehicles()
    token = sim.requests_to(r"/GetVehicles$")[0].path.split("/")[-2]
    assert redact(token) == MASK and redact(DEMO_PASSWORD) == MASK
    for record in caplog.records:
        text = redact(record.getMessage())
        assert token not in text and DEMO_PASSWORD not in text
    assert not any(token in r.getMessage() for r in caplog.records if r.name.startswith("fleetdesk"))


def test_offline_error_does_not_show_the_token(env):
    sim, client = env
    client.vehicles()
    token = sim.requests_to(r"/GetVehicles$")[0].path.split("/")[-2]
    sim.faults.offline = True
    with pytest.raises(Offline) as err:
        client.vehicles()
    assert token not in str(err.value)


# -- error codes -------------------------------------------------------------------------------
def test_rate_limit_error_is_typed(env):
    sim, client = env
    sim.force_rate_limit(1)
    with pytest.raises(CtrackRateLimited) as err:
        client.cost_centres()
    assert isinstance(err.value, RateLimited) and err.value.code_name == "RateLimitExceeded"
    assert client.cost_centres() == [BRUSSELS, CostCentre(3040, "FleetDesk Antwerp")]


def test_token_bucket_rate_limit_recovers_with_time(make, clock):
    sim, client = make(rate_limit=(1.0, 3))  # burst of 3 (login included), 1 per second
    client.cost_centres()
    client.cost_centres()
    with pytest.raises(RateLimited):
        client.cost_centres()
    clock.advance(2)
    assert client.cost_centres()


def test_http_429_is_rate_limited_with_retry_after(env):
    sim, client = env
    client.login()
    sim.faults.rate_limit(1, retry_after=7)
    with pytest.raises(RateLimited) as err:
        client.cost_centres()
    assert err.value.retry_after == 7


def test_bad_parameters_are_rejected_with_the_code(env, clock):
    sim, client = env
    with pytest.raises(CtrackRejected) as err:
        client.vehicle_trips(20001, clock.now() - timedelta(days=40), clock.now())
    assert isinstance(err.value, Rejected)
    assert (err.value.code_name, err.value.status) == ("InvalidParameter", 400)
    with pytest.raises(BadInput):
        client.queue_positions(limit=1001)
    with pytest.raises(CtrackRejected):  # the server holds the limit too
        client._get("Queues", "GetPositions", {"autoack": "false", "limit": 1001})


# -- every endpoint, typed ----------------------------------------------------------------------
def test_cost_centres_vehicles_and_drivers(env):
    sim, client = env
    assert client.service_version() == "4.4.13.8"
    assert BRUSSELS in client.cost_centres()
    assert client.cost_centre("FleetDesk Brussels") == [BRUSSELS]
    assert len(client.cost_centres_for_user(89471)) == 2
    vehicles = client.vehicles()
    assert len(vehicles) == 25 and all(isinstance(v, Vehicle) for v in vehicles)
    van = vehicles[0]
    assert van.last_time is not None and van.registration and van.mit
    assert client.vehicle_cost_centres(van.node_id) == [BRUSSELS]
    in_brussels = client.vehicles_in_cost_centre(BRUSSELS.node_id)
    assert van in in_brussels and len(in_brussels) < 25
    for kind, value in [
        (SearchType.VEHICLE_ID, van.registration),
        (SearchType.MIT, van.mit),
        (SearchType.NODE_ID, str(van.node_id)),
        ("SerialNumber", van.serial_number),
    ]:
        assert client.vehicle_detail(BRUSSELS.node_id, kind, value) == van
    assert client.vehicle_detail(BRUSSELS.node_id, SearchType.NODE_ID, "1") is None
    drivers = client.drivers_in_cost_centre(BRUSSELS.node_id)
    assert drivers and all(isinstance(d, Driver) for d in drivers)
    assert client.drivers_for_vehicle(van.node_id) == [drivers[0]]
    assert client.driver(BRUSSELS.node_id, "DriverId", drivers[0].driver_id) == drivers[0]


def test_last_positions_show_every_kind_of_vehicle(env, clock):
    sim, client = env
    now = clock.now()
    positions = {p.node_id: p for p in client.last_positions()}
    assert len(positions) == 25 and all(isinstance(p, Position) for p in positions.values())
    assert all(50.7 < p.latitude < 51.3 and 4.2 < p.longitude < 4.6 for p in positions.values())
    assert all(p.delivery_tag is None and p.location for p in positions.values())
    moving = [positions[n] for n in sim.vehicles_of_kind("moving")]
    assert sum(p.state == "moving" for p in moving) >= len(moving) // 2
    assert all(p.heading is not None for p in moving if p.state == "moving")
    assert all(positions[n].state == "parked" for n in sim.vehicles_of_kind("parked"))
    assert all(positions[n].state == "idling" for n in sim.vehicles_of_kind("idling"))
    [stale] = sim.vehicles_of_kind("stale")
    assert positions[stale].event_time <= now - timedelta(hours=6)
    [future] = sim.vehicles_of_kind("future")
    assert positions[future].event_time > now + timedelta(hours=1)
    some = client.last_positions_of([stale, future])
    assert {p.node_id for p in some} == {stale, future}


def test_last_positions_of_many_vehicles_are_asked_in_batches(make):
    sim, client = make(vehicles=150)
    ids = [v.node_id for v in client.vehicles()]
    assert len(client.last_positions_of(ids)) == 150
    assert len(sim.requests_to(r"/GetLastVehiclePositions$")) == 2


def test_trips_yesterday_and_today_with_stops_between(env, clock):
    sim, client = env
    node = sim.vehicles_of_kind("moving")[0]
    today = clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
    yesterday = client.vehicle_trips(node, today - timedelta(days=1), today)
    so_far = client.vehicle_trips(node, today, clock.now())
    assert len(yesterday) > 10 and so_far and all(isinstance(t, Trip) for t in yesterday)
    for a, b in zip(yesterday, yesterday[1:]):
        assert a.start < a.end < b.start  # a stop between trips
    assert all(t.end <= clock.now() for t in so_far)  # only completed trips
    detailed = client.vehicle_trips_detailed(node, today - timedelta(days=1), today)
    assert [(d.start, d.end) for d in detailed] == [(t.start, t.end) for t in yesterday]
    d = detailed[0]
    assert isinstance(d, TripDetail) and d.distance_m > 0
    assert d.end_odometer_m - d.start_odometer_m == pytest.approx(d.distance_m, abs=1)
    assert d.driving_time_s == (d.end - d.start).total_seconds()
    assert d.start_location and d.end_location and d.driver_name
    assert d.fuel_l > 0 and d.green_band_hi > d.green_band_lo and d.max_speed_kmh > 0
    for later, earlier in zip(detailed[1:], detailed):  # the odometer never goes back
        assert later.start_odometer_m >= earlier.end_odometer_m - 1


def test_position_history_odometer_and_pois(env, clock):
    sim, client = env
    node = sim.vehicles_of_kind("moving")[0]
    now = clock.now()
    history = client.vehicle_positions(node, now - timedelta(hours=2), now)
    assert len(history) > 100
    assert [p.event_time for p in history] == sorted(p.event_time for p in history)
    odo = [p.odometer_m for p in history]
    assert odo == sorted(odo) and odo[-1] > odo[0]
    [reading] = client.odo_at_time(now - timedelta(hours=1), [node])
    assert isinstance(reading, OdoReading) and reading.timestamp <= now - timedelta(hours=1)
    assert odo[0] <= reading.odometer_m <= odo[-1]
    period = client.odo_over_period(node, now - timedelta(hours=1), now)
    assert period.odometer_m >= reading.odometer_m
    [stale] = sim.vehicles_of_kind("stale")
    assert client.odo_over_period(stale, now - timedelta(hours=1), now) is None
    pois = client.point_pois(BRUSSELS.node_id)
    assert len(pois) >= 5 and all(isinstance(p, Poi) and p.address for p in pois)
    newest = max(p.modified for p in pois)
    recent = client.point_pois(BRUSSELS.node_id, newest - timedelta(seconds=1))
    assert [p.modified for p in recent] == [newest]


# -- the Positions queue ---------------------------------------------------------------------
def tags(positions):
    return [p.delivery_tag for p in positions]


def test_queue_starts_only_after_the_subscription_delay(make, clock):
    sim, client = make(queue_start_delay=3600)
    client.subscribe(QueueType.POSITIONS)
    started = clock.now() + timedelta(hours=1)
    assert client.queue_positions() == []
    clock.advance(3599)
    assert client.queue_positions() == []
    clock.advance(61)
    got = client.queue_positions()
    assert got and tags(got) == list(range(1, len(got) + 1))
    odd = set(sim.vehicles_of_kind("late") + sim.vehicles_of_kind("future"))
    assert all(p.event_time >= started for p in got if p.node_id not in odd)


def test_unacked_positions_are_redelivered_and_ack_is_cumulative(make, clock):
    sim, client = make(queue_start_delay=5)
    client.subscribe()
    clock.advance(65)
    first = client.queue_positions(limit=10)
    assert len(first) == 10
    assert tags(client.queue_positions(limit=10)) == tags(first)  # not acked: again, same tags
    batch = client.queue_positions(limit=30)
    client.ack(QueueType.POSITIONS, batch[9].delivery_tag)  # acks the first ten
    after = client.queue_positions(limit=30)
    assert after[0].delivery_tag == batch[10].delivery_tag
    client.ack("Positions", after[-1].delivery_tag)
    clock.advance(30)
    rest = client.queue_positions(limit=1000)
    assert rest and min(tags(rest)) == after[-1].delivery_tag + 1
    assert tags(rest) == sorted(set(tags(rest)))


def test_consuming_commit_then_ack_sees_every_fix_once(make, clock):
    sim, client = make(queue_start_delay=5)
    client.subscribe()
    seen: list[int] = []
    for _ in range(20):
        clock.advance(20)
        got = client.queue_positions(limit=1000)
        seen += tags(got)
        if got:
            client.ack(QueueType.POSITIONS, max(tags(got)))
    assert seen == list(range(1, len(seen) + 1))
    assert len(seen) > 20 * 20 / 15 * 18  # ~25 vehicles reporting every 15 s, most moving


def test_ack_of_a_tag_never_delivered_is_refused(make, clock):
    sim, client = make(queue_start_delay=0)
    client.subscribe()
    clock.advance(30)
    got = client.queue_positions(limit=5)
    with pytest.raises(CtrackRejected) as err:
        client.ack(QueueType.POSITIONS, got[-1].delivery_tag + 1000)
    assert err.value.code_name == "InvalidDeliveryTag"
    client.ack(QueueType.POSITIONS, got[-1].delivery_tag)
    client.ack(QueueType.POSITIONS, got[-1].delivery_tag)  # acking twice is harmless


def test_autoack_removes_what_it_delivers(make, clock):
    sim, client = make(queue_start_delay=0)
    client.subscribe()
    clock.advance(30)
    first = client.queue_positions(limit=5, autoack=True)
    assert min(tags(client.queue_positions(limit=5))) == max(tags(first)) + 1


def test_with_a_visibility_timeout_unacked_messages_come_back_later(make, clock):
    sim, client = make(queue_start_delay=0, visibility_timeout=30)
    client.subscribe()
    clock.advance(60)
    first = client.queue_positions(limit=5)
    second = client.queue_positions(limit=5)
    assert min(tags(second)) > max(tags(first))  # hidden while in flight
    clock.advance(31)
    assert tags(client.queue_positions(limit=5)) == tags(first)  # then redelivered


def test_expired_messages_are_discarded(make, clock):
    sim, client = make(queue_start_delay=0, message_ttl=60)
    client.subscribe()
    clock.advance(30)
    early = client.queue_positions(limit=1000)
    clock.advance(120)
    later = client.queue_positions(limit=1000)
    assert early and later and min(tags(later)) > max(tags(early))
    assert all(
        p.event_time >= clock.now() - timedelta(seconds=61)
        for p in later
        if p.node_id not in sim.vehicles_of_kind("future")
    )


def test_queue_lapses_after_14_days_unused_and_unsubscribe_removes_it(make, clock):
    sim, client = make(queue_start_delay=0, message_ttl=60)
    client.subscribe()
    clock.advance(days=13)
    client.queue_positions(limit=1)  # use keeps it alive
    clock.advance(days=13)
    client.queue_positions(limit=1)
    clock.advance(days=14, seconds=1)
    with pytest.raises(QueueNotSubscribed):
        client.queue_positions()
    client.subscribe()
    client.unsubscribe()
    with pytest.raises(QueueNotSubscribed):
        client.queue_positions()


def test_queue_carries_late_buffered_and_future_fixes(make, clock):
    sim, client = make(queue_start_delay=0)
    client.subscribe()
    [late] = sim.vehicles_of_kind("late")
    [future] = sim.vehicles_of_kind("future")
    delivered: list[Position] = []
    for _ in range(60):  # 20 minutes: one whole outage
        clock.advance(20)
        got = client.queue_positions(limit=1000)
        delivered += got
        assert all(p.event_time > clock.now() for p in got if p.node_id == future)
        if got:
            client.ack(QueueType.POSITIONS, got[-1].delivery_tag)
    fixes = [p for p in delivered if p.node_id == late]
    newest_so_far, out_of_order = None, 0
    for p in fixes:  # in delivery (tag) order
        if newest_so_far and p.event_time < newest_so_far:
            out_of_order += 1
        newest_so_far = max(newest_so_far or p.event_time, p.event_time)
    assert out_of_order >= 5


def test_trips_queue_fills_once_a_day_with_detailed_trips(make, clock):
    sim, client = make(queue_start_delay=5)
    client.subscribe(QueueType.TRIPS)
    clock.advance(hours=2)
    assert client.queue_trips() == []
    clock.advance(hours=16)  # past 02:00 UTC the next day
    trips = client.queue_trips(limit=1000)
    assert len(trips) > 100 and all(isinstance(t, TripDetail) for t in trips)
    assert [t.delivery_tag for t in trips] == list(range(1, len(trips) + 1))
    assert all(t.end <= clock.now() and t.distance_m > 0 for t in trips)
    client.ack(QueueType.TRIPS, trips[-1].delivery_tag)
    assert client.queue_trips() == []
