"""Issue #12 defect 8: the legal clock and "Last downloaded" run from the last download
FleetDesk has archived (what an inspector asks for), not from TachoShare's last *activity*
date; both are shown. A parked truck downloaded on time keeps a good standing.
Loopback HTTP against the simulator, time pinned.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.tachoshare import compliance as c
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.importer import import_file
from fleetdesk.tachoshare.views import board_csv, board_rows
from tachofile_builder import vu_file
from test_tachoshare_support import tacho_env

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
TODAY = NOW.date()


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(NOW), vu_base_bytes=2000, vu_day_bytes=10, card_file_bytes=300) as e:
        yield e


def row_for(env, vin):
    rows = env.rt.store.read(lambda db: board_rows(db, TODAY))
    return next(r for r in rows if r.vin == vin)


def test_a_parked_truck_downloaded_on_time_is_within_the_legal_limit(env, tmp_path):
    sim, svc = env.sim, env.svc
    v = sim.vehicles[14]  # no activity for 130 days (parked)
    svc.refresh_lists()
    before = row_for(env, v.vin)
    assert before.reading.level == c.OUTSIDE and before.clock_from == "tachoshare"
    # ten days ago the unit was downloaded: nothing new happened, but the download is on file
    last_activity = datetime.combine(v.last_activity, datetime.min.time(), UTC) + timedelta(hours=17)
    src = tmp_path / "parked.DDD"
    src.write_bytes(
        vu_file(
            vin=v.vin,
            plate=v.plate.replace("-", " "),
            period=(last_activity - timedelta(days=200), last_activity),
            downloaded=NOW - timedelta(days=10),
        )
    )
    result = import_file(env.rt.store, env.clock, svc.archive_root(), src)
    assert result.state == "imported", result.message
    row = row_for(env, v.vin)
    assert row.clock_from == "archive"
    assert row.reading.last == TODAY - timedelta(days=10)  # "Last downloaded"
    assert row.tachoshare_last == v.last_activity  # shown beside it
    assert row.reading.level != c.OUTSIDE and row.reading.legal_days_left == 80
    doc = row.as_dict()
    assert doc["last_downloaded"] == (TODAY - timedelta(days=10)).isoformat()
    assert doc["last_activity"] == v.last_activity.isoformat() and doc["legal_clock_from"] == "archive"
    assert f",{TODAY - timedelta(days=10)},archive,{v.last_activity}," in board_csv([row])


def test_after_a_sync_the_clock_runs_from_the_archived_download(env):
    sim, svc = env.sim, env.svc
    v = sim.vehicles[3]
    card = sim.cards[2]
    svc.sync(only={ts.vu_subject(v.vin), ts.card_subject(card.card, card.country)})
    row = row_for(env, v.vin)
    # the simulator's file says it was downloaded the morning after the last activity
    assert row.clock_from == "archive" and row.reading.last == v.last_activity + timedelta(days=1)
    assert row.tachoshare_last == v.last_activity
    rows = env.rt.store.read(lambda db: board_rows(db, TODAY))
    crow = next(r for r in rows if r.card_number == card.card)
    assert crow.clock_from == "archive" and crow.reading.last == card.downloads[-1].date()
