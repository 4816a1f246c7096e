"""Signing in to TachoShare: OAuth2 authorization code + PKCE through the system browser.

The protocol work is Authlib's (``OAuth2Session``: authorization URL with an S256 challenge,
code exchange, refresh); this module adds what a desktop app needs around it: a one-shot
loopback redirect (``loopback.LoopbackRedirect``), token expiry on an injectable clock,
typed errors, rotating refresh tokens handed to the caller to keep (``on_change``), and
secrets registered for redaction.

``FLEETDESK_TACHOSHARE_AUTH_URL`` (service ``tachoshare_auth``) names the OpenID issuer
(default: Webfleet's Keycloak realm). The authorize and token endpoints come from OpenID
Connect discovery (``{issuer}/.well-known/openid-configuration``, fetched once, when first
needed) unless the settings ``tachoshare_auth.authorize_url`` / ``tachoshare_auth.token_url``
name them one by one. Scopes come from the setting ``tachoshare_auth.scope``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import requests
from authlib.common.security import generate_token
from authlib.integrations.base_client import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from urllib3.util.retry import Retry

from fleetdesk.core.clock import Clock
from fleetdesk.core.errors import AuthExpired, BadInput, Offline, RateLimited, Rejected, ServerError
from fleetdesk.core.http import PolicyAdapter, TlsPolicy, parse_retry_after, ssl_context_for, user_agent_for
from fleetdesk.core.redact import redact, register_secret
from fleetdesk.tachoshare.loopback import LoopbackRedirect, SignInError

__all__ = [
    "DISCOVERY_PATH",
    "DEFAULT_SCOPE",
    "check_url",
    "Tokens",
    "TachoShareAuth",
    "TokenManager",
    "LoopbackRedirect",
    "SignInError",
    "run_login_flow",
]

DISCOVERY_PATH = "/.well-known/openid-configuration"
#: the spec names no scopes; this is only the default of the setting ``tachoshare_auth.scope``
DEFAULT_SCOPE = "tachoshare:read tachoshare:rdl"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def check_url(url: str, what: str) -> str:
    """``url`` if it is https, or http on a loopback host (tests, simulators); else BadInput.

    The spec: "At any time, the communication must be performed using the HTTPS protocol";
    a bearer token or a refresh token must never travel in clear."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and (host in _LOOPBACK or host.startswith("127.")):
        return url
    raise BadInput(what, f"must be an https:// address (http:// only for 127.0.0.1/localhost), got {url!r}")


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Tokens:
    """An access token with its expiry (from ``expires_in`` on our clock) and refresh token."""

    access_token: str
    refresh_token: str | None
    expires_at: datetime
    scope: str = ""
    token_type: str = "Bearer"

    def __repr__(self) -> str:  # never print a token, even in a traceback
        return f"Tokens(expires_at={self.expires_at.isoformat()}, scope={self.scope!r})"

    def expired(self, clock: Clock, leeway: float = 60.0) -> bool:
        """True ``leeway`` seconds before the real expiry, so a request never races it."""
        return not self.access_token or clock.now() >= self.expires_at - timedelta(seconds=leeway)

    @classmethod
    def from_refresh_token(cls, refresh_token: str) -> Tokens:
        """For unattended runs (``FLEETDESK_TACHOSHARE_REFRESH_TOKEN``): refresh before use."""
        register_secret(refresh_token)
        return cls("", refresh_token, EPOCH)

    @classmethod
    def from_response(cls, data: dict, clock: Clock, previous_refresh: str | None = None) -> Tokens:
        access = data.get("access_token")
        if not isinstance(access, str) or not access:
            raise Rejected("The sign-in server answered without an access token.")
        refresh = data.get("refresh_token") or previous_refresh
        register_secret(access)
        register_secret(refresh)
        try:
            lifetime = float(data.get("expires_in") or 3600)
        except (TypeError, ValueError):
            lifetime = 3600.0
        return cls(
            access,
            refresh,
            clock.now() + timedelta(seconds=lifetime),
            str(data.get("scope") or ""),
            str(data.get("token_type") or "Bearer"),
        )


class _OAuthSession(OAuth2Session):
    """Authlib's session with FleetDesk's TLS policy; loopback never goes through a proxy."""

    def merge_environment_settings(self, url, proxies, stream, verify, cert):
        settings = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if urlsplit(url).hostname in _LOOPBACK:
            settings["proxies"] = {}
        return settings


