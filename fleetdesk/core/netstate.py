"""Connection state per service, fed by the HTTP layer and read by the status bar and `sync`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from fleetdesk.core.clock import Clock

UNKNOWN, ONLINE, OFFLINE, AUTH, ERROR = "unknown", "online", "offline", "auth", "error"


@dataclass(frozen=True)
class ServiceState:
    service: str
    state: str = UNKNOWN
    message: str = ""
    changed_at: datetime | None = None


class ConnectionMonitor:
    """Thread-safe record of each service's last known connection state, with listeners."""

    def __init__(self, clock: Clock | None = None):
        self._clock = clock or Clock()
        self._lock = threading.Lock()
        self._states: dict[str, ServiceState] = {}
        self._listeners: list[Callable[[ServiceState], None]] = []

    def report(self, service: str, state: str, message: str = "") -> None:
        new = ServiceState(service, state, message, self._clock.now())
        with self._lock:
            old = self._states.get(service)
            self._states[service] = new
            listeners = list(self._listeners)
        if old is None or (old.state, old.message) != (new.state, new.message):
            for listener in listeners:
                listener(new)

    def get(self, service: str) -> ServiceState:
        with self._lock:
            return self._states.get(service, ServiceState(service))

    def all(self) -> dict[str, ServiceState]:
        with self._lock:
            return dict(self._states)

    def subscribe(self, listener: Callable[[ServiceState], None]) -> Callable[[], None]:
        """Call ``listener`` (from any thread) on every change; returns an unsubscribe function."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe
