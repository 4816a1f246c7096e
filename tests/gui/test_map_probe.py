"""The map foundation offscreen: osm plugin parameters, the plugin loading, a QML Map in a
QQuickWidget drawing tiles from the tile simulator (with our User-Agent and attribution), and the
self-test's probe."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fleetdesk.simulators.framework import SimServer  # noqa: E402
from fleetdesk.simulators.tiles import TilesSim  # noqa: E402
from fleetdesk.ui import map_setup  # noqa: E402
from fleetdesk.ui.map_setup import (  # noqa: E402
    DEFAULT_ATTRIBUTION,
    check_osm_plugin,
    create_map_widget,
    fleetdesk_user_agent,
    image_variety,
    map_problem,
    osm_plugin_parameters,
    probe_map_tiles,
    tile_cache_dir,
)

# Until the shared tests/conftest.py chose it, QtQuick needs the software scene graph before
# the QApplication exists (pytest-qt creates it lazily, after collection).
map_setup.use_software_scene_graph()

SCREENSHOT = "/tmp/map_probe.png"


@pytest.fixture
def tiles():
    app = TilesSim()
    server = SimServer(app).start()
    yield app, server.url + "/{z}/{x}/{y}.png"
    server.stop()


def test_a_tile_url_template_becomes_osm_plugin_parameters(tmp_path):
    params = osm_plugin_parameters(
        "https://tiles.example.com/osm/{z}/{x}/{y}.png?key=abc", tmp_path, "FleetDesk/9.9"
    )
    assert params == {
        "osm.mapping.custom.host": "https://tiles.example.com/osm/%z/%x/%y.png?key=abc",
        "osm.mapping.providersrepository.disabled": True,
        "osm.useragent": "FleetDesk/9.9",
        "osm.mapping.cache.directory": str(tmp_path),
        "osm.mapping.highdpi_tiles": False,
        "osm.mapping.prefetching_style": "OneNeighbourLayer",
        "osm.mapping.copyright": DEFAULT_ATTRIBUTION,
    }
    osm = osm_plugin_parameters("https://tile.openstreetmap.org/{z}/{x}/{y}.png", tmp_path)
    assert (
        osm["osm.useragent"] == fleetdesk_user_agent() == "FleetDesk/" + __import__("fleetdesk").__version__
    )
    assert osm["osm.mapping.prefetching_style"] == "NoPrefetching"  # OSM policy: no prefetch


@pytest.mark.parametrize(
    "url, complaint",
    [
        ("tile.example.com/{z}/{x}/{y}.png", "http"),
        ("https://t.example.com/{z}/{x}.png", "{y}"),
        ("https://{s}.t.example.com/{z}/{x}/{y}.png", "{s}"),
        ("https://t.example.com/{z}/{x}/{y}/{z}.png", "{z}"),
    ],
)
def test_a_bad_tile_url_is_refused_with_the_reason(tmp_path, url, complaint):
    with pytest.raises(ValueError, match=complaint.replace("{", r"\{").replace("}", r"\}")):
        osm_plugin_parameters(url, tmp_path)


def test_each_tile_url_gets_its_own_cache_folder(tmp_path):
    a = tile_cache_dir(tmp_path, "https://a.example/{z}/{x}/{y}.png")
    assert a.parent == tmp_path
    assert a != tile_cache_dir(tmp_path, "https://b.example/{z}/{x}/{y}.png")
    assert a == tile_cache_dir(tmp_path, "https://a.example/{z}/{x}/{y}.png")


def test_the_osm_plugin_loads(qapp):
    ok, message = check_osm_plugin()
    assert ok, message


def test_the_map_widget_draws_tiles_from_the_configured_server(qtbot, tiles, tmp_path):
    sim, template = tiles
    widget = create_map_widget(template, tmp_path / "cache", zoom=13)
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    qtbot.waitUntil(lambda: sim.tiles_served() >= 6, timeout=8000)
    qtbot.waitUntil(lambda: image_variety(widget.grabFramebuffer()) > 0.05, timeout=5000)
    qtbot.wait(300)  # let the last tiles of the view arrive before the screenshot
    image = widget.grabFramebuffer()
    assert image.save(SCREENSHOT)

    assert map_problem(widget) == ""
    assert sim.user_agents() == {fleetdesk_user_agent()}
    assert all(r.status == 200 for r in sim.tile_requests())
    assert {r.path.split("/")[1] for r in sim.tile_requests()} <= {"12", "13", "14"}
    assert len(list((tmp_path / "cache").glob("*.png"))) >= 6  # kept in the disk cache
    # the attribution is on screen: dark text pixels in the bottom-right corner
    assert widget.rootObject().property("attributionShown") == DEFAULT_ATTRIBUTION
    corner = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width() - 150, image.width(), 2)
        for y in range(image.height() - 18, image.height(), 2)
    ]
    assert min(corner) < 120


def test_the_attribution_text_is_a_setting(qtbot, tiles, tmp_path):
    _sim, template = tiles
    widget = create_map_widget(
        template, tmp_path, attribution="© Example Tiles, © OpenStreetMap contributors"
    )
    qtbot.addWidget(widget)
    assert widget.rootObject().property("attributionShown") == "© Example Tiles, © OpenStreetMap contributors"


def test_the_probe_proves_tiles_load_and_cleans_up(qapp, tiles, tmp_path):
    sim, template = tiles
    result = probe_map_tiles(template, None, save_to=tmp_path / "probe.png")
    assert result["ok"], result
    assert result["tiles_loaded"] >= 4 and sim.tiles_served() >= result["tiles_loaded"]
    assert result["variety"] >= map_setup.MIN_VARIETY and result["ms"] < 8000
    assert (tmp_path / "probe.png").stat().st_size > 1000
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_probe_fails_plainly_when_the_tile_server_is_unreachable(qapp, tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = probe_map_tiles(f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png", tmp_path, timeout_ms=1500)
    assert not result["ok"] and result["tiles_loaded"] == 0
    assert "tile server" in result["message"]
    assert 1400 <= result["ms"] < 5000


def test_the_probe_reports_a_bad_tile_url(qapp, tmp_path):
    result = probe_map_tiles("https://t.example.com/{z}/{x}.png", tmp_path, timeout_ms=1000)
    assert not result["ok"] and "{y}" in result["message"]
