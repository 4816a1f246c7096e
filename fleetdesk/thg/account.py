"""The THG sign-in as FleetDesk keeps it: where tokens come from and where they are stored.

Sources, in order: MSAL's token cache from the secret store (a device-code sign-in done here
earlier), else a refresh token from ``FLEETDESK_THG_REFRESH_TOKEN`` or the Settings page (an
unattended start). The cache is long (MSAL keeps account, id token and tokens), more than a
Windows credential holds: ``rt.secrets`` encrypts it into the store's ``secret_blobs``.

Every refresh rolls the chain, so the cache is saved again whenever its refresh token changed,
and the time of that last use goes to ``kv`` (not secret) for the 90-day warning. Tokens that
came from the environment are never written anywhere: an unattended run starts from its
variable every time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from fleetdesk.core.clock import parse_utc, utc_iso
from fleetdesk.core.errors import AuthExpired
from fleetdesk.store.kv import kv_get, kv_set
from fleetdesk.thg.auth import DeviceCode, RefreshStatus, ThgAuth, refresh_status

SECRET_SERVICE, SECRET_NAME = "thg", "token_cache"
LAST_USED_KEY = "thg.refresh_last_used"
ENVIRONMENT, STORED, DEVICE = "environment", "stored", "device"


@dataclass(frozen=True)
class AccountStatus:
    """What the sign-in panel and ``thg login`` show."""

    signed_in: bool
    username: str | None
    source: str | None  # environment | stored | device | None
    refresh: RefreshStatus
    now: datetime

    @property
    def days_left(self) -> int | None:
        return self.refresh.days_left(self.now)

    def describe(self) -> str:
        if not self.signed_in:
            if self.refresh.lapsed:
                return "The THG sign-in lapsed (unused for 90 days). Sign in again."
            return "Not signed in to the THG service."
        who = self.username or "the THG service"
        text = f"Signed in as {who}"
        if self.source == ENVIRONMENT:
            text += " (refresh token from FLEETDESK_THG_REFRESH_TOKEN)"
        if self.refresh.lapsed:
            return f"{text}, but the sign-in lapsed (unused for 90 days). Sign in again."
        if self.refresh.warn:
            text += (
                f". The sign-in lapses in {self.days_left} days unless FleetDesk syncs "
                "before then: sync now or sign in again"
            )
        return text + "."


class ThgAccount:
    """Thread-safe owner of the ``ThgAuth`` for one runtime."""

    def __init__(self, rt, *, auth_factory: Callable[..., ThgAuth] | None = None):
        self.rt = rt
        self._factory = auth_factory or (lambda **kw: ThgAuth.from_config(rt.config, **kw))
        self._lock = threading.RLock()
        self._auth: ThgAuth | None = None
        self._source: str | None = None
        self._saved_token: str | None = None

    # -- building --------------------------------------------------------------------------
    def _env_token(self) -> str | None:
        return self.rt.config.env_credential("thg", "refresh_token")

    def auth(self) -> ThgAuth:
        """The ``ThgAuth``, built on first use from the stored cache (blocking: keyring)."""
        with self._lock:
            if self._auth is None:
                cache = None if self._env_token() else self.rt.secrets.get(SECRET_SERVICE, SECRET_NAME)
                last = self.rt.store.read(lambda db: kv_get(db, LAST_USED_KEY))
                self._auth = self._factory(
                    clock=self.rt.clock, cache_state=cache, last_used=parse_utc(last) if last else None
                )
                if self._auth.signed_in:
                    self._source = STORED
                    self._saved_token = self._auth.refresh_token
            return self._auth

    def _ensure_signed_in(self) -> ThgAuth:
        auth = self.auth()
        if auth.signed_in:
            return auth
        token = self.rt.credentials.get("thg", "refresh_token")
        if not token:
            raise AuthExpired(
                "Not signed in to the THG service: sign in on the THG tab or run `fleetdesk thg login`."
            )
        auth.sign_in_with_refresh_token(token)
        self._source = ENVIRONMENT if self._env_token() else STORED
        self._persist()
        return auth

    def _persist(self) -> None:
        """Save the cache when its refresh token rolled (never for environment tokens)."""
        auth = self._auth
        if auth is None or self._source == ENVIRONMENT:
            return
        token = auth.refresh_token
        if token is None or token == self._saved_token:
            return
        self.rt.secrets.set(SECRET_SERVICE, SECRET_NAME, auth.serialize_cache())
        if auth.last_used is not None:
            stamp = utc_iso(auth.last_used)
            self.rt.store.write(lambda db: kv_set(db, LAST_USED_KEY, stamp))
        self._saved_token = token

    # -- tokens (the client's callables) ---------------------------------------------------
    def access_token(self) -> str:
        with self._lock:
            token = self._ensure_signed_in().access_token()
            self._persist()
            return token

    def refresh(self) -> str:
        with self._lock:
            token = self._ensure_signed_in().refresh()
            self._persist()
            return token

    # -- device code sign-in -----------------------------------------------------------------
    def start_device_flow(self) -> DeviceCode:
        """Start a new sign-in (a previous account is signed out first)."""
        with self._lock:
            auth = self.auth()
            if auth.signed_in:
                auth.sign_out()
            return auth.start_device_flow()

    def wait_for_sign_in(
        self, device: DeviceCode, cancelled: Callable[[], bool] | threading.Event = lambda: False
    ) -> AccountStatus:
        """Poll until signed in (SignInCancelled / SignInDeclined / SignInExpired otherwise)."""
        auth = self.auth()
        auth.wait_for_sign_in(device, cancelled)
        with self._lock:
            self._source = DEVICE
            self._saved_token = None
            self._persist()
        return self.status()

    def sign_out(self) -> None:
        with self._lock:
            if self._auth is not None:
                self._auth.sign_out()
            self._source = None
            self._saved_token = None
            self.rt.secrets.delete(SECRET_SERVICE, SECRET_NAME)
            self.rt.store.write(lambda db: db.execute("DELETE FROM kv WHERE key = ?", [LAST_USED_KEY]))

    # -- state ----------------------------------------------------------------------------------
    def status(self) -> AccountStatus:
        """No network; reads the keyring the first time (run it off the UI thread)."""
        auth = self.auth()
        now = self.rt.clock.now()
        signed_in = auth.signed_in or bool(self.rt.credentials.get("thg", "refresh_token"))
        source = self._source or (ENVIRONMENT if self._env_token() else STORED if signed_in else None)
        return AccountStatus(signed_in, auth.username, source, refresh_status(auth.last_used, now), now)

    def close(self) -> None:
        with self._lock:
            if self._auth is not None:
                self._auth.close()
