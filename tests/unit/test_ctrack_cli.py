"""``fleetdesk ctrack ...`` against the Ctrack simulator on loopback: exit codes and JSON."""

from __future__ import annotations

import gc
import json

import pytest

from fleetdesk.cli import main
from fleetdesk.core.clock import Clock
from fleetdesk.simulators.ctrack import DEMO_PASSWORD, DEMO_USERNAME, PREFIX, CtrackSimulator
from fleetdesk.simulators.framework import SimServer


@pytest.fixture
def sim(monkeypatch, tmp_path):
    """A simulator whose time stands still at the test's start and moves only by ``offset``
    seconds, so no fix arrives between two commands unless the test lets time pass."""
    offset = {"s": 0.0}
    start = Clock().now().timestamp()  # the pinned clock the CLI reads too
    app = CtrackSimulator(clock=lambda: start + offset["s"], queue_start_delay=0.0, rate_limit=None)
    app.offset = offset
    server = SimServer(app).start()
    monkeypatch.setenv("FLEETDESK_CTRACK_URL", server.url + PREFIX)
    monkeypatch.setenv("FLEETDESK_CTRACK_USERNAME", DEMO_USERNAME)
    monkeypatch.setenv("FLEETDESK_CTRACK_PASSWORD", DEMO_PASSWORD)
    yield app
    gc.collect()
    server.stop()


def run(tmp_path, capsys, *args) -> tuple[int, dict | None, str]:
    code = main(["--data-dir", str(tmp_path / "data"), "ctrack", *args])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if "--json" in args and out.out.strip() else None), out.err


def test_vehicles_lists_the_fleet(sim, tmp_path, capsys):
    code, out, _ = run(tmp_path, capsys, "vehicles", "--json")
    assert code == 0 and out["count"] == 25 and out["source"] == "ctrack"
    assert {"node_id", "registration", "fleet_number", "description"} <= set(out["vehicles"][0])
    code, _, err = run(tmp_path, capsys, "vehicles")
    assert code == 0 and "25 vehicles" in err


def test_positions_come_from_the_store_after_sync(sim, tmp_path, capsys):
    code, out, _ = run(tmp_path, capsys, "positions", "--json")
    assert code == 0 and out["count"] == 0
    assert main(["--data-dir", str(tmp_path / "data"), "sync", "--once", "--json"]) == 0
    synced = json.loads(capsys.readouterr().out)
    assert synced["integrations"]["ctrack"]["ok"], synced
    code, out, _ = run(tmp_path, capsys, "positions", "--json")
    states = {p["state"] for p in out["positions"]}
    assert out["count"] == 25 and {"moving", "off", "idling", "stale", "unknown"} <= states
    future = next(p for p in out["positions"] if p["node_id"] in sim.vehicles_of_kind("future"))
    assert future["state"] == "unknown" and future["future_fixes_ignored"] >= 1
    stale = next(p for p in out["positions"] if p["node_id"] in sim.vehicles_of_kind("stale"))
    assert stale["state"] == "stale" and stale["age_s"] >= 6 * 3600 - 60


def test_pull_commits_then_acknowledges(sim, tmp_path, capsys):
    code, out, _ = run(tmp_path, capsys, "pull", "--json")
    assert code == 0 and out["subscribed_now"]
    sim.offset["s"] = 60.0  # a minute of fixes arrives
    code, out, _ = run(tmp_path, capsys, "pull", "--json")
    assert code == 0 and out["messages"] > 50 and out["stats"]["new"] > 50
    assert out["acked_tag"] == out["messages"]
    assert sim.queues.peek("Positions", Clock().now().timestamp() + 60).pending == 0
    code, out, _ = run(tmp_path, capsys, "pull", "--json")
    assert code == 0 and out["messages"] == 0 and out["redelivered"] == 0
    code, _, err = run(tmp_path, capsys, "pull")
    assert code == 0 and "new positions" in err


def test_trips_of_a_vehicle_yesterday(sim, tmp_path, capsys):
    plate = sim.fleet.vehicles[0].registration
    code, out, _ = run(
        tmp_path, capsys, "trips", plate.lower().replace("-", " "), "--date", "yesterday", "--json"
    )
    assert code == 0, out
    assert out["vehicle"]["registration"] == plate and not out["offline"]
    assert len(out["trips"]) >= 10 and len(out["stops"]) == len(out["trips"]) - 1
    assert out["trips"][0]["distance_km"] > 0 and out["track_points"] > 100
    code, _, err = run(tmp_path, capsys, "trips", sim.fleet.vehicles[0].fleet_number, "--date", "yesterday")
    assert code == 0 and "trips" in err


@pytest.mark.parametrize(
    "args, field",
    [
        (["trips", "9-ZZZ-999", "--date", "yesterday"], "vehicle"),
        (["trips", "20001", "--date", "31/12/2025"], "date"),
    ],
)
def test_bad_input_exits_2_naming_the_field(sim, tmp_path, capsys, args, field):
    code, out, _ = run(tmp_path, capsys, *args, "--json")
    assert code == 2 and out["field"] == field


def test_without_credentials_it_says_how_to_configure(tmp_path, capsys):
    code, out, err = run(tmp_path, capsys, "pull", "--json")
    assert code == 1 and "FLEETDESK_CTRACK_USERNAME" in out["error"]


def test_vehicles_list_even_when_only_the_driver_lookup_fails(tmp_path, capsys, monkeypatch):
    """GetDriversInCostCentre is an enrichment: without the right to it (an error code) the
    vehicles still list, with a note, instead of the command failing as a whole."""
    from fleetdesk.simulators.ctrack_api import _path
    from fleetdesk.simulators.framework import route

    class NoDriverRights(CtrackSimulator):
        @route("GET", _path("Drivers", "GetDriversInCostCentre"))
        def get_drivers_in_cost_centre(self, request):
            from fleetdesk.simulators.framework import SimResponse

            return SimResponse.json({"ErrorCode": "NoAccessToDrivers = 7", "Message": "no rights to drivers"})

    app = NoDriverRights(clock=lambda: Clock().now().timestamp(), queue_start_delay=0.0, rate_limit=None)
    server = SimServer(app).start()
    try:
        monkeypatch.setenv("FLEETDESK_CTRACK_URL", server.url + PREFIX)
        monkeypatch.setenv("FLEETDESK_CTRACK_USERNAME", DEMO_USERNAME)
        monkeypatch.setenv("FLEETDESK_CTRACK_PASSWORD", DEMO_PASSWORD)
        code, out, _ = run(tmp_path, capsys, "vehicles", "--json")
        assert code == 0 and out["count"] == 25 and out["source"] == "ctrack"
        assert "drivers not loaded" in out["notes"][0] and "NoAccessToDrivers" in out["notes"][0]
        code, _, err = run(tmp_path, capsys, "vehicles")
        assert code == 0 and "25 vehicles" in err and "Note: drivers not loaded" in err
    finally:
        gc.collect()
        server.stop()
