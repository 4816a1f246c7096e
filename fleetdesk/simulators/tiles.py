"""Loopback map-tile server: believable generated tiles so the Live map works offline.

``GET|HEAD /{z}/{x}/{y}.png`` answers a 256x256 PNG rendered by ``_tile_render`` (pure Python:
zlib + struct, no Qt in the request path), behaving like a well-run OpenStreetMap-style server:

- ``Content-Type: image/png``, ``Cache-Control: public, max-age=604800`` (7 days, the minimum the
  OSM tile policy asks clients to keep tiles), a strong ``ETag`` and ``304 Not Modified`` for a
  matching ``If-None-Match``;
- ``404`` for a zoom above ``max_zoom`` or x/y outside ``0 .. 2**z - 1``;
- the framework's request log records every request with its headers, so tests can count tiles
  served (``tiles_served()``) and check who asked (``user_agents()``).

Generated tiles are kept in an LRU (``cache_size`` tiles) so panning back is instant.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from fleetdesk.simulators._tile_render import DEFAULT_TOWNS, render_tile
from fleetdesk.simulators.framework import SimApp, SimRequest, SimResponse, route
from fleetdesk.simulators.hub import SimSpec

__all__ = ["CACHE_MAX_AGE", "SIMULATOR", "TILE_PATH", "TilesSim"]

CACHE_MAX_AGE = 7 * 24 * 3600
TILE_PATH = r"/(?P<z>\d{1,2})/(?P<x>\d{1,9})/(?P<y>\d{1,9})\.png"
_TILE_RX = re.compile(TILE_PATH + r"\Z")


class TilesSim(SimApp):
    """A tile server. ``seed`` changes the generated world; ``border`` frames every tile (for
    debugging placement); ``towns`` are (lat, lon, radius km) drawn built-up."""

    name = "tiles"
    error_body = b"simulated tile server error"

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        seed: int = 0,
        border: bool = False,
        max_zoom: int = 19,
        cache_size: int = 2048,
        towns: tuple = DEFAULT_TOWNS,
    ):
        super().__init__(clock=clock)
        self.seed, self.border, self.max_zoom = seed, border, max_zoom
        self.cache_size, self.towns = cache_size, tuple(towns)
        self._cache: OrderedDict[tuple[int, int, int], tuple[bytes, str]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self.rendered = 0  # tiles generated (not served from the LRU)

    # -- tiles -----------------------------------------------------------------------------
    def tile(self, z: int, x: int, y: int) -> tuple[bytes, str]:
        """PNG bytes and ETag of tile z/x/y (rendered once, then from the LRU)."""
        key = (z, x, y)
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        # render outside the lock: concurrent requests for different tiles run in parallel
        png = render_tile(z, x, y, seed=self.seed, border=self.border, towns=self.towns)
        entry = (png, '"' + hashlib.sha1(png).hexdigest()[:20] + '"')
        with self._cache_lock:
            self.rendered += 1
            self._cache[key] = entry
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return entry

    def in_range(self, z: int, x: int, y: int) -> bool:
        return 0 <= z <= self.max_zoom and 0 <= x < 2**z and 0 <= y < 2**z

    @route("GET", TILE_PATH)
    @route("HEAD", TILE_PATH)
    def get_tile(self, request: SimRequest) -> SimResponse:
        z, x, y = (int(request.params[k]) for k in ("z", "x", "y"))
        if not self.in_range(z, x, y):
            return SimResponse.text(f"tile {z}/{x}/{y} is out of range (zoom 0..{self.max_zoom})", 404)
        png, etag = self.tile(z, x, y)
        headers = {
            "Cache-Control": f"public, max-age={CACHE_MAX_AGE}",
            "ETag": etag,
            "Access-Control-Allow-Origin": "*",
        }
        if etag in (request.header("if-none-match") or "").replace("W/", "").split(", "):
            return SimResponse(304, b"", headers)
        return SimResponse(200, png, headers, "image/png")

    def not_found(self, request: SimRequest) -> SimResponse:
        return SimResponse.text("no such tile; paths look like /{z}/{x}/{y}.png", 404)

    # -- test hooks ------------------------------------------------------------------------
    def tile_requests(self) -> list:
        """Logged tile requests (any status)."""
        with self.lock:
            return [r for r in self.log if _TILE_RX.match(r.path)]

    def tiles_served(self) -> int:
        """Tile requests answered with a tile (200) or a still-valid cached one (304)."""
        return sum(1 for r in self.tile_requests() if r.status in (200, 304))

    def user_agents(self) -> set[str]:
        """Every User-Agent that asked for a tile."""
        return {r.headers.get("user-agent", "") for r in self.tile_requests()}


def factory(**kwargs) -> TilesSim:
    return TilesSim(**kwargs)


SIMULATOR = SimSpec("tiles", factory, services={"tiles": "/{z}/{x}/{y}.png"})
