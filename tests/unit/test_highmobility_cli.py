"""``fleetdesk clearance ...`` end to end: fleetdesk.cli.main against the simulator on loopback.

The CLI runs on real time; the simulator's clock is real time plus an offset the test moves,
so "20 s later" takes no waiting.
"""

from __future__ import annotations

import json
import time

import pytest

from fleetdesk.cli import main
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.highmobility import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, HighMobilitySim, Timings

BMW = "WBA0000000000AB12"
V1 = "2HM00000000000001"


@pytest.fixture
def sim(monkeypatch, tmp_path):
    offset = [0.0]
    app = HighMobilitySim(
        clock=lambda: time.time() + offset[0], timings=Timings(approve=20, reject=90, revoke=12, cancel=8)
    )
    app.advance = lambda seconds: offset.__setitem__(0, offset[0] + seconds)
    server = SimServer(app).start()
    monkeypatch.setenv("FLEETDESK_HIGHMOBILITY_URL", server.url + "/v1")
    monkeypatch.setenv("FLEETDESK_HIGHMOBILITY_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("FLEETDESK_HIGHMOBILITY_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    yield app
    server.stop()


def run(capsys, tmp_path, *argv) -> tuple[int, dict | None, str]:
    code = main(["--data-dir", str(tmp_path / "data"), *argv])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip().startswith("{") else None), out.err


def test_add_sends_at_once_and_list_follows_it_to_approved(sim, capsys, tmp_path):
    code, data, _ = run(
        capsys, tmp_path, "clearance", "add", BMW, "--brand", "BMW", "--tag", "cost-centre=North", "--json"
    )
    assert code == 0 and data["queued"] == [BMW] and data["waiting"] is None
    [vehicle] = data["vehicles"]
    assert (vehicle["state"], vehicle["tags"]) == ("pending", {"cost-centre": "North"})
    sim.advance(21)
    code, data, _ = run(capsys, tmp_path, "clearance", "list", "--json")
    assert code == 0 and data["refreshed"] is True
    assert [(v["vin"], v["state"]) for v in data["vehicles"]] == [(BMW, "approved")]
    assert [n["status"] for n in data["notices"]] == ["approved"]
    code, _, err = run(capsys, tmp_path, "clearance", "add", BMW, "--brand", "bmw")
    assert code == 0 and "already approved" in err


def test_bad_input_exits_2_naming_the_field(sim, capsys, tmp_path):
    code, data, _ = run(capsys, tmp_path, "clearance", "add", "WBA0000000000AB1O", "--brand", "bmw", "--json")
    assert code == 2 and data["field"] == "vin" and "I, O or Q" in data["error"]
    code, data, _ = run(capsys, tmp_path, "clearance", "add", BMW, "--brand", "trabant", "--json")
    assert code == 2 and data["field"] == "brand"
    assert not sim.requests_to(r"/fleets/vehicles", "POST")


def test_a_refusal_by_the_server_exits_1_with_its_reason(sim, capsys, tmp_path):
    code, data, _ = run(capsys, tmp_path, "clearance", "add", V1, "--brand", "sandbox", "--json")
    assert code == 1 and data["ok"] is False
    assert data["vehicles"][0]["state"] == "attention"
    assert "control_measures" in data["vehicles"][0]["outbox_error"]
    code, data, _ = run(
        capsys, tmp_path, "clearance", "add", V1, "--brand", "sandbox", "--odometer", "2050", "--json"
    )
    assert code == 0 and data["vehicles"][0]["state"] == "pending"


