"""Rows of the THG review (shared/reviews/thg-hm-ctrack-2026-12.md) marked "guess": the
simulator takes the strict reading where the spec is silent, the client copes with any."""

from __future__ import annotations

from datetime import UTC

import pytest

from fleetdesk.core.errors import BadInput, Rejected
from fleetdesk.simulators.framework import SimApp, SimResponse, SimServer, route
from fleetdesk.thg import store as ts
from fleetdesk.thg.client import ThgClient
from fleetdesk.thg.statussync import sync_all
from test_thg_support import ThgEnv


@pytest.fixture
def env(config, fake_clock, monkeypatch):
    made = []

    def make(**kw):
        e = ThgEnv(config, fake_clock, monkeypatch, **kw)
        made.append(e)
        e.sign_in()
        return e

    yield make
    for e in made:
        e.close()


def test_T38_a_duplicate_refusal_in_any_wording_adopts_the_request_already_filed(env):
    e = env()  # the simulator's own wording, without "unique"
    [vid] = e.sim.seed_bulk(1)
    sync_all(e.svc)
    local = e.svc.queue_uba_request(vid, 2026)
    with e.sim.lock:  # an earlier attempt got through; its answer was lost
        rid = e.sim.store.new_id("u")
        e.sim.store.uba_requests[rid] = {
            "id": rid,
            "vehicle_id": vid,
            "year": 2026,
            "ready_for_uba": None,
            "created": "2026-11-01T00:00:00Z",
            "sent": None,
        }
    e.send()
    assert "unique" not in e.sim.duplicate_message
    row = e.rt.store.read(lambda db: db["thg_uba_requests"].get(local))
    assert row["state"] == ts.R_FILED and str(row["remote_id"]) == str(rid)
    assert len(e.sim.store.uba_requests) == 1


def test_T18_one_vehicle_is_found_in_the_list_when_the_detail_path_is_not_served(env):
    e = env()  # GET /vehicles/{id} is undocumented: the sim answers 404
    ids = e.sim.seed_bulk(3)
    client = e.svc.client()
    assert client.vehicle(ids[1]).id == ids[1]
    assert e.sim.requests_to(rf"^/vehicles/{ids[1]}$", "GET")  # tried the detail path first
    with pytest.raises(Rejected) as err:
        client.vehicle(424242)
    assert err.value.status == 404


def test_T18_the_detail_path_is_used_where_it_is_served(env):
    e = env(sim_kwargs={"detail_gets": True})
    [vid] = e.sim.seed_bulk(1)
    before = len(e.sim.requests_to(r"^/vehicles$", "GET"))
    assert e.svc.client().vehicle(vid).id == vid
    assert len(e.sim.requests_to(r"^/vehicles$", "GET")) == before


def test_T33_a_status_the_docs_do_not_list_is_left_to_the_service_a_documented_failure_is_refused(env):
    e = env()
    ok, bad = e.sim.seed_bulk(2)
    with e.sim.lock:
        e.sim.store.vehicles[ok]["status"] = "verified_manually"  # a status the docs lack
        e.sim.store.vehicles[bad]["status"] = "not_verified_duplicate"
    sync_all(e.svc)
    assert e.svc.queue_uba_request(ok, 2026)
    with pytest.raises(BadInput) as err:
        e.svc.queue_uba_request(bad, 2026)
    assert err.value.field == "vehicle"


class OddErrors(SimApp):
    """Error bodies in the shapes the spec leaves open (400: "the validation errors including the
    affected field names"; 422: "the reason for the error")."""

    bodies = {
        "drf": (400, {"vin": ["Too short."], "non_field_errors": ["Check the document."]}),
        "nested": (400, {"owner": {"postal_code": ["Five digits."]}}),
        "list": (400, ["year out of range", "vehicle unknown"]),
        "message": (422, {"message": "Vehicle not eligible."}),
        "string": (422, "Vehicle not eligible."),
        "text": (422, None),
    }

    @route("POST", r"/ubarequest/(?P<kind>\w+)")
    def odd(self, request):
        status, body = self.bodies[request.params["kind"]]
        if body is None:
            return SimResponse.text("Vehicle not eligible (plain text).", status)
        return SimResponse.json(body, status)


@pytest.mark.parametrize(
    "kind,message,fields",
    [
        ("drf", "vin: Too short.; Check the document.", ["vin", ""]),
        ("nested", "owner: postal_code: Five digits.", ["owner"]),
        ("list", "year out of range; vehicle unknown", []),
        ("message", "Vehicle not eligible.", []),
        ("string", "Vehicle not eligible.", []),
        ("text", "Vehicle not eligible (plain text).", []),
    ],
)
def test_T43_T46_error_bodies_of_any_usual_shape_are_read_as_a_clear_refusal(kind, message, fields):
    server = SimServer(OddErrors()).start()
    client = ThgClient(server.url, lambda: "token")
    try:
        with pytest.raises(Rejected) as err:
            client._call("POST", f"/ubarequest/{kind}", json={})
        assert err.value.message == message
        assert [f.field for f in err.value.field_errors] == fields
    finally:
        client.close()
        server.stop()


def test_T1_T2_production_addresses_and_ids_are_the_documented_ones(config):
    from fleetdesk.core.config import SERVICES
    from fleetdesk.thg import auth

    assert SERVICES["thg"].environments["production"] == "https://qaas-vehicles.azurewebsites.net"
    assert SERVICES["thg_auth"].environments["production"] == (
        "https://login.microsoftonline.com/f7731598-1da9-4b5f-a888-ceaf1d14fae0"
    )
    assert auth.DEFAULT_TENANT_ID == "f7731598-1da9-4b5f-a888-ceaf1d14fae0"
    assert auth.DEFAULT_CLIENT_ID == "34b0a670-0f53-4772-bc68-c77b3be58e8e"


def test_T44_a_403_on_a_write_is_set_aside_without_a_new_sign_in(env):
    from fleetdesk.store import outbox as ob

    e = env()
    [vid] = e.sim.seed_bulk(1)
    sync_all(e.svc)
    e.sim.denied_paths.add("/ubarequest")  # 403 "invalid user, access denied"
    e.svc.queue_uba_request(vid, 2026)
    refreshes = len(e.identity.requests_to(r"/token$", "POST"))
    e.send()
    [item] = e.rt.store.read(lambda db: ob.items(db, service="thg", states=[ob.ATTENTION]))
    assert "access denied for this user (HTTP 403)" in (item.last_error or "")
    assert len(e.identity.requests_to(r"/token$", "POST")) == refreshes  # no new sign-in
    assert e.svc.account.status().signed_in


def test_T21_T32_local_limits_name_the_field(env):
    e = env()
    [vid] = e.sim.seed_bulk(1)
    sync_all(e.svc)
    with pytest.raises(BadInput) as err:
        e.svc.queue_reference_edit(vid, {"customer_reference2": "x" * 256})
    assert err.value.field == "customer_reference2"
    assert e.svc.queue_reference_edit(vid, {"customer_reference2": "x" * 255})
    this_year = e.clock.now().year
    for year in (2021, this_year + 2):
        with pytest.raises(BadInput) as err:
            e.svc.queue_uba_request(vid, year)
        assert err.value.field == "year"
    assert e.svc.queue_uba_request(vid, this_year + 1)


def test_T31_the_default_hold_is_the_revocation_period_plus_a_buffer_to_midnight_utc():
    from datetime import datetime

    from fleetdesk.thg.service import default_hold

    now = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)
    assert default_hold(now) == datetime(2026, 4, 1, 0, 0, tzinfo=UTC)  # 14 + 7 days, next midnight
