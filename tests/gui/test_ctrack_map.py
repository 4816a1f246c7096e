"""The Live map's model -> QML binding: markers follow the Python model incrementally (the same
delegate moves on dataChanged), clusters carry their vehicles, labels appear when zoomed in,
selection, fit, centre, route, stops and POIs reach the map."""

from __future__ import annotations

import pytest

from fleetdesk.ctrack.store import FleetRow
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.tiles import TilesSim
from fleetdesk.ui.ctrack.map import FleetMapWidget
from fleetdesk.ui.ctrack.markers import MarkerView, PointView, marker_views

NOW = 1_790_000_000.0


@pytest.fixture
def tiles():
    app = TilesSim()
    server = SimServer(app).start()
    yield app, server.url + "/{z}/{x}/{y}.png"
    server.stop()


@pytest.fixture
def fleet_map(qtbot, tiles, tmp_path):
    widget = FleetMapWidget(tiles[1], tmp_path / "tiles", attribution="© OpenStreetMap contributors")
    assert widget.problem == ""
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.root_property("ready") is True, timeout=5000)
    return widget


def row(node, lat, lon, speed=40.0, heading=90.0, ignition=True, t=NOW - 30, reg=None):
    return FleetRow(
        node,
        reg or f"1-ABC-{node:03d}",
        f"BXL{node:03d}",
        "Van",
        t,
        lat,
        lon,
        speed,
        heading,
        ignition,
        "Driving",
        "Brussels",
        1_000_000,
        "D1",
        "Ann Maes",
        0,
        "queue",
    )


def markers(widget):
    return {m["key"]: m for m in widget.snapshot("markers")}


def test_markers_follow_the_model_and_move_without_being_recreated(fleet_map, qtbot):
    rows = [row(1, 50.85, 4.35), row(2, 50.86, 4.37, speed=0, ignition=False)]
    fleet_map.markers.apply(marker_views(rows, NOW, 1800, 17, None, None))
    qtbot.waitUntil(lambda: len(markers(fleet_map)) == 2, timeout=3000)
    drawn = markers(fleet_map)
    assert drawn["v:1"]["latitude"] == pytest.approx(50.85) and drawn["v:1"]["heading"] == 90
    assert drawn["v:1"]["color"] == "#2e7d32" and drawn["v:2"]["color"] == "#1565c0"  # moving / off
    assert drawn["v:2"]["heading"] == -1  # standing: no pointer
    uid = drawn["v:1"]["uid"]

    rows[0] = row(1, 50.851, 4.352, heading=180.0)
    fleet_map.markers.apply(marker_views(rows, NOW, 1800, 17, None, None))
    qtbot.waitUntil(lambda: markers(fleet_map)["v:1"]["latitude"] == pytest.approx(50.851), timeout=3000)
    moved = markers(fleet_map)["v:1"]
    assert moved["uid"] == uid and moved["heading"] == 180  # the same QML item, moved
    assert fleet_map.markers.counts["changed"] == 1 and fleet_map.markers.counts["inserted"] == 2

    fleet_map.markers.apply(marker_views(rows[:1], NOW, 1800, 17, None, None))
    qtbot.waitUntil(lambda: set(markers(fleet_map)) == {"v:1"}, timeout=3000)


def test_a_cluster_is_one_marker_with_its_vehicles_in_the_tooltip(fleet_map, qtbot):
    rows = [row(i, 50.85 + i * 0.0005, 4.35) for i in range(1, 6)] + [row(9, 51.2, 4.4)]
    views = marker_views(rows, NOW, 1800, 9, None, None)
    cluster = next(v for v in views if v.vehicle_count > 1)
    assert cluster.vehicle_count == 5 and "5 vehicles" in cluster.tooltip and "1-ABC-003" in cluster.tooltip
    fleet_map.markers.apply(views)
    qtbot.waitUntil(lambda: len(markers(fleet_map)) == 2, timeout=3000)
    assert sorted(m["count"] for m in markers(fleet_map).values()) == [1, 5]
    # selecting one of them takes it out of the cluster
    views = marker_views(rows, NOW, 1800, 9, None, 3)
    fleet_map.bridge.set_selected(3)
    fleet_map.markers.apply(views)
    qtbot.waitUntil(lambda: "v:3" in markers(fleet_map), timeout=3000)
    drawn = markers(fleet_map)
    assert drawn["v:3"]["selected"] and drawn["v:3"]["labelShown"]  # label shown even zoomed out
    assert sorted(m["count"] for m in drawn.values()) == [1, 1, 4]


def test_labels_show_when_zoomed_in_and_fit_and_centre_move_the_view(fleet_map, qtbot):
    rows = [row(1, 50.85, 4.35), row(2, 50.90, 4.45)]
    fleet_map.markers.apply(marker_views(rows, NOW, 1800, 17, None, None))
    fleet_map.center_on(50.85, 4.35, 9)
    qtbot.waitUntil(
        lambda: bool(fleet_map.bridge.viewport) and round(fleet_map.bridge.viewport[0]) == 9, timeout=3000
    )
    assert not any(m["labelShown"] for m in markers(fleet_map).values())
    fleet_map.fit((50.84, 4.34, 50.91, 4.46))
    qtbot.waitUntil(lambda: fleet_map.bridge.viewport[0] > 11, timeout=3000)
    zoom, south, west, north, east = fleet_map.bridge.viewport
    assert south <= 50.84 and north >= 50.91 and west <= 4.34 and east >= 4.46
    assert all(m["labelShown"] for m in markers(fleet_map).values())


def test_route_stops_replay_and_pois_reach_the_map(fleet_map, qtbot):
    fleet_map.set_route([(50.85, 4.35), (50.86, 4.36), (50.87, 4.38)])
    qtbot.waitUntil(lambda: len(fleet_map.snapshot("route")) == 3, timeout=3000)
    fleet_map.stops.set_points([PointView(50.86, 4.36, "23 min", "Stop 10:02–10:25")])
    qtbot.waitUntil(lambda: len(fleet_map.snapshot("stops")) == 1, timeout=3000)
    assert fleet_map.snapshot("stops")[0]["label"] == "23 min"
    fleet_map.pois.set_points([PointView(50.83, 4.30, "Depot Anderlecht", "Depot")])
    qtbot.wait(50)
    assert fleet_map.snapshot("pois") == []  # the layer is off
    fleet_map.bridge.set_pois_visible(True)
    qtbot.waitUntil(lambda: len(fleet_map.snapshot("pois")) == 1, timeout=3000)
    fleet_map.bridge.set_replay(50.86, 4.36, 45.0)
    assert fleet_map.bridge.property("replayVisible") and fleet_map.bridge.property("replayHeading") == 45.0


def test_clicking_a_marker_tells_python(fleet_map, qtbot):
    fleet_map.markers.apply([MarkerView("v:7", 7, 50.85, 4.35, -1, "off", "#1565c0", "1-XYZ-007", 1, "")])
    fleet_map.center_on(50.85, 4.35, 14)
    qtbot.waitUntil(lambda: len(markers(fleet_map)) == 1, timeout=3000)
    qtbot.wait(200)
    with qtbot.waitSignal(fleet_map.bridge.sig_marker_clicked, timeout=3000) as blocker:
        from PySide6.QtCore import QPoint, Qt

        center = QPoint(fleet_map.quick.width() // 2, fleet_map.quick.height() // 2)
        qtbot.mouseClick(fleet_map.quick, Qt.MouseButton.LeftButton, pos=center)
    assert blocker.args == ["v:7"]
