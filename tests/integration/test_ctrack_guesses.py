"""Where the Ctrack spec is silent or contradicts itself (review rows C11, C22, C25, C31, C33,
C39, C41, C43 and the client's throttling heuristics): the simulator answers each reading
strictly, and the client copes with every one of them.

Client, service and simulator share one FakeClock; nothing waits on real time.
"""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta

import pytest

from fleetdesk.core.clock import FakeClock, parse_utc
from fleetdesk.ctrack import store as cs
from fleetdesk.ctrack.client import CtrackClient
from fleetdesk.ctrack.errors import CtrackRateLimited, CtrackRejected
from fleetdesk.ctrack.models import Position
from fleetdesk.ctrack.plugin import PLUGIN, close_service, get_service
from fleetdesk.ctrack.queue_consumer import POSITIONS, PositionsConsumer
from fleetdesk.runtime import Runtime
from fleetdesk.simulators.ctrack import DEMO_PASSWORD, DEMO_USERNAME, PREFIX, CtrackSimulator
from fleetdesk.simulators.framework import SimServer
from fleetdesk.store.kv import kv_get


@pytest.fixture
def make():
    made = []
    clock = FakeClock()

    def _make(positions_detailed_param=None, **sim_kwargs):
        sim_kwargs.setdefault("rate_limit", None)
        sim = CtrackSimulator(clock=lambda: clock.now().timestamp(), **sim_kwargs)
        sim.positions_detailed_param = positions_detailed_param
        server = SimServer(sim).start()
        client = CtrackClient(server.url + PREFIX, DEMO_USERNAME, DEMO_PASSWORD, clock=clock)
        made.append((server, client))
        sim.fake_clock = clock
        return sim, client

    yield _make
    gc.collect()
    for server, client in made:
        client.session.close()
        server.stop()


@pytest.fixture
def live(config, fake_clock):
    """(runtime, sim) with the service of the runtime on the simulator."""
    made = []

    def _live(**sim_kwargs):
        sim = CtrackSimulator(
            clock=lambda: fake_clock.now().timestamp(), queue_start_delay=5.0, rate_limit=None, **sim_kwargs
        )
        server = SimServer(sim).start()
        config.overrides["ctrack"] = server.url + PREFIX
        rt = Runtime(config, clock=fake_clock, integrations=[PLUGIN])
        rt.credentials.set("ctrack", "username", DEMO_USERNAME)
        rt.credentials.set("ctrack", "password", DEMO_PASSWORD)
        made.append((server, rt))
        return rt, sim

    yield _live
    gc.collect()
    for server, rt in made:
        close_service(rt)
        rt.close()
        server.stop()


# -- the simulator's clock ------------------------------------------------------------------
def test_the_simulator_honours_fleetdesk_fake_now():
    """The default clock is the pinned one (conftest pins 2026-11-23T09:00Z), never time.time:
    the fleet's last fixes lie just before the pinned instant."""
    sim = CtrackSimulator()
    pinned = parse_utc("2026-11-23T09:00:00Z").timestamp()
    assert abs(sim.clock() - pinned) < 600
    fixes = [sim.fleet.last_fix(v, sim.clock()) for v in sim.fleet.vehicles]
    newest = max(f.event_time for f in fixes if f is not None and f.event_time <= sim.clock())
    assert pinned - 3600 < newest <= pinned + 600


# -- throttling heuristics ------------------------------------------------------------------
def test_opaque_400_on_a_call_without_parameters_is_throttling(make):
    """A 400 on GetVehicles cannot be "malformed parameters" (it has none): whatever its body
    (here a bare number, no words), it is the spec's "rate limit exceeded"."""
    sim, client = make()
    client.vehicles()
    sim.force_rate_limit(1, status=400, body="opaque")
    with pytest.raises(CtrackRateLimited) as err:
        client.vehicles()
    assert "limiting requests" in str(err.value)


