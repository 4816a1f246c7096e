"""The odometer cross-check on the command line: at ``fleetdesk carpass submit`` (a warning,
accepted with --accept-warnings like the others, stored with the reading) and at ``carpass history
import`` (warnings listed in the summary, never a block, stored with the imported readings).
Against the Car-Pass simulator on loopback; the pinned day is 23 November 2026."""

from __future__ import annotations

import json

import pytest

from fleetdesk.cli import main
from fleetdesk.simulators.carpass import DEMO_PASSWORD, DEMO_USERNAME, CarPassSim
from fleetdesk.simulators.framework import SimServer
from vehicle_data import PLATE_C, VIN_A, seed


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


@pytest.fixture
def data_dir(tmp_path):
    from fleetdesk.core.config import Config
    from fleetdesk.runtime import Runtime

    with Runtime(Config.load(tmp_path / "data")) as rt:
        rt.store.write(seed)
    return tmp_path / "data"


def run(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), "carpass", *argv])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip().startswith("{") else None), out.err


def checks(data_dir) -> list[dict]:
    from fleetdesk.core.config import Config
    from fleetdesk.runtime import Runtime
    from fleetdesk.vehicles.sources import _q

    with Runtime(Config.load(data_dir)) as rt:
        return rt.store.read(
            lambda db: _q(
                db,
                "SELECT c.*, r.origin, r.odometer FROM vehicle_crosschecks c "
                "LEFT JOIN carpass_readings r ON r.id = c.reading_id ORDER BY c.id",
            )
        )


def test_submit_below_telematics_is_held_back_then_accepted_and_stored(sim, data_dir, capsys):
    # Ctrack says 105,000 km on 20 Nov, about 100 km a day: 104,000 km on 23 Nov is too low
    code, data, err = run(capsys, data_dir, "submit", "--vin", VIN_A, "--km", "104000", "--json")
    assert code == 2 and data["queued"] is False
    [f] = [f for f in data["findings"] if f["code"] == "odometer_crosscheck"]
    assert f["severity"] == "warning" and "Ctrack odometer 105,000 km on 2026-11-20" in f["message"]
    assert "odometer_crosscheck" in data["unacknowledged_warnings"]
    assert "--accept-warnings" in err and checks(data_dir) == []
    assert sim.requests_to("/observation") == []
    code, data, err = run(
        capsys, data_dir, "submit", "--vin", VIN_A, "--km", "104000", "--accept-warnings", "--json"
    )
    assert code == 0 and data["queued"] is True
    assert any(f["code"] == "odometer_crosscheck" for f in data["findings"])
    [c] = checks(data_dir)
    assert (c["reading_id"], c["level"], c["accepted"], c["source"]) == (
        data["reading_id"],
        "below",
        1,
        "ctrack",
    )
    assert c["odometer"] == 104_000 and c["origin"] == "entry"


def test_submit_consistent_reading_passes_and_its_check_is_stored(sim, data_dir, capsys):
    code, data, _ = run(capsys, data_dir, "submit", "--vin", VIN_A, "--km", "105300", "--json")
    assert code == 0 and data["queued"] is True
    assert not [f for f in data["findings"] if f["code"] == "odometer_crosscheck"]
    [c] = checks(data_dir)
    assert (c["reading_id"], c["level"], c["accepted"]) == (data["reading_id"], "ok", 0)


def test_history_import_lists_crosscheck_warnings_and_never_blocks(sim, data_dir, capsys, tmp_path):
    csv = tmp_path / "h.csv"
    # line 2: far below Ctrack's 105,000 km two days later; line 3: consistent; line 4: the
    # plate-only vehicle (Ctrack 60,000 km) read at 80,000 km a day before: far above
    csv.write_text(
        f"vin,plate,date,km\n{VIN_A},,2026-11-18,60000\n{VIN_A},,2026-11-19,104800\n"
        f",{PLATE_C},2026-11-19,80000\n"
    )
    code, data, err = run(capsys, data_dir, "history", "import", str(csv), "--json")
    assert code == 0 and data["imported"] == 3
    assert [(w["line"], w["code"]) for w in data["warnings"]] == [
        (2, "odometer_crosscheck"),
        (4, "odometer_crosscheck"),
    ]
    assert "Lower than telematics" in data["warnings"][0]["message"]
    assert "Far above telematics" in data["warnings"][1]["message"]
    assert "2 warning(s), imported all the same" in err and "line 4:" in err
    stored = checks(data_dir)
    assert [(c["level"], c["odometer"], c["origin"], c["accepted"]) for c in stored] == [
        ("below", 60_000, "import", 0),
        ("far_above", 80_000, "import", 0),
    ]
    assert sim.requests_to("/observation") == []  # history is never sent


def test_submit_with_a_non_ascii_digit_is_refused_without_a_traceback(data_dir, capsys):
    # '²' is a digit to str.isdigit() but not to int(): the cross-check must not crash on it
    code, data, err = run(capsys, data_dir, "submit", "--vin", VIN_A, "--km", "10²", "--json")
    assert code == 2 and data["queued"] is False and "Traceback" not in err
    assert checks(data_dir) == []
