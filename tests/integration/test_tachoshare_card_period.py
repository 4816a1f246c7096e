"""Issue #12 defect 9: a driver-card file's "Period" is the activities it holds (from the
file's parsed header facts), not the day it was downloaded; a file that cannot be parsed
shows only what is known (it ends with its download day). Loopback HTTP, time pinned.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.views import files_csv
from fleetdesk.ui.tachoshare.files import period
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), **SMALL) as e:
        yield e


def test_a_card_files_period_is_the_activity_it_holds_not_its_download_day(env):
    sim, svc = env.sim, env.svc
    card = sim.cards[1]
    svc.sync(only={ts.card_subject(card.card, card.country)})
    svc.wait_indexed()
    rows = env.rows(
        "SELECT f.*, x.activity_from, x.activity_to FROM tacho_files f "
        "JOIN tacho_file_facts x ON x.file_id = f.id WHERE f.kind = 'card' ORDER BY f.id"
    )
    assert rows
    last = rows[-1]
    downloaded = date(int(last["filename"][2:6]), int(last["filename"][6:8]), int(last["filename"][8:10]))
    # the simulator's card file holds the 28 days before its download
    assert last["activity_from"] == (downloaded - timedelta(days=28)).isoformat()
    for f in rows:
        assert f["period_from"] == f["activity_from"]
        assert f["period_to"] == (date.fromisoformat(f["activity_to"]) + timedelta(days=1)).isoformat()
    assert period(last) == f"{downloaded - timedelta(days=28)} → {downloaded - timedelta(days=1)}"
    assert f",{downloaded - timedelta(days=28)},{downloaded}," in files_csv([last])


def test_an_unparsable_card_file_shows_only_that_it_ends_with_its_download_day(env):
    sim, svc = env.sim, env.svc
    sim.hostile_zip = "mixed"  # its safe members are not real card files
    card = sim.cards[1]
    svc.sync(only={ts.card_subject(card.card, card.country)})
    svc.wait_indexed()
    f = env.rows("SELECT * FROM tacho_files WHERE kind = 'card' AND filename LIKE 'C_20240301_0715_%'")[0]
    assert (f["period_from"], f["period_to"]) == (None, "2024-03-02")
    assert period(f) == "… → 2024-03-01"
