"""Loopback simulator of High Mobility's Fleet Clearance, Eligibility and Vehicle Data APIs.

Routes (under ``/v1``, the base URL FleetDesk is given):

- ``POST /v1/access_tokens``: OAuth2 client credentials (JSON body as in the tutorial; a
  form-encoded body is accepted too); 300 s tokens; 400 ``invalid_request`` for bad clients.
- ``POST /v1/eligibility``, ``POST|GET /v1/fleets/vehicles``, ``GET|DELETE
  /v1/fleets/vehicles/{vin}``, ``GET /v1/vehicle-data/autoapi-13/{vin}``: bearer token required,
  401 for a missing, unknown or expired one.

The clearance state machine lives in ``_highmobility_fleet``. Timings come from ``Timings``
(demo defaults show progress within a minute or two) and from ``self.clock``, so tests inject a
fake clock. Any well-formed VIN with a known brand can be cleared; the demo factory also seeds a
small fleet with a history (``DEMO_FLEET``), tests start empty.

Test hooks: ``revoke_tokens()`` makes every issued token answer 401 (as after a key rotation);
``fleet`` exposes the records.
"""
from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import replace

from fleetdesk.simulators._highmobility_fleet import SANDBOX_TIMINGS, Fleet, FleetError, Timings
from fleetdesk.simulators.framework import SimApp, SimRequest, SimResponse, route
from fleetdesk.simulators.hub import SimSpec

DEMO_CLIENT_ID = "5f2c1b0e-9a4d-4c1e-8f3a-2d7b6e0c9a11"
DEMO_CLIENT_SECRET = "hm-demo-secret-Xq7LrT2vN9"
SCOPE = "fleet:clearance vehicle:eligibility-check vehicle:data"
_UNAUTHORIZED = ('Missing or invalid authorization header. The token must be obtained through '
                 'the OAuth2 API and sent as a header with the format "Authorization: Bearer '
                 '<token>"')

__all__ = ["DEMO_CLIENT_ID", "DEMO_CLIENT_SECRET", "DEMO_FLEET", "HighMobilitySim",
           "SANDBOX_TIMINGS", "SIMULATOR", "Timings", "seed_demo_fleet"]


