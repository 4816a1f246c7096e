"""The tile simulator over real loopback HTTP: valid PNGs, seamless and deterministic tiles,
OSM-style cache headers, 404 out of range, a request log that tells who asked."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import statistics  # noqa: E402

import pytest  # noqa: E402
import requests  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from fleetdesk.simulators._tile_render import world_xy  # noqa: E402
from fleetdesk.simulators.framework import SimServer  # noqa: E402
from fleetdesk.simulators.hub import SimulatorHub  # noqa: E402
from fleetdesk.simulators.tiles import CACHE_MAX_AGE, TilesSim  # noqa: E402

WATER = 0xFFAAD3DF
UA = "FleetDesk/0.1.0"


@pytest.fixture
def tiles():
    app = TilesSim()
    server = SimServer(app).start()
    session = requests.Session()
    session.headers["User-Agent"] = UA
    yield app, server.url, session
    session.close()
    server.stop()


def fetch(session, url) -> QImage:
    response = session.get(url, timeout=5)
    assert response.status_code == 200, response.text
    image = QImage.fromData(response.content, "PNG")
    assert not image.isNull(), "not a PNG Qt can decode"
    return image


def colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for y in range(0, 256, 4) for x in range(0, 256, 4)}


def test_a_tile_is_a_256px_png_with_osm_cache_headers(tiles):
    _app, url, session = tiles
    response = session.get(f"{url}/13/4193/2747.png", timeout=5)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/png"
    cache_control = response.headers["Cache-Control"]
    assert "public" in cache_control
    assert int(cache_control.split("max-age=")[1].split(",")[0]) >= 7 * 24 * 3600 == CACHE_MAX_AGE
    assert response.headers["ETag"].startswith('"')
    image = QImage.fromData(response.content, "PNG")
    assert (image.width(), image.height()) == (256, 256)
    assert len(colours(image)) >= 3, "a map tile, not a flat square"


def test_a_matching_etag_answers_304_without_a_body(tiles):
    _app, url, session = tiles
    first = session.get(f"{url}/12/2096/1373.png", timeout=5)
    again = session.get(
        f"{url}/12/2096/1373.png", headers={"If-None-Match": first.headers["ETag"]}, timeout=5
    )
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    other = session.get(f"{url}/12/2096/1373.png", headers={"If-None-Match": '"stale"'}, timeout=5)
    assert other.status_code == 200 and other.content == first.content


def test_head_gives_the_headers_only(tiles):
    _app, url, session = tiles
    response = session.head(f"{url}/5/16/10.png", timeout=5)
    assert response.status_code == 200 and response.headers["Content-Type"] == "image/png"
    assert int(response.headers["Content-Length"]) > 0 and response.content == b""


@pytest.mark.parametrize(
    "path",
    [
        "/20/0/0.png",
        "/3/8/0.png",
        "/3/0/8.png",
        "/0/1/0.png",
        "/-1/0/0.png",
        "/3/0/0.jpg",
        "/a/b/c.png",
        "/3/0.png",
        "/",
    ],
)
def test_out_of_range_or_malformed_tiles_are_404(tiles, path):
    _app, url, session = tiles
    response = session.get(url + path, timeout=5)
    assert response.status_code == 404


def test_the_same_tile_is_the_same_png_from_any_server_and_the_seed_changes_the_world(tiles):
    _app, url, session = tiles
    other = SimServer(TilesSim()).start()
    reseeded = SimServer(TilesSim(seed=7)).start()
    try:
        path = "/14/8387/5494.png"
        a = session.get(url + path, timeout=5).content
        assert session.get(other.url + path, timeout=5).content == a
        assert session.get(reseeded.url + path, timeout=5).content != a
    finally:
        other.stop()
        reseeded.stop()


def _mismatch(a: list[int], b: list[int]) -> float:
    return sum(1 for p, q in zip(a, b) if p != q) / len(a)


def _column(image: QImage, x: int) -> list[int]:
    return [image.pixel(x, y) for y in range(256)]


def _row(image: QImage, y: int) -> list[int]:
    return [image.pixel(x, y) for x in range(256)]


def test_neighbouring_tiles_join_without_seams(tiles):
    """Pixels either side of a tile border differ no more often than either side of any other
    line; tiles of two different worlds side by side do (so the measure can see a seam)."""
    _app, url, session = tiles
    z, x0, y0 = 13, 4190, 2745
    grid = {(i, j): fetch(session, f"{url}/{z}/{x0 + i}/{y0 + j}.png") for i in range(3) for j in range(3)}
    border, inside = [], []
    for (i, j), image in grid.items():
        inside += [
            _mismatch(_column(image, 127), _column(image, 128)),
            _mismatch(_row(image, 127), _row(image, 128)),
        ]
        if (i + 1, j) in grid:
            border.append(_mismatch(_column(image, 255), _column(grid[i + 1, j], 0)))
        if (i, j + 1) in grid:
            border.append(_mismatch(_row(image, 255), _row(grid[i, j + 1], 0)))
    assert statistics.mean(border) <= 2 * statistics.mean(inside) + 0.01

    other = SimServer(TilesSim(seed=3)).start()
    try:
        foreign = [fetch(session, f"{other.url}/{z}/{x0 + 1}/{y0 + j}.png") for j in range(3)]
    finally:
        other.stop()
    seams = [_mismatch(_column(grid[0, j], 255), _column(foreign[j], 0)) for j in range(3)]
    assert statistics.mean(seams) > 3 * statistics.mean(border) + 0.02


def _water_share(image: QImage, step: int = 2) -> float:
    pixels = [image.pixel(x, y) for y in range(0, 256, step) for x in range(0, 256, step)]
    return sum(1 for p in pixels if p == WATER) / len(pixels)


def test_a_place_keeps_its_water_when_zooming_in(tiles):
    _app, url, session = tiles
    # a zoom-11 tile with a good share of water, and its four zoom-12 children
    for x, y in [(1048, 686), (1047, 686), (1048, 685), (1049, 686), (1048, 687), (1047, 685)]:
        parent = fetch(session, f"{url}/11/{x}/{y}.png")
        if 0.08 < _water_share(parent) < 0.9:
            break
    else:
        pytest.fail("no zoom-11 tile near Brussels with water; the generator lost its lakes")
    children = [fetch(session, f"{url}/12/{2 * x + i}/{2 * y + j}.png") for i in (0, 1) for j in (0, 1)]
    child_share = statistics.mean(_water_share(c) for c in children)
    assert abs(child_share - _water_share(parent)) < 0.06


def test_roads_get_denser_as_the_user_zooms_in(tiles):
    app, _url, _session = tiles
    road_colours = {0xFFFFFFFF, 0xFFF7FABF, 0xFFFCD6A4, 0xFFE892A2}

    def road_share(z, x, y):
        image = QImage.fromData(app.tile(z, x, y)[0], "PNG")
        pixels = [image.pixel(i, j) for j in range(0, 256, 2) for i in range(0, 256, 2)]
        return sum(1 for p in pixels if p in road_colours) / len(pixels)

    u, v = world_xy(50.8467, 4.3524)  # Brussels, where the demo fleet drives
    country = road_share(6, int(u * 2**6), int(v * 2**6))
    region = road_share(11, int(u * 2**11), int(v * 2**11))
    town = road_share(16, int(u * 2**16), int(v * 2**16))
    assert country < 0.01 < region < town, (country, region, town)


def test_tiles_come_from_the_lru_the_second_time(tiles):
    """Render speed is measured by tests/benchmarks/test_tiles_bench.py, not asserted here."""
    app, url, session = tiles
    spots = [(z, int(0.5117 * 2**z), int(0.3366 * 2**z)) for z in range(8, 18)]
    for z, x, y in spots:
        assert app.tile(z, x, y)
    rendered = app.rendered
    z, x, y = spots[-1]
    assert session.get(f"{url}/{z}/{x}/{y}.png", timeout=5).status_code == 200
    assert app.rendered == rendered


def test_the_log_counts_tiles_served_and_who_asked(tiles):
    app, url, session = tiles
    for x in range(3):
        session.get(f"{url}/10/{524 + x}/343.png", timeout=5)
    requests.get(f"{url}/10/600/343.png", headers={"User-Agent": "SomeoneElse/1"}, timeout=5)
    session.get(f"{url}/25/0/0.png", timeout=5)
    assert app.tiles_served() == 4
    assert app.user_agents() == {UA, "SomeoneElse/1"}
    assert len(app.tile_requests()) == 5


def test_the_hub_finds_the_tile_simulator_and_gives_a_tile_url_template():
    with SimulatorHub(["tiles"]) as hub:
        template = hub.urls["tiles"]
        assert template.endswith("/{z}/{x}/{y}.png")
        response = requests.get(template.format(z=3, x=4, y=2), timeout=5)
        assert response.status_code == 200 and response.headers["Content-Type"] == "image/png"
