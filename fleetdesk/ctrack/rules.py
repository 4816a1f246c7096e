"""Pure rules of the live map: a vehicle's state, "3 min ago", stops between trips, backoff.

No I/O here, so every rule is tested directly and used the same way by the CLI and the tab.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

MOVING, IDLING, OFF, STALE, UNKNOWN = "moving", "idling", "off", "stale", "unknown"
STATES = (MOVING, IDLING, OFF, STALE, UNKNOWN)
MOVING_KMH = 1.0  # GPS jitter reports 0.3 km/h at a standstill; that is not driving


def vehicle_state(
    t: float | None, ignition: bool | None, speed_kmh: float | None, now: float, stale_after_s: float
) -> str:
    """moving / idling (ignition on, standing) / off (ignition off) / stale (no fix for
    ``stale_after_s``) / unknown (never had a trustworthy fix)."""
    if t is None:
        return UNKNOWN
    if now - t > stale_after_s:
        return STALE
    if not ignition:
        return OFF
    return MOVING if (speed_kmh or 0.0) >= MOVING_KMH else IDLING


def ago(seconds: float) -> tuple[int, str]:
    """(count, unit) for "N unit ago": unit is 's', 'min', 'h' or 'd'. Negative means 0 s."""
    s = max(0, int(seconds))
    if s < 60:
        return s, "s"
    if s < 3600:
        return s // 60, "min"
    if s < 86400 * 2:
        return s // 3600, "h"
    return s // 86400, "d"


def duration_text(seconds: float) -> str:
    """'45 min', '2 h 05 min', '20 s' (for stops and trips)."""
    s = max(0, int(round(seconds)))
    if s < 60:
        return f"{s} s"
    h, m = divmod(s // 60, 60)
    return f"{h} h {m:02d} min" if h else f"{m} min"


class Stop(NamedTuple):
    latitude: float
    longitude: float
    start_t: float
    end_t: float
    location: str

    @property
    def duration_s(self) -> float:
        return self.end_t - self.start_t


def stops_between(trips: Sequence, min_stop_s: float = 60.0) -> list[Stop]:
    """The stops between consecutive trips (rows with start_t/end_t/end_latitude/...), in order."""
    out: list[Stop] = []
    for a, b in zip(trips, trips[1:]):
        if a.end_t is None or a.end_latitude is None or b.start_t - a.end_t < min_stop_s:
            continue
        out.append(Stop(a.end_latitude, a.end_longitude, float(a.end_t), float(b.start_t), a.end_location))
    return out


@dataclass
class Backoff:
    """Exponential backoff with jitter: the n-th delay is uniform in [c/2, c] with
    c = min(cap, base * 2^n), so clients that failed together do not retry together; a
    server's Retry-After is never undercut."""

    base: float = 2.0
    cap: float = 300.0
    rng: random.Random | None = None
    failures: int = 0

    def next(self, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * (2**self.failures))
        self.failures += 1
        rng = self.rng or random
        delay = ceiling / 2 + rng.random() * ceiling / 2
        return max(delay, retry_after or 0.0)

    def reset(self) -> None:
        self.failures = 0
