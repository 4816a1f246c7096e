"""Pure-Python renderer of believable offline map tiles (256x256 palette PNGs).

Everything is a function of WORLD coordinates (the Web-Mercator square as [0, 1) x [0, 1)), so
tiles join without seams and a place keeps its lakes, parks and roads from one zoom to the next:

- lakes, parks/forest and built-up areas come from value noise on fixed world lattices; octaves
  whose cells would be smaller than a few screen pixels are left out (their mean is used), so
  low zooms do not alias into speckle and high zooms gain detail, as real maps do; rivers are a
  thin band around one level of a smooth noise field (from z10); a few towns (DEFAULT_TOWNS, where
  the Ctrack demo fleet drives) nudge the noise towards built-up land;
- roads are jittered grid lines whose spacing is fixed in the world, cut into segments that
  exist or not by hash; finer classes appear as the user zooms in (motorways from z7, primary
  from z10, secondary from z12, streets in towns and tracks in the country from z14).

Speed without numpy: noise is evaluated only on a 65x65 grid of block corners (separable
interpolation, one list comprehension per row); a 4x4 block whose corners share one class is
filled whole (bilinear interpolation stays inside the corners' range, so that is exact), and
only blocks on a boundary are classified pixel by pixel. The image is a palette PNG, so the
class map IS the pixel data.
"""

from __future__ import annotations

import itertools
import math
import struct
import zlib

TILE = 256
BLOCK = 4
_NB = TILE // BLOCK  # blocks per side
_NC = _NB + 1  # corners per side

# Palette (OpenStreetMap-carto-like colours). Index = class.
LAND, WATER, PARK, FOREST, URBAN, BORDER = 0, 1, 2, 3, 4, 5
_ROAD_BASE = 6
PALETTE = [
    (0xF2, 0xEF, 0xE9),  # land
    (0xAA, 0xD3, 0xDF),  # water
    (0xC8, 0xFA, 0xCC),  # park (in town)
    (0xAD, 0xD1, 0x9E),  # forest (outside town)
    (0xE0, 0xDF, 0xDF),  # built-up
    (0x90, 0x90, 0x90),  # debug tile border
]

# Road classes, finest first (later ones are drawn on top): name, lattice lines per world, first
# zoom, share of grid segments that exist, width by zoom, casing and fill colours, allowed ground.
_ROADS = [
    ("track", 2**16, 14, 0.3, lambda z: 2 if z < 16 else 3, (0xC8, 0xC0, 0xB0), (0xFF, 0xFF, 0xFF), "rural"),
    (
        "street",
        2**17,
        14,
        0.8,
        lambda z: 1 if z < 15 else (2 if z < 17 else 5),
        (0xBB, 0xBB, 0xBB),
        (0xFF, 0xFF, 0xFF),
        "urban",
    ),
    (
        "secondary",
        2**14,
        12,
        0.55,
        lambda z: 2 if z < 14 else (4 if z < 16 else 6),
        (0xA3, 0xA6, 0x6B),
        (0xF7, 0xFA, 0xBF),
        "land",
    ),
    (
        "primary",
        2**12,
        10,
        0.65,
        lambda z: 2 if z < 12 else (4 if z < 15 else 7),
        (0xB9, 0x82, 0x3A),
        (0xFC, 0xD6, 0xA4),
        "any",
    ),
    (
        "motorway",
        2**9,
        7,
        0.7,
        lambda z: 2 if z < 10 else (4 if z < 13 else 8),
        (0xC2, 0x40, 0x6A),
        (0xE8, 0x92, 0xA2),
        "any",
    ),
]
for _road in _ROADS:
    PALETTE += [_road[5], _road[6]]

# Noise fields: (lattice cells per world, amplitude) per octave; thresholds tuned by eye.
_WATER_OCTAVES = [(2**6, 0.3), (2**8, 0.25), (2**10, 0.25), (2**12, 0.25), (2**14, 0.18), (2**16, 0.1)]
_PARK_OCTAVES = [(2**12, 0.5), (2**14, 0.3), (2**16, 0.18)]
_URBAN_OCTAVES = [(2**9, 0.45), (2**11, 0.35), (2**13, 0.2)]
_RIVER_OCTAVES = [(2**9, 0.6), (2**11, 0.3), (2**13, 0.1)]
WATER_BELOW, PARK_ABOVE, URBAN_ABOVE = 0.39, 0.64, 0.5
RIVER_HALF_WIDTH, RIVER_MIN_ZOOM = 0.004, 10  # rivers: a thin band around the river field's 0.5
_RIVER_LO, _RIVER_HI = 0.5 - RIVER_HALF_WIDTH, 0.5 + RIVER_HALF_WIDTH
_T = [(i + 0.5) / BLOCK for i in range(BLOCK)]  # pixel centres inside a block
# Towns (lat, lon, radius km): the noise is nudged towards built-up land and away from lakes
# there, so the demo fleet (Ctrack simulator: Brussels, Antwerp, Mechelen) drives through towns.
DEFAULT_TOWNS = (
    (50.846, 4.36, 8.0),
    (51.215, 4.42, 6.0),
    (51.028, 4.48, 3.0),
    (50.928, 4.425, 2.5),
    (50.895, 4.47, 3.0),
    (51.092, 4.366, 2.0),
)
_MIN_CELL_PX = 20  # octaves with smaller cells on screen are replaced by their mean


