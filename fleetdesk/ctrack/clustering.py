"""Marker clustering for the Live map, in Web-Mercator pixels (pure Python, no Qt).

Vehicles that would overlap on screen at the current zoom share one cluster marker. The grid is
anchored to the world (not to the viewport), so clusters do not jump while the user pans, and it
uses the rounded zoom level, so they do not flicker while a zoom animates. Only the viewport
(plus a margin, so panning does not pop markers in) is clustered: what the map must draw stays
bounded whatever the fleet's size. The selected vehicle is never hidden in a cluster.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

TILE_PX = 256
SNAP_PX = 4
MAX_LAT = 85.05112878


class Marker(NamedTuple):
    key: str  # "v:<node id>" or "c:<zoom>:<gx>:<gy>" (stable while nothing moves cells)
    node_id: int  # 0 for a cluster
    latitude: float
    longitude: float
    count: int  # type: ignore[assignment]  # a field named like tuple.count(): the marker's size
    members: tuple[int, ...]  # node ids, in the order given


def project(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """World pixel coordinates of (lat, lon) at ``zoom`` (256 px tiles)."""
    size = TILE_PX * (2.0**zoom)
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    s = math.sin(math.radians(lat))
    return (lon + 180.0) / 360.0 * size, (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * size


def unproject(x: float, y: float, zoom: float) -> tuple[float, float]:
    """(lat, lon) of world pixel (x, y) at ``zoom``; the inverse of ``project``."""
    size = TILE_PX * (2.0**zoom)
    lon = x / size * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / size))))
    return lat, lon


def bounds_of(
    points: Sequence[tuple[float, float]], pad: float = 0.1
) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) around (lat, lon) points, padded by ``pad`` of the span."""
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    dlat = max(north - south, 0.005) * pad
    dlon = max(east - west, 0.005) * pad
    return south - dlat, west - dlon, north + dlat, east + dlon


def _inside(lat: float, lon: float, box: tuple[float, float, float, float] | None) -> bool:
    if box is None:
        return True
    south, west, north, east = box
    return south <= lat <= north and west <= lon <= east


def _grow(box, margin: float):
    if box is None:
        return None
    south, west, north, east = box
    if west > east:  # crosses the antimeridian: do not cull (a fleet is rarely there)
        return None
    dlat, dlon = (north - south) * margin, (east - west) * margin
    return south - dlat, west - dlon, north + dlat, east + dlon


def cluster(
    points: Sequence[tuple[int, float, float]],
    zoom: float,
    bounds: tuple[float, float, float, float] | None = None,
    *,
    cell_px: float = 44.0,
    selected: int | None = None,
    max_cluster_zoom: float = 16.0,
    margin: float = 0.25,
) -> list[Marker]:
    """Markers for ``points`` ((node id, lat, lon)) in ``bounds`` (south, west, north, east).

    At ``zoom >= max_cluster_zoom`` every vehicle is its own marker. The ``selected`` vehicle is
    always its own marker, even outside the viewport (the map may be following it).
    """
    box = _grow(bounds, margin)
    z = round(zoom)
    singles: list[Marker] = []
    cells: dict[tuple[int, int], list] = {}  # cell -> [sum x, sum y, members]
    no_clusters = zoom >= max_cluster_zoom
    size = TILE_PX * (2.0**z)
    k = 1.0 / (4 * math.pi)
    for node, lat, lon in points:
        if node == selected:
            singles.append(Marker(f"v:{node}", node, lat, lon, 1, (node,)))
            continue
        if not _inside(lat, lon, box):
            continue
        if no_clusters:
            singles.append(Marker(f"v:{node}", node, lat, lon, 1, (node,)))
            continue
        # project() inlined: this loop runs for every vehicle on every update
        s = math.sin(math.radians(max(-MAX_LAT, min(MAX_LAT, lat))))
        x = (lon + 180.0) / 360.0 * size
        y = (0.5 - math.log((1 + s) / (1 - s)) * k) * size
        cell = cells.get((int(x // cell_px), int(y // cell_px)))
        if cell is None:
            cells[(int(x // cell_px), int(y // cell_px))] = [x, y, [(node, lat, lon)]]
        else:
            cell[0] += x
            cell[1] += y
            cell[2].append((node, lat, lon))
    out = singles
    for root, (sx, sy, members) in _merge_neighbours(cells, cell_px).items():
        if len(members) == 1:
            node, lat, lon = members[0]
            out.append(Marker(f"v:{node}", node, lat, lon, 1, (node,)))
            continue
        # the centroid, snapped to a few pixels: a cluster whose members drive around a little
        # stays put instead of being redrawn on every update
        n = len(members)
        lat, lon = unproject(round(sx / n / SNAP_PX) * SNAP_PX, round(sy / n / SNAP_PX) * SNAP_PX, z)
        out.append(Marker(f"c:{z}:{root[0]}:{root[1]}", 0, lat, lon, n, tuple(m[0] for m in members)))
    return out


def _merge_neighbours(cells: dict[tuple[int, int], list], cell_px: float) -> dict[tuple[int, int], list]:
    """Join neighbouring cells whose centres would overlap on screen (a grid alone leaves two
    markers side by side across a cell border). Groups ([sum x, sum y, members]) are keyed by
    their first cell."""
    parent = {c: c for c in cells}

    def find(c):
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    centre = {c: (v[0] / len(v[2]), v[1] / len(v[2])) for c, v in cells.items()}
    reach = (cell_px * 0.75) ** 2
    for (gx, gy), (x, y) in centre.items():
        for other in ((gx + 1, gy), (gx, gy + 1), (gx + 1, gy + 1), (gx - 1, gy + 1)):
            if other in centre:
                ox, oy = centre[other]
                if (x - ox) ** 2 + (y - oy) ** 2 < reach:
                    a, b = find((gx, gy)), find(other)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
    groups: dict[tuple[int, int], list] = {}
    for c in sorted(cells):
        group = groups.setdefault(find(c), [0.0, 0.0, []])
        group[0] += cells[c][0]
        group[1] += cells[c][1]
        group[2].extend(cells[c][2])
    return groups