def _check_status(response: requests.Response) -> requests.Response:
    # Authlib would treat a 429 or 5xx as a token answer; make them typed errors first
    if response.status_code == 429:
        raise RateLimited(
            "tachoshare sign-in: too many requests (HTTP 429)",
            parse_retry_after(response.headers.get("Retry-After")),
        )
    if response.status_code >= 500:
        raise ServerError(
            f"tachoshare sign-in: server error (HTTP {response.status_code})", response.status_code
        )
    return response


class TachoShareAuth:
    """The authorization server: authorize URL, code exchange and refresh (via Authlib)."""

    def __init__(
        self,
        issuer: str,
        client_id: str,
        client_secret: str | None = None,
        *,
        scope: str | None = None,
        clock: Clock | None = None,
        timeout: tuple[float, float] = (5.0, 30.0),
        authorize_url: str | None = None,
        token_url: str | None = None,
    ):
        self.issuer = check_url(issuer.rstrip("/"), "The TachoShare sign-in (issuer) URL")
        self.client_id, self.client_secret = client_id, client_secret
        self.scope = " ".join((scope or DEFAULT_SCOPE).replace(",", " ").split())
        self.clock = clock or Clock()
        self.timeout = timeout
        self._authorize_url = check_url(authorize_url, "The authorize URL") if authorize_url else None
        self._token_url = check_url(token_url, "The token URL") if token_url else None
        self._discovery_lock = threading.Lock()
        register_secret(client_secret)

    auth_base = property(lambda self: self.issuer)  # older name

    @property
    def discovery_url(self) -> str:
        return self.issuer + DISCOVERY_PATH

    @property
    def authorize_url(self) -> str:
        return self._authorize_url if self._authorize_url is not None else self._discover()[0]

    @property
    def token_url(self) -> str:
        return self._token_url if self._token_url is not None else self._discover()[1]

    def _discover(self) -> tuple[str, str]:
        """Read the endpoints the settings do not name from the issuer's discovery document;
        returns (authorize URL, token URL)."""
        with self._discovery_lock:
            if self._authorize_url is not None and self._token_url is not None:
                return self._authorize_url, self._token_url
            url = self.discovery_url
            try:
                with self._session() as session:
                    response = _check_status(
                        session.get(
                            url,
                            timeout=self.timeout,
                            withhold_token=True,
                            headers={"Accept": "application/json"},
                        )
                    )
            except (requests.ConnectionError, requests.Timeout) as exc:
                raise Offline(f"tachoshare sign-in: no connection ({redact(exc)})") from exc
            if response.status_code != 200:
                raise SignInError(
                    f"TachoShare sign-in: no OpenID configuration at {url} "
                    f"(HTTP {response.status_code}); check the sign-in URL (the issuer) "
                    "or set the authorize and token URLs",
                    response.status_code,
                )
            try:
                doc = response.json()
            except ValueError:
                doc = None
            found = {}
            for key in ("authorization_endpoint", "token_endpoint"):
                value = doc.get(key) if isinstance(doc, dict) else None
                if not isinstance(value, str) or not value:
                    raise SignInError(f"TachoShare sign-in: the OpenID configuration at {url} has no {key}")
                found[key] = check_url(value, f"The {key} of {url}")
            if self._authorize_url is None:
                self._authorize_url = found["authorization_endpoint"]
            if self._token_url is None:
                self._token_url = found["token_endpoint"]
            return self._authorize_url, self._token_url

    def _session(self, redirect_uri: str | None = None) -> OAuth2Session:
        session = _OAuthSession(
            self.client_id,
            self.client_secret,
            scope=self.scope,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            default_timeout=self.timeout,
            token_endpoint_auth_method="client_secret_basic" if self.client_secret else "none",
        )
        session.headers["User-Agent"] = user_agent_for("tachoshare_auth")
        # token requests are not idempotent (codes and refresh tokens work once): no read retry
        adapter = PolicyAdapter(
            ssl_context_for(TlsPolicy.DEFAULT),
            max_retries=Retry(total=1, connect=1, read=0, status=0, other=0, raise_on_status=False),
        )
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        for hook in ("access_token_response", "refresh_token_response"):
            session.register_compliance_hook(hook, _check_status)
        return session

    def build_authorize_url(
        self, redirect_uri: str, code_verifier: str, state: str | None = None
    ) -> tuple[str, str]:
        """The browser address for signing in, and the ``state`` it carries."""
        with self._session(redirect_uri) as session:
            return session.create_authorization_url(
                self.authorize_url, state=state, code_verifier=code_verifier
            )

    def exchange_code(self, code: str, redirect_uri: str, code_verifier: str) -> Tokens:
        """Trade the authorization code (plus the PKCE verifier) for tokens."""
        register_secret(code)
        register_secret(code_verifier)
        with self._session(redirect_uri) as session:
            data = self._call(
                lambda: session.fetch_token(
                    self.token_url,
                    grant_type="authorization_code",
                    code=code,
                    code_verifier=code_verifier,
                    redirect_uri=redirect_uri,
                ),
                refreshing=False,
            )
        return Tokens.from_response(data, self.clock)

    def refresh(self, refresh_token: str) -> Tokens:
        """New tokens from a refresh token. The server may rotate it: keep the new one."""
        with self._session() as session:
            data = self._call(
                lambda: session.refresh_token(self.token_url, refresh_token=refresh_token), refreshing=True
            )
        return Tokens.from_response(dict(data), self.clock, previous_refresh=refresh_token)

    @staticmethod
    def _call(fn: Callable[[], dict], *, refreshing: bool) -> dict:
        try:
            return fn()
        except OAuthError as exc:
            detail = exc.description or exc.error
            if refreshing and exc.error in {"invalid_grant", "invalid_token"}:
                raise AuthExpired(f"The TachoShare sign-in has expired ({detail}); sign in again.") from exc
            if exc.error == "invalid_client":
                raise Rejected(
                    f"TachoShare does not accept this client id or secret ({detail}).", 401
                ) from exc
            raise SignInError(f"TachoShare sign-in refused: {detail}", 400) from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise Offline(f"tachoshare sign-in: no connection ({redact(exc)})") from exc
        except (requests.HTTPError, ValueError) as exc:
            raise ServerError(f"tachoshare sign-in: unusable answer ({redact(exc)})") from exc


