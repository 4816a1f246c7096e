"""``fleetdesk carpass ...`` end to end: fleetdesk.cli.main against the simulator on loopback.

The CLI runs on real time; the simulator answers ONGOING for 0.5 s, so ``--wait`` settles at
the first status call (1.5 s after the guid arrived, as the polling rules want).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from fleetdesk.cli import main
from fleetdesk.core.clock import FAKE_NOW_ENV, Clock, fake_now_value
from fleetdesk.simulators.carpass import DEMO_PASSWORD, DEMO_USERNAME, CarPassSim
from fleetdesk.simulators.framework import SimServer

GOLF, BMW, PANDA = "WVWZZZ1KZ8W123456", "WBA3A5C51DF123457", "ZFA19900001234568"


def today() -> date:
    # The pinned clock (FLEETDESK_FAKE_NOW, set by conftest for every test), never the wall clock.
    return Clock().now().astimezone(ZoneInfo("Europe/Brussels")).date()


@pytest.fixture
def sim(monkeypatch):
    app = CarPassSim(ongoing_seconds=0.5, vhr_ongoing_seconds=0.5, review_seconds=None, maintenance=False)
    server = SimServer(app).start()
    monkeypatch.setenv("FLEETDESK_CARPASS_URL", server.url + "/api")
    monkeypatch.setenv("FLEETDESK_CARPASS_USERNAME", DEMO_USERNAME)
    monkeypatch.setenv("FLEETDESK_CARPASS_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("FLEETDESK_CARPASS_ENTERPRISE", "0412345614")
    monkeypatch.setenv("FLEETDESK_CARPASS_ESTABLISHMENT", DEMO_USERNAME)
    yield app
    server.stop()


def run(capsys, tmp_path, *argv) -> tuple[int, dict | None, str]:
    code = main(["--data-dir", str(tmp_path / "data"), "carpass", *argv])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip().startswith("{") else None), out.err


def test_precheck_json_names_codes_severities_and_messages(sim, capsys, tmp_path):
    history = tmp_path / "h.csv"
    history.write_text(f"vin,date,km\n{GOLF},{today() - timedelta(days=40)},176420\n")
    assert run(capsys, tmp_path, "history", "import", str(history), "--json")[1]["imported"] == 1
    code, data, _ = run(capsys, tmp_path, "precheck", "--vin", GOLF, "--km", "170000", "--json")
    assert code == 0
    assert data["sendable"] is True
    [finding] = data["findings"]
    assert finding["code"] == "LOWER_THAN_PREVIOUS" and finding["severity"] == "warning"
    assert "176420" in finding["message"]
    code, data, _ = run(capsys, tmp_path, "precheck", "--vin", GOLF, "--km", "17 000", "--json")
    assert data["sendable"] is False and data["findings"][0]["code"] == "ODOMETER_NOT_NUMERIC"
    assert sim.requests_to("/observation") == []  # a precheck never sends


def test_submit_refuses_errors_and_unacknowledged_warnings(sim, capsys, tmp_path):
    tomorrow = (today() + timedelta(days=1)).isoformat()
    code, data, err = run(
        capsys, tmp_path, "submit", "--vin", GOLF, "--km", "177300", "--date", tomorrow, "--json"
    )
    assert code == 2 and data["queued"] is False and data["findings"][0]["code"] == "DATE_IN_FUTURE"
    yesterday = (today() - timedelta(days=1)).isoformat()
    code, data, err = run(
        capsys, tmp_path, "submit", "--vin", GOLF, "--km", "177300", "--date", yesterday, "--json"
    )
    assert code == 2 and data["unacknowledged_warnings"] == ["DATE_IN_PAST"]
    assert "--accept-warnings" in err
    code, data, _ = run(capsys, tmp_path, "list", "--json")
    assert data["count"] == 0  # nothing was stored


def test_submit_wait_follows_the_status_to_processed(sim, capsys, tmp_path):
    code, data, err = run(
        capsys,
        tmp_path,
        "submit",
        "--vin",
        GOLF,
        "--km",
        "177300",
        "--work-description",
        "Timing belt",
        "--wait",
        "--json",
    )
    assert code == 0 and data["queued"] and data["sent"]
    reading = data["reading"]
    assert reading["state"] == "processed" and reading["request_guid"] in sim.requests
    assert reading["work_description"] == "Timing belt"
    assert sim.violations == []
    code, data, _ = run(capsys, tmp_path, "list", "--json")
    assert [r["state"] for r in data["readings"]] == ["processed"]
    code, data, _ = run(capsys, tmp_path, "submit", "--vin", GOLF, "--km", "177300", "--json")
    assert code == 2 and data["findings"][0]["code"] == "DUPLICATE"


def test_submit_offline_is_queued_and_sync_sends_it_later(sim, capsys, tmp_path, monkeypatch):
    sim.faults.offline = True
    code, data, err = run(capsys, tmp_path, "submit", "--plate", "1-GHI-789", "--km", "94900", "--json")
    assert code == 0 and data["queued"] and not data["sent"]
    assert "queued with its date of work" in err
    sim.faults.offline = False
    from fleetdesk.store.db import connect

    db = connect(tmp_path / "data" / "fleetdesk.sqlite3")
    db.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000Z'")
    db.conn.close()
    assert main(["--data-dir", str(tmp_path / "data"), "sync", "--once", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["outbox"]["sent"] == 1 and out["integrations"]["carpass"]["ok"]


def test_issue_list_then_correct_with_wait(sim, capsys, tmp_path):
    code, data, _ = run(capsys, tmp_path, "submit", "--vin", BMW, "--km", "113870", "--wait", "--json")
    assert code == 0 and data["reading"]["state"] == "issue"
    guid = data["reading"]["request_guid"]
    code, data, _ = run(capsys, tmp_path, "issues", "--json")
    [issue] = data["issues"]
    assert issue["type"] == "001" and issue["number"] and issue["current_guid"] == guid
    assert set(issue["description"]) == {"nl", "fr", "de"}
    code, data, _ = run(capsys, tmp_path, "correct", guid, "--km", "131990", "--wait", "--json")
    assert code == 0 and data["reading"]["state"] == "processed"
    assert data["reading"]["odometer"] == 131990 and data["reading"]["request_guid"] != guid
    assert run(capsys, tmp_path, "issues", "--json")[1]["count"] == 0


def test_confirm_warns_it_cannot_be_undone(sim, capsys, tmp_path):
    code, data, _ = run(
        capsys, tmp_path, "submit", "--vin", GOLF, "--km", "250000", "--accept-warnings", "--wait", "--json"
    )
    assert data["reading"]["state"] == "issue"
    code, data, err = run(capsys, tmp_path, "confirm", data["reading"]["request_guid"], "--wait", "--json")
    assert code == 0 and "cannot be undone" in err
    assert data["reading"]["state"] == "processed"
    code, data, err = run(capsys, tmp_path, "confirm", data["reading"]["request_guid"], "--json")
    assert code == 2 and data["field"] == "state"  # nothing left to confirm


def test_vhr_saves_the_pdf(sim, capsys, tmp_path):
    code, data, _ = run(
        capsys,
        tmp_path,
        "submit",
        "--vin",
        PANDA,
        "--km",
        "25100",
        "--type",
        "VEHICLE_HISTORY_DOCUMENT",
        "--wait",
        "--json",
    )
    assert data["reading"]["state"] == "processed" and data["reading"]["vhr_state"] == "stored"
    out = tmp_path / "panda.pdf"
    code, data, _ = run(capsys, tmp_path, "vhr", data["reading"]["request_guid"], "--out", str(out), "--json")
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert data["public_url"].startswith("https://public.car-pass.be/vhr/")
    assert data["bytes"] == out.stat().st_size


def test_bad_input_exits_2_naming_the_field(sim, capsys, tmp_path):
    code, data, _ = run(
        capsys, tmp_path, "submit", "--vin", GOLF, "--km", "1", "--date", "31/02/2026", "--json"
    )
    assert code == 2 and data["field"] == "date"
    code, data, _ = run(capsys, tmp_path, "vhr", "not-a-guid", "--out", "x.pdf", "--json")
    assert code == 2 and data["field"] == "requestGuid"
    assert main(["carpass", "submit", "--km", "1"]) == 2  # --vin or --plate is required


def test_thursday_20h_brussels_maintenance_window_queues_and_sends_nothing(capsys, tmp_path, monkeypatch):
    """Pinned at Thursday 26 November 2026, 20:00 in Brussels (19:00 UTC): the production
    maintenance window. The CLI and the simulator both read the pinned clock."""
    monkeypatch.setenv(FAKE_NOW_ENV, fake_now_value("2026-11-26T19:00:00Z"))
    app = CarPassSim(ongoing_seconds=0.5, vhr_ongoing_seconds=0.5, review_seconds=None)
    assert app.in_maintenance()  # the simulator's own reading
    server = SimServer(app).start()
    try:
        monkeypatch.setenv("FLEETDESK_CARPASS_URL", server.url + "/api")
        monkeypatch.setenv("FLEETDESK_CARPASS_USERNAME", DEMO_USERNAME)
        monkeypatch.setenv("FLEETDESK_CARPASS_PASSWORD", DEMO_PASSWORD)
        monkeypatch.setenv("FLEETDESK_CARPASS_ENTERPRISE", "0412345614")
        monkeypatch.setenv("FLEETDESK_CARPASS_ESTABLISHMENT", DEMO_USERNAME)
        assert today() == date(2026, 11, 26)
        code, data, err = run(capsys, tmp_path, "submit", "--vin", GOLF, "--km", "177300", "--json")
        assert code == 0 and data["queued"] and not data["sent"]
        assert [f["code"] for f in data["findings"]] == ["MAINTENANCE_WINDOW"]
        code, data, _ = run(capsys, tmp_path, "list", "--json")
        assert [r["state"] for r in data["readings"]] == ["queued"]
        assert app.requests_to("/observation") == []  # nothing went out in the window
    finally:
        server.stop()


def test_cli_applies_the_plate_and_odometer_rules_of_the_prechecks(sim, capsys, tmp_path):
    """Defects 5 and 10: the CLI refuses what the entry form refuses (one rule, one place)."""
    code, data, _ = run(capsys, tmp_path, "submit", "--plate", "1-ABCD-1234", "--km", "50000", "--json")
    assert code == 2 and not data["queued"]
    assert [f["code"] for f in data["findings"]] == ["PLATE_TOO_LONG"]
    code, data, _ = run(capsys, tmp_path, "submit", "--vin", GOLF, "--km", "3000000000", "--json")
    assert code == 2 and data["findings"][0]["code"] == "ODOMETER_OUT_OF_RANGE"
    code, data, err = run(capsys, tmp_path, "submit", "--vin", GOLF, "--km", "2000001", "--json")
    assert code == 2 and data["unacknowledged_warnings"] == ["ODOMETER_IMPLAUSIBLE"]
    code, data, _ = run(
        capsys, tmp_path, "submit", "--vin", GOLF, "--km", "2000001", "--accept-warnings", "--json"
    )
    assert code == 0 and data["queued"]
    assert sim.requests_to("/observation") == [] or all(
        "2000001" in r.body.decode() for r in sim.requests_to("/observation$")
    )
    history = tmp_path / "h.csv"
    history.write_text(f"vin,date,km\n{PANDA},{today() - timedelta(days=4)},2147483648\n")
    code, data, err = run(capsys, tmp_path, "history", "import", str(history), "--json")
    assert code == 2 and "km" in err and "2147483647" in err


def test_sync_after_an_outage_sends_what_was_queued_at_once(sim, capsys, tmp_path):
    """`fleetdesk sync` is a person asking to try again: the back-off after the connection
    failure does not hold the reading back (it once said "0 sent, 1 still queued")."""
    sim.faults.offline = True
    code, data, err = run(capsys, tmp_path, "submit", "--plate", "1-GHI-789", "--km", "94900", "--json")
    assert code == 0 and data["queued"] and not data["sent"]
    sim.faults.offline = False
    assert main(["--data-dir", str(tmp_path / "data"), "sync", "--once"]) == 0
    err = capsys.readouterr().err
    assert "outbox: 1 sent, 0 still queued" in err and "waiting until" not in err