def _hash01(ix: int, iy: int, salt: int) -> float:
    """Deterministic lattice value in [0, 1) (integer mixing; no global RNG state)."""
    h = (ix * 0x27D4EB2D ^ iy * 0x165667B1 ^ salt * 0x9E3779B1) & 0xFFFFFFFF
    h ^= h >> 15
    h = (h * 0x2C1B3C6D) & 0xFFFFFFFF
    h ^= h >> 12
    h = (h * 0x297A2D39) & 0xFFFFFFFF
    h ^= h >> 15
    return h / 4294967296.0


def _axis(coords: list[float], cells: int) -> tuple[list[int], list[float]]:
    """Lattice index and smoothstep weight of each world coordinate on one axis."""
    idx, weight = [], []
    for c in coords:
        t = c * cells
        i = math.floor(t)
        f = t - i
        idx.append(i)
        weight.append(f * f * (3.0 - 2.0 * f))
    return idx, weight


def _field(us: list[float], vs: list[float], zoom: int, octaves, salt: int) -> list[list[float]]:
    """Normalised value noise on the grid us x vs (rows follow vs)."""
    world_px = TILE * 2**zoom
    total = sum(a for _, a in octaves)
    base = sum(0.5 * a for cells, a in octaves if world_px / cells < _MIN_CELL_PX)
    rows = [[base] * len(us) for _ in vs]
    for n, (cells, amp) in enumerate(octaves):
        if world_px / cells < _MIN_CELL_PX:
            continue
        s = salt * 131 + n
        ix, sx = _axis(us, cells)
        iy, sy = _axis(vs, cells)
        lines: dict[int, list[float]] = {}  # lattice row -> values interpolated along x
        for j in set(iy) | {k + 1 for k in iy}:
            jj = j % cells
            cache: dict[int, float] = {}
            out = []
            for i, w in zip(ix, sx):
                a = cache.get(i)
                if a is None:
                    a = cache[i] = _hash01(i % cells, jj, s)
                b = cache.get(i + 1)
                if b is None:
                    b = cache[i + 1] = _hash01((i + 1) % cells, jj, s)
                out.append(amp * (a + (b - a) * w))
            lines[j] = out
        for r, (j, w) in enumerate(zip(iy, sy)):
            top, bottom = lines[j], lines[j + 1]
            rows[r] = [f + t + (b - t) * w for f, t, b in zip(rows[r], top, bottom)]
    return [[v / total for v in row] for row in rows]


def world_xy(lat: float, lon: float) -> tuple[float, float]:
    """Web-Mercator world coordinates in [0, 1) of a WGS84 point."""
    y = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0
    return (lon + 180.0) / 360.0, y


def _town_weight(us: list[float], vs: list[float], towns) -> list[list[float]] | None:
    """How much each grid point lies in a town: 1 at a centre, fading to 0 at its radius."""
    near = []
    for lat, lon, km in towns:
        tx, ty = world_xy(lat, lon)
        radius = km / (40075.0 * math.cos(math.radians(lat)))  # Mercator: same scale both ways
        if us[0] - radius < tx < us[-1] + radius and vs[0] - radius < ty < vs[-1] + radius:
            near.append((tx, ty, radius * radius))
    if not near:
        return None
    grid = []
    for v in vs:
        row = []
        for u in us:
            weight = 0.0
            for tx, ty, r2 in near:
                d2 = ((u - tx) ** 2 + (v - ty) ** 2) / r2
                if d2 < 1.0:
                    weight = max(weight, (1.0 - d2) ** 0.5)
            row.append(weight)
        grid.append(row)
    return grid


