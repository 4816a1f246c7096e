"""A total deadline per API call, enforced on the socket.

The (connect, read) timeouts of ``requests`` bound each wait for *one* packet: a server that
trickles a byte a second (a half-dead server, a broken proxy) keeps a call alive forever. Each
API call therefore runs under a ``Deadline``: the connection pools register every connection
they hand out to the calling thread's deadline, and one watchdog thread shuts those sockets down
when the deadline passes. The blocked read then ends at once and the call fails with ``Offline``
("no complete answer within N s"), which keeps queued work queued. (The pools themselves are in ``http_session``: this module
imports no HTTP library, so the runtime can configure it at start without loading urllib3.)

The deadline is the setting ``http.deadline_s`` (default 120 s); ``FLEETDESK_HTTP_DEADLINE_S``
overrides it. File downloads have no total deadline (they may be large); their read timeout
is the progress watchdog instead (``DOWNLOAD_STALL_S``: no byte for that long aborts, and the
download resumes later).
"""

from __future__ import annotations

import heapq
import itertools
import os
import socket
import threading
import time

DEFAULT_DEADLINE_S = 120.0
DOWNLOAD_STALL_S = 60.0
ENV_DEADLINE = "FLEETDESK_HTTP_DEADLINE_S"
SETTING_DEADLINE = "http.deadline_s"

_configured: float | None = None  # from the settings file, set at start-up


def configure(settings_value: object) -> None:
    """Use the settings file's ``http.deadline_s`` (the environment variable still wins)."""
    global _configured
    _configured = _positive(settings_value)


def _positive(value: object) -> float | None:
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return seconds if 0 < seconds < 10**7 else None


def deadline_seconds() -> float:
    """``FLEETDESK_HTTP_DEADLINE_S`` > the ``http.deadline_s`` setting > 120 s."""
    return _positive(os.environ.get(ENV_DEADLINE)) or _configured or DEFAULT_DEADLINE_S


class DeadlineExceeded(Exception):
    """Raised instead of opening another connection once the call's deadline has passed."""


class Deadline:
    """One API call's deadline and the connections it used."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.expired = False
        self._conns: list = []
        self._lock = threading.Lock()
        self._key = -1  # the watcher's key while it watches this deadline

    def add(self, conn) -> None:
        with self._lock:
            self._conns.append(conn)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            conns, self._conns = self._conns, []
        for conn in conns:
            sock = getattr(conn, "sock", None)
            if sock is None:
                continue
            try:  # the plain socket's shutdown: SSLSocket's would drop its state under the reader
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self) -> Deadline:
        self._outer = getattr(_local, "deadline", None)
        _local.deadline = self
        _watchdog.watch(self)
        return self

    def __exit__(self, *exc: object) -> None:
        _watchdog.forget(self)
        _local.deadline = self._outer
        with self._lock:
            self._conns = []


_local = threading.local()


def current() -> Deadline | None:
    return getattr(_local, "deadline", None)


class _Watchdog:
    """One daemon thread that expires deadlines in time order."""

    def __init__(self):
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Deadline]] = []
        self._live: set[int] = set()
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, deadline: Deadline) -> None:
        with self._cond:
            key = next(self._ids)
            deadline._key = key
            self._live.add(key)
            heapq.heappush(self._heap, (deadline.at, key, deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="fleetdesk-http-deadline", daemon=True)
                self._thread.start()
            self._cond.notify()

    def forget(self, deadline: Deadline) -> None:
        with self._cond:
            self._live.discard(deadline._key)
            # drop forgotten entries from the top so the heap does not grow with finished calls
            while self._heap and self._heap[0][1] not in self._live:
                heapq.heappop(self._heap)
            self._cond.notify()

    def _run(self) -> None:
        """Runs while some call has a deadline; ends when none has (no idle thread left)."""
        while True:
            with self._cond:
                while self._heap and self._heap[0][1] not in self._live:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._thread = None
                    return
                at, key, deadline = self._heap[0]
                wait = at - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
                self._live.discard(key)
            deadline.expire()


_watchdog = _Watchdog()
