"""Loopback simulator of Webfleet TachoShare.connect 1.7.0 and its OAuth2 sign-in.

One SimApp serves both services by path:

- ``tachoshare`` (API base = server URL): ``GET /vehicles``, ``GET /vehicles/{vin}/files``,
  ``POST /vehicles/{vin}/rdl``, ``GET /drivers``, ``GET /drivers/{cardNumber}/files``;
- ``tachoshare_auth`` (the issuer = server URL + ``/auth/realms/webfleet``, a Keycloak-style
  realm): OpenID discovery, ``/protocol/openid-connect/auth`` and ``/token`` below it
  (see ``_tachoshare_oauth``).

What it does, as the spec says: every 1.7.0 field, absent where the spec says it is absent;
204 when a range holds nothing; 400 for a bad parameter or a range over 2 years; 401 for an
expired token; 403 when the token lacks the scope; 404 for an unknown VIN or card; 406 for an
unacceptable Accept header; 409 for the six RDL denial conditions; 429 with Retry-After when
called faster than ``rate_limit``. Errors carry ``{description, url, traceId}``.

Knobs for tests (attributes): ``file_sizes[vin] = n`` (exact body size, streamed, for 200 MB
tests), ``hostile_filename`` (sent verbatim in Content-Disposition; "" omits the header),
``hostile_zip`` (one of ``HOSTILE_ZIPS``), ``rate_limit = (count, seconds) | None``,
``rdl_completes_after`` (seconds until an accepted RDL delivers data), ``status_override`` on a
vehicle or card (a status the spec does not list), ``stream_delay`` (real seconds between
64 KiB chunks of a file body: a slow mobile link, for pause and kill tests). Time comes
from ``clock``.
"""

from __future__ import annotations

import math
import secrets
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime

from fleetdesk.simulators._tacho_files import padded, padded_size, vu_blocks
from fleetdesk.simulators._tachoshare_data import (
    CARD_FORMATS,
    HOSTILE_ZIPS,
    MIXED_HOSTILE,
    MIXED_SAFE,
    VEHICLE_FORMATS,
    SimCard,
    SimVehicle,
    card_status,
    card_zip,
    demo_fleet,
    extension,
    hostile_zip,
    make_vin,
    mixed_safe_bytes,
    next_card_download,
    next_scheduled,
    payload,
    plate_nation,
    vehicle_status,
)
from fleetdesk.simulators._tachoshare_oauth import (
    AUTH_PREFIX,
    AUTHORIZE_PATH,
    DEFAULT_SCOPE,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_REFRESH_TOKEN,
    RDL_SCOPE,
    READ_SCOPE,
    TOKEN_PATH,
    OAuthServerMixin,
)
from fleetdesk.simulators.framework import SimApp, SimRequest, SimResponse, route
from fleetdesk.simulators.hub import SimSpec

__all__ = [
    "TachoShareSim",
    "SIMULATOR",
    "AUTH_PREFIX",
    "AUTHORIZE_PATH",
    "TOKEN_PATH",
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "DEMO_REFRESH_TOKEN",
    "READ_SCOPE",
    "RDL_SCOPE",
    "DEFAULT_SCOPE",
    "HOSTILE_ZIPS",
    "HOSTILE_FILENAMES",
    "MIXED_SAFE",
    "MIXED_HOSTILE",
    "mixed_safe_bytes",
]

#: Content-Disposition names a careless client would write outside its archive folder
HOSTILE_FILENAMES = (
    "../../etc/passwd",
    "/etc/passwd",
    "C:\\Windows\\System32\\evil.DDD",
    "CON",
    "nul.DDD",
    "..\\..\\evil.DDD",
    "bad\x01name\x1f.DDD",
    "..",
    "",
)
DEFAULT_RANGE_DAYS = 90


