"""Where the High Mobility tutorial is silent (review rows H5, H9, H10, H12, H17, H19, H20, H24,
H31, H32): the simulator answers each plausible reading, and the client and the workflow cope
with every one of them. Client, runtime and simulator share one FakeClock."""

from __future__ import annotations

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config
from fleetdesk.core.errors import AuthExpired, BadInput, Rejected
from fleetdesk.highmobility import rules
from fleetdesk.highmobility import store as hs
from fleetdesk.highmobility.plugin import PLUGIN
from fleetdesk.highmobility.service import ClearanceService
from fleetdesk.runtime import Runtime
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.highmobility import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, HighMobilitySim, Timings
from fleetdesk.store import outbox as ob

BMW, MERC = "WBA0000000000AB12", "WDD0000000000MB01"
V1 = "2HM00000000000001"


class Env:
    def __init__(self, tmp_path, secret=DEMO_CLIENT_SECRET):
        self.clock = FakeClock()
        self.sim = HighMobilitySim(
            clock=lambda: self.clock.now().timestamp(),
            timings=Timings(approve=20, reject=90, revoke=12, cancel=8),
        )
        self.server = SimServer(self.sim).start()
        environ = {
            "FLEETDESK_HIGHMOBILITY_URL": self.server.url + "/v1",
            "FLEETDESK_HIGHMOBILITY_CLIENT_ID": DEMO_CLIENT_ID,
            "FLEETDESK_HIGHMOBILITY_CLIENT_SECRET": secret,
        }
        self.rt = Runtime(
            Config.load(tmp_path / "data", environ=environ), clock=self.clock, integrations=[PLUGIN]
        )
        self.svc = ClearanceService.of(self.rt)
        self.client = self.svc.client

    def add(self, vin, brand="bmw", **kw):
        return self.svc.queue(self.svc.prepare([vin], brand, **kw))

    def send(self):
        return self.rt.dispatcher.run_once()

    def row(self, vin):
        rows = self.rt.store.read(lambda db: hs.list_vehicles(db, vin))
        return rows[0] if rows else None

    def items(self, vin):
        return self.rt.store.read(lambda db: ob.for_entity(db, hs.TABLE, vin))

    def close(self):
        self.svc.close()
        self.rt.close()
        self.server.stop()


@pytest.fixture
def env(tmp_path):
    e = Env(tmp_path)
    yield e
    e.close()


@pytest.fixture
def bad_env(tmp_path):
    e = Env(tmp_path, secret="not-the-secret")
    yield e
    e.close()


# -- H5: refused client credentials ---------------------------------------------------------
@pytest.mark.parametrize(
    "refusal", [(400, "oauth"), (401, "oauth"), (401, "empty"), (403, "errors"), (400, "text")]
)
def test_h5_refused_credentials_read_as_such_whatever_the_status_and_body(bad_env, refusal):
    bad_env.sim.token_refusal = refusal
    with pytest.raises(AuthExpired) as err:
        bad_env.client().list_vehicles()
    assert "refused the client credentials" in str(err.value)


# -- H9, H10: the answer to POST /fleets/vehicles -------------------------------------------
@pytest.mark.parametrize("shape", ["openapi", "array", "empty"])
def test_h9_the_add_answer_is_read_in_every_shape(env, shape):
    env.sim.add_answer = shape
    env.add(BMW)
    assert len(env.send().sent) == 1
    assert env.row(BMW).status == "pending"
    env.clock.advance(21)
    env.svc.poll_statuses()
    assert env.row(BMW).status == "approved"


@pytest.mark.parametrize("per_vin", [True, False])
def test_h10_h24_a_brand_the_server_does_not_take_is_refused_with_its_reason(env, per_vin):
    """An unknown brand is a warning, not a local refusal (the wire values are a guess); the
    server refuses it per VIN or for the whole request: either way the reason is shown."""
    env.sim.per_vin_errors = per_vin
    req = rules.prepare_clearance(BMW, "Polestar")
    assert req.brand == "polestar"
    assert [f for f, _ in rules.field_warnings(req)] == ["brand"]
    env.svc.queue([req])
    assert env.send().attention
    assert "The brand is invalid" in env.row(BMW).outbox_error


