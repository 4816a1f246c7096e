"""The one Ctrack session the whole app shares.

Ctrack issues one API user per customer, so every client (map, sync, CLI) uses the same
login. The token is kept here, in memory only, and renewed ``margin_s`` before it expires (or
when the server says ``AuthorisationFailed = 4``). Logins are serialised by a lock, so
threads that find the token stale at the same time log in once, not once each.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from fleetdesk.core.clock import Clock

#: login() -> (token, user id, session duration in minutes)
LoginFn = Callable[[], tuple[str, int, int]]


class CtrackSession:
    """Token + expiry, shared; thread-safe."""

    def __init__(self, clock: Clock | None = None, margin_s: float = 300.0):
        self.clock = clock or Clock()
        self.margin_s = margin_s
        self._lock = threading.Lock()
        self._token: str | None = None
        self.user_id: int | None = None
        self.expires_at: datetime | None = None
        self.duration_minutes = 0
        self._renew_at: datetime | None = None
        self.logins = 0  # how many logins this session made (status display, tests)

    def _usable(self) -> str | None:
        if self._token is None or self._renew_at is None:
            return None
        return self._token if self.clock.now() < self._renew_at else None

    def token(self, login: LoginFn) -> str:
        """A token good for at least ``margin_s`` more; logs in (once, under the lock) if needed."""
        with self._lock:
            usable = self._usable()
            if usable is not None:
                return usable
            return self._store(login())

    def renew(self, login: LoginFn) -> str:
        """Log in now, whatever the current token's state."""
        with self._lock:
            return self._store(login())

    def _store(self, result: tuple[str, int, int]) -> str:
        token, user_id, minutes = result
        now = self.clock.now()
        lifetime = timedelta(minutes=minutes)
        # short sessions (tests, odd servers) renew at 3/4 of their life rather than never
        margin = min(timedelta(seconds=self.margin_s), lifetime / 4)
        self._token, self.user_id, self.duration_minutes = token, user_id, minutes
        self.expires_at, self._renew_at = now + lifetime, now + lifetime - margin
        self.logins += 1
        return token

    def invalidate(self, token: str) -> None:
        """Forget ``token`` after the server refused it (unless another thread already renewed)."""
        with self._lock:
            if self._token == token:
                self._token = self._renew_at = self.expires_at = None

    def clear(self) -> None:
        """Forget the session (sign out, credentials changed)."""
        with self._lock:
            self._token = self._renew_at = self.expires_at = None
            self.user_id = None

    @property
    def signed_in(self) -> bool:
        with self._lock:
            return self._usable() is not None
