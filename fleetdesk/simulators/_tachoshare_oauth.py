"""The authorization server half of the TachoShare simulator (Webfleet's OAuth2 sign-in).

The spec only says "OAuth2 Authorization Code Grant" and points to Webfleet's OAuth
documentation, whose public example is a Keycloak realm. So this is a Keycloak-style OpenID
provider for the realm ``webfleet``: issuer ``{server}/auth/realms/webfleet``, discovery at
``{issuer}/.well-known/openid-configuration``, authorize at
``{issuer}/protocol/openid-connect/auth`` and token at ``{issuer}/protocol/openid-connect/token``.
Nothing is served at any other path.

OAuth2 authorization code grant (RFC 6749) with PKCE S256 (RFC 7636) for a native app with a
loopback redirect (RFC 8252), plus rotating refresh tokens (a refresh token works once; the old
one is refused after use). The demo user is signed in without a login form, so tests drive the
authorize page with plain requests.
"""

from __future__ import annotations

import base64
import hashlib
import html
import ipaddress
import json
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote_plus, urlencode, urlsplit

from fleetdesk.simulators.framework import SimRequest, SimResponse, route

#: the authorization server's base is the server URL + AUTH_PREFIX (service "tachoshare_auth");
#: its endpoints lie below that base
AUTH_PREFIX = "/auth/realms/webfleet"
AUTHORIZE_PATH = "/protocol/openid-connect/auth"
TOKEN_PATH = "/protocol/openid-connect/token"
DISCOVERY_PATH = "/.well-known/openid-configuration"

DEMO_CLIENT_ID = "fleetdesk-demo"
DEMO_CLIENT_SECRET = "fleetdesk-demo-secret"
DEMO_USER = "demo.fleet@example.com"
#: valid once from start-up (refresh tokens rotate), so demo mode starts signed in
DEMO_REFRESH_TOKEN = "fleetdesk-demo-refresh-token-0001"

READ_SCOPE = "tachoshare:read"
RDL_SCOPE = "tachoshare:rdl"
DEFAULT_SCOPE = f"{READ_SCOPE} {RDL_SCOPE}"

_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}\Z")


@dataclass
class Grant:
    client_id: str
    scope: str
    user: str = DEMO_USER
    redirect_uri: str = ""
    challenge: str = ""
    expires_at: float = 0.0


def is_loopback_redirect(uri: str) -> bool:
    """RFC 8252 section 7.3: http on a loopback IP literal (or localhost), any port."""
    try:
        parts = urlsplit(uri)
        if parts.scheme != "http" or not parts.hostname or parts.fragment:
            return False
        if parts.hostname == "localhost":
            return True
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class OAuthServerMixin:
    """Routes and state of the authorization server; mixed into the simulator's SimApp."""

    # given by the SimApp it is mixed into
    lock: threading.RLock
    clock: Callable[[], float]
    base_url: str

    def _init_oauth(
        self, *, token_lifetime: float, code_lifetime: float, refresh_lifetime: float | None
    ) -> None:
        self.clients: dict[str, str] = {DEMO_CLIENT_ID: DEMO_CLIENT_SECRET}
        self.token_lifetime = token_lifetime
        self.code_lifetime = code_lifetime
        self.refresh_lifetime = refresh_lifetime
        self.codes: dict[str, Grant] = {}
        self.access_tokens: dict[str, Grant] = {}
        self.refresh_tokens: dict[str, Grant] = {DEMO_REFRESH_TOKEN: Grant(DEMO_CLIENT_ID, DEFAULT_SCOPE)}
        self.deny_next_authorize = False  # the user clicks "deny": access_denied
        self.granted_scope: str | None = None  # grant less than asked (403 tests)

    # -- helpers for tests --------------------------------------------------------------
    def issue_tokens(self, client_id: str = DEMO_CLIENT_ID, scope: str = DEFAULT_SCOPE) -> dict:
        """Tokens as if a sign-in had just happened (for unattended-run tests)."""
        with self.lock:
            body = self._token_response(Grant(client_id, scope)).body
            assert isinstance(body, bytes)  # a token answer is never streamed
            return json.loads(body)

    def expire_access_tokens(self) -> None:
        with self.lock:
            for grant in self.access_tokens.values():
                grant.expires_at = 0.0

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            self.refresh_tokens.clear()

    def grant_for(self, access_token: str) -> Grant | None:
        """The live grant behind a bearer token, or None if unknown or expired."""
        with self.lock:
            grant = self.access_tokens.get(access_token)
            if grant is None or grant.expires_at <= self.clock():
                return None
            return grant

    # -- discovery (OpenID Connect Discovery 1.0, section 4) ------------------------------
    @route("GET", AUTH_PREFIX + DISCOVERY_PATH)
    def discovery(self, request: SimRequest) -> SimResponse:
        issuer = self.base_url + AUTH_PREFIX
        return SimResponse.json(
            {
                "issuer": issuer,
                "authorization_endpoint": issuer + AUTHORIZE_PATH,
                "token_endpoint": issuer + TOKEN_PATH,
                "response_types_supported": ["code"],
                "grant_types_supported": ["authorization_code", "refresh_token"],
                "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
                "scopes_supported": ["openid", "offline_access", READ_SCOPE, RDL_SCOPE],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
            }
        )

    # -- authorize ----------------------------------------------------------------------
    @route("GET", AUTH_PREFIX + AUTHORIZE_PATH)
    def authorize(self, request: SimRequest) -> SimResponse:
        client_id = request.arg("client_id") or ""
        redirect_uri = request.arg("redirect_uri") or ""
        # errors about the client or redirect are shown, never redirected (RFC 6749 4.1.2.1)
        if client_id not in self.clients:
            return self._page("Unknown application", f"client_id {client_id!r} is not registered.", 400)
        if not is_loopback_redirect(redirect_uri):
            return self._page(
                "Redirect refused",
                "Only loopback redirect URIs (http://127.0.0.1:port/...) are allowed.",
                400,
            )
        state = request.arg("state")

        def back(**params) -> SimResponse:
            if state is not None:
                params["state"] = state
            sep = "&" if "?" in redirect_uri else "?"
            return SimResponse(302, b"", {"Location": redirect_uri + sep + urlencode(params)})

        if request.arg("response_type") != "code":
            return back(error="unsupported_response_type")
        challenge = request.arg("code_challenge") or ""
        if request.arg("code_challenge_method") != "S256" or not re.fullmatch(
            r"[A-Za-z0-9_-]{43}", challenge
        ):
            return back(error="invalid_request", error_description="PKCE with S256 is required")
        if self.deny_next_authorize:
            self.deny_next_authorize = False
            return back(error="access_denied", error_description="The user denied access")
        scope = request.arg("scope") or DEFAULT_SCOPE
        if self.granted_scope is not None:
            scope = self.granted_scope
        code = secrets.token_urlsafe(24)
        with self.lock:
            self.codes[code] = Grant(
                client_id, scope, DEMO_USER, redirect_uri, challenge, self.clock() + self.code_lifetime
            )
        return back(code=code)

    # -- token --------------------------------------------------------------------------
    @route("POST", AUTH_PREFIX + TOKEN_PATH)
    def token(self, request: SimRequest) -> SimResponse:
        form = request.form()
        client_id, secret = self._client_credentials(request, form)
        if client_id not in self.clients or (self.clients[client_id] and secret != self.clients[client_id]):
            return self._oauth_error("invalid_client", "Client authentication failed", 401)
        grant_type = form.get("grant_type")
        with self.lock:
            if grant_type == "authorization_code":
                grant = self.codes.pop(form.get("code", ""), None)  # a code works once
                if grant is None or grant.expires_at <= self.clock() or grant.client_id != client_id:
                    return self._oauth_error("invalid_grant", "Authorization code is invalid or expired")
                if form.get("redirect_uri") != grant.redirect_uri:
                    return self._oauth_error("invalid_grant", "redirect_uri does not match")
                verifier = form.get("code_verifier", "")
                if not _VERIFIER.match(verifier) or s256(verifier) != grant.challenge:
                    return self._oauth_error("invalid_grant", "PKCE verification failed")
                return self._token_response(grant)
            if grant_type == "refresh_token":
                grant = self.refresh_tokens.pop(form.get("refresh_token", ""), None)  # rotation
                if (
                    grant is None
                    or grant.client_id != client_id
                    or (grant.expires_at and grant.expires_at <= self.clock())
                ):
                    return self._oauth_error("invalid_grant", "Refresh token is invalid or expired")
                return self._token_response(grant)
        return self._oauth_error("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")

    def _token_response(self, grant: Grant) -> SimResponse:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = self.clock()
        self.access_tokens[access] = Grant(
            grant.client_id, grant.scope, grant.user, expires_at=now + self.token_lifetime
        )
        self.refresh_tokens[refresh] = Grant(
            grant.client_id,
            grant.scope,
            grant.user,
            expires_at=now + self.refresh_lifetime if self.refresh_lifetime else 0.0,
        )
        body = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": int(self.token_lifetime),
            "refresh_token": refresh,
            "scope": grant.scope,
        }
        return SimResponse.json(body, 200, {"Cache-Control": "no-store", "Pragma": "no-cache"})

    @staticmethod
    def _client_credentials(request: SimRequest, form: dict[str, str]) -> tuple[str, str]:
        header = request.header("authorization") or ""
        if header.lower().startswith("basic "):
            try:
                user, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
            except ValueError:
                return "", ""
            return unquote_plus(user), unquote_plus(password)
        return form.get("client_id", ""), form.get("client_secret", "")

    @staticmethod
    def _oauth_error(error: str, description: str, status: int = 400) -> SimResponse:
        return SimResponse.json(
            {"error": error, "error_description": description}, status, {"Cache-Control": "no-store"}
        )

    @staticmethod
    def _page(title: str, message: str, status: int = 200) -> SimResponse:
        body = (
            f"<!doctype html><title>{html.escape(title)}</title>"
            f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>"
        )
        return SimResponse.text(body, status, "text/html; charset=utf-8")
