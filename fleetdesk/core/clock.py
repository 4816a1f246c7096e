"""An injectable clock, so time-based rules are tested fast and exactly."""
from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone


class Clock:
    """Real time. ``now()`` is timezone-aware UTC; ``monotonic()`` is for intervals."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

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
        self._now = start or datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)
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
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    """Parse what ``utc_iso`` wrote (and other ISO forms) into an aware UTC datetime."""
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)
