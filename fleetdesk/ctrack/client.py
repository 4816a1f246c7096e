"""Ctrack Fleet (WCF/REST) client: one method per endpoint, typed results, typed errors.

Every call is a GET under the ``…/REST`` base URL. ``Membership/Login`` returns a session token
that goes into the path (``/Vehicles/<token>/GetVehicles``); it is registered with
``fleetdesk.core.redact`` the moment it arrives so no log line ever shows it (the password,
which Login takes in the query string, is registered too).

Errors come back in the body (``{"ErrorCode": "AuthorisationFailed = 4"}``), usually with
HTTP 200, sometimes with 400/401: ``_checked`` turns them into typed errors. On
``AuthorisationFailed = 4`` (or a bare 401) the client logs in again and retries exactly once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import requests

from fleetdesk.core import netstate
from fleetdesk.core.clock import Clock
from fleetdesk.core.errors import BadAnswer, BadInput, FieldError, ServerError
from fleetdesk.core.http import ApiClient, parse_retry_after
from fleetdesk.core.redact import register_secret
from fleetdesk.ctrack.errors import (
    CtrackRateLimited,
    LoginFailed,
    SessionExpired,
    error_for,
    is_rate_limit_text,
    limiting_text,
    parse_error_code,
)
from fleetdesk.ctrack.models import (
    CostCentre,
    Driver,
    LoginResult,
    OdoReading,
    Poi,
    Position,
    QueueType,
    SearchType,
    Trip,
    TripDetail,
    Vehicle,
)
from fleetdesk.ctrack.session import CtrackSession

log = logging.getLogger(__name__)
MAX_QUEUE_LIMIT = 1000
IDS_PER_REQUEST = 100  # keeps GetLastVehiclePositions URLs well under IIS's limits
_OK = (200, 400, 401)  # Ctrack's errors are in these bodies; read them ourselves
_UNREADABLE = object()
#: Words in a 401 answer to Login that make it a credential refusal rather than throttling.
_CREDENTIAL_WORDS = ("password", "username", "user name", "credential", "invalid user", "unknown user")


def wire_time(value: datetime, field: str = "time") -> str:
    """'YYYY-MM-DDTHH:MM:SSZ' in UTC; naive datetimes are refused (their zone is a guess)."""
    if value.tzinfo is None:
        raise BadInput(field, "needs a timezone-aware datetime")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _records(data: Any, key: str, *, skip_errors: bool = False) -> list[dict]:
    """The list under ``key``; tolerates a bare array, a single record, or null.

    List items carry their own ``ErrorCode``/``Errorcode`` (the spec shows ``0`` and says no
    more). With ``skip_errors`` a record whose code is not success is left out (a position
    with an error code is not a position); otherwise it is kept and parsed tolerantly."""
    if isinstance(data, list):
        found = [r for r in data if isinstance(r, dict)]
    elif isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, list):
            found = [r for r in value if isinstance(r, dict)]
        elif isinstance(value, dict):
            found = [value]
        elif key not in data and "NodeId" in data:
            found = [data]
        else:
            found = []
    else:
        found = []
    if skip_errors:
        kept = [r for r in found if record_error(r) is None]
        if len(kept) < len(found):
            log.info("Ctrack: %d %s record(s) with an error code left out", len(found) - len(kept), key)
        return kept
    return found


def record_error(record: dict) -> tuple[str, int | None] | None:
    """The per-record error code of a list item (``ErrorCode`` or ``Errorcode``), or None."""
    for name in ("ErrorCode", "Errorcode", "errorCode"):
        if name in record:
            try:
                return parse_error_code(record[name])
            except (TypeError, ValueError):
                return (str(record[name]), None)
    return None


class CtrackClient(ApiClient):
    """Ctrack Fleet API. Share one ``CtrackSession`` between every client of the app."""

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        clock: Clock | None = None,
        ctrack_session: CtrackSession | None = None,
        relogin_margin_s: float = 300.0,
        **kwargs: Any,
    ):
        kwargs.setdefault("service", "ctrack")
        super().__init__(base_url, **kwargs)
        register_secret(password)
        self.username, self._password = username, password
        self.auth = ctrack_session or CtrackSession(clock or Clock(), relogin_margin_s)
        self.clock = self.auth.clock

    # -- plumbing --------------------------------------------------------------------------
    def parse_error(self, response: requests.Response) -> tuple[str, list[FieldError]]:
        try:
            body = response.json()
        except ValueError:
            return super().parse_error(response)
        if isinstance(body, dict) and body.get("ErrorCode") is not None:
            return f"{body['ErrorCode']}" + (f" ({body['Message']})" if body.get("Message") else ""), []
        return super().parse_error(response)

    def _checked(self, response: requests.Response, params: dict | None = None) -> Any:
        """The JSON body, or the typed error that its ErrorCode (or status) stands for.

        ``params``: the query of a data call. The spec's 400 means "malformed or missing
        parameters" or "rate limit exceeded"; on a call without parameters only the second is
        possible, so such a 400 is read as throttling whatever its body says."""
        status, reason = response.status_code, response.reason or ""
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        text = ""
        try:
            data = response.json()
        except (BadAnswer, ValueError):
            # 400/401 come with no documented body: empty or plain text is an answer too
            # (a web page from a proxy stays a BadAnswer)
            raw = (response.content or b"")[:400].decode("utf-8", "replace").strip()
            if status not in (400, 401) or raw[:1] == "<":
                response.close()
                raise
            data, text = _UNREADABLE, raw[:200]
        finally:
            # the body is read: give the connection back, and keep no reference to the
            # response in an error's traceback (it would pin the socket until a gc pass)
            response.close()
            del response
        if data is _UNREADABLE:
            # The spec gives these statuses and no body: 400 "malformed parameters" or "rate
            # limit exceeded", 401 "invalid or missing API key" or "throttled API key".
            if status in (400, 401) and is_rate_limit_text(text):
                self._report(netstate.ERROR, "rate limited")
                raise CtrackRateLimited(limiting_text(f"HTTP {status}", text), retry_after)
            if status == 401:  # the session was dropped: log in again once, retry once
                expired = SessionExpired(f"Ctrack: HTTP 401 ({text or 'no body'})")
                expired._set_code("AuthorisationFailed", None)
                expired.http_status, expired.said = 401, text  # type: ignore[attr-defined]
                raise expired
            if status == 400 and (not text or params == {}):
                # our parameters are checked (and a call without any cannot be malformed):
                # read as throttling
                self._report(netstate.ERROR, "rate limited")
                raise CtrackRateLimited(limiting_text("HTTP 400 without a body"), retry_after)
            raise ServerError(f"ctrack: unreadable answer (HTTP {status})", status)
        if isinstance(data, dict) and not isinstance(data.get("ErrorCode"), (str, int, float, type(None))):
            raise BadAnswer("Ctrack", str(data)[:200], status=status, detail="ErrorCode is not a code")
        code = parse_error_code(data.get("ErrorCode")) if isinstance(data, dict) else None
        if code is None and status == 200:
            return data
        message = str(data.get("Message") or "") if isinstance(data, dict) else ""
        if code is None:  # 400/401 without a code: the spec's plain status meanings
            code = ("AuthorisationFailed", 4) if status == 401 else ("BadRequest", None)
            message = message or reason
        err: Exception = error_for(*code, status=status, message=message, body=data, retry_after=retry_after)
        if status == 400 and params == {} and not isinstance(err, CtrackRateLimited):
            label = f"{code[0]} = {code[1]}" if code[1] is not None else code[0]
            err = CtrackRateLimited(
                limiting_text(f"HTTP 400 {label} on a call without parameters", message), retry_after
            )
            err._set_code(*code)
        if isinstance(err, CtrackRateLimited):
            self._report(netstate.ERROR, "rate limited")
        err.http_status, err.said = status, message  # type: ignore[attr-defined]
        raise err

    def _login(self) -> tuple[str, int, int]:
        try:
            data = self._checked(
                self.request(
                    "GET",
                    "/Membership/Login",
                    ok=_OK,
                    params={"Username": self.username, "Password": self._password},
                )
            )
        except SessionExpired as exc:
            said = str(getattr(exc, "said", "") or "").lower()
            if exc.code is None or (
                getattr(exc, "http_status", 200) == 401
                and not any(word in said for word in _CREDENTIAL_WORDS)
            ):
                # HTTP 401 on Login with no credential error in the body: invalid *or throttled*
                # key (the spec); only a credential refusal (the error code in an HTTP 200
                # answer, as Ctrack answers errors, or a 401 speaking of the user name or
                # password) is a wrong password
                self._report(netstate.ERROR, "rate limited")
                raise CtrackRateLimited(
                    limiting_text(
                        "it refused the login with HTTP 401 and no reason; if this lasts, check the "
                        "username and password"
                    )
                ) from None
            self._report(netstate.AUTH, "username or password refused")
            raise LoginFailed(
                f"Ctrack refused the username or password ({exc.code_name} = {exc.code})"
            ) from None
        token = data.get("SessionToken") if isinstance(data, dict) else None
        if not token:
            raise LoginFailed("Ctrack answered the login without a session token")
        register_secret(str(token))
        return str(token), int(data.get("UserId") or 0), int(data.get("SessionDurationMinutes") or 60)

    def _get(self, module: str, method: str, params: dict | None = None) -> Any:
        """GET ``/<module>/<token>/<method>``; re-login and retry once on AuthorisationFailed."""
        for attempt in (1, 2):
            token = self.auth.token(self._login)
            try:
                return self._checked(
                    self.request("GET", f"/{module}/{token}/{method}", params=params, ok=_OK), params or {}
                )
            except SessionExpired as exc:
                self.auth.invalidate(token)
                if attempt == 2 and exc.code is None:
                    # a bare 401 on a token Login just gave: the key is throttled (the spec)
                    self._report(netstate.ERROR, "rate limited")
                    raise CtrackRateLimited(limiting_text("HTTP 401 on a fresh session")) from None
                if attempt == 2:  # a fresh token refused too: the account, not the session
                    self._report(netstate.AUTH, "session refused")
                    raise
        raise AssertionError("unreachable")

    # -- Membership ------------------------------------------------------------------------
    def login(self) -> LoginResult:
        """Log in now (also done automatically before the first call and before expiry)."""
        self.auth.renew(self._login)
        return LoginResult(self.auth.user_id or 0, self.auth.expires_at, self.auth.duration_minutes)

    def service_version(self) -> str:
        version = self._checked(self.request("GET", "/Membership/GetServiceVersion", ok=_OK)).get("Version")
        return str(version.get("Result") if isinstance(version, dict) else version or "")

    # -- cost centres ----------------------------------------------------------------------
    def cost_centres(self) -> list[CostCentre]:
        return [
            CostCentre.from_json(r)
            for r in _records(self._get("CostCentres", "GetCostCentres"), "CostCentre")
        ]

    def cost_centre(self, name: str) -> list[CostCentre]:
        data = self._get("CostCentres", "GetCostCentre", {"name": name})
        return [CostCentre.from_json(r) for r in _records(data, "CostCentre")]

    def cost_centres_for_user(self, user_id: int) -> list[CostCentre]:
        data = self._get("CostCentres", "GetCostCentresForUser", {"userId": user_id})
        return [CostCentre.from_json(r) for r in _records(data, "CostCentre")]

    def vehicle_cost_centres(self, node_id: int) -> list[CostCentre]:
        data = self._get("Vehicles", "GetVehicleCostCentres", {"vehicleNodeId": node_id})
        return [CostCentre.from_json(r) for r in _records(data, "CostCentre")]

    # -- vehicles --------------------------------------------------------------------------
    def vehicles(self) -> list[Vehicle]:
        return [Vehicle.from_json(r) for r in _records(self._get("Vehicles", "GetVehicles"), "VehicleList")]

    def vehicles_in_cost_centre(self, cost_centre_id: int) -> list[Vehicle]:
        data = self._get("Vehicles", "GetVehiclesinCostCentre", {"costCentreId": cost_centre_id})
        return [Vehicle.from_json(r) for r in _records(data, "VehicleList")]

    def vehicle_detail(
        self, cost_centre_id: int, search_type: SearchType | str, value: str
    ) -> Vehicle | None:
        """The vehicle found by registration ('vehicleID'), MIT, NodeId or SerialNumber, or None."""
        data = self._get(
            "Vehicles",
            "GetVehicleDetail",
            {"costCentreId": cost_centre_id, "searchType": SearchType(search_type).value, "value": value},
        )
        found = _records(data, "VehicleList")
        return Vehicle.from_json(found[0]) if found else None

    # -- positions -------------------------------------------------------------------------
    def last_positions(self) -> list[Position]:
        """The last position of every vehicle the user may see."""
        data = self._get("Vehicles", "GetLastVehiclePositionsforAuthenticatedUser")
        return [Position.from_json(r) for r in _records(data, "LastVehiclePositions", skip_errors=True)]

    def last_positions_of(self, node_ids: Iterable[int]) -> list[Position]:
        """Last positions of chosen vehicles (asked in batches of ``IDS_PER_REQUEST``)."""
        ids = [int(i) for i in node_ids]
        out: list[Position] = []
        for i in range(0, len(ids), IDS_PER_REQUEST):
            batch = ",".join(map(str, ids[i : i + IDS_PER_REQUEST]))
            data = self._get("Vehicles", "GetLastVehiclePositions", {"svehicleNodeIds": batch})
            out += [Position.from_json(r) for r in _records(data, "LastVehiclePositions", skip_errors=True)]
        return out

    def vehicle_positions(self, node_id: int, start: datetime, end: datetime) -> list[Position]:
        """Position history of one vehicle (GetVehiclePositionsDetailed), for replays.

        The spec's parameter table names ``vehicleNodeId``, its example ``svehicleNodeIds``:
        both are sent (WCF ignores a query parameter it does not know)."""
        params = self._period(node_id, start, end)
        params["svehicleNodeIds"] = node_id
        data = self._get("Vehicles", "GetVehiclePositionsDetailed", params)
        return [Position.from_json(r) for r in _records(data, "VehiclePositions", skip_errors=True)]

    # -- trips -----------------------------------------------------------------------------
    def _period(self, node_id: int, start: datetime, end: datetime) -> dict:
        if end < start:
            raise BadInput("end", "the period ends before it starts")
        return {
            "vehicleNodeId": node_id,
            "fromDateTimeUTC": wire_time(start, "start"),
            "toDateTimeUTC": wire_time(end, "end"),
        }

    def vehicle_trips(self, node_id: int, start: datetime, end: datetime) -> list[Trip]:
        data = self._get("Vehicles", "GetVehicleTrips", self._period(node_id, start, end))
        return [Trip.from_json(r) for r in _records(data, "VehicleTrips")]

    def vehicle_trips_detailed(self, node_id: int, start: datetime, end: datetime) -> list[TripDetail]:
        data = self._get("Vehicles", "GetVehicleTripsDetailed", self._period(node_id, start, end))
        return [TripDetail.from_json(r) for r in _records(data, "VehicleTrips")]

    # -- odometer --------------------------------------------------------------------------
    def odo_at_time(
        self, at: datetime, values: Iterable[str | int], search_type: SearchType | str = SearchType.NODE_ID
    ) -> list[OdoReading]:
        data = self._get(
            "Vehicles",
            "GetVehicleOdoattime",
            {
                "searchType": SearchType(search_type).value,
                "odoDateTime": wire_time(at, "at"),
                "sValues": ",".join(str(v) for v in values),
            },
        )
        return [OdoReading.from_json(r) for r in _records(data, "VehicleOdoList")]

    def odo_over_period(self, node_id: int, start: datetime, end: datetime) -> OdoReading | None:
        """The vehicle's odometer reading for the period, or None when it has none."""
        data = self._get("Vehicles", "GetVehicleOdoOverPeriod", self._period(node_id, start, end))
        if not isinstance(data, dict) or data.get("OdoTimestamp") in (None, ""):
            return None
        return OdoReading.from_json(data)

    # -- drivers and locations -------------------------------------------------------------
    def drivers_in_cost_centre(self, cost_centre_id: int) -> list[Driver]:
        data = self._get("Drivers", "GetDriversInCostCentre", {"costCentreId": cost_centre_id})
        return [Driver.from_json(r) for r in _records(data, "DriverList")]

    def driver(self, cost_centre_id: int, search_type: str, value: str) -> Driver | None:
        data = self._get(
            "Drivers",
            "GetDriver",
            {"costCentreId": cost_centre_id, "searchType": search_type, "Value": value},
        )
        found = _records(data, "Driver")
        return Driver.from_json(found[0]) if found else None

    def drivers_for_vehicle(self, node_id: int) -> list[Driver]:
        data = self._get("Drivers", "GetDriversAssociatedWithVehicle", {"vehicleNodeId": node_id})
        return [Driver.from_json(r) for r in _records(data, "DriverList")]

    def point_pois(self, cost_centre_id: int, modified_after: datetime | None = None) -> list[Poi]:
        """Point POIs of a cost centre (all of them unless ``modified_after`` is given)."""
        after = modified_after or datetime(2000, 1, 1, tzinfo=UTC)
        data = self._get(
            "Location",
            "GetPointPOIs",
            {"CostCentreNodeGroupId": cost_centre_id, "modifiedAfter": wire_time(after, "modified_after")},
        )
        return [Poi.from_json(r) for r in _records(data, "Points")]

    # -- queues ----------------------------------------------------------------------------
    def subscribe(self, queue: QueueType | str = QueueType.POSITIONS, direct_access: bool = True) -> None:
        """Subscribe to a queue. Real queues may take up to 24 h to start filling."""
        self._get(
            "Queues",
            "Subscribe",
            {"type": QueueType(queue).value, "directAccess": "true" if direct_access else "false"},
        )

    def unsubscribe(self, queue: QueueType | str = QueueType.POSITIONS) -> None:
        self._get("Queues", "Unsubscribe", {"type": QueueType(queue).value, "directAccess": "true"})

    def _queue_params(self, limit: int, autoack: bool) -> dict:
        if not 1 <= limit <= MAX_QUEUE_LIMIT:
            raise BadInput("limit", f"must be from 1 to {MAX_QUEUE_LIMIT}")
        return {"autoack": "true" if autoack else "false", "limit": limit}

    def queue_positions(self, limit: int = MAX_QUEUE_LIMIT, autoack: bool = False) -> list[Position]:
        """Up to ``limit`` queued positions, each with its delivery tag, oldest first.

        Keep ``autoack=False``: commit the positions locally, then ``ack`` the highest tag.
        With ``autoack=True`` an answer lost on the way (the session retries dropped GETs)
        loses those positions for good.
        """
        data = self._get("Queues", "GetPositions", self._queue_params(limit, autoack))
        return [Position.from_json(r) for r in _records(data, "Positions")]

    def queue_trips(self, limit: int = MAX_QUEUE_LIMIT, autoack: bool = False) -> list[TripDetail]:
        """Up to ``limit`` queued trips (the Trips queue fills once a day)."""
        data = self._get("Queues", "GetTrips", self._queue_params(limit, autoack))
        return [TripDetail.from_json(r) for r in _records(data, "Trips")]

    def ack(self, queue: QueueType | str, tag: int) -> None:
        """Acknowledge every message of ``queue`` up to and including delivery tag ``tag``."""
        if int(tag) < 1:
            raise BadInput("tag", "delivery tags start at 1")
        self._get("Queues", "Ack", {"type": QueueType(queue).value, "Tags": int(tag)})
