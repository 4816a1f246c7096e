"""Gentle ramp-up for bulk uploads (no Qt, no network).

The vendor: the service "scales up and down automatically based on the current traffic. It
therefore cannot foresee a sudden peak when you start a bulk operation with thousands of
requests ... avoid going from no traffic or base load traffic to a multitude of it."

So after a quiet period the first upload goes at once, the next ones wait ``first_gap``
seconds, and every upload that succeeds shortens the gap by ``factor`` down to ``min_gap``.
A transient failure (timeout, 5xx, dropped connection) starts the ramp again. The outbox
dispatcher sends one item at a time, so the gap is the whole pacing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from fleetdesk.core.clock import Clock


@dataclass(frozen=True)
class RampSettings:
    first_gap: float = 2.0  # seconds between the first and second upload after a pause
    factor: float = 0.75  # each success shortens the gap by this factor
    min_gap: float = 0.2  # at full speed: at most five uploads a second
    quiet_after: float = 300.0  # seconds without uploads after which the ramp starts over


def gap_for(level: int, settings: RampSettings = RampSettings()) -> float:
    """The pause before upload number ``level`` (0 = the first after a quiet period)."""
    if level <= 0:
        return 0.0
    return max(settings.min_gap, settings.first_gap * settings.factor ** (level - 1))


def schedule(count: int, settings: RampSettings = RampSettings()) -> list[float]:
    """Offsets (seconds from the start) at which ``count`` uploads go out if all succeed."""
    out, at = [], 0.0
    for level in range(count):
        at += gap_for(level, settings)
        out.append(round(at, 3))
    return out


class Ramp:
    """The running ramp of one process; thread-safe. ``pace()`` sleeps on the given clock."""

    def __init__(self, clock: Clock, settings: RampSettings = RampSettings()):
        self.clock = clock
        self.settings = settings
        self._lock = threading.Lock()
        self._level = 0
        self._last: float | None = None  # clock.monotonic() of the last upload start

    def wait_time(self) -> float:
        with self._lock:
            return self._wait_locked(self.clock.monotonic())

    def _wait_locked(self, now: float) -> float:
        if self._last is None or now - self._last >= self.settings.quiet_after:
            self._level = 0
            return 0.0
        return max(0.0, self._last + gap_for(self._level, self.settings) - now)

    def pace(self) -> float:
        """Wait until the next upload may start, then count it; returns the seconds waited."""
        with self._lock:
            wait = self._wait_locked(self.clock.monotonic())
        if wait > 0:
            self.clock.sleep(wait)
        with self._lock:
            self._last = self.clock.monotonic()
            self._level += 1
        return wait

    def setback(self) -> None:
        """A transient failure: the service is struggling (or waking up); start slowly again."""
        with self._lock:
            self._level = min(self._level, 1)

    @property
    def level(self) -> int:
        with self._lock:
            return self._level
