"""Issue #13, details, in the Tachographs tab: under the board, the selected card's vehicles
used and driving per day, the selected vehicle unit's calibration and when the next is due."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.simulators._tachoshare_data import _card_vehicles
from fleetdesk.tachoshare import store as ts
from tab_support import open_tacho_tab
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), **SMALL) as e:
        e.svc.sync()
        yield e


@pytest.fixture
def tab(env, app_context_for, qtbot):
    yield from open_tacho_tab(app_context_for(env.rt), env, qtbot)


def test_panel_shows_vehicles_used_driving_and_calibration(tab, env):
    panel = tab.board.coverage
    messi = next(c for c in env.sim.cards if c.name == "L_MESSI")
    assert tab.board.select_subject(ts.card_subject(messi.card, messi.country))
    text = panel.details.text()
    assert "Vehicles used: " in text
    assert all(plate in text for plate, _ in _card_vehicles(messi))
    assert "Driving on the last 7 days held: " in text and "(total " in text
    folder = os.environ.get("TACHO_SHOTS")
    if folder:  # a picture of the panel with a card selected
        Path(folder).mkdir(parents=True, exist_ok=True)
        tab.grab().save(str(Path(folder) / "details-card.png"))
    v = next(v for v in env.sim.vehicles if v.last_activity)
    assert tab.board.select_subject(ts.vu_subject(v.vin))
    text = panel.details.text()
    assert text.startswith("Last calibration ") and "next calibration due 20" in text