def _classify(w: float, p: float, u: float) -> int:
    if w < WATER_BELOW:
        return WATER
    town = u > URBAN_ABOVE
    if p > PARK_ABOVE:
        return PARK if town else FOREST
    return URBAN if town else LAND


def _river_side(r: float) -> int:
    """0 below the river band, 1 in it, 2 above: blocks whose corners agree hold no river edge."""
    return 0 if r < _RIVER_LO else (1 if r <= _RIVER_HI else 2)


def _key(w: float, p: float, u: float, r: float) -> int:
    side = _river_side(r)
    return (WATER if side == 1 else _classify(w, p, u)) + 16 * side


def render_classes(z: int, x: int, y: int, seed: int = 0, towns=DEFAULT_TOWNS) -> bytearray:
    """The class (palette index) of every pixel of tile z/x/y, row-major, before roads."""
    world_px = TILE * 2**z
    us = [(x * TILE + c * BLOCK) / world_px for c in range(_NC)]
    vs = [(y * TILE + r * BLOCK) / world_px for r in range(_NC)]
    fw = _field(us, vs, z, _WATER_OCTAVES, seed * 7 + 1)
    fp = _field(us, vs, z, _PARK_OCTAVES, seed * 7 + 2)
    fu = _field(us, vs, z, _URBAN_OCTAVES, seed * 7 + 3)
    town = _town_weight(us, vs, towns)
    if town is not None:
        fu = [[f + 0.3 * t for f, t in zip(fr_, tr)] for fr_, tr in zip(fu, town)]
        fw = [[f + 0.12 * t for f, t in zip(fr_, tr)] for fr_, tr in zip(fw, town)]
    if z >= RIVER_MIN_ZOOM:
        fr = _field(us, vs, z, _RIVER_OCTAVES, seed * 7 + 4)
    else:  # thinner than a pixel: no rivers (a constant far from the band)
        fr = [[0.0] * _NC for _ in range(_NC)]
    fields = (fw, fp, fu, fr)
    corner = [[_key(*v) for v in zip(*rows)] for rows in zip(*fields)]
    out = bytearray(TILE * TILE)
    for br in range(_NB):
        top, bottom = corner[br], corner[br + 1]
        row = bytearray(TILE)
        mixed = []
        for bc in range(_NB):
            k = top[bc]
            if k == top[bc + 1] == bottom[bc] == bottom[bc + 1]:
                row[bc * BLOCK : (bc + 1) * BLOCK] = bytes((k & 15,)) * BLOCK
            else:
                mixed.append(bc)
        for dy in range(BLOCK):
            out[(br * BLOCK + dy) * TILE : (br * BLOCK + dy + 1) * TILE] = row
        for bc in mixed:
            # the four fields at the block's corners: top-left, top-right, bottom-left, bottom-right;
            # classified inline (this loop is most of the rendering time on busy tiles)
            (w0, w1, w2, w3), (p0, p1, p2, p3), (u0, u1, u2, u3), (r0, r1, r2, r3) = [
                (f[br][bc], f[br][bc + 1], f[br + 1][bc], f[br + 1][bc + 1]) for f in fields
            ]
            for dy in range(BLOCK):
                ty = _T[dy]
                wl, pl, ul, rl = (
                    w0 + (w2 - w0) * ty,
                    p0 + (p2 - p0) * ty,
                    u0 + (u2 - u0) * ty,
                    r0 + (r2 - r0) * ty,
                )
                dw, dp = w1 + (w3 - w1) * ty - wl, p1 + (p3 - p1) * ty - pl
                du, dr = u1 + (u3 - u1) * ty - ul, r1 + (r3 - r1) * ty - rl
                base = (br * BLOCK + dy) * TILE + bc * BLOCK
                for dx in range(BLOCK):
                    tx = _T[dx]
                    if _RIVER_LO <= rl + dr * tx <= _RIVER_HI or wl + dw * tx < WATER_BELOW:
                        k = WATER
                    elif pl + dp * tx > PARK_ABOVE:
                        k = PARK if ul + du * tx > URBAN_ABOVE else FOREST
                    else:
                        k = URBAN if ul + du * tx > URBAN_ABOVE else LAND
                    out[base + dx] = k
    return out


def _jitter(n: int, salt: int) -> float:
    return 0.5 + 0.6 * (_hash01(n, 0, salt) - 0.5)


def _lines(lo_px: int, zoom: int, cells: int, salt: int) -> list[tuple[int, int]]:
    """(lattice index, global pixel) of the road lines of one class near [lo, lo + TILE)."""
    scale = TILE * 2**zoom / cells
    first, last = math.floor(lo_px / scale) - 1, math.floor((lo_px + TILE) / scale) + 1
    return [(n, round((n + _jitter(n % cells, salt)) * scale)) for n in range(first, last + 1)]


