"""Loopback simulator of the Microsoft identity platform as the THG-quota API uses it.

It is served over HTTPS (``tls=True``) because MSAL Python accepts only an https authority; the
hub's test CA is trusted by clients through ``REQUESTS_CA_BUNDLE``. The authority is
``{server}/{tenant}``. Routes, as MSAL's PublicClientApplication calls them:

- ``GET /{tenant}/v2.0/.well-known/openid-configuration``: tenant discovery (MSAL fetches it while
  the application object is built; an unknown tenant answers 400 ``invalid_tenant``).
- ``GET /common/discovery/instance``: instance discovery. MSAL sends it to
  login.microsoftonline.com for any host it does not know, so clients must pass
  ``instance_discovery=False`` for this simulator; it is served anyway for clients that point
  their instance-discovery endpoint here.
- ``POST /{tenant}/oauth2/v2.0/devicecode``: starts a device flow (``user_code``,
  ``device_code``, ``verification_uri``, ``expires_in`` 900 s, ``interval`` 5 s).
- ``POST /{tenant}/oauth2/v2.0/token``: ``grant_type`` device_code (``authorization_pending``,
  ``slow_down`` when polled faster than the interval, which then grows by 5 s as in RFC 8628,
  ``expired_token``, ``access_denied``, ``bad_verification_code``) and ``refresh_token`` (rolling:
  every use returns a new refresh token; one unused for 90 days, or revoked, is refused with
  ``invalid_grant``). Access tokens last ``access_token_lifetime`` seconds (<= 3600).
- ``GET|POST /devicelogin``: the "verification page", a form to sign in (approve) or deny a code.

Test hooks: ``approve(user_code)``, ``deny(user_code)``, ``revoke(refresh_token)``,
``revoke_all()``. In demo mode a code is approved automatically ``auto_approve_after`` seconds
after it was issued. Every timing uses ``self.clock``.
"""

from __future__ import annotations

import html
import json
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from fleetdesk.simulators import _thg_tokens as tokens
from fleetdesk.simulators.framework import SimApp, SimRequest, SimResponse, route
from fleetdesk.simulators.hub import SimSpec

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
RESERVED_SCOPES = {"openid", "profile", "offline_access", "email"}
_USER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_POLL_TOLERANCE = 0.25  # seconds a poll may come early before it counts as too fast


@dataclass(frozen=True)
class User:
    oid: str
    name: str
    username: str


DEMO_USER = User("7d1e5c1a-3b2f-4a8e-9c61-0f4d2b8a9e17", "Fleet Manager", "fleet.manager@example.com")


@dataclass
class DeviceCode:
    device_code: str
    user_code: str
    client_id: str
    scope: list[str]
    issued_at: float
    expires_at: float
    interval: int
    state: str = "pending"  # pending | approved | denied | redeemed
    user: User | None = None
    last_poll_at: float | None = None
    polls: int = 0
    slow_downs: int = 0


@dataclass
class RefreshRecord:
    client_id: str
    user: User
    scope: list[str]
    issued_at: float
    last_used_at: float
    revoked: bool = False
    successor: str | None = None
    uses: list[float] = field(default_factory=list)