class HighMobilitySim(SimApp):
    name = "highmobility"
    error_body = b'{"errors": [{"title": "Internal Server Error", "detail": "simulated"}]}'

    def __init__(self, *, clock: Callable[[], float] = time.time, timings: Timings | None = None,
                 clients: dict[str, str] | None = None, business_name: str | None = None,
                 eligibility: dict[str, dict] | None = None, **delays: float):
        """``delays`` override single timings by name, e.g. ``reject=2`` or ``token_ttl=30``."""
        super().__init__(clock=clock)
        self.timings = replace(timings or Timings(), **delays)
        self.clients = dict(clients or {DEMO_CLIENT_ID: DEMO_CLIENT_SECRET})
        self.fleet = Fleet(self.timings, business_name)
        self.eligibility_overrides = dict(eligibility or {})
        self.tokens: dict[str, float] = {}   # access token -> expiry (epoch seconds)
        #: test hook: an API ("eligibility", "vehicle-data") -> the HTTP status it answers with
        #: (e.g. 403 for an app without that permission, 401, 500)
        self.unavailable: dict[str, int] = {}

    # -- auth --------------------------------------------------------------------------
    def revoke_tokens(self) -> None:
        """Invalidate every issued access token (clients must fetch a new one)."""
        with self.lock:
            self.tokens.clear()

    def before(self, request: SimRequest) -> SimResponse | None:
        if request.path == "/v1/access_tokens":
            return None
        for api, status in self.unavailable.items():
            if request.path.startswith(f"/v1/{api}"):
                return SimResponse.json({"errors": [{"title": "Unavailable", "detail":
                                                     f"{api} is not available to this app"}]}, status)
        auth = request.header("authorization") or ""
        scheme, _, token = auth.partition(" ")
        with self.lock:
            expiry = self.tokens.get(token) if scheme.lower() == "bearer" else None
            if expiry is not None and self.clock() >= expiry:
                del self.tokens[token]
                expiry = None
        if expiry is None:
            detail = "Invalid token" if token else _UNAUTHORIZED
            return SimResponse.json({"errors": [{"title": "Not Authorized", "detail": detail,
                                                 "source": "Authorization"}]}, 401)
        return None

    @route("POST", r"/v1/access_tokens")
    def access_tokens(self, request: SimRequest) -> SimResponse:
        ctype = request.header("content-type") or ""
        try:
            body = request.form() if "x-www-form-urlencoded" in ctype else (request.json() or {})
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return self._oauth_error("request body must be a JSON object")
        missing = [f"{k} can't be blank" for k in ("client_id", "client_secret", "grant_type")
                   if not body.get(k)]
        if missing:
            return self._oauth_error(", ".join(missing))
        if body["grant_type"] != "client_credentials":
            return self._oauth_error("grant_type is not supported", "unsupported_grant_type")
        expected = self.clients.get(body["client_id"])
        if expected is None:
            return self._oauth_error("client_id is invalid")
        if not secrets.compare_digest(str(body["client_secret"]), expected):
            return self._oauth_error("client_secret is invalid")
        token = "hmsim." + secrets.token_urlsafe(24)
        with self.lock:
            self.tokens[token] = self.clock() + self.timings.token_ttl
        return SimResponse.json({"access_token": token, "expires_in": int(self.timings.token_ttl),
                                 "scope": SCOPE, "token_type": "bearer"})

    @staticmethod
    def _oauth_error(description: str, error: str = "invalid_request") -> SimResponse:
        return SimResponse.json({"error": error, "error_description": description}, 400)

    # -- fleet clearance ---------------------------------------------------------------
    @route("POST", r"/v1/fleets/vehicles")
    def add_vehicles(self, request: SimRequest) -> SimResponse:
        try:
            body = request.json()
        except ValueError:
            return _error(FleetError(422, "Unprocessable Entity", "body must be JSON", "body"))
        vehicles = body.get("vehicles") if isinstance(body, dict) else None
        now = self.clock()
        with self.lock:
            self.fleet.settle(now)
            try:
                self.fleet.check_request(vehicles)
            except FleetError as exc:
                return _error(exc)
            answers = [self.fleet.add(item, now) for item in vehicles]
        return SimResponse.json({"vehicles": answers})

    @route("GET", r"/v1/fleets/vehicles")
    def list_vehicles(self, request: SimRequest) -> SimResponse:
        with self.lock:
            self.fleet.settle(self.clock())
            return SimResponse.json([self.fleet.describe(r) for r in self.fleet.records.values()])

    @route("GET", r"/v1/fleets/vehicles/(?P<vin>[^/]+)")
    def get_vehicle(self, request: SimRequest) -> SimResponse:
        with self.lock:
            self.fleet.settle(self.clock())
            try:
                return SimResponse.json(self.fleet.describe(self.fleet.get(request.params["vin"])))
            except FleetError as exc:
                return _error(exc)

    @route("DELETE", r"/v1/fleets/vehicles/(?P<vin>[^/]+)")
    def delete_vehicle(self, request: SimRequest) -> SimResponse:
        now = self.clock()
        with self.lock:
            self.fleet.settle(now)
            try:
                return SimResponse.json(self.fleet.delete(request.params["vin"], now))
            except FleetError as exc:
                return _error(exc)

    # -- eligibility and vehicle data --------------------------------------------------
    @route("POST", r"/v1/eligibility")
    def eligibility(self, request: SimRequest) -> SimResponse:
        try:
            body = request.json() or {}
        except ValueError:
            body = {}
        try:
            return SimResponse.json(self.fleet.eligibility(
                body.get("vin"), body.get("brand"), self.eligibility_overrides))
        except FleetError as exc:
            return _error(exc)

    @route("GET", r"/v1/vehicle-data/autoapi-13/(?P<vin>[^/]+)")
    def vehicle_data(self, request: SimRequest) -> SimResponse:
        now = self.clock()
        with self.lock:
            self.fleet.settle(now)
            try:
                data = self.fleet.vehicle_data(request.params["vin"], now)
            except FleetError as exc:
                return _error(exc)
        return SimResponse.json({**data, "request_id": secrets.token_hex(16)})


def _error(exc: FleetError) -> SimResponse:
    return SimResponse.json(exc.body(), exc.status)


#: The demo application's existing fleet: (vin, brand, tags, [(seconds ago, status), ...]).
_DAY = 86400.0
DEMO_FLEET = [
    ("WBA8E9G51HNU00001", "bmw", {"cost-centre": "North"},
     [(6 * _DAY + 3600, "pending"), (6 * _DAY, "approved")]),
    ("WDD2130041A000012", "mercedes-benz", {"cost-centre": "South"},
     [(2 * _DAY + 900, "pending"), (2 * _DAY, "approved")]),
    ("VF3MRHNSMJS000003", "peugeot", {},
     [(40 * _DAY, "pending"), (40 * _DAY - 600, "approved"), (3 * _DAY, "revoking"),
      (3 * _DAY - 12, "revoked")]),
    ("WAUZZZF40NA000004", "audi", {"vw-group-customer-name": "Nordlicht Logistik GmbH"},
     [(11 * _DAY, "pending"), (10 * _DAY, "rejected")]),
]


def seed_demo_fleet(sim: HighMobilitySim) -> None:
    """Give the demo application a history: approved, revoked and rejected vehicles."""
    now = sim.clock()
    with sim.lock:
        for vin, brand, tags, steps in DEMO_FLEET:
            rec = sim.fleet.seed_history(vin, brand, steps, now, tags)
            if rec.status == "approved":
                # keep the demo odometers plausible: the car reported "recently", not 6 days of
                # non-stop driving
                rec.approved_at = now - 45 * 60


def factory(**kwargs) -> HighMobilitySim:
    """Demo mode calls this without arguments (and gets a fleet with a history); tests pass
    ``clock=``, ``timings=`` or delays and start empty."""
    sim = HighMobilitySim(**kwargs)
    if not kwargs:
        seed_demo_fleet(sim)
    return sim


SIMULATOR = SimSpec("highmobility", factory, services={"highmobility": "/v1"},
                    demo_credentials={"highmobility": {"client_id": DEMO_CLIENT_ID,
                                                       "client_secret": DEMO_CLIENT_SECRET}})