def test_a_400_with_parameters_stays_a_refusal_but_the_live_loop_backs_off(live, fake_clock):
    """On a call with parameters a 400 may be a malformed request: the client keeps it a
    refusal, the live loop (fixed, checked parameters) backs off exponentially and says why."""
    rt, sim = live()
    service = get_service(rt)
    service.poll()
    fake_clock.advance(30)
    service.poll()  # started: the queue is read
    sim.force_rate_limit(0)
    real_before = sim.before

    def before(request):  # only the queue call answers an opaque 400
        if "GetPositions" in request.path:
            from fleetdesk.simulators.framework import SimResponse

            return SimResponse.json({"ErrorCode": 11}, 400)
        return real_before(request)

    sim.before = before
    delays = [service.poll() for _ in range(3)]
    state = rt.store.read(lambda db: kv_get(db, "ctrack.status"))
    assert state["mode"] == "limited" and "rate limit exceeded" in state["message"]
    assert delays[0] < delays[-1] <= 300.0
    sim.before = real_before
    assert service.poll() == 10.0
    assert rt.store.read(lambda db: kv_get(db, "ctrack.status"))["mode"] == "queue"


def test_a_401_on_login_without_credential_words_is_not_a_wrong_password(make):
    sim, client = make()
    sim.force_rate_limit(1, status=401, body="opaque")  # {"ErrorCode": "AuthorisationFailed = 4"}
    with pytest.raises(CtrackRateLimited):
        client.login()
    client.login()  # the limit lifted: signed in


# -- C22, C25: the Detailed calls -------------------------------------------------------------
@pytest.mark.parametrize("param", ["vehicleNodeId", "svehicleNodeIds"])
def test_positions_detailed_works_whichever_parameter_name_the_server_reads(make, param):
    sim, client = make(positions_detailed_param=param)
    node = sim.fleet.vehicles[0].node_id
    now = sim.fake_clock.now()
    fixes = client.vehicle_positions(node, now - timedelta(hours=2), now)
    assert fixes and {f.node_id for f in fixes} == {node}


@pytest.mark.parametrize("shape", ["array", "bare", "wrapped"])
def test_detailed_answers_of_every_shape_are_read(make, shape):
    sim, client = make()
    node = sim.fleet.vehicles[0].node_id
    now = sim.fake_clock.now()
    trips = client.vehicle_trips_detailed(node, now - timedelta(days=1), now)
    fixes = client.vehicle_positions(node, now - timedelta(hours=1), now)
    assert trips and fixes
    sim.detailed_shape = shape
    assert client.vehicle_trips_detailed(node, now - timedelta(days=1), now) == trips
    assert client.vehicle_positions(node, now - timedelta(hours=1), now) == fixes
    one = trips[0]  # one record: a bare object in "bare"
    assert client.vehicle_trips_detailed(node, one.start, one.end) == [one]
    t = fixes[0].event_time
    second = timedelta(seconds=1)
    assert client.vehicle_positions(node, t - second, t + second) == [fixes[0]]


# -- C31: directAccess --------------------------------------------------------------------------
def test_subscribe_and_unsubscribe_send_direct_access(make):
    sim, client = make()
    client.subscribe()
    client.unsubscribe()
    for r in sim.requests_to(r"/Queues/[^/]+/(Subscribe|Unsubscribe)$"):
        assert r.query["directAccess"] == ["true"] and r.status == 200
    with pytest.raises(CtrackRejected):  # the simulator insists, as the spec
        client._get("Queues", "Unsubscribe", {"type": "Positions"})


# -- C33: a queue that lapsed without saying so ---------------------------------------------
def test_a_silently_dropped_queue_is_polled_then_subscribed_again(live, fake_clock):
    rt, sim = live()
    sim.lapsed_queue_answer = "empty"  # a lost queue answers [] (not documented)
    service = get_service(rt)
    service.poll()
    fake_clock.advance(30)
    service.poll()
    assert rt.store.read(lambda db: cs.queue_state(db, POSITIONS)).started
    epoch = rt.store.read(lambda db: cs.queue_state(db, POSITIONS)).epoch
    sim.queues.queues.clear()  # the server dropped it, silently
    subscribes = len(sim.requests_to(r"/Subscribe$"))
    polls = len(sim.requests_to("GetLastVehiclePositionsforAuthenticatedUser"))
    for _ in range(40):  # 40 minutes of 1-minute polls
        fake_clock.advance(60)
        service.poll()
    # after 5 quiet minutes the last positions are polled again: the map does not freeze
    assert len(sim.requests_to("GetLastVehiclePositionsforAuthenticatedUser")) > polls + 30
    assert max(latest_times(rt)) > fake_clock.now().timestamp() - 300
    assert len(sim.requests_to(r"/Subscribe$")) == subscribes
    for _ in range(25):  # past an hour of silence: subscribe again
        fake_clock.advance(60)
        service.poll()
    assert len(sim.requests_to(r"/Subscribe$")) == subscribes + 1
    assert rt.store.read(lambda db: cs.queue_state(db, POSITIONS)).epoch == epoch + 1
    fake_clock.advance(60)
    assert service.pull().stats.new > 0  # the new queue delivers


