"""The Live map tab as a fleet manager uses it, against the Ctrack and tile simulators on loopback:
truthful states, find by plate, list <-> map selection, follow, fit all, incremental updates,
trips with route, stops and replay at 10x, the POI layer, and the not-configured state."""

from __future__ import annotations

import asyncio
import gc
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from fleetdesk.ctrack.plugin import PLUGIN, close_service, get_service
from fleetdesk.runtime import Runtime
from fleetdesk.simulators.ctrack import DEMO_PASSWORD, DEMO_USERNAME, PREFIX, CtrackSimulator
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.tiles import TilesSim
from fleetdesk.ui.context import AppContext


@pytest.fixture
def servers(fake_clock):
    ctrack = CtrackSimulator(
        clock=lambda: fake_clock.now().timestamp(), queue_start_delay=5.0, rate_limit=None
    )
    tiles = TilesSim()
    running = [SimServer(ctrack).start(), SimServer(tiles).start()]
    yield ctrack, running[0].url + PREFIX, running[1].url + "/{z}/{x}/{y}.png"
    gc.collect()
    for server in running:
        server.stop()


def make_runtime(config, fake_clock, servers, credentials=True):
    _sim, ctrack_url, tiles_url = servers
    config.overrides.update({"ctrack": ctrack_url, "tiles": tiles_url})
    rt = Runtime(config, clock=fake_clock, integrations=[PLUGIN])
    if credentials:
        rt.credentials.set("ctrack", "username", DEMO_USERNAME)
        rt.credentials.set("ctrack", "password", DEMO_PASSWORD)
    return rt


@pytest.fixture
def rt(config, fake_clock, servers):
    runtime = make_runtime(config, fake_clock, servers)
    yield runtime
    close_service(runtime)
    runtime.close()


def open_tab(rt, qloop, qtbot):
    from fleetdesk.ui.ctrack.tab import LiveMapTab

    ctx = AppContext.create(rt)
    tab = LiveMapTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return ctx, tab


def close_tab(ctx, tab, qtbot):
    tab.trips.pause()
    tab.close()
    done = asyncio.ensure_future(ctx.tasks.shutdown())
    qtbot.waitUntil(done.done, timeout=5000)
    ctx.detach()
    ctx.bus.deleteLater()


@pytest.fixture
def live(rt, qloop, qtbot):
    """(runtime, simulator, tab) after one poll: the fleet is stored and the tab shows it."""
    get_service(rt).poll()
    ctx, tab = open_tab(rt, qloop, qtbot)
    qtbot.waitUntil(
        lambda: (
            tab.vehicles.model.rowCount() == 25
            and tab.map.markers.rowCount() > 0
            and tab.map.bridge.viewport is not None
        ),
        timeout=5000,
    )
    yield rt, tab
    close_tab(ctx, tab, qtbot)


def cell(tab, node, col):
    model = tab.vehicles.model
    return model.data(model.index(model.row_of(node), col))


def markers(tab):
    return {m["key"]: m for m in tab.map.snapshot("markers")}


def test_every_vehicle_is_listed_and_drawn_with_a_truthful_state(live, servers, qtbot):
    rt, tab = live
    sim = servers[0]
    expected = {
        "parked": "Ignition off",
        "idling": "Idling",
        "stale": "Not reporting",
        "future": "No position",
    }
    for kind, label in expected.items():
        assert {cell(tab, n, 1) for n in sim.vehicles_of_kind(kind)} == {label}, kind
    assert {cell(tab, n, 1) for n in sim.vehicles_of_kind("moving")} <= {"Moving", "Idling", "Ignition off"}
    moving = next(n for n in sim.vehicles_of_kind("moving") if cell(tab, n, 1) == "Moving")
    assert (
        cell(tab, moving, 2).endswith("km/h")
        and "ago" in cell(tab, moving, 4)
        or cell(tab, moving, 4) == "just now"
    )
    assert "25 vehicles" in tab.vehicles.counts.text()
    qtbot.waitUntil(lambda: sum(m["count"] for m in markers(tab).values()) == 24, timeout=5000)
    assert "Live" in tab.status.text()


