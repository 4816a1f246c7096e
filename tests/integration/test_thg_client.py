"""ThgClient against the QaaS Vehicles simulator, with tokens from the identity simulator.

Both simulators and the client share one FakeClock: validation, UBA submission and token
expiry are exact. Only the cold start waits on real time (half a second).
"""

from __future__ import annotations

import csv
import gc
import io
import struct
import time
from datetime import timedelta, timezone

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import AuthExpired, BadInput, Offline, Rejected
from fleetdesk.simulators import _thg_wire as thg_wire
from fleetdesk.simulators import thg as thg_sim
from fleetdesk.simulators.hub import SimulatorHub
from fleetdesk.thg.auth import ThgAuth
from fleetdesk.thg.client import CURSOR_OVERLAP, ThgClient, VehicleFilter
from fleetdesk.thg.models import PENDING, VERIFIED

DELAYS = {"validation_delay": 60, "uba_send_delay": 300, "uba_reply_delay": 600}


def jpeg(marker: bytes = b"THG-SIM:VERIFIED", width: int = 1600, height: int = 1000) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    comment = b"\xff\xfe" + struct.pack(">H", len(marker) + 2) + marker
    return b"\xff\xd8" + comment + sof + b"\x00" * 64 + b"\xff\xd9"


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def env(clock, monkeypatch):
    """(sim, client, auth, identity sim) with an empty account and one registrant."""
    epoch = lambda: clock.now().timestamp()  # noqa: E731
    hub = SimulatorHub(
        ["thg_identity", "thg"],
        thg_identity={"clock": epoch, "auto_approve_after": 0},
        thg={"clock": epoch, "demo": False, "cold_start_delay": 0.5, "idle_after": 10**9, **DELAYS},
    ).start()
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(hub.ca_bundle))
    auth = ThgAuth(hub.urls["thg_auth"], clock=clock)
    auth.wait_for_sign_in(auth.start_device_flow())
    client = ThgClient(hub.urls["thg"], auth.access_token, renew=auth.refresh)
    sim = hub.apps["thg"]
    sim.store.add_registrant({"type": "organization", "last_name_or_organization": "Test GmbH"}, epoch())
    yield sim, client, auth, hub.apps["thg_identity"]
    client.session.close()
    auth.close()
    # A Rejected's traceback keeps its response, and with it the socket, alive until the
    # cycle is collected; the simulator's handler thread ends when the socket closes.
    gc.collect()
    hub.stop()


def test_tokens_from_the_identity_sim_work_and_expired_ones_get_401(env, clock):
    sim, client, auth, _ = env
    assert [r.last_name_or_organization for r in client.registrants()] == ["Test GmbH"]
    stale = auth.access_token()
    clock.advance(minutes=61)
    no_renew = ThgClient(client.base_url, lambda: stale)
    try:
        with pytest.raises(AuthExpired):
            no_renew.registrants()
        with pytest.raises(AuthExpired):
            ThgClient(client.base_url, lambda: stale[:-4] + "AAAA").registrants()
    finally:
        no_renew.session.close()
    assert client.registrants()  # refreshed through the refresh token
    assert sim.requests_to(r"/vehicleregistrant")[-1].headers["authorization"] != f"Bearer {stale}"


def test_create_registrant_and_field_errors(env):
    sim, client, *_ = env
    person = client.create_registrant(
        type="person", first_name="Maike", last_name_or_organization="Maier", postal_code="10115"
    )
    assert person.id and person.display_name == "Maike Maier"
    with pytest.raises(Rejected) as err:
        client.create_registrant(type="person", last_name_or_organization="Maier", postal_code="1011")
    assert err.value.status == 400
    assert {e.field for e in err.value.field_errors} == {"first_name", "postal_code"}