def test_eligibility_revoke_and_data(sim, capsys, tmp_path):
    code, data, _ = run(capsys, tmp_path, "clearance", "eligibility", V1, "--brand", "sandbox", "--json")
    assert code == 0 and data["eligible"] is True and data["connectivity_status"] == "activated"
    run(capsys, tmp_path, "clearance", "add", V1, "--brand", "sandbox", "--odometer", "2050")
    sim.advance(21)
    code, data, _ = run(capsys, tmp_path, "clearance", "data", V1, "--json")
    assert code == 0 and data["odometer"] == 2050 and data["fresh"] and data["odometer_at"]
    code, data, _ = run(capsys, tmp_path, "clearance", "revoke", V1, "--reason", "Vehicle sold", "--json")
    assert code == 0 and data["outcome"] == "queued" and data["vehicle"]["state"] == "revoking"
    sim.advance(13)
    code, data, _ = run(capsys, tmp_path, "clearance", "list", "--json")
    [vehicle] = data["vehicles"]
    assert vehicle["state"] == "revoked" and vehicle["revoke_reason"] == "Vehicle sold"
    code, data, _ = run(capsys, tmp_path, "clearance", "notices", "--json")
    assert [n["status"] for n in data["notices"]] == ["revoked", "approved"]


def test_offline_add_is_queued_and_sync_sends_it_later(sim, capsys, tmp_path, monkeypatch):
    sim.faults.offline = True
    code, data, err = run(capsys, tmp_path, "clearance", "add", BMW, "--brand", "bmw", "--json")
    assert code == 0 and data["waiting"].startswith("No connection")
    assert data["vehicles"][0]["state"] == "queued"
    code, data, _ = run(capsys, tmp_path, "queue", "--json")
    assert [i["kind"] for i in data["items"]] == ["highmobility.add"]
    code, data, _ = run(capsys, tmp_path, "clearance", "list", "--json")
    assert data["refreshed"] is False and data["vehicles"][0]["state"] == "queued"
    sim.faults.offline = False
    # the backoff after the failed try is a few seconds: make the item due now, as time would
    from fleetdesk.store.db import connect

    db = connect(tmp_path / "data" / "fleetdesk.sqlite3")
    db.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000Z'")
    db.conn.close()
    code, data, _ = run(capsys, tmp_path, "sync", "--once", "--json")
    assert code == 0 and data["outbox"]["sent"] == 1
    assert data["integrations"]["highmobility"]["ok"] is True
    code, data, _ = run(capsys, tmp_path, "clearance", "list", "--offline", "--json")
    assert data["vehicles"][0]["state"] == "pending"


def test_revoke_of_an_unknown_vin_and_missing_credentials(sim, capsys, tmp_path, monkeypatch):
    code, data, _ = run(capsys, tmp_path, "clearance", "revoke", BMW, "--json")
    assert code == 2 and data["field"] == "vin" and "not in the fleet list" in data["error"]
    monkeypatch.delenv("FLEETDESK_HIGHMOBILITY_CLIENT_SECRET")
    code, data, _ = run(capsys, tmp_path, "sync", "--once", "--json")
    assert "client ID and secret" in data["integrations"]["highmobility"]["skipped"]


def test_defect5_pending_clearance_of_any_brand_is_cancelled_by_sending_the_delete(sim, capsys, tmp_path):
    """#20 defect 5: no local brand list; the DELETE goes out and the server decides."""
    code, _, _ = run(capsys, tmp_path, "clearance", "add", BMW, "--brand", "bmw", "--json")
    assert code == 0
    code, data, err = run(capsys, tmp_path, "clearance", "revoke", BMW, "--json")
    assert code == 0, err
    assert [r.path for r in sim.requests_to(r"/fleets/vehicles/", "DELETE")] == [f"/v1/fleets/vehicles/{BMW}"]
    sim.advance(10)
    code, data, _ = run(capsys, tmp_path, "clearance", "list", "--json")
    assert [(v["vin"], v["state"]) for v in data["vehicles"]] == [(BMW, "canceled")]


