"""High Mobility client: OAuth2 client credentials, fleet clearance, eligibility, vehicle data.

The base URL includes ``/v1`` (sandbox ``https://sandbox.api.high-mobility.com/v1``, live
``https://api.high-mobility.com/v1``, or ``FLEETDESK_HIGHMOBILITY_URL``).

Access tokens last 300 s. The client fetches a new one when less than ``refresh_margin`` (60 s)
is left, judged by an injectable clock, and a 401 on an API call triggers exactly one refresh
and one retry.

The token request is one JSON POST through ``ApiClient`` rather than Authlib's
``OAuth2Session``: High Mobility wants a JSON body (RFC 6749 prescribes a form), and going
through ``ApiClient`` keeps the shared session policy (TLS, timeouts, User-Agent, body cap,
connection-state reporting) and its typed errors for the token call too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from fleetdesk.core.clock import Clock
from fleetdesk.core.errors import AuthExpired, FieldError, Rejected, TransientError
from fleetdesk.core.http import ApiClient
from fleetdesk.core.redact import register_secret
from fleetdesk.highmobility.models import (
    Clearance,
    ClearanceRequest,
    ClearanceResult,
    Eligibility,
    VehicleData,
)

TRANSITION_MODE = "transition mode"
ALREADY_REMOVED = "already removed"


class Busy(TransientError):
    """409 "Clearance is in transition mode": not an error, try again later (stays queued).

    A plain TransientError rather than a ServerError, so the outbox says "Busy" instead of
    "the server had a problem"."""

    status = 409
    server_asked_wait = False  # our own pause: an explicit "Send now" tries at once

    def __init__(self, message: str, retry_after: float | None = 30.0):
        super().__init__(message)
        self.retry_after = retry_after
        self.busy = True


class AlreadyRemoved(Rejected):
    """409 "Clearance is already removed": a revoke/cancel that has nothing left to do."""


def _items(data, key: str) -> list[dict]:
    """The records of an answer: ``{key: [...]}``, a bare array, or one record alone."""
    if isinstance(data, dict) and isinstance(data.get(key), list):
        data = data[key]
    elif isinstance(data, dict) and "vin" in data:
        data = [data]
    return [v for v in data if isinstance(v, dict)] if isinstance(data, list) else []


class HighMobilityClient(ApiClient):
    """One method per endpoint; results are the dataclasses of ``models``."""

    def __init__(
        self,
        base_url: str,
        client_id: str,
        client_secret: str,
        *,
        clock: Clock | None = None,
        refresh_margin: float = 60.0,
        **kwargs,
    ):
        kwargs.setdefault("service", "highmobility")
        super().__init__(base_url, **kwargs)
        self._client_id, self._client_secret = client_id, client_secret
        register_secret(client_secret)
        self.clock = clock or Clock()
        self.refresh_margin = refresh_margin
        self._token: str | None = None
        self._expires_at = 0.0  # on ``clock.monotonic()``
        self._token_lock = threading.Lock()

    # -- errors --------------------------------------------------------------------------
    def parse_error(self, response) -> tuple[str, list[FieldError]]:
        """High Mobility answers ``{errors: [{title, source, detail}]}``; its OAuth endpoint
        ``{error, error_description}`` (their public OpenAPI).
        The tutorial gives no error format, so any other shape is read too: ``{message}``,
        ``{detail}``, ``{title}``, a list of strings, a JSON string, plain text, nothing."""
        try:
            body = response.json()
        except ValueError:
            return (response.text.strip() or f"HTTP {response.status_code}")[:500], []
        if isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"]:
            items = [e if isinstance(e, dict) else {"detail": str(e)} for e in body["errors"]]
            fields = [
                FieldError(str(e.get("source") or ""), str(e.get("detail") or e.get("title") or ""))
                for e in items
            ]
            message = "; ".join(str(e.get("detail") or e.get("title") or "") for e in items)
            return message or f"HTTP {response.status_code}", fields
        if isinstance(body, dict) and body.get("error"):
            return str(body.get("error_description") or body["error"])[:500], []
        if isinstance(body, dict):
            for key in ("message", "detail", "title", "description"):
                if body.get(key):
                    return str(body[key])[:500], []
        if isinstance(body, list) and body:
            return "; ".join(str(e) for e in body)[:500], []
        if isinstance(body, str) and body.strip():
            return body.strip()[:500], []
        return f"HTTP {response.status_code}", []

    # -- token -----------------------------------------------------------------------------
    def _access_token(self, *, force: bool = False) -> str:
        with self._token_lock:  # executor threads share one token and one refresh
            left = self._expires_at - self.clock.monotonic()
            if force or self._token is None or left < self.refresh_margin:
                self._fetch_token()
            return self._token  # type: ignore[return-value]

    def _fetch_token(self) -> None:
        started = self.clock.monotonic()
        try:
            response = self.request(
                "POST",
                "/access_tokens",
                json={
                    "grant_type": "client_credentials",
                    "client_id": self._client_id,
                    "client_secret": self._client_secret,
                },
            )
        except (Rejected, AuthExpired) as exc:
            # Wrong or revoked credentials (the status is not documented: 400, 401 and 403 are
            # all read so): the user must fix them in Settings; keep work queued.
            said = getattr(exc, "message", "") or str(exc)
            raise AuthExpired(f"High Mobility refused the client credentials: {said}") from exc
        data = response.json()
        token = data.get("access_token") if isinstance(data, dict) else None
        if not token:
            raise AuthExpired("High Mobility sent no access token")
        register_secret(token)
        self._token = token
        lifetime = data.get("expires_in")
        self._expires_at = started + float(300 if lifetime is None else lifetime)

    def invalidate_token(self) -> None:
        """Forget the token (e.g. after the credentials changed)."""
        with self._token_lock:
            self._token, self._expires_at = None, 0.0

    def _call(self, method: str, path: str, **kwargs):
        """An authenticated request; one refresh and retry after a 401; 409 mapped."""
        token = self._access_token()
        try:
            try:
                return self.request(method, path, headers={"Authorization": f"Bearer {token}"}, **kwargs)
            except AuthExpired:
                with self._token_lock:
                    stale = self._token == token
                # another thread may already have refreshed: only force it if it is ours
                token = self._access_token(force=stale)
                return self.request(method, path, headers={"Authorization": f"Bearer {token}"}, **kwargs)
        except Rejected as exc:
            if exc.status == 409 and TRANSITION_MODE in exc.message.lower():
                raise Busy(
                    f"High Mobility is still changing this clearance ({exc.message}); "
                    "FleetDesk tries again shortly"
                ) from exc
            if exc.status == 409 and ALREADY_REMOVED in exc.message.lower():
                raise AlreadyRemoved(exc.message, 409, exc.field_errors, exc.body) from exc
            raise

    # -- endpoints -------------------------------------------------------------------------
    def eligibility(self, vin: str, brand: str) -> Eligibility:
        """``POST /eligibility``: can this vehicle deliver data at all?"""
        return Eligibility.from_json(
            self._call("POST", "/eligibility", json={"vin": vin, "brand": brand}).json()
        )

    def add_vehicles(self, vehicles: ClearanceRequest | Iterable[ClearanceRequest]) -> list[ClearanceResult]:
        """``POST /fleets/vehicles`` for one or many VINs. A VIN the API did not take comes back
        with status ``error`` and its reason; a 422 (e.g. missing VW tag) raises Rejected."""
        items = [vehicles] if isinstance(vehicles, ClearanceRequest) else list(vehicles)
        response = self._call("POST", "/fleets/vehicles", json={"vehicles": [v.to_json() for v in items]})
        # The tutorial gives no answer: the OpenAPI's {"vehicles": [...]}, a bare array, one
        # object or no body at all are all read. Without a body, each VIN's status is looked up
        # (the clearance is asynchronous: one not listed yet counts as pending).
        data = response.json() if (response.content or b"").strip() else None
        found = _items(data, "vehicles")
        if data is None or not found:
            return [self._status_after_add(v.vin) for v in items]
        return [ClearanceResult.from_json(v) for v in found]

    def _status_after_add(self, vin: str) -> ClearanceResult:
        try:
            clearance = self.get_vehicle(vin)
        except Rejected:
            return ClearanceResult(vin, "pending")
        return ClearanceResult(vin, clearance.status)

    def add_vehicle(self, vehicle: ClearanceRequest) -> ClearanceResult:
        """One VIN; its per-VIN ``error`` answer raised as Rejected (for the outbox)."""
        results = self.add_vehicles(vehicle)
        result = next((r for r in results if r.vin == vehicle.vin), None)
        if result is None:
            raise Rejected(f"High Mobility did not answer for {vehicle.vin}", 200)
        if not result.accepted:
            reason = result.description or "not accepted"
            raise Rejected(reason, 200, [FieldError("vin", reason)])
        return result

    def list_vehicles(self) -> list[Clearance]:
        """``GET /fleets/vehicles``: every VIN ever requested, with its changelog."""
        data = self._call("GET", "/fleets/vehicles").json()
        return [Clearance.from_json(v) for v in _items(data, "vehicles")]

    def get_vehicle(self, vin: str) -> Clearance:
        """``GET /fleets/vehicles/{vin}``; Rejected(404) for a VIN never requested.

        That path is not in the tutorial (only the list is): when the server does not know the
        route (404/405), the VIN is looked up in ``GET /fleets/vehicles`` instead."""
        try:
            return Clearance.from_json(self._call("GET", f"/fleets/vehicles/{vin}").json())
        except Rejected as exc:
            if exc.status not in (404, 405):
                raise
            refusal = exc
        found = next((c for c in self.list_vehicles() if c.vin == vin), None)
        if found is None:
            raise Rejected(f"High Mobility has no clearance for {vin}", 404) from refusal
        return found

    def delete_vehicle(self, vin: str) -> ClearanceResult:
        """``DELETE /fleets/vehicles/{vin}``: cancels while pending, revokes when approved.
        Busy while revoking/canceling; AlreadyRemoved when nothing is left to revoke."""
        response = self._call("DELETE", f"/fleets/vehicles/{vin}")
        # no body is documented: an empty 200/202/204 means "taken", status not said ("")
        data = response.json() if (response.content or b"").strip() else None
        return ClearanceResult.from_json(data) if isinstance(data, dict) else ClearanceResult(vin, "")

    def vehicle_data(self, vin: str) -> VehicleData:
        """``GET /vehicle-data/autoapi-13/{vin}``; Rejected(403) unless the VIN is approved."""
        return VehicleData.from_json(vin, self._call("GET", f"/vehicle-data/autoapi-13/{vin}").json())
