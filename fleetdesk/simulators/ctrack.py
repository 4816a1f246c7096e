"""Loopback simulator of the Ctrack Fleet (WCF/REST) API.

Base URL: ``<server>/DCTTPIEngine/TPIEngine/REST``. Every call is a GET. ``Membership/Login``
takes ``Username``/``Password`` (demo: API_Demo / Password01) and answers a session token that then
sits in the path: ``/<Module>/<token>/<Method>``. Sessions last ``session_minutes`` (60) from login.

Errors (how the spec shows them): a JSON body ``{"ErrorCode": "<Name> = <n>"}``. The spec names
only ``Success = 0`` and ``AuthorisationFailed = 4`` (also what a bad login answers here); the
other names below are this simulator's choice. Bad parameters and rate limiting answer HTTP 400
("Bad request – malformed or missing parameters" / "– rate limit exceeded"); a missing or expired
session answers ``AuthorisationFailed = 4`` with HTTP ``auth_failure_status`` (200 by default,
as the samples show; 401 to test the other reading) and body ``auth_failure_body`` ("json", "text"
or "empty": the spec gives the status "Unauthenticated – invalid or missing API key" and no body).
Throttling is documented as HTTP 400 "rate limit exceeded" or 401 "invalid or throttled API key",
body not given: ``force_rate_limit`` picks the status and the body form. Success bodies carry ``ErrorCode: 0``
(Login: ``"Success = 0"``). The samples of GetVehicleTripsDetailed and the queue Gets show one
bare record: they answer a JSON array of such records.

Model: ``ctrack_fleet`` (vehicles, fixes, trips), ``ctrack_queues`` (queue semantics),
``ctrack_wire`` (JSON shapes), ``ctrack_geo`` (places and routes around Brussels/Antwerp).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from fleetdesk.simulators import ctrack_wire as wire
from fleetdesk.simulators.ctrack_api import PREFIX, TOKEN, ApiRoutes
from fleetdesk.simulators.ctrack_fleet import Fleet, FleetOptions
from fleetdesk.simulators.ctrack_queues import (
    QueueError,
    QueueOptions,
    Queues,
    parse_kind,
    parse_limit,
    parse_tags,
)
from fleetdesk.simulators.framework import SimRequest, SimResponse, route
from fleetdesk.simulators.hub import SimSpec

QUEUES = "(?i)" + PREFIX + "/Queues" + TOKEN
ERROR_CODES = {
    "Success": 0,
    "InvalidParameter": 2,  # simulator's choice
    "AuthorisationFailed": 4,  # from the spec
    "RateLimitExceeded": 11,  # simulator's choice
    "QueueNotSubscribed": 12,  # simulator's choice
    "InvalidDeliveryTag": 13,  # simulator's choice
}


def error_body(code: str, message: str | None = None) -> dict:
    body = {"ErrorCode": f"{code} = {ERROR_CODES[code]}"}
    if message:
        body["Message"] = message
    return body


class CtrackSimulator(ApiRoutes):
    """The Ctrack API over a deterministic fleet. Keyword arguments make every timing testable."""

    name = "ctrack"

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        vehicles: int = 25,
        position_interval: float = 15.0,
        heartbeat: float = 900.0,
        stale_hours: float = 6.0,
        future_offset: float = 3 * 3600.0,
        late_period: float = 900.0,
        late_outage: float = 300.0,
        session_minutes: int = 60,
        auth_failure_status: int = 200,
        auth_failure_body: str = "json",
        queue_start_delay: float = 5.0,
        visibility_timeout: float = 0.0,
        message_ttl: float = 86_400.0,
        queue_lapse_days: float = 14.0,
        max_queue_length: int = 500_000,
        trips_batch_hour_utc: int = 2,
        redelivery_tags: str = "keep",
        rate_limit: tuple[float, int] | None = (50.0, 300),
        username: str = "API_Demo",
        password: str = "Password01",
        user_id: int = 89471,
    ):
        super().__init__(clock=clock)  # the default honours FLEETDESK_FAKE_NOW (framework.sim_time)
        if not 1 <= vehicles <= 5000:
            raise ValueError("vehicles must be from 1 to 5000")
        # self.clock, never the raw ``clock`` argument: time.time would ignore FLEETDESK_FAKE_NOW
        self.fleet = Fleet(
            FleetOptions(
                vehicles, position_interval, heartbeat, stale_hours, future_offset, late_period, late_outage
            ),
            self.clock(),
        )
        self.queues = Queues(
            QueueOptions(
                queue_start_delay,
                visibility_timeout,
                message_ttl,
                queue_lapse_days * 86_400.0,
                max_queue_length,
                trips_batch_hour_utc,
                redelivery_tags,
            )
        )
        self.session_minutes = session_minutes
        self.auth_failure_status = auth_failure_status
        self.auth_failure_body = auth_failure_body
        self.rate_limit = rate_limit
        self.username, self.password, self.user_id = username, password, user_id
        self.sessions: dict[str, float] = {}  # token -> expiry (epoch seconds)
        self._bucket = float(rate_limit[1]) if rate_limit else 0.0
        self._bucket_at = self.clock()
        self._forced_rate_limits = 0
        self._forced_rate_status, self._forced_rate_body = 400, "json"
        self.record_errors = {}  # node id -> per-record ErrorCode (see ApiRoutes)
        #: what a Get on a lapsed or never-subscribed queue answers (not documented): "error"
        #: (ErrorCode QueueNotSubscribed) or "empty" (an empty list, as if nothing came)
        self.lapsed_queue_answer = "error"

    # -- test and demo controls ------------------------------------------------------------
    def expire_sessions(self) -> None:
        """Forget every session (as a server restart would): the next call gets AuthorisationFailed."""
        with self.lock:
            self.sessions.clear()

    def force_rate_limit(self, count: int = 1, status: int = 400, body: str = "json") -> None:
        """The next ``count`` requests (Login too) answer the rate-limit error: HTTP 400 "rate limit
        exceeded" or 401 "throttled API key", with a ``body`` of "json", "text", "empty" or
        "opaque" (JSON with a bare code and no words: 400 ``{"ErrorCode": 11}``, 401
        ``{"ErrorCode": "AuthorisationFailed = 4"}``; nothing says "rate limit")."""
        with self.lock:
            self._forced_rate_limits = count
            self._forced_rate_status, self._forced_rate_body = status, body

    def vehicles_of_kind(self, kind: str) -> list[int]:
        """Node ids of the vehicles of one kind (moving, parked, idling, stale, future, late)."""
        return [v.node_id for v in self.fleet.vehicles if v.kind == kind]

    # -- cross-cutting ---------------------------------------------------------------------
    def error(
        self, code: str, message: str | None = None, status: int = 200, body: str = "json"
    ) -> SimResponse:
        if body == "empty":
            return SimResponse(status, b"", {}, "text/plain")
        if body == "text":
            return SimResponse(status, (message or code).encode(), {}, "text/plain; charset=utf-8")
        return SimResponse.json(error_body(code, message), status)

    def _rate_limited(self, now: float) -> SimResponse | None:
        with self.lock:
            if self._forced_rate_limits > 0:
                self._forced_rate_limits -= 1
                status, body = self._forced_rate_status, self._forced_rate_body
                message = (
                    "Authentication failed – invalid or throttled API key"
                    if status == 401
                    else "Bad request – rate limit exceeded"
                )
                code = "AuthorisationFailed" if status == 401 else "RateLimitExceeded"
                if body == "opaque":
                    return (
                        self.error(code, None, status)
                        if status == 401
                        else SimResponse.json({"ErrorCode": ERROR_CODES[code]}, status)
                    )
                return self.error(code, message, status, body)
        if self._rate_ok(now):
            return None
        return self.error("RateLimitExceeded", "Bad request – rate limit exceeded", 400)

    def _rate_ok(self, now: float) -> bool:
        with self.lock:
            if self.rate_limit is None:
                return True
            rate, burst = self.rate_limit
            self._bucket = min(float(burst), self._bucket + max(0.0, now - self._bucket_at) * rate)
            self._bucket_at = now
            if self._bucket < 1.0:
                return False
            self._bucket -= 1.0
            return True

    def before(self, request: SimRequest) -> SimResponse | None:
        now = self.clock()
        limited = self._rate_limited(now)
        if limited is not None:
            return limited
        token = request.params.get("token")
        if token is not None:
            with self.lock:
                expiry = self.sessions.get(token)
            if expiry is None or expiry <= now:
                return self.error(
                    "AuthorisationFailed",
                    "Unauthenticated – invalid or missing API key",
                    self.auth_failure_status,
                    self.auth_failure_body,
                )
        return None

    def dispatch(self, request: SimRequest) -> SimResponse:
        try:
            return super().dispatch(request)
        except QueueError as exc:
            return self.error(exc.code, exc.message, exc.status)

    # -- Membership ------------------------------------------------------------------------
    @route("GET", "(?i)" + PREFIX + "/Membership/Login")
    def login(self, request: SimRequest) -> SimResponse:
        username, password = self.arg(request, "Username"), self.arg(request, "Password")
        if not username or password is None:
            raise QueueError("InvalidParameter", "Username and Password are required", 400)
        if username.lower() != self.username.lower() or password != self.password:
            return SimResponse.json(
                {
                    "ErrorCode": "AuthorisationFailed = 4",
                    "UserId": 0,
                    "SessionToken": None,
                    "SessionDurationMinutes": 0,
                    "xml": None,
                }
            )
        now = self.clock()
        token = str(uuid.uuid4())
        with self.lock:
            self.sessions = {t: e for t, e in self.sessions.items() if e > now}
            self.sessions[token] = now + self.session_minutes * 60
        return SimResponse.json(
            {
                "ErrorCode": "Success = 0",
                "UserId": self.user_id,
                "SessionToken": token,
                "SessionDurationMinutes": self.session_minutes,
                "xml": None,
            }
        )

    @route("GET", "(?i)" + PREFIX + "/Membership/GetServiceVersion")
    def service_version(self, request: SimRequest) -> SimResponse:
        return SimResponse.json({"ErrorCode": 0, "Version": {"Result": "4.4.13.8"}})

    # -- Queues ----------------------------------------------------------------------------
    def _feed(self, kind: str, now: float) -> None:
        """Queue what arrived since the last look (lazily: the fleet is a function of time)."""
        q = self.queues.peek(kind, now)
        if q is None or now <= q.fed_until:
            return
        fleet, options = self.fleet, self.queues.options
        if kind == "Positions":
            rate = fleet.options.count / fleet.options.interval_s
            start = max(q.fed_until, now - options.ttl_s, now - options.max_length / rate)
            for fix in fleet.arriving(start, now):
                q.push(fix, fix.arrival)
        elif kind == "Trips":
            # "populate once a day with all the trips over the previous 24 hours"
            hour = options.trips_batch_hour_utc * 3600
            batch = (q.fed_until - hour) // 86_400 * 86_400 + hour + 86_400
            while batch <= now:
                if batch > now - options.ttl_s:
                    for vi, n in fleet.trips_ending(batch - 86_400, batch):
                        q.push((vi, n), batch)
                batch += 86_400
        q.fed_until = now

    def _render(self, kind: str, message) -> dict:
        if kind == "Positions":
            fix = message.ref
            return wire.detailed_position(self.fleet, self.fleet.vehicles[fix.vidx], fix, message.tag)
        vi, n = message.ref
        return wire.trip_detailed(self.fleet, self.fleet.vehicles[vi], n, message.tag)

    def _queue_get(self, request: SimRequest, kind: str) -> SimResponse:
        autoack = self.flag(request, "autoack")
        limit = parse_limit(self.arg(request, "limit"))
        now = self.clock()
        with self.lock:
            if self.lapsed_queue_answer == "empty" and self.queues.peek(kind, now) is None:
                return SimResponse.json([])
            q = self.queues.get(kind, now)
            if kind != "Scripts":
                self._feed(kind, now)
            messages = q.take(limit, autoack, now)
            return SimResponse.json([self._render(kind, m) for m in messages])

    @route("GET", QUEUES + "Subscribe")
    def subscribe(self, request: SimRequest) -> SimResponse:
        kind = parse_kind(self.arg(request, "type"))
        self.flag(request, "directAccess")
        with self.lock:
            self.queues.subscribe(kind, self.clock())
        return SimResponse.json({"ErrorCode": 0, "Subscribe": "Success"})

    @route("GET", QUEUES + "Unsubscribe")
    def unsubscribe(self, request: SimRequest) -> SimResponse:
        kind = parse_kind(self.arg(request, "type"))
        self.flag(request, "directAccess")  # required by the spec, as for Subscribe
        with self.lock:
            self.queues.unsubscribe(kind, self.clock())
        return SimResponse.json({"ErrorCode": 0, "Subscribe": "Success"})

    @route("GET", QUEUES + "Ack")
    def ack(self, request: SimRequest) -> SimResponse:
        kind = parse_kind(self.arg(request, "type"))
        tag = parse_tags(self.arg(request, "Tags"))
        now = self.clock()
        with self.lock:
            self.queues.get(kind, now).ack(tag, now)
        return SimResponse.json({"ErrorCode": 0, "Result": "Success"})

    @route("GET", QUEUES + "GetPositions")
    def get_positions(self, request: SimRequest) -> SimResponse:
        return self._queue_get(request, "Positions")

    @route("GET", QUEUES + "GetTrips")
    def get_queued_trips(self, request: SimRequest) -> SimResponse:
        return self._queue_get(request, "Trips")

    @route("GET", QUEUES + "GetScripts")
    def get_scripts(self, request: SimRequest) -> SimResponse:
        # extended data from certain unit types only; none of the simulated units send any
        return self._queue_get(request, "Scripts")


def make_simulator(**kwargs) -> CtrackSimulator:
    """Demo defaults with no arguments: 25 vehicles around Brussels, queues starting in 5 s."""
    return CtrackSimulator(**kwargs)


DEMO_USERNAME, DEMO_PASSWORD = "API_Demo", "Password01"  # the spec's documented defaults

SIMULATOR = SimSpec(
    "ctrack",
    make_simulator,
    services={"ctrack": PREFIX},
    demo_credentials={"ctrack": {"username": DEMO_USERNAME, "password": DEMO_PASSWORD}},
)
