"""Pure rules of the Live map: vehicle state, clustering, replay, stops, backoff, commit rules."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from fleetdesk.ctrack import rules
from fleetdesk.ctrack.clustering import bounds_of, cluster, project
from fleetdesk.ctrack.models import Position
from fleetdesk.ctrack.replay import ReplayTimeline, bearing
from fleetdesk.ctrack.schema import migrations
from fleetdesk.ctrack.store import TrackPoint, TripRow, commit_fixes, fleet, track

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "t, ignition, speed, state",
    [
        (None, None, None, "unknown"),
        (NOW.timestamp() - 7200, True, 50, "stale"),
        (NOW.timestamp() - 60, False, 0, "off"),
        (NOW.timestamp() - 60, True, 0.4, "idling"),
        (NOW.timestamp() - 60, True, 42, "moving"),
    ],
)
def test_vehicle_state(t, ignition, speed, state):
    assert rules.vehicle_state(t, ignition, speed, NOW.timestamp(), 1800) == state


def test_ago_and_durations():
    assert rules.ago(-5) == (0, "s") and rules.ago(59) == (59, "s")
    assert rules.ago(180) == (3, "min") and rules.ago(3 * 3600 + 5) == (3, "h")
    assert rules.ago(5 * 86400) == (5, "d")
    assert rules.duration_text(20) == "20 s" and rules.duration_text(45 * 60) == "45 min"
    assert rules.duration_text(2 * 3600 + 5 * 60) == "2 h 05 min"


def test_backoff_grows_with_jitter_caps_and_honours_retry_after():
    b = rules.Backoff(base=2, cap=60, rng=random.Random(1))
    delays = [b.next() for _ in range(8)]
    for n, d in enumerate(delays):
        ceiling = min(60, 2 * 2**n)
        assert ceiling / 2 <= d <= ceiling
    assert b.next(retry_after=500) == 500
    b.reset()
    assert 1 <= b.next() <= 2


def test_stops_between_trips():
    def trip(a, b, lat):
        return TripRow(1, a, b, 1000, b - a, 50, lat, 4.3, lat + 0.01, 4.31, "A", f"B{a}", "", "")

    trips = [trip(0, 600, 50.8), trip(1800, 2400, 50.81), trip(2430, 3000, 50.82)]
    stops = rules.stops_between(trips)
    assert [(s.start_t, s.end_t, s.location) for s in stops] == [(600, 1800, "B0")]  # 30 s is no stop
    assert stops[0].latitude == pytest.approx(50.81) and stops[0].duration_s == 1200


# -- clustering ------------------------------------------------------------------------------
def grid_fleet(n=400):
    return [(i, 50.80 + (i % 20) * 0.004, 4.30 + (i // 20) * 0.006) for i in range(n)]


def test_zoomed_out_vehicles_cluster_and_every_vehicle_is_counted_once():
    points = grid_fleet()
    markers = cluster(points, 10)
    assert len(markers) < 20 and any(m.count > 1 for m in markers)
    members = [n for m in markers for n in m.members]
    assert sorted(members) == list(range(400))
    c = next(m for m in markers if m.count > 1)
    assert c.key.startswith("c:10:") and c.node_id == 0


def test_zoomed_in_every_vehicle_in_view_is_its_own_marker_and_the_rest_are_culled():
    points = grid_fleet()
    view = (50.80, 4.30, 50.83, 4.35)
    markers = cluster(points, 17, view, margin=0)
    assert all(m.count == 1 and m.key == f"v:{m.node_id}" for m in markers)
    assert {m.node_id for m in markers} == {
        n for n, lat, lon in points if 50.80 <= lat <= 50.83 and 4.30 <= lon <= 4.35
    }


def test_the_selected_vehicle_is_never_hidden_in_a_cluster():
    points = grid_fleet()
    markers = cluster(points, 9, selected=123)
    mine = [m for m in markers if 123 in m.members]
    assert len(mine) == 1 and mine[0].key == "v:123" and mine[0].count == 1
    # even when it is outside the viewport (the map may be following it)
    far = cluster(points, 15, (51.0, 5.0, 51.1, 5.1), selected=7)
    assert [m.key for m in far] == ["v:7"]


def test_cluster_keys_are_stable_while_panning():
    points = grid_fleet()
    a = {m.key: m.count for m in cluster(points, 12, (50.79, 4.29, 50.9, 4.5))}
    b = {m.key: m.count for m in cluster(points, 12, (50.795, 4.295, 50.905, 4.505))}
    common = set(a) & set(b)
    assert len(common) >= 0.8 * len(a) and all(a[k] == b[k] for k in common)


def test_projection_and_bounds():
    x, y = project(0, 0, 0)
    assert (x, y) == pytest.approx((128, 128))
    assert project(50.85, 4.35, 1)[0] == pytest.approx(2 * project(50.85, 4.35, 0)[0])
    south, west, north, east = bounds_of([(50.8, 4.3), (50.9, 4.5)])
    assert south < 50.8 and north > 50.9 and west < 4.3 and east > 4.5
    assert bounds_of([]) is None


# -- replay ----------------------------------------------------------------------------------
def test_replay_interpolates_and_skips_the_stops():
    pts = [
        TrackPoint(0, 50.0, 4.0, 36, None, True),
        TrackPoint(100, 50.01, 4.0, 36, None, True),
        TrackPoint(1000, 50.01, 4.0, 0, None, False),
        TrackPoint(2000, 50.01, 4.0, 40, 90.0, True),
        TrackPoint(2100, 50.01, 4.01, 40, 90.0, True),
    ]
    tl = ReplayTimeline(pts, [(0, 100), (2000, 2100)])
    assert tl.duration == 200
    f = tl.at(50)
    assert f.t == 50 and f.latitude == pytest.approx(50.005) and f.heading == pytest.approx(0, abs=0.5)
    f = tl.at(150)  # second trip: the 900 s stop took no time
    assert f.t == 2050 and f.longitude == pytest.approx(4.005) and f.heading == 90.0
    assert tl.at(-10).t == 0 and tl.at(10_000).t == 2100
    assert tl.replay_second(1500) == 100 and tl.replay_second(2050) == 150
    assert bearing(50, 4, 50, 4.1) == pytest.approx(90, abs=0.1)


# -- commit rules on an in-memory database -------------------------------------------------------
@pytest.fixture
def db():
    import sqlite_utils

    database = sqlite_utils.Database(memory=True)
    migrations.apply(database)
    return database


def fix(node, minutes, lat=50.85, speed=30.0, driver=("D1", "Ann Maes")):
    return Position(
        node,
        lat,
        4.35,
        NOW + timedelta(minutes=minutes),
        speed,
        None,
        "",
        True,
        1,
        "Driving",
        "somewhere",
        1000,
        driver[0],
        driver[1],
        None,
    )


def test_latest_only_moves_forward_and_future_fixes_are_ignored(db):
    stats = commit_fixes(
        db, [fix(1, -5), fix(1, -1, lat=50.9), fix(1, -3, lat=50.7)], now=NOW, source="queue"
    )
    assert (stats.new, stats.late, stats.future) == (3, 1, 0)
    stats = commit_fixes(db, [fix(1, -10), fix(1, 0.5), fix(2, 180)], now=NOW, source="queue")
    assert (stats.new, stats.late, stats.future) == (2, 1, 1)  # 0.5 min ahead is clock skew, not future
    rows = {r.node_id: r for r in fleet(db)}
    assert rows[1].t == (NOW + timedelta(minutes=0.5)).timestamp() and rows[1].driver_name == "Ann Maes"
    assert rows[2].t is None and rows[2].future_fixes == 1
    again = commit_fixes(db, [fix(1, -5)], now=NOW, source="poll")
    assert again.duplicates == 1 and again.new == 0
    assert len(track(db, 1, 0, 2e9)) == 5