def test_typing_a_plate_finds_the_vehicle_and_highlights_it_on_the_map(live, servers, qtbot):
    rt, tab = live
    node = servers[0].vehicles_of_kind("parked")[0]
    plate = tab.vehicles.model.vehicle(node).registration
    qtbot.keyClicks(tab.vehicles.search, plate.replace("-", "").lower())
    assert tab.vehicles.visible_nodes() == [node]
    assert tab.selected == node and tab.map.bridge.property("selectedNode") == node
    qtbot.waitUntil(lambda: markers(tab).get(f"v:{node}", {}).get("selected") is True, timeout=5000)
    assert markers(tab)[f"v:{node}"]["labelShown"]
    assert tab.details.values["Registration"].text() == plate
    assert "Ignition off" in tab.details.values["State"].text()
    assert (
        tab.details.values["Odometer"].text().endswith("km") and tab.details.values["Location"].text() != "—"
    )
    qtbot.keyClick(tab.vehicles.search, Qt.Key.Key_Return)  # Enter: go there
    row = tab.vehicles.model.vehicle(node)
    qtbot.waitUntil(lambda: abs(view_centre(tab)[0] - row.latitude) < 0.002, timeout=5000)


def view_centre(tab):
    if not tab.map.bridge.viewport:
        return float("nan"), float("nan")
    _z, south, west, north, east = tab.map.bridge.viewport
    return (south + north) / 2, (west + east) / 2


def test_clicking_a_marker_selects_the_vehicle_in_the_list(live, servers, qtbot):
    rt, tab = live
    node = servers[0].vehicles_of_kind("idling")[0]
    tab.map.bridge.markerClicked(f"v:{node}")  # what the marker's TapHandler calls
    assert tab.vehicles.selected_node() == node
    assert tab.pages.currentWidget() is tab.details
    assert "Idling" in tab.details.values["State"].text()


def test_follow_keeps_the_moving_vehicle_in_the_middle(live, servers, fake_clock, qtbot):
    rt, tab = live
    node = next(n for n in servers[0].vehicles_of_kind("moving") if cell(tab, n, 1) == "Moving")
    tab.select(node)
    qtbot.mouseClick(tab.follow_button, Qt.MouseButton.LeftButton)
    assert tab.follow_button.isChecked()
    start = tab.vehicles.model.vehicle(node)
    qtbot.waitUntil(
        lambda: tab.map.bridge.viewport[0] >= 13.9 and abs(view_centre(tab)[0] - start.latitude) < 0.001,
        timeout=5000,
    )
    fake_clock.advance(60)
    get_service(rt).poll()
    get_service(rt).poll()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.vehicles.model.vehicle(node).t > start.t, timeout=5000)
    now = tab.vehicles.model.vehicle(node)
    assert (now.latitude, now.longitude) != (start.latitude, start.longitude)
    qtbot.waitUntil(
        lambda: (
            abs(view_centre(tab)[0] - now.latitude) < 0.001
            and abs(view_centre(tab)[1] - now.longitude) < 0.001
        ),
        timeout=5000,
    )


def test_updates_are_incremental_and_fit_all_covers_the_fleet(live, fake_clock, qtbot):
    rt, tab = live
    resets = tab.vehicles.model.resets
    uids = {k: m["uid"] for k, m in markers(tab).items()}
    fake_clock.advance(30)
    get_service(rt).poll()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.map.markers.counts["changed"] > 0, timeout=5000)
    assert tab.vehicles.model.resets == resets  # dataChanged, not a reset per tick
    same = {k: m["uid"] for k, m in markers(tab).items() if k in uids}
    assert same and all(uids[k] == uid for k, uid in same.items())  # moved, not recreated
    tab.map.center_on(50.0, 3.0, 15)
    qtbot.waitUntil(lambda: tab.map.bridge.viewport[0] == 15, timeout=5000)
    qtbot.mouseClick(tab.fit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.map.bridge.viewport[0] < 13, timeout=5000)
    _z, south, west, north, east = tab.map.bridge.viewport
    for r in tab.vehicles.model.rows:
        if r.latitude is not None:
            assert south <= r.latitude <= north and west <= r.longitude <= east


