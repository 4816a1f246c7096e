"""The demo shows vehicles present in several systems and at least one odometer cross-check
warning (the simulators' demo fleets, seeded as `fleetdesk --demo` does)."""

from __future__ import annotations

import json

from fleetdesk.cli import main


def test_demo_has_joined_vehicles_and_a_crosscheck_warning(tmp_path, capsys):
    # Runs at the instant conftest pins (FLEETDESK_FAKE_NOW): every simulator honours it, the
    # Ctrack one included (it used to read time.time(), so its positions lay in the future)
    data = tmp_path / "demo"
    assert main(["--demo", "--data-dir", str(data), "vehicles", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["vehicles"]
    joined = [r for r in rows if len(r["sources"]) > 1]
    assert len(joined) >= 3
    # joined by VIN (several systems know the VIN), by plate only, and by hand
    by_vin = [r for r in joined if r["join"] == "vin"]
    assert {"tachoshare", "carpass"} <= set(by_vin[0]["sources"]) if by_vin else False
    assert any(
        {"carpass", "thg"} <= set(r["sources"]) or {"carpass", "highmobility"} <= set(r["sources"])
        for r in by_vin
    )
    by_plate = [r for r in joined if r["join"] == "plate"]
    assert by_plate and by_plate[0]["vin"] and "tachoshare" in by_plate[0]["sources"]
    assert any(r["join"] == "manual" and "ctrack" in r["sources"] for r in joined)
    assert any("ctrack" in r["odometers"] and "carpass" in r["odometers"] for r in joined)
    warned = []
    for r in joined:
        if "carpass" in r["sources"]:
            assert main(["--demo", "--data-dir", str(data), "vehicle", r["key"], "--json"]) == 0
            timeline = json.loads(capsys.readouterr().out)["timeline"]
            warned += [e for e in timeline if e["kind"] == "crosscheck"]
    assert warned and "telematics" in warned[0]["text"]
