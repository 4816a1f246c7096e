"""HighMobilityClient against the High Mobility simulator over loopback HTTP.

Client and simulator share one FakeClock, so token lifetimes and clearance timings are exact
and no test waits on real time.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import AuthExpired, Rejected, TransientError
from fleetdesk.highmobility import rules
from fleetdesk.highmobility.client import AlreadyRemoved, Busy, HighMobilityClient
from fleetdesk.highmobility.models import ClearanceRequest, Odometer
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.highmobility import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    SANDBOX_TIMINGS,
    HighMobilitySim,
    Timings,
)

BMW = "WBA0000000000AB12"
MERC = "WDD0000000000MB01"
VIRT_CONTROL, VIRT_PENDING, VIRT_REJECT = ("2HM00000000000001", "2HM00000000000002", "2HM00000000000003")
TIMINGS = Timings(approve=20, reject=90, revoke=12, cancel=8)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def make(clock):
    """make(**sim_kwargs) -> (sim, client) sharing ``clock``; servers stopped afterwards."""
    servers, clients = [], []

    def _make(secret=DEMO_CLIENT_SECRET, refresh_margin=60.0, **sim_kwargs):
        sim_kwargs.setdefault("timings", TIMINGS)
        sim = HighMobilitySim(clock=lambda: clock.now().timestamp(), **sim_kwargs)
        server = SimServer(sim).start()
        servers.append(server)
        client = HighMobilityClient(
            server.url + "/v1", DEMO_CLIENT_ID, secret, clock=clock, refresh_margin=refresh_margin
        )
        clients.append(client)
        return sim, client

    yield _make
    for client in clients:  # idle keep-alive connections would hold server threads open
        client.close()
    for server in servers:
        server.stop()


@pytest.fixture
def env(make):
    return make()


def bearer_tokens(sim):
    return [r.headers.get("authorization") for r in sim.requests_to(r"/fleets/")]


def add(client, vin, brand="bmw", **kw):
    return client.add_vehicle(rules.prepare_clearance(vin, brand, **kw))


# -- tokens ---------------------------------------------------------------------------------
def test_token_is_reused_then_refreshed_before_it_expires(env, clock):
    sim, client = env
    client.list_vehicles()
    clock.advance(239)  # 61 s left: keep it
    client.list_vehicles()
    clock.advance(2)  # 59 s left: refresh before using it
    client.list_vehicles()
    clock.advance(100)  # the first token has expired by now
    client.list_vehicles()
    first, second, third, fourth = bearer_tokens(sim)
    assert first == second != third == fourth
    assert len(sim.requests_to(r"/access_tokens$", "POST")) == 2
    assert all(r.status == 200 for r in sim.log)  # never sent an expired token


def test_a_401_triggers_one_refresh_and_a_retry(env):
    sim, client = env
    add(client, BMW)
    sim.revoke_tokens()  # e.g. keys rotated on the server
    assert [c.vin for c in client.list_vehicles()] == [BMW]
    statuses = [(r.path.rsplit("/", 1)[-1], r.status) for r in sim.log]
    assert statuses[-3:] == [("vehicles", 401), ("access_tokens", 200), ("vehicles", 200)]


def test_a_second_401_is_reported_not_looped(make):
    sim, client = make(token_ttl=0)  # every token is expired on arrival
    with pytest.raises(AuthExpired):
        client.list_vehicles()
    assert len(sim.requests_to(r"/access_tokens$")) == 2
    assert len(sim.requests_to(r"/fleets/vehicles$")) == 2


def test_wrong_secret_is_auth_expired_with_the_servers_reason(make):
    _, client = make(secret="not-the-secret")
    with pytest.raises(AuthExpired, match="client_secret is invalid"):
        client.list_vehicles()


# -- sandbox virtual VINs -------------------------------------------------------------------
def test_virtual_vin_1_needs_control_measures(env, clock):
    sim, client = env
    with pytest.raises(Rejected) as info:
        add(client, VIRT_CONTROL, "sandbox")
    assert info.value.status == 422 and "control_measures" in info.value.message
    assert sim.fleet.records == {}  # nothing was registered
    assert add(client, VIRT_CONTROL, "sandbox", odometer=2050).status == "pending"
    clock.advance(20)
    assert client.get_vehicle(VIRT_CONTROL).status == "approved"
    data = client.vehicle_data(VIRT_CONTROL)
    assert data.odometer == Odometer(2050.0, "kilometers")
    assert data.odometer_timestamp == clock.now()


def test_virtual_vin_2_stays_pending_and_can_be_canceled(env, clock):
    _, client = env
    add(client, VIRT_PENDING, "sandbox")
    clock.advance(days=3)
    assert client.get_vehicle(VIRT_PENDING).status == "pending"
    assert client.delete_vehicle(VIRT_PENDING).status == "canceling"
    clock.advance(8)
    assert client.get_vehicle(VIRT_PENDING).status == "canceled"


def test_virtual_vin_3_is_rejected_after_three_hours(make, clock):
    _, client = make(timings=SANDBOX_TIMINGS)
    add(client, VIRT_REJECT, "sandbox")
    clock.advance(hours=3, seconds=-1)
    assert client.get_vehicle(VIRT_REJECT).status == "pending"
    clock.advance(1)
    c = client.get_vehicle(VIRT_REJECT)
    assert c.status == "rejected" and c.since == clock.now()


def test_virtual_vin_3_rejection_delay_is_a_setting(make, clock):
    _, client = make(reject=5)
    add(client, VIRT_REJECT, "sandbox")
    clock.advance(5)
    assert client.get_vehicle(VIRT_REJECT).status == "rejected"


# -- VW group rule --------------------------------------------------------------------------
def test_vw_rule_is_a_warning_and_the_server_decides(make):
    """#20 defect 6: no local refusal; with the business name configured at High Mobility the
    request without the tag goes through."""
    sim, client = make(business_name="Fleet GmbH")
    req = rules.prepare_clearance("WAUZZZ8V0JA000001", "Audi")
    assert rules.request_warnings(req)
    assert client.add_vehicle(req).status == "pending"
    assert sim.fleet.records["WAUZZZ8V0JA000001"].tags == {"vw-group-customer-name": "Fleet GmbH"}


def test_vw_rule_is_enforced_by_the_server_too(env):
    _, client = env
    with pytest.raises(Rejected) as info:
        client.add_vehicles(ClearanceRequest("WAUZZZ8V0JA000001", "audi"))
    assert info.value.status == 422
    assert [f.field for f in info.value.field_errors] == ["tags.vw-group-customer-name"]
    assert "customer name tag missing" in info.value.describe()


def test_configured_business_name_reaches_the_server_as_the_tag(env):
    _, client = env
    add(client, "WAUZZZ8V0JA000001", "Audi", business_name="Car Operations Ltd.")
    assert client.get_vehicle("WAUZZZ8V0JA000001").tags == {"vw-group-customer-name": "Car Operations Ltd."}


def test_server_side_business_name_makes_the_tag_optional(make):
    _, client = make(business_name="Fleet GmbH")
    [result] = client.add_vehicles(ClearanceRequest("WVWZZZ1KZAW000001", "volkswagen"))
    assert result.status == "pending"


# -- transitions, revoke and cancel ---------------------------------------------------------
def test_409_while_in_transition_is_busy_and_transient(env, clock):
    _, client = env
    add(client, BMW)
    clock.advance(20)
    assert client.delete_vehicle(BMW).status == "revoking"
    with pytest.raises(Busy) as info:
        client.delete_vehicle(BMW)
    assert isinstance(info.value, TransientError) and info.value.busy
    with pytest.raises(Busy):
        add(client, BMW)  # re-adding mid-revoke is busy too
    clock.advance(12)
    assert client.get_vehicle(BMW).status == "revoked"
    with pytest.raises(AlreadyRemoved):
        client.delete_vehicle(BMW)


def test_delete_cancels_while_pending_and_revokes_when_approved(env, clock):
    _, client = env
    add(client, MERC, "Mercedes-Benz")
    add(client, BMW)
    assert client.delete_vehicle(MERC).status == "canceling"
    clock.advance(20)
    assert client.delete_vehicle(BMW).status == "revoking"
    clock.advance(12)
    assert {c.vin: c.status for c in client.list_vehicles()} == {MERC: "canceled", BMW: "revoked"}


def test_cancel_is_refused_for_brands_that_do_not_support_it(env):
    sim, client = env
    sim.fleet.no_cancel = {"bmw"}
    add(client, BMW)
    with pytest.raises(Rejected) as info:
        client.delete_vehicle(BMW)
    assert info.value.status == 422 and "not supported" in info.value.message


def test_changelog_is_oldest_first_across_a_re_clearance(env, clock):
    _, client = env
    start = clock.now()
    add(client, BMW)
    clock.advance(30)
    client.delete_vehicle(BMW)
    clock.advance(60)
    add(client, BMW)  # back in the fleet: a new clearance
    clock.advance(20)
    c = client.get_vehicle(BMW)
    assert [(e.status, e.timestamp - start) for e in c.changelog] == [
        ("pending", timedelta(0)),
        ("approved", timedelta(seconds=20)),
        ("revoking", timedelta(seconds=30)),
        ("revoked", timedelta(seconds=42)),
        ("pending", timedelta(seconds=90)),
        ("approved", timedelta(seconds=110)),
    ]
    assert c.status == "approved"


def test_unknown_vin_is_404(env):
    _, client = env
    with pytest.raises(Rejected) as info:
        client.get_vehicle(BMW)
    assert info.value.status == 404


def test_a_bad_vin_in_a_batch_does_not_stop_the_others(env):
    _, client = env
    results = client.add_vehicles([ClearanceRequest(BMW, "bmw"), ClearanceRequest("SHORT", "bmw")])
    assert [(r.vin, r.status, r.description) for r in results] == [
        (BMW, "pending", None),
        ("SHORT", "error", "vin should be 17 character(s)"),
    ]
    with pytest.raises(Rejected, match="17 character"):
        client.add_vehicle(ClearanceRequest("SHORT", "bmw"))


# -- eligibility and vehicle data -----------------------------------------------------------
def test_eligibility_answers(env):
    _, client = env
    e = client.eligibility(VIRT_CONTROL, "sandbox")
    assert e.eligible and e.data_delivery == ("pull", "push")
    assert e.connectivity_status == "activated"
    assert not client.eligibility(VIRT_REJECT, "sandbox").eligible
    with pytest.raises(Rejected) as info:
        client.eligibility("WVWZZZ1KZAW000001", "volkswagen")
    assert info.value.status == 422 and info.value.field_errors[0].field == "brand"


def test_vehicle_data_only_while_approved(env, clock):
    _, client = env
    add(client, BMW)
    with pytest.raises(Rejected) as info:
        client.vehicle_data(BMW)
    assert info.value.status == 403
    clock.advance(20)
    approved_at = clock.now()
    clock.advance(minutes=5, seconds=30)
    data = client.vehicle_data(BMW)
    first = client.vehicle_data(BMW).odometer.value
    assert data.odometer.unit == "kilometers" and data.odometer.value == first
    assert data.odometer_timestamp == approved_at + timedelta(minutes=5)
    client.delete_vehicle(BMW)  # revoking stops data access at once
    with pytest.raises(Rejected):
        client.vehicle_data(BMW)


def test_concurrent_callers_share_one_token(env):
    from concurrent.futures import ThreadPoolExecutor

    sim, client = env
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: client.list_vehicles(), range(16)))
    assert answers == [[]] * 16
    assert len(sim.requests_to(r"/access_tokens$")) == 1


def test_demo_defaults_show_every_outcome_within_two_minutes(make, clock):
    _, client = make(timings=Timings())  # what demo mode (factory without arguments) uses
    add(client, BMW)
    add(client, VIRT_REJECT, "sandbox")
    clock.advance(minutes=2)
    assert {c.vin: c.status for c in client.list_vehicles()} == {BMW: "approved", VIRT_REJECT: "rejected"}
