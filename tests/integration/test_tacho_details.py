"""Issue #13, details, end to end against the simulator: the vehicles a driver used, the
driving per day and the next calibration due come from the archived files (parsed once on
arrival with details) onto the board rows; a calibration due soon is a problem."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.simulators._tachoshare_data import _card_vehicles
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare import subject_details as sd
from fleetdesk.tachoshare.views import board_rows
from test_tachoshare_support import tacho_env


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), vu_base_bytes=2000, vu_day_bytes=10, card_file_bytes=300) as e:
        assert e.svc.sync()["failed"] == 0
        yield e


def test_vehicles_used_and_driving_per_day_of_each_card(env):
    details = env.rt.store.read(sd.subject_details)
    messi = next(c for c in env.sim.cards if c.name == "L_MESSI")
    d = details[ts.card_subject(messi.card, messi.country)]
    assert {v.registration for v in d.vehicles_used} == {p for p, _ in _card_vehicles(messi)}
    assert all(v.first <= v.last and v.km > 0 for v in d.vehicles_used)
    assert d.vehicles_used[0].last >= d.vehicles_used[-1].last  # most recently used first
    # the simulator's days: rest, driving from 06:00-08:00 to 10:00, work to 16:00, rest
    assert d.days and all(t.driving in (120, 180, 240) and t.work == 360 for t in d.days)
    assert [t.day for t in d.days] == sorted({t.day for t in d.days})


def test_calibration_due_of_each_vehicle_unit_on_the_board(env):
    today = env.clock.now().date()
    rows = {r.subject: r for r in env.rt.store.read(lambda db: board_rows(db, today))}
    with_files = [v for v in env.sim.vehicles if v.last_activity]
    assert with_files
    for v in with_files:
        row = rows[ts.vu_subject(v.vin)]
        assert row.calibration_due is not None and row.details is not None
        assert row.details.last_calibration is not None
        assert row.calibration_due > row.details.last_calibration
        assert row.as_dict()["calibration_due"] == row.calibration_due.isoformat()
    # a month before one unit's calibration is due, the board calls it a problem
    v = with_files[0]
    due = rows[ts.vu_subject(v.vin)].calibration_due
    assert due is not None
    later = {r.subject: r for r in env.rt.store.read(lambda db: board_rows(db, due - timedelta(days=10)))}
    row = later[ts.vu_subject(v.vin)]
    assert row.calibration_days_left == 10
    assert f"calibration due in 10 days ({due.isoformat()})" in row.problems
    overdue = {r.subject: r for r in env.rt.store.read(lambda db: board_rows(db, due + timedelta(days=1)))}
    assert f"calibration overdue since {due.isoformat()}" in overdue[ts.vu_subject(v.vin)].problems


def test_details_merge_files_and_count_a_record_once():
    from fleetdesk.tachoshare.subject_details import _merge_vehicles

    rec = ("D", "WDB", "2026-11-01T06:00:00+00:00", "2026-11-03T17:00:00+00:00", 300)
    merged = _merge_vehicles(
        {
            ("B-XY 1", "D", rec[2]): rec[1:],
            ("B-XY 1", "D", "2026-11-10T06:00:00+00:00"): (
                "WDB",
                "2026-11-10T06:00:00+00:00",
                "2026-11-10T18:00:00+00:00",
                50,
            ),
            ("M-AB 2", "D", "2026-11-05T06:00:00+00:00"): (
                None,
                "2026-11-05T06:00:00+00:00",
                "2026-11-05T09:00:00+00:00",
                20,
            ),
        }
    )
    assert [(v.registration, v.first, v.last, v.km) for v in merged] == [
        ("B-XY 1", date(2026, 11, 1), date(2026, 11, 10), 350),
        ("M-AB 2", date(2026, 11, 5), date(2026, 11, 5), 20),
    ]