class ThgIdentitySim(SimApp):
    name = "thg_identity"
    error_body = b'{"error": "temporarily_unavailable", "error_description": "AADSTS90033: simulated"}'

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        tenant_id: str = tokens.DEFAULT_TENANT_ID,
        client_ids: tuple[str, ...] = (tokens.DEFAULT_CLIENT_ID,),
        access_token_lifetime: int = 3599,
        device_code_lifetime: int = 900,
        poll_interval: int = 5,
        auto_approve_after: float | None = 8.0,
        refresh_token_max_inactive: float = 90 * 86400,
        single_use_refresh_tokens: bool = False,
        refresh_token_length: int = 1500,
        user: User = DEMO_USER,
    ):
        super().__init__(clock=clock)
        if access_token_lifetime > 3600:
            raise ValueError("the THG API's access tokens last at most 60 minutes")
        self.tenant_id = tenant_id
        self.client_ids = set(client_ids)
        self.access_token_lifetime = access_token_lifetime
        self.device_code_lifetime = device_code_lifetime
        self.poll_interval = poll_interval
        self.auto_approve_after = auto_approve_after
        self.refresh_token_max_inactive = refresh_token_max_inactive
        self.single_use_refresh_tokens = single_use_refresh_tokens
        self.refresh_token_length = refresh_token_length
        self.user = user
        self.device_codes: dict[str, DeviceCode] = {}
        self.refresh_tokens: dict[str, RefreshRecord] = {}

    # -- test and demo hooks ----------------------------------------------------------
    def _by_user_code(self, user_code: str) -> DeviceCode:
        wanted = user_code.strip().upper().replace("-", "")
        for dc in self.device_codes.values():
            if dc.user_code == wanted:
                return dc
        raise KeyError(f"no device code with user code {user_code!r}")

    def approve(self, user_code: str, user: User | None = None) -> None:
        """The user signs in on the verification page and consents."""
        with self.lock:
            dc = self._by_user_code(user_code)
            if dc.state == "pending":
                dc.state, dc.user = "approved", user or self.user

    def deny(self, user_code: str) -> None:
        """The user declines on the verification page."""
        with self.lock:
            dc = self._by_user_code(user_code)
            if dc.state == "pending":
                dc.state = "denied"

    def revoke(self, refresh_token: str) -> None:
        """Revoke one refresh token (as an administrator revoking a session would)."""
        with self.lock:
            self.refresh_tokens[refresh_token].revoked = True

    def revoke_all(self) -> None:
        with self.lock:
            for record in self.refresh_tokens.values():
                record.revoked = True

    # -- discovery --------------------------------------------------------------------
    def _authority(self, tenant: str) -> str:
        return f"{self.base_url}/{tenant}"

    def _check_tenant(self, tenant: str) -> SimResponse | None:
        if tenant.lower() in (self.tenant_id, "organizations", "common"):
            return None
        return self._error(
            "invalid_tenant",
            90002,
            f"Tenant '{tenant}' not found. Check to make sure you have the correct "
            "tenant ID and are signing into the correct cloud.",
        )

    @route("GET", r"/(?P<tenant>[^/]+)/v2\.0/\.well-known/openid-configuration")
    def openid_configuration(self, request: SimRequest) -> SimResponse:
        bad = self._check_tenant(request.params["tenant"])
        if bad:
            return bad
        base = self._authority(self.tenant_id)
        return SimResponse.json(
            {
                "issuer": f"{base}/v2.0",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                "jwks_uri": f"{base}/discovery/v2.0/keys",
                "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": [
                    "client_secret_post",
                    "private_key_jwt",
                    "client_secret_basic",
                ],
                "scopes_supported": ["openid", "profile", "email", "offline_access"],
                "tenant_region_scope": "EU",
            }
        )

    @route("GET", r"/common/discovery/instance")
    def instance_discovery(self, request: SimRequest) -> SimResponse:
        host = self.base_url.split("://", 1)[-1]
        return SimResponse.json(
            {
                "tenant_discovery_endpoint": f"{self._authority(self.tenant_id)}/v2.0/.well-known/openid-configuration",
                "api-version": "1.1",
                "metadata": [{"preferred_network": host, "preferred_cache": host, "aliases": [host]}],
            }
        )

    @route("GET", r"/(?P<tenant>[^/]+)/discovery/v2\.0/keys")
    def keys(self, request: SimRequest) -> SimResponse:
        return SimResponse.json({"keys": []})  # HS256 simulator key: nothing to publish

    # -- device authorization ---------------------------------------------------------
    @route("POST", r"/(?P<tenant>[^/]+)/oauth2/v2\.0/devicecode")
    def devicecode(self, request: SimRequest) -> SimResponse:
        bad = self._check_tenant(request.params["tenant"])
        if bad:
            return bad
        form = request.form()
        client_id = form.get("client_id", "")
        bad = self._check_client(client_id)
        if bad:
            return bad
        scope = form.get("scope", "").split()
        bad = self._check_scope(client_id, scope)
        if bad:
            return bad
        now = self.clock()
        user_code = "".join(secrets.choice(_USER_CODE_ALPHABET) for _ in range(9))
        dc = DeviceCode(
            secrets.token_urlsafe(96),
            user_code,
            client_id,
            scope,
            now,
            now + self.device_code_lifetime,
            self.poll_interval,
        )
        with self.lock:
            self.device_codes[dc.device_code] = dc
        uri = f"{self.base_url}/devicelogin"
        return SimResponse.json(
            {
                "user_code": user_code,
                "device_code": dc.device_code,
                "verification_uri": uri,
                "expires_in": self.device_code_lifetime,
                "interval": self.poll_interval,
                "message": f"To sign in, use a web browser to open the page {uri} and enter the "
                f"code {user_code} to authenticate.",
            }
        )

    # -- token ------------------------------------------------------------------------
    @route("POST", r"/(?P<tenant>[^/]+)/oauth2/v2\.0/token")
    def token(self, request: SimRequest) -> SimResponse:
        bad = self._check_tenant(request.params["tenant"])
        if bad:
            return bad
        form = request.form()
        client_id = form.get("client_id", "")
        bad = self._check_client(client_id)
        if bad:
            return bad
        grant = form.get("grant_type", "")
        with self.lock:
            if grant == DEVICE_GRANT:
                return self._device_grant(form, client_id)
            if grant == "refresh_token":
                return self._refresh_grant(form, client_id)
        return self._error("unsupported_grant_type", 70003, "The app requested an unsupported grant type.")

    def _device_grant(self, form: dict[str, str], client_id: str) -> SimResponse:
        dc = self.device_codes.get(form.get("device_code", ""))
        if dc is None or dc.client_id != client_id:
            return self._error(
                "bad_verification_code", 70000, "The provided value for 'device_code' is not valid."
            )
        now = self.clock()
        dc.polls += 1
        if dc.state == "redeemed":
            return self._error(
                "invalid_grant",
                54005,
                "OAuth2 Authorization code was already redeemed, please retry with a new code.",
            )
        if now >= dc.expires_at:
            return self._error(
                "expired_token",
                70020,
                "The provided value for the input parameter 'device_code' is "
                "not valid. This device code has expired.",
            )
        too_soon = dc.last_poll_at is not None and now - dc.last_poll_at < dc.interval - _POLL_TOLERANCE
        dc.last_poll_at = now
        if too_soon:
            dc.interval += 5  # RFC 8628 3.5: for this and all subsequent requests
            dc.slow_downs += 1
            return self._error(
                "slow_down",
                70016,
                f"OAuth 2.0 device flow error. Polling too fast; wait at least {dc.interval} seconds.",
            )
        if (
            dc.state == "pending"
            and self.auto_approve_after is not None
            and now >= dc.issued_at + self.auto_approve_after
        ):
            dc.state, dc.user = "approved", self.user
        if dc.state == "denied":
            return self._error("access_denied", 70000, "The user denied the authorization request.")
        if dc.state == "pending":
            return self._error(
                "authorization_pending",
                70016,
                "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
            )
        dc.state = "redeemed"
        assert dc.user is not None
        return self._issue(client_id, dc.user, dc.scope, form)

    def _refresh_grant(self, form: dict[str, str], client_id: str) -> SimResponse:
        rt = form.get("refresh_token", "")
        record = self.refresh_tokens.get(rt)
        now = self.clock()
        if record is None or record.client_id != client_id:
            return self._error("invalid_grant", 9002313, "Invalid request. Request is malformed or invalid.")
        if record.revoked:
            return self._error(
                "invalid_grant",
                50173,
                "The provided grant has expired due to it being revoked, a fresh auth token is needed.",
            )
        if now - record.last_used_at > self.refresh_token_max_inactive:
            days = (now - record.last_used_at) / 86400
            return self._error(
                "invalid_grant",
                700082,
                "The refresh token has expired due to "
                f"inactivity. The token was inactive for {days:.2f} days.",
            )
        scope = form.get("scope", "").split() or record.scope
        bad = self._check_scope(client_id, scope) if form.get("scope") else None
        if bad:
            return bad
        record.last_used_at = now
        record.uses.append(now)
        if self.single_use_refresh_tokens:
            record.revoked = True
        response = self._issue(client_id, record.user, scope, form)
        assert isinstance(response.body, bytes)  # a token answer is never streamed
        record.successor = json.loads(response.body)["refresh_token"]
        return response

    def _issue(self, client_id: str, user: User, scope: list[str], form: dict[str, str]) -> SimResponse:
        now = int(self.clock())
        granted = [s for s in scope if s not in RESERVED_SCOPES]
        access = tokens.encode(
            {
                "aud": client_id,
                "iss": f"https://sts.windows.net/{self.tenant_id}/",
                "iat": now,
                "nbf": now,
                "exp": now + self.access_token_lifetime,
                "appid": client_id,
                "name": user.name,
                "oid": user.oid,
                "sub": user.oid,
                "scp": " ".join(s.rsplit("/", 1)[-1] for s in granted),
                "tid": self.tenant_id,
                "upn": user.username,
                "ver": "1.0",
                "jti": uuid.uuid4().hex,
            }
        )
        body = {
            "token_type": "Bearer",
            "scope": " ".join(granted),
            "expires_in": self.access_token_lifetime,
            "ext_expires_in": self.access_token_lifetime,
            "access_token": access,
        }
        if "offline_access" in scope:
            rt = "0.A" + secrets.token_urlsafe(self.refresh_token_length)[: self.refresh_token_length - 3]
            self.refresh_tokens[rt] = RefreshRecord(client_id, user, list(scope), now, now)
            body["refresh_token"] = rt
        if "openid" in scope:
            # MSAL decodes the id_token's claims without verifying its signature
            body["id_token"] = tokens.encode(
                {
                    "aud": client_id,
                    "iss": f"{self._authority(self.tenant_id)}/v2.0",
                    "iat": now,
                    "nbf": now,
                    "exp": now + 3600,
                    "name": user.name,
                    "oid": user.oid,
                    "preferred_username": user.username,
                    "sub": user.oid,
                    "tid": self.tenant_id,
                    "ver": "2.0",
                }
            )
        if form.get("client_info") == "1":
            body["client_info"] = tokens.b64url(
                json.dumps({"uid": user.oid, "utid": self.tenant_id}).encode()
            )
        return SimResponse.json(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    # -- checks and errors ------------------------------------------------------------
    def _check_client(self, client_id: str) -> SimResponse | None:
        if not client_id:
            return self._error(
                "invalid_request",
                900144,
                "The request body must contain the following parameter: 'client_id'.",
            )
        if client_id not in self.client_ids:
            return self._error(
                "unauthorized_client",
                700016,
                f"Application with identifier '{client_id}' was not found in the directory.",
            )
        return None

    def _check_scope(self, client_id: str, scope: list[str]) -> SimResponse | None:
        allowed = {f"{client_id}/{tokens.API_SCOPE}", f"api://{client_id}/{tokens.API_SCOPE}"}
        resources = [s for s in scope if s not in RESERVED_SCOPES]
        if not resources or any(s not in allowed for s in resources):
            return self._error(
                "invalid_scope",
                70011,
                f"The provided value for the input parameter 'scope' is not valid: {' '.join(scope)!r}.",
            )
        return None

    def _error(self, error: str, code: int, description: str, status: int = 400) -> SimResponse:
        trace = str(uuid.uuid4())
        return SimResponse.json(
            {
                "error": error,
                "error_description": f"AADSTS{code}: {description}\r\nTrace ID: {trace}",
                "error_codes": [code],
                "timestamp": time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime(self.clock())),
                "trace_id": trace,
                "correlation_id": str(uuid.uuid4()),
            },
            status,
        )

    # -- verification page ------------------------------------------------------------
    @route("GET", r"/devicelogin")
    def devicelogin_form(self, request: SimRequest) -> SimResponse:
        code = html.escape(request.arg("user_code", "") or "")
        return SimResponse.text(
            "<!doctype html><title>Sign in (FleetDesk simulator)</title>"
            "<h1>Enter code</h1><p>Simulated Microsoft sign-in for the THG-quota API.</p>"
            f"<form method=post><input name=user_code value='{code}' autofocus>"
            "<button name=action value=approve>Sign in</button>"
            "<button name=action value=deny>Deny</button></form>",
            content_type="text/html; charset=utf-8",
        )

    @route("POST", r"/devicelogin")
    def devicelogin_submit(self, request: SimRequest) -> SimResponse:
        form = request.form()
        try:
            (self.deny if form.get("action") == "deny" else self.approve)(form.get("user_code", ""))
        except KeyError:
            return SimResponse.text(
                "<!doctype html><p>That code was not recognised.</p>",
                400,
                content_type="text/html; charset=utf-8",
            )
        return SimResponse.text(
            "<!doctype html><p>Done. You can close this window and return to FleetDesk.</p>",
            content_type="text/html; charset=utf-8",
        )


SIMULATOR = SimSpec(
    "thg_identity", ThgIdentitySim, services={"thg_auth": f"/{tokens.DEFAULT_TENANT_ID}"}, tls=True
)