def test_upload_is_multipart_and_validation_finishes_after_the_delay(env, clock):
    sim, client, *_ = env
    content = jpeg(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZMP020124")
    vehicle = client.upload_vehicle(content, ("FD-1", "B-XY 1E"), 1, filename="schein.jpg")
    assert vehicle.status == PENDING and vehicle.vin == "" and vehicle.customer_reference1 == "FD-1"
    upload = sim.requests_to(r"^/vehicles$", "POST")[-1]
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert content in upload.body and b'filename="schein.jpg"' in upload.body

    clock.advance(seconds=59)
    assert client.vehicle(vehicle.id).status == PENDING
    clock.advance(seconds=1)
    done = client.vehicle(vehicle.id)
    assert done.status == VERIFIED and done.vin == "WVWZZZE1ZMP020124"
    assert done.owner_last_name_or_organization == "Test GmbH"
    assert done.explanation.eligible and "document_filename" in done.extra


@pytest.mark.parametrize(
    "marker,status",
    [
        (b"THG-SIM:UNREADABLE", "not_verified_unreadable"),
        (b"THG-SIM:WRONG-DOCUMENT", "not_verified_wrong_document_type"),
        (b"THG-SIM:WRONG-FUEL", "not_verified_wrong_fuel_code"),
        (b"THG-SIM:OTHER", "not_verified_other_reason"),
    ],
)
def test_validation_outcomes_are_explained(env, clock, marker, status):
    sim, client, *_ = env
    vehicle = client.upload_vehicle(jpeg(marker), ("R",), 1)
    clock.advance(seconds=60)
    done = client.vehicle(vehicle.id)
    assert done.status == status and done.explanation.final and not done.explanation.eligible
    if status == "not_verified_other_reason":
        assert done.reason and done.reason in done.explanation.text


def test_second_upload_of_a_document_gets_a_status_the_docs_do_not_list(env, clock):
    sim, client, *_ = env
    first = client.upload_vehicle(jpeg(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZMP020999"), ("A",), 1)
    clock.advance(seconds=30)
    again = client.upload_vehicle(jpeg(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZMP020999 2nd"), ("B",), 1)
    clock.advance(seconds=60)
    dup = client.vehicle(again.id)
    assert client.vehicle(first.id).status == VERIFIED
    assert dup.status == "not_verified_duplicate"
    assert dup.explanation.title == "Not verified: duplicate" and dup.explanation.final
    assert f"vehicle {first.id}" in dup.explanation.text


def test_upload_refusals(env):
    sim, client, *_ = env
    with pytest.raises(BadInput, match="file"):
        client.upload_vehicle(b"just text", ("X",), 1)
    with pytest.raises(BadInput):
        client.upload_vehicle(jpeg(), ("1", "2", "3", "4"), 1)
    with pytest.raises(Rejected) as err:
        client.upload_vehicle(jpeg(), ("X",), 99)
    assert err.value.status == 400 and err.value.field_errors[0].field == "vehicleregistrant_id"
    two_pages = b"%PDF-1.4\n1 0 obj<</Type /Page>>endobj 2 0 obj<</Type /Page>>endobj\n%%EOF"
    with pytest.raises(Rejected) as err:
        client.upload_vehicle(two_pages, ("X",), 1)
    assert err.value.status == 422 and "2 pages" in err.value.message
    assert list(client.iter_vehicles()) == []


def test_paging_over_12000_vehicles(env):
    sim, client, *_ = env
    sim.seed_bulk(12_000)
    assert len(client.vehicles()) == 100  # the API's default page
    assert client.vehicles(page=121) == []  # past the end: 404 "Invalid page."
    before = len(sim.requests_to(r"^/vehicles$"))
    ids = [v.id for v in client.iter_vehicles()]
    assert len(ids) == len(set(ids)) == 12_000
    pages = sim.requests_to(r"^/vehicles$")[before:]
    assert [(r.query["page"][0], r.query["size"][0]) for r in pages] == [
        ("1", "5000"),
        ("2", "5000"),
        ("3", "5000"),
    ]
    with pytest.raises(BadInput):
        client.vehicles(size=5001)


def test_paging_survives_a_smaller_server_page_size(env, monkeypatch):
    sim, client, *_ = env
    sim.seed_bulk(2_500)
    monkeypatch.setattr(thg_wire, "MAX_PAGE_SIZE", 1000)  # the live API changed its cap
    assert len(list(client.iter_vehicles())) == 2_500


def test_filters_and_changed_since_cursor(env, clock):
    sim, client, *_ = env
    sim.seed_bulk(5, prefix="OLD")
    vehicles, cursor = client.vehicles_changed_since(None)
    assert len(vehicles) == 5 and cursor == max(v.status_update for v in vehicles)

    clock.advance(hours=1)
    new = client.upload_vehicle(jpeg(b"THG-SIM:WRONG-FUEL"), ("NEW-1", "", "Z"), 1)
    changed, cursor2 = client.vehicles_changed_since(cursor)
    assert new.id in {v.id for v in changed}  # the overlap before the cursor may repeat some
    assert all(v.status_update >= cursor - CURSOR_OVERLAP for v in changed)
    clock.advance(seconds=60)
    changed, cursor3 = client.vehicles_changed_since(cursor2)
    assert [v.status for v in changed if v.id == new.id] == ["not_verified_wrong_fuel_code"]
    assert cursor3 > cursor2

    # a local time zone is converted, never sent as is
    local = (cursor3 - timedelta(seconds=1)).astimezone(timezone(timedelta(hours=2)))
    assert [v.id for v in client.vehicles(VehicleFilter(changed_since=local))] == [new.id]
    assert sim.requests_to(r"^/vehicles$")[-1].query["changed_since"][0].endswith("Z")

    assert [
        v.id for v in client.vehicles(VehicleFilter(customer_reference1="NEW-1", customer_reference3="Z"))
    ] == [new.id]
    assert len(client.vehicles(VehicleFilter(status=VERIFIED))) == 5
    assert client.vehicles(VehicleFilter(status=VERIFIED, customer_reference1="NEW-1")) == []
    with pytest.raises(Rejected) as err:
        client.vehicles(VehicleFilter(status="approved"))
    assert err.value.field_errors[0].field == "status"


def test_patch_changes_references_only(env, clock):
    sim, client, *_ = env
    vehicle = client.upload_vehicle(jpeg(), ("A", "B"), 1)
    clock.advance(minutes=5)
    patched = client.patch_vehicle(vehicle.id, customer_reference2="B2", customer_reference3="C")
    assert patched.customer_references == ("A", "B2", "C")
    assert patched.status_update == client.vehicle(vehicle.id).status_update  # not a status change
    with pytest.raises(BadInput):
        client.patch_vehicle(vehicle.id, status="verified")
    with pytest.raises(Rejected) as err:  # the server's rule, should a caller bypass ours
        client._call("PATCH", f"/vehicles/{vehicle.id}", json={"vin": "X"})
    assert err.value.status == 400 and err.value.field_errors[0].field == "vin"
    with pytest.raises(Rejected) as err:
        client.patch_vehicle(424242, customer_reference1="X")
    assert err.value.status == 404


def test_export_csv(env, tmp_path):
    sim, client, *_ = env
    sim.seed_bulk(30)
    client.upload_vehicle(jpeg(), ("P",), 1)
    out = io.BytesIO()
    size = client.export_csv(out, VehicleFilter(status=VERIFIED))
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))
    assert size == len(out.getvalue()) and len(rows) == 30
    assert {"vin", "status", "customer_reference1", "status_update"} <= set(rows[0])
    assert client.export_csv(io.BytesIO(), VehicleFilter(customer_reference1="none")) == 0


def test_uba_requests_hold_delete_and_responses(env, clock):
    sim, client, *_ = env
    [verified] = sim.seed_bulk(1)
    start = clock.now()
    held = client.create_uba_request(verified, 2026, ready_for_uba=start + timedelta(days=14))
    assert held.ready_for_uba == (start + timedelta(days=14)).replace(microsecond=0)
    with pytest.raises(Rejected) as err:  # one row per vehicle and year
        client.create_uba_request(verified, 2026)
    assert err.value.status == 400 and err.value.field_errors[0].field == ""
    clock.advance(hours=1)
    assert [u for u in client.uba_requests() if u.vehicle_id == verified][
        0
    ].deletable  # the hold keeps it unsent
    client.delete_uba_request(held.id)
    assert client.uba_requests() == []

    request = client.create_uba_request(verified, 2025)
    clock.advance(seconds=300)
    [sent] = client.uba_requests()
    assert not sent.deletable
    with pytest.raises(Rejected) as err:
        client.delete_uba_request(request.id)
    assert err.value.status == 422 and "revoked" in err.value.message
    [pending] = client.uba_responses(sent_changed_since=start)
    assert pending.outcome == "pending" and pending.reply is None
    assert client.uba_responses(reply_changed_since=start) == []
    clock.advance(seconds=600)
    [answered] = client.uba_responses(reply_changed_since=start)
    assert answered.outcome in ("approved", "rejected") and answered.reply is not None
    assert client.vehicle_uba_responses(verified)[0].year == 2025
    assert client.vehicle_uba_responses(424242) == []


def test_uba_request_of_a_failed_vehicle_is_refused_or_removed(env, clock):
    sim, client, *_ = env
    pending = client.upload_vehicle(jpeg(b"THG-SIM:UNREADABLE"), ("U",), 1)
    client.create_uba_request(pending.id, 2026)  # allowed before validation ends
    clock.advance(seconds=60)
    assert [u for u in client.uba_requests() if u.vehicle_id == pending.id] == []  # the service deleted it
    with pytest.raises(Rejected) as err:
        client.create_uba_request(pending.id, 2026)
    assert err.value.status == 422


def test_cold_start_answers_late_but_processes_the_request(env, clock):
    sim, client, *_ = env
    client.timeout = (5.0, 0.3)  # the app uses 30 s against a 35 s cold start
    sim.idle_after = 600
    sim.go_idle()
    with pytest.raises(Offline):
        client.upload_vehicle(jpeg(), ("COLD-1",), 1)
    deadline = time.monotonic() + 3  # the upload is handled once the service is up
    while not sim.store.vehicles and time.monotonic() < deadline:
        time.sleep(0.02)
    # no answer, yet the vehicle exists: a resend must look it up first, not upload again
    found = client.vehicles(VehicleFilter(customer_reference1="COLD-1"))
    assert len(found) == 1 and sim.cold_starts == 1

    clock.advance(minutes=11)  # idle again: a GET is simply asked a second time
    assert len(client.vehicles()) == 1
    assert sim.cold_starts == 2 and len(sim.requests_to(r"^/vehicles$", "GET")) == 3


def test_demo_data_is_rich_and_has_fields_the_docs_lack(clock):
    sim = thg_sim.ThgSim(clock=lambda: clock.now().timestamp())
    vehicles = list(sim.store.vehicles.values())
    assert len(vehicles) == 12
    assert {v["status"] for v in vehicles} >= {
        "pending",
        "verified",
        "not_verified_duplicate",
        "not_verified_unreadable",
    }
    responses = list(sim.store.uba_responses.values())
    assert {r["confirmed"] for r in responses} == {True, False, None}


def test_issue20_defect2_uba_lists_of_an_account_without_uba_traffic_are_empty(env):
    """The spec: "If no communication was sent/received you will only get a 404"."""
    sim, client, *_ = env
    assert sim.store.uba_responses == {}
    assert client.uba_responses() == []  # the simulator answers 404 here
    assert client.uba_requests() == []


def test_issue20_defect3_export_renews_an_expired_token_once(env, clock):
    sim, client, auth, _ = env
    sim.seed_bulk(3)
    stale = auth.access_token()
    clock.advance(minutes=61)
    expired = ThgClient(client.base_url, lambda: stale, renew=auth.refresh)
    try:
        out = io.BytesIO()
        assert expired.export_csv(out, VehicleFilter(status=VERIFIED)) == len(out.getvalue())
    finally:
        expired.session.close()
    assert out.getvalue().decode("utf-8").count("\n") == 4  # header + 3 rows, once
    exports = sim.requests_to(r"^/vehicles/export")
    assert len(exports) == 2 and exports[-1].headers["authorization"] != f"Bearer {stale}"
