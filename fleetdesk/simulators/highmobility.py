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
_UNAUTHORIZED = (
    "Missing or invalid authorization header. The token must be obtained through "
    'the OAuth2 API and sent as a header with the format "Authorization: Bearer '
    '<token>"'
)

__all__ = [
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "DEMO_FLEET",
    "HighMobilitySim",
    "SANDBOX_TIMINGS",
    "SIMULATOR",
    "Timings",
    "seed_demo_fleet",
]


class HighMobilitySim(SimApp):
    name = "highmobility"
    error_body = b'{"errors": [{"title": "Internal Server Error", "detail": "simulated"}]}'

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        timings: Timings | None = None,
        clients: dict[str, str] | None = None,
        business_name: str | None = None,
        eligibility: dict[str, dict] | None = None,
        **delays: float,
    ):
        """``delays`` override single timings by name, e.g. ``reject=2`` or ``token_ttl=30``."""
        super().__init__(clock=clock)
        self.timings = replace(timings or Timings(), **delays)
        self.clients = dict(clients or {DEMO_CLIENT_ID: DEMO_CLIENT_SECRET})
        self.fleet = Fleet(self.timings, business_name)
        self.eligibility_overrides = dict(eligibility or {})
        self.tokens: dict[str, float] = {}  # access token -> expiry (epoch seconds)
        #: test hook: an API ("eligibility", "vehicle-data") -> the HTTP status it answers with
        #: (e.g. 403 for an app without that permission, 401, 500)
        self.unavailable: dict[str, int] = {}
        # Where the tutorial is silent the simulator can answer each reading (tests set these;
        # the defaults are High Mobility's public OpenAPI shapes):
        #: refused client credentials: (HTTP status, body "oauth" | "errors" | "text" | "empty")
        self.token_refusal: tuple[int, str] = (400, "oauth")
        #: POST answer: "openapi" ({"vehicles": [...]}), "array" ([...]) or "empty" (204)
        self.add_answer = "openapi"
        #: a VIN or brand the API does not take: per VIN (status "error" + description) or the
        #: whole request refused with 422
        self.per_vin_errors = True
        #: GET /fleets/vehicles/{vin} (not in the tutorial): False answers 405 as for an
        #: unknown route, so only the list can be read
        self.single_vehicle_route = True
        #: DELETE answer: "openapi" ({vin, status}), "empty" (204) or "accepted" (202, no body)
        self.delete_answer = "openapi"
        #: error bodies: "errors" ({errors: [{title, source, detail}]}), "message"
        #: ({"message": ...}), "text" (plain text) or "empty"
        self.error_style = "errors"
        #: 429s without a Retry-After header (the tutorial names no rate limit at all)
        self.retry_after_header = True

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
                return SimResponse.json(
                    {"errors": [{"title": "Unavailable", "detail": f"{api} is not available to this app"}]},
                    status,
                )
        auth = request.header("authorization") or ""
        scheme, _, token = auth.partition(" ")
        with self.lock:
            expiry = self.tokens.get(token) if scheme.lower() == "bearer" else None
            if expiry is not None and self.clock() >= expiry:
                del self.tokens[token]
                expiry = None
        if expiry is None:
            detail = "Invalid token" if token else _UNAUTHORIZED
            return SimResponse.json(
                {"errors": [{"title": "Not Authorized", "detail": detail, "source": "Authorization"}]}, 401
            )
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
        missing = [
            f"{k} can't be blank" for k in ("client_id", "client_secret", "grant_type") if not body.get(k)
        ]
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
        return SimResponse.json(
            {
                "access_token": token,
                "expires_in": int(self.timings.token_ttl),
                "scope": SCOPE,
                "token_type": "bearer",
            }
        )

    def _oauth_error(self, description: str, error: str = "invalid_request") -> SimResponse:
        status, body = self.token_refusal
        if body == "errors":
            return SimResponse.json({"errors": [{"title": error, "detail": description}]}, status)
        if body == "text":
            return SimResponse(status, description.encode(), {}, "text/plain; charset=utf-8")
        if body == "empty":
            return SimResponse(status, b"", {}, "text/plain")
        return SimResponse.json({"error": error, "error_description": description}, status)

    def rate_limited(self, request: SimRequest) -> SimResponse:
        if self.retry_after_header:
            return super().rate_limited(request)
        return SimResponse.json({"errors": [{"title": "Too Many Requests"}]}, 429)

    def error(self, exc: FleetError) -> SimResponse:
        """A refusal in the body style ``error_style`` chose."""
        if self.error_style == "message":
            return SimResponse.json({"message": exc.detail}, exc.status)
        if self.error_style == "text":
            return SimResponse(exc.status, exc.detail.encode(), {}, "text/plain; charset=utf-8")
        if self.error_style == "empty":
            return SimResponse(exc.status, b"", {}, "text/plain")
        return SimResponse.json(exc.body(), exc.status)

    # -- fleet clearance ---------------------------------------------------------------
    @route("POST", r"/v1/fleets/vehicles")
    def add_vehicles(self, request: SimRequest) -> SimResponse:
        try:
            body = request.json()
        except ValueError:
            return self.error(FleetError(422, "Unprocessable Entity", "body must be JSON", "body"))
        vehicles = body.get("vehicles") if isinstance(body, dict) else None
        now = self.clock()
        with self.lock:
            self.fleet.settle(now)
            try:
                self.fleet.check_request(vehicles)
                if not self.per_vin_errors:
                    for i, item in enumerate(vehicles or ()):  # check_request: a list
                        problem = self.fleet.item_problem(item)
                        if problem:
                            raise FleetError(422, "Unprocessable Entity", problem, f"vehicles[{i}]")
            except FleetError as exc:
                return self.error(exc)
            answers = [self.fleet.add(item, now) for item in vehicles or ()]
        if self.add_answer == "array":
            return SimResponse.json(answers)
        if self.add_answer == "empty":
            return SimResponse(204, b"", {}, "application/json")
        return SimResponse.json({"vehicles": answers})

    @route("GET", r"/v1/fleets/vehicles")
    def list_vehicles(self, request: SimRequest) -> SimResponse:
        with self.lock:
            self.fleet.settle(self.clock())
            return SimResponse.json([self.fleet.describe(r) for r in self.fleet.records.values()])

    @route("GET", r"/v1/fleets/vehicles/(?P<vin>[^/]+)")
    def get_vehicle(self, request: SimRequest) -> SimResponse:
        if not self.single_vehicle_route:
            return self.method_not_allowed(request)
        with self.lock:
            self.fleet.settle(self.clock())
            try:
                return SimResponse.json(self.fleet.describe(self.fleet.get(request.params["vin"])))
            except FleetError as exc:
                return self.error(exc)

    @route("DELETE", r"/v1/fleets/vehicles/(?P<vin>[^/]+)")
    def delete_vehicle(self, request: SimRequest) -> SimResponse:
        now = self.clock()
        with self.lock:
            self.fleet.settle(now)
            try:
                answer = self.fleet.delete(request.params["vin"], now)
            except FleetError as exc:
                return self.error(exc)
        if self.delete_answer == "empty":
            return SimResponse(204, b"", {}, "application/json")
        if self.delete_answer == "accepted":
            return SimResponse(202, b"", {}, "application/json")
        return SimResponse.json(answer)

    # -- eligibility and vehicle data --------------------------------------------------
    @route("POST", r"/v1/eligibility")
    def eligibility(self, request: SimRequest) -> SimResponse:
        try:
            body = request.json() or {}
        except ValueError:
            body = {}
        try:
            return SimResponse.json(
                self.fleet.eligibility(body.get("vin"), body.get("brand"), self.eligibility_overrides)
            )
        except FleetError as exc:
            return self.error(exc)

    @route("GET", r"/v1/vehicle-data/autoapi-13/(?P<vin>[^/]+)")
    def vehicle_data(self, request: SimRequest) -> SimResponse:
        now = self.clock()
        with self.lock:
            self.fleet.settle(now)
            try:
                data = self.fleet.vehicle_data(request.params["vin"], now)
            except FleetError as exc:
                return self.error(exc)
        return SimResponse.json({**data, "request_id": secrets.token_hex(16)})


#: The demo application's existing fleet: (vin, brand, tags, [(seconds ago, status), ...]).
_DAY = 86400.0
DEMO_FLEET = [
    (
        "WBA8E9G51HNU00001",
        "bmw",
        {"cost-centre": "North"},
        [(6 * _DAY + 3600, "pending"), (6 * _DAY, "approved")],
    ),
    (
        "WDD2130041A000012",
        "mercedes-benz",
        {"cost-centre": "South"},
        [(2 * _DAY + 900, "pending"), (2 * _DAY, "approved")],
    ),
    (
        "VF3MRHNSMJS000003",
        "peugeot",
        {},
        [
            (40 * _DAY, "pending"),
            (40 * _DAY - 600, "approved"),
            (3 * _DAY, "revoking"),
            (3 * _DAY - 12, "revoked"),
        ],
    ),
    (
        "WAUZZZF40NA000004",
        "audi",
        {"vw-group-customer-name": "Nordlicht Logistik GmbH"},
        [(11 * _DAY, "pending"), (10 * _DAY, "rejected")],
    ),
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


SIMULATOR = SimSpec(
    "highmobility",
    factory,
    services={"highmobility": "/v1"},
    demo_credentials={"highmobility": {"client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET}},
)
