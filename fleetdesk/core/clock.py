"""An injectable clock, so time-based rules are tested fast and exactly."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime, timedelta
from functools import lru_cache

#: When set (tests, reproductions), the "real" clock of this process and its subprocesses starts
#: at this instant instead of the wall clock: ``2026-11-23T09:00:00Z`` or
#: ``2026-11-23T09:00:00Z@1764000000.5`` (the part after ``@`` is the wall-clock epoch at which
#: the pinned instant was true, so that processes started later agree on the time; without it
#: the pinned instant is "now" when the process first reads it). Time then runs normally.
FAKE_NOW_ENV = "FLEETDESK_FAKE_NOW"
_first_read: dict[str, float] = {}


@lru_cache(maxsize=16)
def _parse_fake_now(value: str) -> tuple[float, float | None]:
    when, _, anchor = value.strip().partition("@")
    return parse_utc(when).timestamp(), (float(anchor) if anchor else None)


def fake_now_value(when: str) -> str:
    """The FLEETDESK_FAKE_NOW value that pins ``when`` (ISO UTC) from this moment on, for this
    process and the subprocesses it starts."""
    return f"{when}@{time.time():.6f}"


def wall_time() -> float:
    """Seconds since the epoch: the wall clock, or the pinned clock of ``FLEETDESK_FAKE_NOW``."""
    real = time.time()
    value = os.environ.get(FAKE_NOW_ENV)
    if not value:
        return real
    pinned, anchor = _parse_fake_now(value)
    if anchor is None:
        anchor = _first_read.setdefault(value, real)
    return pinned + (real - anchor)


class Clock:
    """Real time. ``now()`` is timezone-aware UTC; ``monotonic()`` is for intervals.

    Honours ``FLEETDESK_FAKE_NOW`` (see above), which the test suite always sets, so that no
    test depends on the hour or day it runs at."""

    def now(self) -> datetime:
        return datetime.fromtimestamp(wall_time(), UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    def today(self):
        return self.now().astimezone().date()


class FakeClock(Clock):
    """A clock that only moves when told to. ``sleep`` advances it instantly."""

    def __init__(self, start: datetime | None = None):
        self._now = start or datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start")
        self._mono = 1000.0
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        with self._lock:
            return self._mono

    def advance(self, seconds: float = 0, **kwargs) -> None:
        delta = timedelta(seconds=seconds, **kwargs)
        with self._lock:
            self._now += delta
            self._mono += delta.total_seconds()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.advance(seconds)

    def set(self, when: datetime) -> None:
        with self._lock:
            self._mono += (when - self._now).total_seconds()
            self._now = when


def utc_iso(dt: datetime) -> str:
    """ISO 8601 in UTC with a trailing Z (what APIs and the store use)."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    """Parse what ``utc_iso`` wrote (and other ISO forms) into an aware UTC datetime."""
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)
