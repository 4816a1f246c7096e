"""THG-quota sign-in: Microsoft identity device code flow through MSAL, rolling refresh tokens.

- ``ThgAuth.start_device_flow()`` asks for a user code; the UI shows it with the verification
  page; ``wait_for_sign_in()`` polls until the user signed in, declined, the code expired or
  the caller cancelled.
- Access tokens last at most 60 minutes; ``access_token()`` refreshes a few minutes early with
  the refresh token in MSAL's cache. Every refresh returns a new refresh token (a rolling
  chain); one unused for 90 days lapses, so ``refresh_status()`` warns well before.
- ``serialize_cache()`` is what the caller stores as the secret (it may be longer than the
  Windows credential limit: the secrets layer handles that); ``sign_in_with_refresh_token``
  starts an unattended run from ``FLEETDESK_THG_REFRESH_TOKEN``.

MSAL calls: for a host Microsoft does not know (the loopback simulator, a proxy), MSAL would ask
login.microsoftonline.com for instance discovery; FleetDesk passes ``instance_discovery=False``
there, so only ``{authority}/v2.0/.well-known/openid-configuration`` is fetched. MSAL accepts only
an https authority; a private CA is trusted through ``REQUESTS_CA_BUNDLE``.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import msal
import requests

from fleetdesk.core.clock import Clock
from fleetdesk.core.config import Config
from fleetdesk.core.errors import AuthExpired, FleetDeskError, NotConfigured, Offline, ServerError
from fleetdesk.core.http import make_session
from fleetdesk.core.redact import register_secret

# Defaults from the vendor's documentation
DEFAULT_TENANT_ID = "f7731598-1da9-4b5f-a888-ceaf1d14fae0"
DEFAULT_CLIENT_ID = "34b0a670-0f53-4772-bc68-c77b3be58e8e"
MICROSOFT_LOGIN = "https://login.microsoftonline.com"
REFRESH_TOKEN_LIFETIME = timedelta(days=90)
REFRESH_WARNING = timedelta(days=21)  # warn three weeks before the chain lapses
ACCESS_TOKEN_MARGIN = timedelta(minutes=5)
_MICROSOFT_HOSTS = {"login.microsoftonline.com", "login.microsoft.com", "login.windows.net"}


def scopes_for(client_id: str) -> list[str]:
    """The API scope; MSAL adds ``offline_access openid profile`` itself (and refuses them)."""
    return [f"{client_id}/user_impersonation"]


def authority_from_config(config: Config) -> str:
    """``FLEETDESK_THG_AUTH_URL`` / demo / custom URL, else Microsoft with the tenant setting."""
    if config.url_source("thg_auth") in ("production",):
        tenant = config.settings.get("thg.tenant_id") or DEFAULT_TENANT_ID
        return f"{MICROSOFT_LOGIN}/{tenant}"
    return config.base_url("thg_auth")


def client_id_from_config(config: Config) -> str:
    return (
        config.env_credential("thg", "client_id") or config.settings.get("thg.client_id") or DEFAULT_CLIENT_ID
    )


class SignInFailed(FleetDeskError):
    """The device code sign-in ended without tokens; ``message`` says why in plain words."""


class SignInCancelled(SignInFailed):
    pass


class SignInDeclined(SignInFailed):
    pass


class SignInExpired(SignInFailed):
    pass


@dataclass
class DeviceCode:
    """What the user needs to sign in: the code, the page, and until when it is valid."""

    user_code: str
    verification_uri: str
    message: str
    expires_at: datetime
    interval: int
    flow: dict[str, Any] = field(repr=False)  # MSAL's flow; holds the device code (a secret)


@dataclass(frozen=True)
class RefreshStatus:
    last_used: datetime | None
    lapses_at: datetime | None
    warn: bool  # fewer than REFRESH_WARNING left: use it or sign in again soon
    lapsed: bool

    def days_left(self, now: datetime) -> int | None:
        return None if self.lapses_at is None else max(0, (self.lapses_at - now).days)


def refresh_status(last_used: datetime | None, now: datetime) -> RefreshStatus:
    """Where a refresh-token chain stands 90 days after its last use."""
    if last_used is None:
        return RefreshStatus(None, None, False, False)
    lapses = last_used + REFRESH_TOKEN_LIFETIME
    return RefreshStatus(last_used, lapses, now >= lapses - REFRESH_WARNING, now >= lapses)


class ThgAuth:
    """Tokens for the THG API. Thread-safe; every method may block on the network."""

    def __init__(
        self,
        authority: str = f"{MICROSOFT_LOGIN}/{DEFAULT_TENANT_ID}",
        client_id: str = DEFAULT_CLIENT_ID,
        *,
        clock: Clock | None = None,
        cache_state: str | None = None,
        last_used: datetime | None = None,
        timeout: tuple[float, float] = (5.0, 30.0),
        session: requests.Session | None = None,
    ):
        if urlsplit(authority).scheme != "https":
            raise NotConfigured(f"the THG sign-in address must be https (MSAL refuses others): {authority}")
        self.authority = authority.rstrip("/")
        self.client_id = client_id
        self.scopes = scopes_for(client_id)
        self.clock = clock or Clock()
        self.cache = msal.SerializableTokenCache()
        if cache_state:
            self.cache.deserialize(cache_state)
            for item in self._refresh_items():
                register_secret(item.get("secret"))
        self.last_used = last_used
        self._session = session or make_session("thg_auth")
        # MSAL gives the session no timeout of its own
        self._session.request = functools.partial(self._session.request, timeout=timeout)  # type: ignore[method-assign]
        self._app: msal.PublicClientApplication | None = None
        self._lock = threading.RLock()
        self._access: tuple[str, datetime] | None = None

    @classmethod
    def from_config(cls, config: Config, **kwargs: Any) -> ThgAuth:
        return cls(authority_from_config(config), client_id_from_config(config), **kwargs)

    # -- MSAL --------------------------------------------------------------------------
    def _msal(self) -> msal.PublicClientApplication:
        """Built on first use: MSAL fetches the tenant's OpenID configuration right away."""
        with self._lock:
            if self._app is None:
                known = urlsplit(self.authority).hostname in _MICROSOFT_HOSTS
                self._app = self._call(
                    lambda: msal.PublicClientApplication(
                        self.client_id,
                        authority=self.authority,
                        token_cache=self.cache,
                        http_client=self._session,
                        instance_discovery=None if known else False,
                    )
                )
            return self._app

    def _call(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except requests.exceptions.SSLError as exc:
            raise Offline(
                "THG sign-in: the secure connection failed. Behind a TLS-inspecting "
                "proxy, set REQUESTS_CA_BUNDLE to its CA."
            ) from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise Offline("THG sign-in: no connection to the sign-in service") from exc
        except ValueError as exc:  # tenant discovery failed: wrong tenant or address
            raise NotConfigured(
                f"THG sign-in: the sign-in address {self.authority} was not "
                f"accepted ({exc}). Check the tenant setting."
            ) from exc
        except msal.exceptions.MsalServiceError as exc:
            raise ServerError(f"THG sign-in: the sign-in service failed ({exc})") from exc

    # -- device code flow ----------------------------------------------------------------
    def start_device_flow(self) -> DeviceCode:
        """Ask for a user code to show; raises SignInFailed if the service refuses."""
        app = self._msal()
        flow = self._call(lambda: app.initiate_device_flow(scopes=self.scopes))
        if "user_code" not in flow:
            raise SignInFailed(
                f"The sign-in service refused to start: {flow.get('error_description') or flow.get('error')}"
            )
        register_secret(flow.get("device_code"))
        return DeviceCode(
            flow["user_code"],
            flow["verification_uri"],
            flow.get("message", ""),
            self.clock.now() + timedelta(seconds=int(flow["expires_in"])),
            int(flow["interval"]),
            flow,
        )

    def wait_for_sign_in(
        self, device: DeviceCode, cancelled: Callable[[], bool] | threading.Event = lambda: False
    ) -> str:
        """Poll until the user signed in; return the access token.

        Each round asks MSAL for exactly one poll (its ``exit_condition`` returns True), and
        the pause between polls, which honours ``slow_down`` through MSAL's grown interval,
        runs on our clock in short steps so Cancel takes effect at once.
        """
        is_cancelled = cancelled.is_set if isinstance(cancelled, threading.Event) else cancelled
        app, flow = self._msal(), device.flow
        while True:
            if is_cancelled():
                raise SignInCancelled("Sign-in cancelled.")
            flow["interval"] = max(1, int(flow.get("interval", 5)))
            flow.pop("latest_attempt_at", None)  # pacing is ours; MSAL's check uses real time
            result = self._call(
                lambda: app.acquire_token_by_device_flow(flow, exit_condition=lambda _flow: True)
            )
            if "access_token" in result:
                return self._accept(result)
            error = result.get("error")
            if error in ("authorization_pending", "slow_down"):
                if self.clock.now() >= device.expires_at + timedelta(seconds=flow["interval"]):
                    raise SignInExpired("The code expired before sign-in finished. Start again.")
                if self._pause(flow["interval"], is_cancelled):
                    raise SignInCancelled("Sign-in cancelled.")
                continue
            if error in ("expired_token", "code_expired"):
                raise SignInExpired("The code expired before sign-in finished. Start again.")
            if error in ("access_denied", "authorization_declined"):
                raise SignInDeclined("The sign-in was declined on the verification page.")
            raise SignInFailed(f"Sign-in failed: {result.get('error_description') or error}")

    def _pause(self, seconds: float, is_cancelled: Callable[[], bool]) -> bool:
        """Wait ``seconds`` on the clock; True if cancelled meanwhile."""
        deadline = self.clock.monotonic() + seconds
        while (left := deadline - self.clock.monotonic()) > 0:
            if is_cancelled():
                return True
            self.clock.sleep(min(0.2, left))
        return is_cancelled()

    # -- tokens ----------------------------------------------------------------------------
    def _accept(self, result: dict[str, Any]) -> str:
        token = result["access_token"]
        register_secret(token)
        register_secret(result.get("refresh_token"))
        now = self.clock.now()
        with self._lock:
            self._access = (token, now + timedelta(seconds=int(result.get("expires_in", 3600))))
            if result.get("refresh_token"):
                self.last_used = now
        return token

    def _refused(self, result: dict[str, Any] | None) -> Exception:
        if result is None or result.get("error") in ("invalid_grant", "interaction_required"):
            return AuthExpired("The THG sign-in has lapsed (unused for 90 days or revoked). Sign in again.")
        return ServerError(f"THG sign-in: {result.get('error_description') or result.get('error')}")

    def access_token(self) -> str:
        """A valid access token, refreshed when fewer than five minutes are left."""
        with self._lock:
            if self._access and self._access[1] - self.clock.now() > ACCESS_TOKEN_MARGIN:
                return self._access[0]
            return self.refresh()

    def refresh(self) -> str:
        """Use the refresh token now (rolls the chain); AuthExpired if it is refused."""
        with self._lock:
            app = self._msal()
            accounts = app.get_accounts()
            if not accounts:
                raise AuthExpired("Not signed in to the THG service.")
            # force_refresh: MSAL's own cache expiry runs on real time, ours on self.clock
            result = self._call(
                lambda: app.acquire_token_silent_with_error(self.scopes, accounts[0], force_refresh=True)
            )
            if not result or "access_token" not in result:
                raise self._refused(result)
            return self._accept(result)

    def sign_in_with_refresh_token(self, refresh_token: str) -> str:
        """Unattended start from a stored refresh token (``FLEETDESK_THG_REFRESH_TOKEN``)."""
        register_secret(refresh_token)
        app = self._msal()
        result = self._call(lambda: app.acquire_token_by_refresh_token(refresh_token, self.scopes))
        if "access_token" not in result:
            raise self._refused(result)
        return self._accept(result)

    # -- what the caller stores --------------------------------------------------------------
    def _refresh_items(self) -> list[dict[str, Any]]:
        items = list(self.cache.search(msal.TokenCache.CredentialType.REFRESH_TOKEN))
        return sorted(items, key=lambda i: int(i.get("last_modification_time") or 0))

    @property
    def refresh_token(self) -> str | None:
        """The newest refresh token of the chain (store it; the old ones stop mattering)."""
        items = self._refresh_items()
        return items[-1]["secret"] if items else None

    @property
    def username(self) -> str | None:
        """Who signed in (from the cached account record; no network)."""
        accounts = list(self.cache.search(msal.TokenCache.CredentialType.ACCOUNT))
        return accounts[0].get("username") if accounts else None

    @property
    def signed_in(self) -> bool:
        return self.refresh_token is not None

    def serialize_cache(self) -> str:
        """MSAL's token cache as text: a secret, often longer than 2,560 bytes."""
        return self.cache.serialize()

    def refresh_status(self) -> RefreshStatus:
        return refresh_status(self.last_used, self.clock.now())

    def close(self) -> None:
        """Close the network session (sockets to the sign-in service)."""
        self._session.close()

    def sign_out(self) -> None:
        with self._lock:
            app = self._msal() if self._app is not None else None
            if app is not None:
                for account in app.get_accounts():
                    app.remove_account(account)
            self.cache = msal.SerializableTokenCache()
            self._app, self._access, self.last_used = None, None, None
