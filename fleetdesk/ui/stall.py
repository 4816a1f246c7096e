"""UI-stall monitor: how late does the Qt event loop run a timer that should fire every 5 ms?

Lateness above one frame (16 ms) is a visible stall. ``self-test --json`` reports p50/p99/max.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


class StallMonitor(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None):
        super().__init__(parent)
        self.interval = interval_ms / 1000
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._last: float | None = None
        self.samples: list[float] = []

    def start(self) -> None:
        self.samples.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._last = None

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.samples.append(max(0.0, (now - self._last - self.interval) * 1000))
        self._last = now

    def summary(self) -> dict[str, float]:
        """Lateness in milliseconds."""
        s = self.samples
        return {
            "samples": len(s),
            "p50_ms": round(percentile(s, 50), 2),
            "p99_ms": round(percentile(s, 99), 2),
            "max_ms": round(max(s, default=0.0), 2),
        }
