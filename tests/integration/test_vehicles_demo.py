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
    assert any("ctrack" in r["odometers"] and "carpass" in r["odometers"] for r in joined)
    warned = []
    for r in joined:
        if "carpass" in r["sources"]:
            assert main(["--demo", "--data-dir", str(data), "vehicle", r["key"], "--json"]) == 0
            timeline = json.loads(capsys.readouterr().out)["timeline"]
            warned += [e for e in timeline if e["kind"] == "crosscheck"]
    assert warned and "telematics" in warned[0]["text"]