def test_h24_a_brand_that_cannot_be_one_is_still_refused_locally():
    with pytest.raises(BadInput) as info:
        rules.prepare_clearance(BMW, "Lynk & Co")
    assert info.value.field == "brand" and "known brands" in info.value.message


# -- H12: no GET /fleets/vehicles/{vin} -------------------------------------------------------
def test_h12_without_the_single_vehicle_route_the_list_is_read(env):
    env.sim.single_vehicle_route = False
    env.add(BMW)
    env.send()
    assert env.client().get_vehicle(BMW).status == "pending"
    with pytest.raises(Rejected) as info:
        env.client().get_vehicle(MERC)
    assert info.value.status == 404
    env.clock.advance(21)
    env.svc.refresh_vehicle(BMW)
    assert env.row(BMW).status == "approved"


# -- H17: the answer to DELETE ----------------------------------------------------------------
@pytest.mark.parametrize("answer", ["empty", "accepted"])
def test_h17_a_delete_without_a_body_moves_the_vin_as_the_tutorial_says(env, answer):
    env.sim.delete_answer = answer
    env.sim.single_vehicle_route = False
    env.add(BMW)
    env.add(MERC, "mercedes-benz")
    env.send()
    env.clock.advance(21)
    env.svc.poll_statuses()
    env.add(V1, "sandbox", odometer=2050)
    env.send()
    env.svc.revoke(BMW)  # approved -> revoking
    env.svc.revoke(V1)  # pending -> canceling
    assert len(env.send().sent) == 2
    assert (env.row(BMW).status, env.row(V1).status) == ("revoking", "canceling")
    env.clock.advance(13)
    env.svc.poll_statuses()
    assert (env.row(BMW).status, env.row(V1).status) == ("revoked", "canceled")


# -- H19: a DELETE of a clearance that already ended ------------------------------------------
@pytest.mark.parametrize(
    "refusal",
    [
        (409, "Conflict", "Clearance is already removed"),
        (404, "Not Found", "No active clearance"),
        (422, "Unprocessable Entity", "vehicle is revoked"),
    ],
)
def test_h19_revoking_what_already_ended_counts_as_done_whatever_the_refusal(env, refusal):
    env.sim.fleet.removed_refusal = refusal
    env.add(BMW)
    env.send()
    env.clock.advance(21)
    env.svc.poll_statuses()
    env.client().delete_vehicle(BMW)  # revoked elsewhere
    env.clock.advance(13)
    env.svc.revoke(BMW, "Vehicle sold")
    result = env.send()
    assert len(result.sent) == 1 and not result.attention
    assert env.row(BMW).status == "revoked"


# -- H20: a cancel the server does not do ------------------------------------------------------
@pytest.mark.parametrize(
    "refusal",
    [
        (422, "not supported", "cancellation is not supported"),
        (400, "Bad Request", "pending clearance cannot be canceled"),
        (409, "Conflict", "cannot cancel now"),
    ],
)
def test_h20_a_refused_cancel_is_explained_whatever_the_refusal(env, refusal):
    env.sim.fleet.no_cancel = {"bmw"}
    env.sim.fleet.cancel_refusal = refusal
    env.add(BMW)
    env.send()
    env.svc.revoke(BMW)
    assert env.send().attention
    error = env.row(BMW).outbox_error
    assert error.startswith("High Mobility cannot cancel a pending request for BMW")
    assert refusal[2] in error and "then revoke it" in error


# -- H31: error bodies --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "style, shown",
    [
        ("errors", "control_measures"),
        ("message", "control_measures"),
        ("text", "control_measures"),
        ("empty", "HTTP 422"),
    ],
)
def test_h31_refusals_are_read_in_any_body_style(env, style, shown):
    env.sim.error_style = style
    env.add(V1, "sandbox")  # 2HM…01 without the odometer: 422
    assert env.send().attention
    assert shown in env.row(V1).outbox_error


# -- H32: a 429 without Retry-After ---------------------------------------------------------------
def test_h32_a_429_without_retry_after_waits_a_minute_and_keeps_the_item(env):
    env.sim.retry_after_header = False
    env.add(BMW)
    env.sim.faults.rate_limit(1)
    result = env.send()
    assert not result.sent and not result.attention
    [item] = env.items(BMW)
    assert item.state == ob.QUEUED and item.next_attempt_at
    env.sim.faults.rate_limit(1)
    assert env.svc.background_step() == 60.0