def run_login_flow(
    auth: TachoShareAuth,
    open_browser: Callable[[str], object],
    *,
    timeout: float = 300.0,
    cancel: threading.Event | None = None,
) -> Tokens:
    """The whole browser sign-in: listen on loopback, open the authorize page, exchange.

    ``open_browser(url)`` is ``webbrowser.open`` in the app; tests pass a function that
    follows the redirects with requests. Blocks until done: run it off the UI thread.
    """
    verifier = generate_token(64)  # RFC 7636: 43..128 unreserved characters
    with LoopbackRedirect() as listener:
        url, state = auth.build_authorize_url(listener.redirect_uri, verifier)
        listener.expected_state = state
        open_browser(url)
        params = listener.wait(timeout, cancel)
    if "error" in params:
        reason = params.get("error_description") or params["error"]
        raise SignInError(f"TachoShare sign-in did not complete: {reason}")
    return auth.exchange_code(params["code"], listener.redirect_uri, verifier)


class TokenManager:
    """Hands out a valid access token, refreshing once when it expired or was refused.

    ``on_change(tokens)`` runs after every refresh so the caller can keep the rotated
    refresh token (the old one no longer works). Thread-safe: concurrent downloads that
    all see a 401 cause a single refresh.
    """

    def __init__(
        self, auth: TachoShareAuth, tokens: Tokens, *, on_change: Callable[[Tokens], None] | None = None
    ):
        self.auth = auth
        self.tokens = tokens
        self.on_change = on_change
        self._lock = threading.Lock()

    def access_token(self) -> str:
        with self._lock:
            if self.tokens.expired(self.auth.clock):
                self._refresh_locked()
            return self.tokens.access_token

    def refresh_after_refusal(self, refused_token: str) -> str:
        """A request with ``refused_token`` got 401: refresh unless another thread already did."""
        with self._lock:
            if self.tokens.access_token == refused_token:
                self._refresh_locked()
            return self.tokens.access_token

    def _refresh_locked(self) -> None:
        if not self.tokens.refresh_token:
            raise AuthExpired("TachoShare needs you to sign in again (no refresh token).")
        self.tokens = self.auth.refresh(self.tokens.refresh_token)
        if self.on_change is not None:
            self.on_change(self.tokens)