def test_defect5_a_422_not_supported_cancel_is_explained_in_plain_words(sim, capsys, tmp_path):
    sim.fleet.no_cancel = {"bmw"}
    run(capsys, tmp_path, "clearance", "add", BMW, "--brand", "bmw", "--json")
    code, data, _ = run(capsys, tmp_path, "clearance", "revoke", BMW, "--json")
    assert sim.requests_to(r"/fleets/vehicles/", "DELETE")
    text = json.dumps(data)
    assert "cannot cancel a pending request for BMW" in text and "then revoke it" in text


AUDI = "WAUZZZ8V0000AU001"


def test_defect6_vw_vin_without_the_tag_warns_and_is_sent_with_accept_warnings(sim, capsys, tmp_path):
    """#20 defect 6: the tag may be left out when HM support configured the business name.
    Without --accept-warnings: exit 2, the warning names the setting, nothing stored or sent."""
    sim.fleet.business_name = "Fleet GmbH"  # configured by High Mobility support
    code, data, err = run(capsys, tmp_path, "clearance", "add", AUDI, "--brand", "audi", "--json")
    assert code == 2 and data["stored"] is False
    [warning] = data["warnings"]
    assert warning["vin"] == AUDI and warning["field"] == "tags.vw-group-customer-name"
    assert "VW Group business name" in warning["message"] and "--accept-warnings" in data["error"]
    assert not sim.requests_to(r"/fleets/vehicles", "POST")
    code, data, _ = run(capsys, tmp_path, "clearance", "list", "--offline", "--json")
    assert data["vehicles"] == []

    code, data, err = run(
        capsys, tmp_path, "clearance", "add", AUDI, "--brand", "audi", "--accept-warnings", "--json"
    )
    assert code == 0, err
    assert [(v["vin"], v["state"]) for v in data["vehicles"]] == [(AUDI, "pending")]
    [post] = sim.requests_to(r"/fleets/vehicles$", "POST")
    assert json.loads(post.body) == {"vehicles": [{"vin": AUDI, "brand": "audi"}]}  # no tag
    assert sim.fleet.records[AUDI].tags == {"vw-group-customer-name": "Fleet GmbH"}


def test_defect6_human_output_shows_the_warning_and_what_to_do(sim, capsys, tmp_path):
    code, _, err = run(capsys, tmp_path, "clearance", "add", AUDI, "--brand", "Audi")
    assert code == 2
    assert f"{AUDI}: warning: Audi is a Volkswagen Group brand" in err
    assert "add again with --accept-warnings" in err


def test_defect6_a_422_for_the_missing_tag_is_explained_in_plain_words(sim, capsys, tmp_path):
    """No business name at High Mobility: the server answers 422; the user reads why and what
    to do (the setting, the tag, or HM support), with the server's own words."""
    code, data, _ = run(
        capsys, tmp_path, "clearance", "add", AUDI, "--brand", "audi", "--accept-warnings", "--json"
    )
    assert code == 1 and data["ok"] is False
    [vehicle] = data["vehicles"]
    assert vehicle["state"] == "attention"
    error = vehicle["outbox_error"]
    assert "no business name is configured for your account at High Mobility" in error
    assert "VW Group business name" in error and "ask High Mobility support" in error
    assert "customer name tag missing" in error  # the server's words are kept


def test_issue17_list_shows_the_vehicles_when_an_optional_lookup_fails(sim, capsys, tmp_path):
    run(capsys, tmp_path, "clearance", "add", BMW, "--brand", "bmw", "--json")
    sim.unavailable = {"eligibility": 401, "vehicle-data": 500}
    sim.advance(21)
    code, data, _ = run(capsys, tmp_path, "clearance", "list", "--json")
    assert code == 0 and data["refreshed"] is True
    [vehicle] = data["vehicles"]
    assert vehicle["state"] == "approved" and vehicle["eligible"] is None
    assert vehicle["odometer"] is None
    assert sorted(n.split(" not loaded")[0] for n in data["notes"]) == ["eligibility", "vehicle data"]
    code, _, err = run(capsys, tmp_path, "clearance", "list")
    assert code == 0 and "Note: eligibility not loaded, its columns stay empty" in err
