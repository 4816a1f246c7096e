"""Car-Pass professional REST services v1.0, simulated (base path ``/api``).

Demo credentials (HTTP Basic; the username is the establishment number):
    username 2123456791, password demo-carpass  (enterprise 0412345614; establishments
    2123456791 and 2234567818). A second garage: 2345678942 / other-garage (enterprise 0876543270).

Endpoints: POST /observation, GET /observation/{guid}/status, POST .../correction,
POST .../confirm, GET .../status/vhr?language=NL|FR|DE|EN.

Behaviour (see carpass_rules / carpass_state for the rules):
- Structural problems answer 400 ``{"errors": [{"field", "message"}]}``; data problems are found
  asynchronously: the status is ONGOING for ``ongoing_seconds`` (``vhr_ongoing_seconds`` for a
  VHR, longer for vehicles with slow external sources), then PROCESSED, ISSUE, ERROR or
  REVIEWING. REVIEWING (odometer replaced, late registrations, confirmed 001/002/101 issues)
  ends after ``review_seconds`` (None: only ``finish_review``).
- A correction or a confirm answers a new requestGuid; every issue of the original closes at
  once and the original's status follows its successor.
- Maintenance window: Thursday 19:00-24:00 Brussels time (``maintenance="auto"``, or True/False
  to force): every call answers 503 with Retry-After (seconds until midnight).
- A VHR request that is PROCESSED still needs its report built: ``GET .../status/vhr`` answers
  ``{"status": "ONGOING"}`` for ``vhr_report_seconds`` more (Annex 2 check 3).
- The client-software-builder/-name/-version headers are recorded per request. Status calls
  (``/status`` and ``/status/vhr``) that break the polling rules are refused with 429 and a
  Retry-After, and recorded in ``violations``: a first call < 1 s after the POST, or a call
  < 10 s after an ONGOING answer for the same request (spec: at most 1 request in 10 s while
  ONGOING; the spec does not say what the server answers, so the simulator refuses).
- Basic credentials are decoded as UTF-8 (Annex 1 names no charset; UTF-8 is what servers such as
  Spring use), so a password with accents works only when the client encodes it as UTF-8.
- A reading sent again while the same user's first request for that vehicle and date is still
  open (ISSUE or REVIEWING) or registered answers ISSUE 150 and leaves the first request as it
  was; a different km for the same vehicle, user and date answers ERROR 151 (spec: "The second
  reading will generate an error and will be rejected").
"""

from __future__ import annotations

import base64
import binascii
import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from fleetdesk.simulators.carpass_data import (
    DEMO_ENTERPRISE,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    Vehicle,
    demo_accounts,
    demo_vehicles,
)
from fleetdesk.simulators.carpass_pdf import LABELS, vhr_pdf
from fleetdesk.simulators.carpass_rules import VHR, Observation, make_issue, validate
from fleetdesk.simulators.carpass_state import ERROR, ISSUE, ONGOING, PROCESSED, REVIEWING, World
from fleetdesk.simulators.framework import SimApp, SimRequest, SimResponse, route
from fleetdesk.simulators.hub import SimSpec

__all__ = ["CarPassSim", "SIMULATOR", "DEMO_USERNAME", "DEMO_PASSWORD", "BRUSSELS"]

BRUSSELS = ZoneInfo("Europe/Brussels")
PUBLIC_VHR_URL = "https://public.car-pass.be/vhr/{guid}"
_GUID = r"/api/observation/(?P<guid>[^/]+)"


@dataclass
class Req:
    """One request the simulator accepted: an observation, a correction or a confirm."""

    guid: str
    username: str
    obs: Observation
    kind: str  # observation, correction, confirm
    created_at: float
    ready_at: float  # ONGOING until then
    status: str = ONGOING  # the verdict shown once ready
    issues: list[dict] = field(default_factory=list)
    vehicle: Vehicle | None = None
    store_when_done: bool = False  # register the reading when a review approves it
    replaced: bool = False
    parent: str | None = None
    successor: str | None = None
    review_done_at: float | None = None
    client_software: tuple[str | None, str | None, str | None] = (None, None, None)
    last_status_at: float | None = None
    last_answer: str | None = None
    last_vhr_at: float | None = None
    last_vhr_answer: str | None = None


def _error(status: int, fld: str, message: str, headers: dict | None = None) -> SimResponse:
    return SimResponse.json({"errors": [{"field": fld, "message": message}]}, status, headers)