def latest_times(rt) -> list[float]:
    return [
        t for _, t in rt.store.read(lambda db: db.execute("SELECT node_id, t FROM ctrack_latest").fetchall())
    ]


# -- C39: delivery tags of redelivered messages -----------------------------------------------
class Crash(Exception):
    pass


def test_redelivery_with_new_tags_loses_nothing_and_counts_nothing_twice(live, fake_clock):
    """AMQP-style tags (a redelivered message gets a new tag): the tag is no de-duplication key,
    the content is; acknowledging the newest tag covers the earlier deliveries."""
    rt, sim = live(redelivery_tags="new")
    url = sim.base_url + PREFIX
    crashing = PositionsConsumer(
        CtrackClient(url, DEMO_USERNAME, DEMO_PASSWORD, clock=rt.clock),
        rt.store,
        rt.clock,
        after_commit=lambda tag: (_ for _ in ()).throw(Crash()),
    )
    crashing.subscribe()
    fake_clock.advance(120)
    with pytest.raises(Crash):
        crashing.pull_once()
    crashing.client.close()
    q = sim.queues.peek("Positions", fake_clock.now().timestamp())
    delivered = q.pending
    stored = track_keys(rt)
    again = PositionsConsumer(
        CtrackClient(url, DEMO_USERNAME, DEMO_PASSWORD, clock=rt.clock), rt.store, rt.clock
    )
    result = again.pull_once()  # the same messages, new (higher) tags
    assert result.messages == delivered and result.stats.new == 0
    assert result.stats.duplicates == delivered - result.stats.future
    assert q.pending == 0 and track_keys(rt) == stored
    fake_clock.advance(60)
    result = again.pull_once()
    assert result.stats.new > 0 and q.pending == 0
    again.client.close()


def track_keys(rt) -> set:
    return set(rt.store.read(lambda db: db.execute("SELECT node_id, t FROM ctrack_track").fetchall()))


# -- C43: per-record error codes ------------------------------------------------------------
def test_records_with_an_error_code_are_no_positions(make, live, fake_clock):
    sim, client = make()
    node = sim.fleet.vehicles[0].node_id
    sim.record_errors = {node: 4}
    assert node not in {p.node_id for p in client.last_positions()}
    vehicles = {v.node_id: v for v in client.vehicles()}
    assert node in vehicles and vehicles[node].registration == ""  # listed, without data

    rt, sim2 = live()
    sim2.record_errors = {node: 4}
    get_service(rt).poll()
    stored = dict(rt.store.read(lambda db: db.execute("SELECT node_id, t FROM ctrack_latest").fetchall()))
    assert node not in stored and len(stored) >= 20


# -- C41: units ---------------------------------------------------------------------------------
def test_the_spec_sample_reads_in_metres_and_kmh():
    """Units are not given: RunningOdo 19000000 is read as metres (19,000 km), Speed as km/h."""
    p = Position.from_json(
        {
            "NodeId": 566,
            "SingleStatus": 4,
            "Ignition": False,
            "Latitude": -25.865379333496094,
            "Longitude": 28.257020950317383,
            "RunningOdo": 19000000,
            "Speed": 0,
            "ErrorCode": 0,
            "EventTimeUTC": "2017-04-30T02:01:26.000Z",
        }
    )
    assert p.odometer_m == 19_000_000 and p.speed_kmh == 0.0
    assert p.event_time == datetime(2017, 4, 30, 2, 1, 26, tzinfo=UTC)
