"""Trip replay: where the vehicle was at any moment of its trips (pure Python, no Qt).

The timeline runs through the trips only: the stops between them take no replay time (they are
marked on the map with their durations instead), so a day's driving replays at 10x in minutes,
not hours. Positions between two fixes are interpolated linearly; the heading comes from the fix
or, when the unit sent none (standing, or no compass), from the direction of travel.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import NamedTuple

from fleetdesk.ctrack.store import TrackPoint

SPEEDS = (1, 2, 5, 10, 20)


class Frame(NamedTuple):
    t: float  # real time (epoch seconds)
    latitude: float
    longitude: float
    heading: float | None
    speed_kmh: float


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from point 1 to point 2, degrees clockwise from north."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360


class ReplayTimeline:
    """``segments`` are (start, end) real times (the trips); without them, the whole track."""

    def __init__(self, points: Sequence[TrackPoint], segments: Sequence[tuple[float, float]] = ()):
        self.points = sorted(points, key=lambda p: p.t)
        self._times = [p.t for p in self.points]
        if self.points and not segments:
            segments = [(self.points[0].t, self.points[-1].t)]
        self.segments = [(a, b) for a, b in sorted(segments) if b > a]
        self._offsets: list[float] = []
        total = 0.0
        for a, b in self.segments:
            self._offsets.append(total)
            total += b - a
        self.duration = total

    def __bool__(self) -> bool:
        return bool(self.points) and self.duration > 0

    def real_time(self, s: float) -> float:
        """The real time at replay second ``s`` (clamped to the timeline)."""
        if not self.segments:
            return 0.0
        s = max(0.0, min(self.duration, s))
        i = max(0, bisect.bisect_right(self._offsets, s) - 1)
        a, b = self.segments[i]
        return min(b, a + s - self._offsets[i])

    def replay_second(self, t: float) -> float:
        """The replay second of real time ``t`` (a time inside a stop maps to the next trip)."""
        for (a, b), off in zip(self.segments, self._offsets):
            if t <= b:
                return off + max(0.0, t - a)
        return self.duration

    def at(self, s: float) -> Frame | None:
        """The frame at replay second ``s``."""
        if not self.points:
            return None
        t = self.real_time(s)
        i = bisect.bisect_right(self._times, t)
        if i == 0:
            p = self.points[0]
            return Frame(t, p.latitude, p.longitude, p.heading, p.speed_kmh)
        if i >= len(self.points):
            p = self.points[-1]
            return Frame(t, p.latitude, p.longitude, self._heading(len(self.points) - 1), p.speed_kmh)
        a, b = self.points[i - 1], self.points[i]
        f = 0.0 if b.t == a.t else (t - a.t) / (b.t - a.t)
        heading = a.heading if a.heading is not None and a.speed_kmh > 0 else self._heading(i - 1)
        return Frame(
            t,
            a.latitude + (b.latitude - a.latitude) * f,
            a.longitude + (b.longitude - a.longitude) * f,
            heading,
            a.speed_kmh + (b.speed_kmh - a.speed_kmh) * f,
        )

    def _heading(self, i: int) -> float | None:
        """Direction of travel around point ``i`` (None if the vehicle never moved there)."""
        pts = self.points
        for j in range(i + 1, min(len(pts), i + 5)):
            if (pts[j].latitude, pts[j].longitude) != (pts[i].latitude, pts[i].longitude):
                return bearing(pts[i].latitude, pts[i].longitude, pts[j].latitude, pts[j].longitude)
        for j in range(i - 1, max(-1, i - 5), -1):
            if (pts[j].latitude, pts[j].longitude) != (pts[i].latitude, pts[i].longitude):
                return bearing(pts[j].latitude, pts[j].longitude, pts[i].latitude, pts[i].longitude)
        return pts[i].heading