class CarPassSim(SimApp):
    name = "carpass"

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        ongoing_seconds: float = 2.0,
        vhr_ongoing_seconds: float = 6.0,
        vhr_report_seconds: float = 3.0,
        review_seconds: float | None = 20.0,
        excessive_km_per_day: int = 1000,
        late_review_days: int = 30,
        maintenance: bool | str = "auto",
        seed: bool = True,
    ):
        super().__init__(clock=clock)
        self.ongoing_seconds = ongoing_seconds
        self.vhr_ongoing_seconds = vhr_ongoing_seconds
        self.vhr_report_seconds = vhr_report_seconds
        self.review_seconds = review_seconds
        self.maintenance = maintenance
        self.accounts = demo_accounts()
        self.world = World(
            demo_vehicles(self.today()) if seed else [],
            excessive_km_per_day=excessive_km_per_day,
            late_review_days=late_review_days,
        )
        self.requests: dict[str, Req] = {}
        self.violations: list[str] = []
        self._issue_number = 48210

    # -- time and maintenance -------------------------------------------------------------
    def local_now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), BRUSSELS)

    def today(self) -> date:
        return self.local_now().date()

    def in_maintenance(self) -> bool:
        if self.maintenance != "auto":
            return bool(self.maintenance)
        now = self.local_now()
        return now.weekday() == 3 and now.hour >= 19

    def _seconds_to_midnight(self) -> int:
        now = self.local_now()
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), BRUSSELS)
        return max(1, int((midnight - now).total_seconds()))

    # -- auth -----------------------------------------------------------------------------
    def _username(self, request: SimRequest) -> str | None:
        header = request.header("authorization") or ""
        if not header.startswith("Basic "):
            return None
        try:
            raw = base64.b64decode(header[6:], validate=True)
            user, _, password = raw.decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        account = self.accounts.get(user)
        return user if account is not None and account.password == password else None

    def before(self, request: SimRequest) -> SimResponse | None:
        if self.in_maintenance():
            return _error(
                503,
                "",
                "Car-Pass is in its weekly maintenance window "
                "(Thursday 19:00-24:00 CET). Please try again later.",
                {"Retry-After": str(self._seconds_to_midnight())},
            )
        if self._username(request) is None:
            return SimResponse.json(
                {"status": 401, "error": "Unauthorized", "message": "Bad credentials", "path": request.path},
                401,
                {"WWW-Authenticate": 'Basic realm="Car-Pass"'},
            )
        return None

    # -- requests -------------------------------------------------------------------------
    def _new_req(self, request: SimRequest, obs: Observation, kind: str, parent: str | None = None) -> Req:
        now = self.clock()
        user = self._username(request) or ""
        pending = self._pending_same_day(user, obs, exclude=parent)
        verdict = self.world.evaluate(obs, user, self.today(), pending)
        req = Req(
            str(uuid.uuid4()),
            user,
            obs,
            kind,
            now,
            now + self._ongoing_for(obs, verdict),
            verdict.status,
            [self._issue(t, p) for t, p in verdict.issues],
            verdict.vehicle,
            parent=parent,
            client_software=self._software(request),
        )
        req.replaced = obs.obs_type == "ODOMETER_REPLACED"
        if verdict.status == PROCESSED:
            self.world.store(verdict.vehicle, obs, user)
        elif verdict.status == REVIEWING:
            self._start_review(req)
        self.requests[req.guid] = req
        return req

    def _pending_same_day(self, user: str, obs: Observation, exclude: str | None) -> list[int]:
        """km of this user's live requests (not stored yet) for the same vehicle and date;
        ``exclude``: the request being corrected."""
        vehicle, _ = self.world.identify(obs)
        if vehicle is None:
            return []
        return [
            r.obs.km
            for r in self.requests.values()
            if r.username == user
            and r.successor is None
            and r.guid != exclude
            and r.vehicle is vehicle
            and r.obs.day == obs.day
            and r.status in (ISSUE, REVIEWING)
        ]

    def _ongoing_for(self, obs: Observation, verdict) -> float:
        if obs.obs_type != VHR:
            return self.ongoing_seconds
        slow = verdict.vehicle.vhr_delay if verdict.vehicle is not None else None
        return max(self.vhr_ongoing_seconds, slow or 0.0)

    def _issue(self, issue_type: str, params: dict) -> dict:
        self._issue_number += 1
        return make_issue(issue_type, self._issue_number, **params)

    @staticmethod
    def _software(request: SimRequest) -> tuple[str | None, str | None, str | None]:
        return (
            request.header("client-software-builder"),
            request.header("client-software-name"),
            request.header("client-software-version"),
        )

    def _start_review(self, req: Req) -> None:
        req.status, req.store_when_done = REVIEWING, True
        if self.review_seconds is not None:
            req.review_done_at = max(req.ready_at, self.clock()) + self.review_seconds

    def finish_review(self, guid: str, approve: bool = True) -> None:
        """End a REVIEWING request as a Car-Pass employee would: PROCESSED or ERROR."""
        with self.lock:
            req = self.requests[guid]
            if req.status != REVIEWING:
                raise ValueError(f"{guid} is {req.status}, not REVIEWING")
            if approve and req.store_when_done:
                req.vehicle = self.world.store(req.vehicle, req.obs, req.username, replaced=req.replaced)
            req.status = PROCESSED if approve else ERROR
            req.review_done_at = None

    def head(self, req: Req) -> Req:
        """The newest request of a correction/confirm chain."""
        while req.successor is not None:
            req = self.requests[req.successor]
        return req

    def current(self, req: Req) -> tuple[str, list[dict]]:
        """What the status call answers now."""
        req = self.head(req)
        now = self.clock()
        if now < req.ready_at:
            return ONGOING, []
        if req.status == REVIEWING and req.review_done_at is not None and now >= req.review_done_at:
            self.finish_review(req.guid)
        return req.status, (list(req.issues) if req.status in (ISSUE, ERROR) else [])

    def _own(self, request: SimRequest) -> Req | SimResponse:
        guid = request.params["guid"]
        try:
            uuid.UUID(guid)
        except ValueError:
            return _error(400, "requestGuid", "must be a UUID")
        req = self.requests.get(guid.lower())
        if req is None or req.username != self._username(request):
            return _error(404, "requestGuid", f"unknown requestGuid {guid}")
        return req

    def _account_check(self, request: SimRequest):
        account = self.accounts[self._username(request) or ""]
        return validate(
            request.json() if request.body else None,
            today=self.today(),
            enterprise=account.enterprise,
            establishments=account.establishments,
        )

    # -- routes ---------------------------------------------------------------------------
    @route("POST", r"/api/observation")
    def post_observation(self, request: SimRequest) -> SimResponse:
        with self.lock:
            try:
                obs, errors = self._account_check(request)
            except ValueError:
                return _error(400, "body", "malformed JSON")
            if obs is None:
                return SimResponse.json({"errors": errors}, 400)
            req = self._new_req(request, obs, "observation")
            return SimResponse.json({"requestGuid": req.guid})

    @route("GET", _GUID + r"/status")
    def get_status(self, request: SimRequest) -> SimResponse:
        with self.lock:
            req = self._own(request)
            if isinstance(req, SimResponse):
                return req
            refused = self._check_polling(req, "status")
            if refused is not None:
                return refused
            status, issues = self.current(req)
            req.last_status_at, req.last_answer = self.clock(), status
            return SimResponse.json({"status": status, "issues": issues})

    def _check_polling(self, req: Req, what: str) -> SimResponse | None:
        """Refuse (429 + Retry-After) and record a status call that breaks the polling rules:
        the first < 1 s after the request, or one < 10 s after an ONGOING answer."""
        now = self.clock()
        wait, problem = 0.0, ""
        last_at = req.last_vhr_at if what == "status/vhr" else req.last_status_at
        last_answer = req.last_vhr_answer if what == "status/vhr" else req.last_answer
        if req.last_status_at is None and req.last_vhr_at is None and now - req.created_at < 1.0:
            wait = 1.0 - (now - req.created_at)
            problem = f"first {what} call {now - req.created_at:.2f} s after the request (minimum 1 s)"
        elif last_answer == ONGOING and last_at is not None and now - last_at < 10.0:
            wait = 10.0 - (now - last_at)
            problem = f"{what} calls {now - last_at:.2f} s apart while ONGOING (minimum 10 s)"
        if not problem:
            return None
        self.violations.append(f"{req.guid}: {problem}")
        return _error(
            429,
            "requestGuid",
            "Too many status requests: " + problem,
            {"Retry-After": str(max(1, math.ceil(wait)))},
        )

    def _open_issue(self, request: SimRequest) -> Req | SimResponse:
        req = self._own(request)
        if isinstance(req, SimResponse):
            return req
        status, _ = self.current(req)
        if req.successor is not None or status != ISSUE:
            return _error(400, "requestGuid", f"request has no open issue (status {status})")
        return req

    @route("POST", _GUID + r"/correction")
    def post_correction(self, request: SimRequest) -> SimResponse:
        with self.lock:
            original = self._open_issue(request)
            if isinstance(original, SimResponse):
                return original
            try:
                obs, errors = self._account_check(request)
            except ValueError:
                return _error(400, "body", "malformed JSON")
            if obs is None:
                return SimResponse.json({"errors": errors}, 400)
            new = self._new_req(request, obs, "correction", parent=original.guid)
            original.successor = new.guid
            return SimResponse.json({"requestGuid": new.guid})

    @route("POST", _GUID + r"/confirm")
    def post_confirm(self, request: SimRequest) -> SimResponse:
        with self.lock:
            original = self._open_issue(request)
            if isinstance(original, SimResponse):
                return original
            now = self.clock()
            types = {i["type"] for i in original.issues}
            new = Req(
                str(uuid.uuid4()),
                original.username,
                original.obs,
                "confirm",
                now,
                now + self.ongoing_seconds,
                PROCESSED,
                [],
                original.vehicle,
                parent=original.guid,
                client_software=self._software(request),
            )
            if "150" in types:
                pass  # already registered: nothing to add
            elif types & {"102", "120"}:
                new.status = ERROR  # no way to tell which vehicle it is
            elif types & {"001", "002", "101"}:
                self._start_review(new)  # a person checks a confirmed anomaly
            else:
                new.vehicle = self.world.store(original.vehicle, original.obs, original.username)
            self.requests[new.guid] = new
            original.successor = new.guid
            return SimResponse.json({"requestGuid": new.guid})

    @route("GET", _GUID + r"/status/vhr")
    def get_vhr(self, request: SimRequest) -> SimResponse:
        with self.lock:
            req = self._own(request)
            if isinstance(req, SimResponse):
                return req
            language = (request.arg("language") or "NL").upper()
            if language not in LABELS:
                return _error(400, "language", "must be one of NL, FR, DE, EN")
            head = self.head(req)
            if head.obs.obs_type != VHR:
                return _error(400, "requestGuid", "not a VEHICLE_HISTORY_DOCUMENT request")
            refused = self._check_polling(req, "status/vhr")
            if refused is not None:
                return refused
            status, _ = self.current(req)
            if status == PROCESSED and self.clock() < head.ready_at + self.vhr_report_seconds:
                status = ONGOING  # the report itself is still being built
            req.last_vhr_at, req.last_vhr_answer = self.clock(), status
            if status == ONGOING:
                return SimResponse.json({"status": ONGOING})
            if status != PROCESSED or head.vehicle is None:
                return _error(400, "requestGuid", f"no vehicle history report (status {status})")
            url = PUBLIC_VHR_URL.format(guid=head.guid)
            vehicle = head.vehicle
            pdf = vhr_pdf(
                language=language,
                vehicle_title=vehicle.title,
                vin=vehicle.vin,
                plate=vehicle.plate,
                first_use=vehicle.first_use,
                readings=[(r.day, r.km) for r in vehicle.readings],
                requested=head.obs.day,
                public_url=url,
            )
            return SimResponse.json({"file": base64.b64encode(pdf).decode("ascii"), "publicUrl": url})


def create(**kwargs) -> CarPassSim:
    """Factory for the hub: demo defaults, or test settings (clock=, ongoing_seconds=, ...).

    The demo validates ordinary readings in 1 s and builds a VHR in 1.2 s (the Tesla still
    takes 55 s), so a clerk trying the app sees the outcome at FleetDesk's first status call;
    tests choose their own timings."""
    if not kwargs:
        kwargs = {"ongoing_seconds": 1.0, "vhr_ongoing_seconds": 1.2, "vhr_report_seconds": 1.0}
    return CarPassSim(**kwargs)


SIMULATOR = SimSpec(
    "carpass",
    create,
    services={"carpass": "/api"},
    demo_credentials={
        "carpass": {
            "username": DEMO_USERNAME,
            "password": DEMO_PASSWORD,
            "enterprise": DEMO_ENTERPRISE,
            "establishment": DEMO_USERNAME,
        }
    },
)