def _segments(lines, cross, share: float, salt: int, origin: tuple[int, int], half: int, odd: int):
    """Rectangles (x0, x1, y0, y1) in tile pixels of the road segments along ``lines``.

    Each line is cut where the crossing lines meet it; a segment exists when its hash says so,
    which turns a regular grid into an irregular network with dead ends and long straights.
    """
    along, across = origin
    rects = []
    for n, pos in lines:
        a0, a1 = pos - across - half, pos - across + half + odd
        if a1 <= 0 or a0 >= TILE:
            continue
        for (m, start), (_m, stop) in itertools.pairwise(cross):
            if _hash01(n, m, salt) >= share:
                continue
            b0, b1 = max(0, start - along - half), min(TILE, stop - along + half + odd)
            if b0 < b1:
                rects.append((b0, b1, max(0, a0), min(TILE, a1)))
    return rects


_GROUND = {"urban": (URBAN,), "rural": (LAND, FOREST), "land": (LAND, FOREST, PARK, URBAN)}


def draw_roads(classes: bytearray, z: int, x: int, y: int, seed: int = 0) -> None:
    """Draw the road network of this zoom over ``classes`` (in place)."""
    ground = bytes(classes)  # whether a minor road may run somewhere depends on the ground
    x0, y0 = x * TILE, y * TILE
    for n, (_name, cells, min_zoom, share, width, _c, _f, where) in enumerate(_ROADS):
        if z < min_zoom:
            continue
        w = width(z)
        verticals = _lines(x0, z, cells, seed * 11 + 2 * n)
        horizontals = _lines(y0, z, cells, seed * 11 + 2 * n + 1)
        salt = seed * 13 + n
        # a casing 1 px wider each side, then the fill; hair-lines (w == 1) have no casing
        passes = (
            [(w // 2 + 1, _ROAD_BASE + 2 * n), (w // 2, _ROAD_BASE + 2 * n + 1)]
            if w > 1
            else [(0, _ROAD_BASE + 2 * n + 1)]
        )
        for half, colour in passes:
            # horizontal roads: rects come back as (x-range, y-range)
            rects = _segments(horizontals, verticals, share, salt, (x0, y0), half, w % 2)
            # vertical roads: the same with the axes swapped
            rects += [
                (a0, a1, b0, b1)
                for b0, b1, a0, a1 in _segments(
                    verticals, horizontals, share, salt + 7, (y0, x0), half, w % 2
                )
            ]
            fill = bytes((colour,))
            for cx0, cx1, ry0, ry1 in rects:
                for r in range(ry0, ry1):
                    lo, hi = r * TILE + cx0, r * TILE + cx1
                    if where != "any":
                        segment = ground[lo:hi]
                        if sum(segment.count(k) for k in _GROUND[where]) != hi - lo:
                            for i in range(lo, hi):  # partly on forbidden ground: pixel by pixel
                                if ground[i] in _GROUND[where]:
                                    classes[i] = colour
                            continue
                    classes[lo:hi] = fill * (hi - lo)


def draw_border(classes: bytearray) -> None:
    """A 1-pixel frame, for debugging tile placement."""
    classes[0:TILE] = bytes((BORDER,)) * TILE
    classes[(TILE - 1) * TILE :] = bytes((BORDER,)) * TILE
    for r in range(TILE):
        classes[r * TILE] = classes[r * TILE + TILE - 1] = BORDER


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def encode_png(classes: bytes | bytearray, palette: list[tuple[int, int, int]] = PALETTE) -> bytes:
    """An 8-bit palette PNG of a TILE x TILE class map."""
    view = memoryview(classes)
    raw = b"".join(b"\x00" + view[r * TILE : (r + 1) * TILE] for r in range(TILE))
    header = struct.pack(">IIBBBBB", TILE, TILE, 8, 3, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"PLTE", b"".join(bytes(c) for c in palette))
        + _chunk(b"IDAT", zlib.compress(raw, 6))
        + _chunk(b"IEND", b"")
    )


def render_tile(z: int, x: int, y: int, *, seed: int = 0, border: bool = False, towns=DEFAULT_TOWNS) -> bytes:
    """PNG bytes of tile z/x/y (caller checks the range)."""
    classes = render_classes(z, x, y, seed, towns)
    draw_roads(classes, z, x, y, seed)
    if border:
        draw_border(classes)
    return encode_png(classes)