def test_trips_of_yesterday_show_the_route_and_stops_and_replay_at_10x(live, servers, fake_clock, qtbot):
    rt, tab = live
    node = servers[0].vehicles_of_kind("moving")[0]
    tab.select(node)
    tab.pages.setCurrentWidget(tab.trips)
    trips = tab.trips
    assert trips.selected_day() == (fake_clock.now().astimezone() - timedelta(days=1)).date()
    qtbot.mouseClick(trips.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trips.list.count() > 5, timeout=8000)
    assert trips.list.item(1).text().count("km") == 1 and "→" in trips.list.item(1).text()
    qtbot.waitUntil(lambda: len(tab.map.snapshot("route")) == len(trips.day.points), timeout=5000)
    stops = tab.map.snapshot("stops")
    assert len(stops) == len(trips.day.stops) and stops[0]["label"].endswith("min")

    trips.list.setCurrentRow(1)  # the first trip: its route and the stop after it
    first = trips.day.trips[0]
    inside = [p for p in trips.day.points if first.start_t <= p.t <= first.end_t]
    qtbot.waitUntil(lambda: len(tab.map.snapshot("route")) == len(inside), timeout=5000)
    qtbot.waitUntil(
        lambda: [s["label"] for s in tab.map.snapshot("stops")] == [stops[0]["label"]], timeout=5000
    )
    trips.speed.setCurrentIndex(trips.speed.findData(10))
    assert trips.speed.currentText() == "10×"
    trips.play()
    trips._timer.stop()  # step by hand: exact, no waiting
    trips.step(6.0)  # 6 s at 10x = one minute of the trip
    assert trips.position == pytest.approx(60.0)
    frame = trips.timeline.at(60.0)
    assert frame.t == pytest.approx(trips.day.trips[0].start_t + 60)
    bridge = tab.map.bridge
    assert (bridge.property("replayLat"), bridge.property("replayLon")) == pytest.approx(
        (frame.latitude, frame.longitude)
    )
    qtbot.waitUntil(lambda: abs(view_centre(tab)[0] - frame.latitude) < 0.001, timeout=5000)  # map follows
    assert trips.slider.value() == 60
    trips.step(10_000)  # past the end: pauses at the last fix
    assert not trips.play_button.isChecked() and trips.position == trips.timeline.duration


def test_the_poi_layer_toggles(live, qtbot):
    rt, tab = live
    assert tab.map.snapshot("pois") == []
    tab.pois_box.setChecked(True)
    qtbot.waitUntil(lambda: len(tab.map.snapshot("pois")) > 0, timeout=5000)
    assert any("Depot" in p["label"] for p in tab.map.snapshot("pois"))
    tab.pois_box.setChecked(False)
    qtbot.waitUntil(lambda: tab.map.snapshot("pois") == [], timeout=5000)


def test_screenshot_ready_once_tiles_and_markers_are_drawn(live, qtbot):
    rt, tab = live
    qtbot.waitUntil(tab.screenshot_ready, timeout=8000)
    assert tab.map.cached_tiles() >= 6 and tab.map.markers.rowCount() > 0


def test_not_configured_says_what_to_do(config, fake_clock, servers, qloop, qtbot):
    runtime = make_runtime(config, fake_clock, servers, credentials=False)
    try:
        ctx, tab = open_tab(runtime, qloop, qtbot)
        qtbot.waitUntil(lambda: tab.banner.isVisible(), timeout=5000)
        assert "Settings → Ctrack" in tab.banner.label.text()
        assert tab.vehicles.model.rowCount() == 0 and not tab.follow_button.isEnabled()
        close_tab(ctx, tab, qtbot)
    finally:
        runtime.close()


def test_options_change_the_stale_age_and_the_polling_interval(live, servers, qtbot):
    rt, tab = live
    parked = servers[0].vehicles_of_kind("parked")[0]
    assert cell(tab, parked, 1) == "Ignition off"
    qtbot.mouseClick(tab.options_button, Qt.MouseButton.LeftButton)
    dialog = tab.options_dialog
    assert dialog.isVisible()
    dialog.spins["ctrack.stale_minutes"].setValue(1)  # heartbeats come every 15 min
    dialog.spins["ctrack.poll_interval_s"].setValue(30)
    dialog.accept()
    qtbot.waitUntil(lambda: cell(tab, parked, 1) == "Not reporting", timeout=5000)
    assert rt.config.settings.get("ctrack.poll_interval_s") == 30
    assert get_service(rt).poll() == 30.0


def test_the_status_line_says_how_live_the_map_is():
    from fleetdesk.ui.ctrack.tab import status_text

    tr = str
    assert status_text({"mode": "queue"}, (True, ""), True, tr)[1] == "ok"
    assert "polling" in status_text({"mode": "polling"}, (True, ""), True, tr)[0]
    text, level = status_text(
        {"mode": "offline", "last_ok_at": "2026-11-22T09:00:00+00:00"}, (True, ""), True, tr
    )
    assert level == "warning" and "last known positions" in text and ":" in text
    assert status_text({"mode": "signed-out"}, (True, ""), True, tr)[1] == "error"
    text, level = status_text(None, (False, "no credentials"), True, tr)
    assert level == "warning" and "Settings → Ctrack" in text and "last known" in text
