"""Tile simulator: how long one 256x256 tile takes to render (the demo map asks for dozens at a
time). Prints the median and the slowest render in ms over zoom 8-17 (run with -m benchmark -s).
No timed asserts: figures are for reading and comparing."""

from __future__ import annotations

import os
import statistics
import time

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fleetdesk.simulators.tiles import TilesSim  # noqa: E402


@pytest.mark.benchmark
def test_tile_render_time():
    app = TilesSim()
    timings = []
    for z in range(8, 18):
        for dx in range(3):
            x, y = int(0.5117 * 2**z) + dx, int(0.3366 * 2**z)
            started = time.perf_counter()
            app.tile(z, x, y)
            timings.append((time.perf_counter() - started) * 1000)
    print(
        f"\ntile render: median {statistics.median(timings):.1f} ms, "
        f"max {max(timings):.1f} ms over {len(timings)} tiles"
    )