class TachoShareSim(OAuthServerMixin, SimApp):
    name = "tachoshare"

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        token_lifetime: float = 3600,
        code_lifetime: float = 60,
        refresh_lifetime: float | None = 90 * 86400,
        rate_limit: tuple[int, float] | None = (20, 1.0),
        rdl_completes_after: float = 120.0,
        vu_base_bytes: int = 40_000,
        vu_day_bytes: int = 1_500,
        card_file_bytes: int = 12_000,
        fleet_size: int | None = None,
    ):
        super().__init__(clock=clock)
        self._init_oauth(
            token_lifetime=token_lifetime, code_lifetime=code_lifetime, refresh_lifetime=refresh_lifetime
        )
        self.rate_limit = rate_limit
        self.rdl_completes_after = rdl_completes_after
        self.vu_base_bytes, self.vu_day_bytes = vu_base_bytes, vu_day_bytes
        self.card_file_bytes = card_file_bytes
        self.vehicles, self.cards = demo_fleet(self.today())
        for i in range(len(self.vehicles), fleet_size or 0):  # benchmarks: a larger fleet
            last = self.today() - timedelta(days=1 + i % 20)
            self.vehicles.append(
                SimVehicle(
                    make_vin(i), f"BM-{i:04d}", last_activity=last, first_activity=last - timedelta(days=400)
                )
            )
        self.file_sizes: dict[str, int] = {}
        self.hostile_filename: str | None = None
        self.hostile_zip: str | None = None
        self.stream_delay = 0.0
        #: test hook: list name ("vehicles", "drivers") -> HTTP status it answers instead
        self.unavailable_lists: dict[str, int] = {}
        self._calls: deque[float] = deque()

    # -- time and lookups ---------------------------------------------------------------
    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def today(self) -> date:
        return self.now().date()

    def vehicle(self, vin: str) -> SimVehicle | None:
        return next((v for v in self.vehicles if v.vin == vin), None)

    def card(self, number: str, country: str) -> SimCard | None:
        try:
            code = int(country, 16)
        except ValueError:
            return None
        return next((c for c in self.cards if c.card == number and int(c.country, 16) == code), None)

    # -- gatekeeping --------------------------------------------------------------------
    def before(self, request: SimRequest) -> SimResponse | None:
        if request.path.startswith(AUTH_PREFIX + "/"):
            return None
        limited = self._rate_check(request)
        if limited is not None:
            return limited
        header = request.header("authorization") or ""
        token = header[7:].strip() if header[:7].lower() == "bearer " else ""
        grant = self.grant_for(token) if token else None
        if grant is None:
            return self.error(
                request,
                401,
                "The access token used is not valid anymore. It needs to be refreshed with refresh token.",
                {"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        needed = RDL_SCOPE if request.method == "POST" else READ_SCOPE
        if needed not in grant.scope.split():
            return self.error(
                request, 403, f"The access token is not valid for the required scopes ({needed})."
            )
        self._complete_rdls()
        return None

    def _rate_check(self, request: SimRequest) -> SimResponse | None:
        if not self.rate_limit:
            return None
        count, per = self.rate_limit
        now = self.clock()
        with self.lock:
            while self._calls and self._calls[0] <= now - per:
                self._calls.popleft()
            if len(self._calls) >= count:
                wait = max(1, math.ceil(self._calls[0] + per - now))
                return self.error(request, 429, "Too many requests", {"Retry-After": str(wait)})
            self._calls.append(now)
        return None

    def _complete_rdls(self) -> None:
        """An accepted manual RDL delivers data once the (simulated) ignition has been on."""
        with self.lock:
            for v in self.vehicles:
                since = v.rdl_pending_since
                if since is not None and self.clock() - since >= self.rdl_completes_after:
                    v.rdl_pending_since = None
                    v.last_activity = self.today() - timedelta(days=1)
                    v.first_activity = v.first_activity or v.last_activity - timedelta(days=365)

    def error(
        self, request: SimRequest, status: int, description: str, headers: dict[str, str] | None = None
    ) -> SimResponse:
        query = "&".join(f"{k}={v}" for k, vs in request.query.items() for v in vs)
        url = self.base_url + request.path + (f"?{query}" if query else "")
        return SimResponse.json(
            {"description": description, "url": url, "traceId": secrets.token_hex(7)}, status, headers
        )

    def not_found(self, request: SimRequest) -> SimResponse:
        return self.error(request, 404, "The requested resource is not found")

    @staticmethod
    def accepts(request: SimRequest, media_type: str) -> bool:
        """Whether the Accept header admits ``media_type`` (no header admits everything)."""
        header = request.header("accept")
        if not header:
            return True
        major = media_type.split("/")[0]
        for part in header.split(","):
            kind, *params = [p.strip() for p in part.split(";")]
            if any(p.replace(" ", "") in {"q=0", "q=0.0", "q=0.00", "q=0.000"} for p in params):
                continue
            if kind.lower() in {media_type, f"{major}/*", "*/*"}:
                return True
        return False

    def _range(self, request: SimRequest, from_key: str, to_key: str):
        """(start, end) with ``end`` exclusive, or an error response. Defaults per the spec."""
        parsed: dict[str, date | None] = {}
        for key in (from_key, to_key):
            raw = request.arg(key) or ""
            try:
                parsed[key] = date.fromisoformat(raw) if raw else None
                if raw and len(raw) != 10:
                    raise ValueError
            except ValueError:
                return self.error(request, 400, f"{key} must be a date in the yyyy-MM-dd format")
        start, end = parsed[from_key], parsed[to_key]
        span = timedelta(days=DEFAULT_RANGE_DAYS)
        if start is None:
            end = end or self.today() + timedelta(days=1)
            start = end - span
        elif end is None:
            end = start + span
        if start >= end:
            return self.error(request, 400, f"{from_key} must be before {to_key}")
        try:
            limit = start.replace(year=start.year + 2)
        except ValueError:  # 29 February
            limit = start.replace(year=start.year + 2, day=28) + timedelta(days=1)
        if end > limit:
            return self.error(request, 400, "The maximum date range is 2 years")
        return start, end

    # -- vehicles -----------------------------------------------------------------------
    def vehicle_json(self, v: SimVehicle) -> dict:
        today = self.today()
        item: dict = {"vin": v.vin, "licensePlate": v.plate}
        if v.last_activity is not None:
            item["lastActivityDate"] = v.last_activity.isoformat()
        scheduled = next_scheduled(v, today)
        if scheduled is not None:
            item["nextScheduledDate"] = scheduled.isoformat()
        if v.last_rdl_attempt is not None:
            item["lastRdlAttempt"] = v.last_rdl_attempt.strftime("%Y-%m-%dT%H:%M:%SZ")
        item["rdlStatus"] = vehicle_status(v, today)
        item["manualAttemptsRemaining"] = v.manual_attempts
        return item

    @route("GET", r"/vehicles")
    def list_vehicles(self, request: SimRequest) -> SimResponse:
        if not self.accepts(request, "application/json"):
            return self.error(request, 406, "Not acceptable: this endpoint answers application/json")
        if "vehicles" in self.unavailable_lists:
            return self.error(request, self.unavailable_lists["vehicles"], "Access denied")
        with self.lock:
            return SimResponse.json({"items": [self.vehicle_json(v) for v in self.vehicles]})

    @route("GET", r"/vehicles/(?P<vin>[^/]+)/files")
    def vehicle_files(self, request: SimRequest) -> SimResponse:
        if not self.accepts(request, "application/octet-stream"):
            return self.error(request, 406, "Not acceptable: files are application/octet-stream")
        v = self.vehicle(request.params["vin"])
        if v is None:
            return self.error(request, 404, f"Vehicle {request.params['vin']} not found")
        fmt = request.arg("format") or "DDD"
        if fmt not in VEHICLE_FORMATS:
            return self.error(request, 400, f"format must be one of {', '.join(VEHICLE_FORMATS)}")
        rng = self._range(request, "activityDate-from", "activityDate-to")
        if isinstance(rng, SimResponse):
            return rng
        start, end = rng
        if v.last_activity is None or v.first_activity is None:
            return SimResponse.empty(204)
        lo, hi = max(start, v.first_activity), min(end - timedelta(days=1), v.last_activity)
        if lo > hi:
            return SimResponse.empty(204)
        size = self.file_sizes.get(v.vin) or self.vu_base_bytes + self.vu_day_bytes * ((hi - lo).days + 1)
        stamp = hi + timedelta(days=1)
        seed, version2 = f"{v.vin}|{lo}|{hi}|{fmt}", sum(map(ord, v.vin)) % 2 == 0
        ext = extension(VEHICLE_FORMATS, fmt, version2)
        name = f"M_{stamp:%Y%m%d}_0715_{v.plate.replace(' ', '')}_{v.vin}{ext}"
        real = vu_blocks(
            vin=v.vin,
            plate=v.plate,
            nation=plate_nation(v.plate),
            first=lo,
            last=hi,
            downloaded=datetime.combine(stamp, dtime(7, 15), UTC),
            company="FleetDesk Demo Transport",
            version2=version2,
        )
        size = padded_size(len(real), size)
        body = padded(real, size, lambda n: payload(seed, n, b""), version2)
        return SimResponse(
            200, lambda: self._paced(body), self._disposition(name), "application/octet-stream", length=size
        )

    def _paced(self, chunks):
        for chunk in chunks:
            if self.stream_delay:
                time.sleep(self.stream_delay)
            yield chunk

    def _disposition(self, name: str) -> dict[str, str]:
        if self.hostile_filename is not None:
            name = self.hostile_filename
            if not name:
                return {}
        return {"Content-Disposition": f'attachment; filename="{name}"'}

    @route("POST", r"/vehicles/(?P<vin>[^/]+)/rdl")
    def request_rdl(self, request: SimRequest) -> SimResponse:
        if not self.accepts(request, "application/json"):
            return self.error(request, 406, "Not acceptable: this endpoint answers application/json")
        with self.lock:
            v = self.vehicle(request.params["vin"])
            if v is None:
                return self.error(request, 404, f"Vehicle {request.params['vin']} not found")
            today = self.today()
            denial = None
            if v.manual_attempts <= 0:
                denial = "There are no more remaining attempts"
            elif v.rdl_pending_since is not None:
                denial = "RDL is already in progress or waiting for execution"
            elif not v.rdl_enabled:
                denial = "RDL service is not enabled for this vehicle"
            elif not v.has_device or not v.connected:
                denial = "RDL service is not possible due to lack of telematics device"
            elif next_scheduled(v, today) == today:
                denial = "RDL is already scheduled for today"
            elif v.last_activity is not None and v.last_activity >= today - timedelta(days=1):
                denial = "RDL is up-to-date"
            if denial:
                return self.error(request, 409, denial)
            v.manual_attempts -= 1
            v.last_rdl_attempt = self.now().replace(microsecond=0)
            v.rdl_pending_since = self.clock()
            return SimResponse.json(self.vehicle_json(v))

    # -- drivers ------------------------------------------------------------------------
    def add_card_download(self, card: str, when: datetime) -> None:
        """A new remote download of ``card`` at ``when`` (UTC), e.g. a second one the same day."""
        with self.lock:
            c = next(c for c in self.cards if c.card == card)
            c.downloads.append(when)
            c.downloads.sort()

    def card_json(self, c: SimCard) -> dict:
        today = self.today()
        item: dict = {"cardNumber": c.card, "countryCode": c.country}
        if c.downloads:
            item["lastDownloadDate"] = c.downloads[-1].date().isoformat()
        item["nextScheduledDate"] = next_card_download(c, today).isoformat()
        item["rdlStatus"] = card_status(c, today)
        return item

    @route("GET", r"/drivers")
    def list_drivers(self, request: SimRequest) -> SimResponse:
        if not self.accepts(request, "application/json"):
            return self.error(request, 406, "Not acceptable: this endpoint answers application/json")
        if "drivers" in self.unavailable_lists:
            return self.error(request, self.unavailable_lists["drivers"], "Access denied")
        with self.lock:
            return SimResponse.json({"items": [self.card_json(c) for c in self.cards]})

    @route("GET", r"/drivers/(?P<card>[^/]+)/files")
    def driver_files(self, request: SimRequest) -> SimResponse:
        if not self.accepts(request, "application/octet-stream"):
            return self.error(request, 406, "Not acceptable: files are application/octet-stream")
        country = request.arg("countryCode")
        if not country:
            return self.error(request, 400, "countryCode is required")
        c = self.card(request.params["card"], country)
        if c is None:
            return self.error(request, 404, f"Driver card {request.params['card']} ({country}) not found")
        fmt = request.arg("format") or "DDD"
        if fmt not in CARD_FORMATS:
            return self.error(request, 400, f"format must be one of {', '.join(CARD_FORMATS)}")
        rng = self._range(request, "downloadDate-from", "downloadDate-to")
        if isinstance(rng, SimResponse):
            return rng
        start, end = rng
        files = [d for d in c.downloads if start <= d.date() < end]
        if not files:
            return SimResponse.empty(204)
        name = f"C_{files[-1]:%Y%m%d_%H%M}_{files[0]:%Y%m%d_%H%M}_{c.name}_{c.card}.ZIP"
        body = (
            hostile_zip(self.hostile_zip)
            if self.hostile_zip
            else card_zip(c, files, fmt, self.card_file_bytes)
        )
        if self.stream_delay:
            parts = [body[i : i + 65536] for i in range(0, len(body), 65536)]
            return SimResponse(
                200,
                lambda: self._paced(parts),
                self._disposition(name),
                "application/octet-stream",
                length=len(body),
            )
        return SimResponse(200, body, self._disposition(name), "application/octet-stream")


SIMULATOR = SimSpec(
    "tachoshare",
    TachoShareSim,
    services={"tachoshare": "", "tachoshare_auth": AUTH_PREFIX},
    demo_credentials={
        "tachoshare": {
            "client_id": DEMO_CLIENT_ID,
            "client_secret": DEMO_CLIENT_SECRET,
            "refresh_token": DEMO_REFRESH_TOKEN,
        }
    },
)
