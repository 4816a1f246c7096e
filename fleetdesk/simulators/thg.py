"""Loopback simulator of the THG-quota "QaaS Vehicles" API (GreenTrax).

Routes (paths the documentation names: ``/vehicleregistrant``, ``/vehicles``,
``/vehicles/export``; the UBA paths ``/ubarequest`` and ``/ubaresponse`` follow the model names
because the documentation does not spell them out):

- ``GET|POST /vehicleregistrant``, ``GET /vehicleregistrant/{id}``
- ``POST /vehicles`` (multipart: ``file`` = front of the registration document as JPEG, PNG or a
  one-page PDF; ``vehicleregistrant_id``; ``customer_reference1..3``) -> 201 ``pending``
- ``GET /vehicles`` (filters ``status``, ``changed_since`` (UTC, trailing Z), ``customer_reference1..3``;
  ``page`` from 1, ``size`` default 100, silently capped at 5,000), ``GET /vehicles/{id}``,
  ``PATCH /vehicles/{id}`` (only ``customer_reference1..3``), ``GET /vehicles/export`` (CSV)
- ``POST|GET /ubarequest``, ``GET|DELETE /ubarequest/{id}`` (DELETE only while not sent;
  ``ready_for_uba`` only at creation: there is no PATCH)
- ``GET /ubaresponse`` (``sent_changed_since``, ``reply_changed_since``; 404 when nothing was sent or
  received), ``GET /ubaresponse/{vehicle_id}`` (one item per year, 404 when nothing was sent);
  ``GET /ubarequest`` has no documented filters and ignores query parameters

Where the documentation is silent the simulator takes the reading that is hardest on a client
(switches choose the other reading):

- ``changed_since`` (and ``sent_changed_since`` / ``reply_changed_since``): "since" is read as
  strictly *after* the time stamp (``changed_since_after=False``: at or after).
- Paging is documented for ``/vehicles`` only; the other lists (``/vehicleregistrant``,
  ``/ubarequest``, ``/ubaresponse``) are paged the same way, 100 by default
  (``page_lists=False``: they answer everything at once and ignore ``page``/``size``).
- Single records (``GET /vehicles/{id}``, ``/vehicleregistrant/{id}``, ``/ubarequest/{id}``) are
  not documented: they answer 404 unless ``detail_gets=True``. (PATCH ``/vehicles/{id}`` and
  DELETE ``/ubarequest/{id}`` are served: the spec documents both operations.)
- A second UBA request for the same vehicle and year is refused with 400 and a wording of the
  simulator's own (``duplicate_message``); clients must not depend on any wording.
- A page past the end answers 404 (as Django REST framework's "Invalid page." does);
  ``past_end_status=204`` makes it an empty answer instead. An empty first page stays 204
  (``/ubaresponse``: 404).

Status codes as documented: 204 for a valid GET with nothing to return, 400 with field errors
(``{"field": ["message"]}``), 401 with an empty body for a missing/invalid/expired token, 403
for an unknown user, 404 with an empty body, 422 ``{"detail": ...}``, 500.

Odd cases reproduced on purpose: responses carry fields and a status value
(``not_verified_duplicate``) that the documentation lacks; after ``idle_after`` seconds without
traffic the next request answers only after ``cold_start_delay`` real seconds (35 s by default)
but is still processed; validation moves vehicles on after ``validation_delay`` seconds of
``self.clock`` with an outcome decided by the document's content (``_thg_data.outcome_for``).
Tokens are the ones ``thg_identity`` issues (checked with the shared simulator key).
"""

from __future__ import annotations

import csv
import io
import re
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from fleetdesk.simulators import _thg_tokens as tokens
from fleetdesk.simulators._thg_data import STATUSES, VEHICLE_FIELDS, Store, Timings, iso, parse_z
from fleetdesk.simulators._thg_seed import seed_bulk, seed_demo
from fleetdesk.simulators._thg_uba import TS_HELP as _TS_HELP
from fleetdesk.simulators._thg_uba import UbaRoutes
from fleetdesk.simulators._thg_wire import _json_body, _length_errors, _multipart, page_of
from fleetdesk.simulators.framework import Faults, SimApp, SimRequest, SimResponse, route
from fleetdesk.simulators.hub import SimSpec

_MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"%PDF-", "application/pdf"))
_PAGE_RX = re.compile(rb"/Type\s*/Page(?![s\w])")


class ThgSim(UbaRoutes, SimApp):
    name = "thg"
    error_body = b""  # the documented 500 has an empty body

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        demo: bool = True,
        tenant_id: str = tokens.DEFAULT_TENANT_ID,
        audiences: tuple[str, ...] = (tokens.DEFAULT_CLIENT_ID,),
        cold_start_delay: float = 35.0,
        idle_after: float = 20 * 60,
        max_upload_bytes: int = 20 * 2**20,
        timings: Timings | None = None,
        sleep_before_uploads: tuple[int, ...] = (),
        outage_after_upload: int | None = None,
        outage_seconds: float = 8.0,
        changed_since_after: bool = True,
        page_lists: bool = True,
        past_end_status: int = 404,
        detail_gets: bool = False,
        duplicate_message: str = "A UBA request for this vehicle and year exists already.",
        **delays: float,
    ):
        """``delays`` override single timings, e.g. ``validation_delay=5``.

        Scripted faults (the demo uses them): the service falls asleep just before the n-th
        upload of ``sleep_before_uploads`` (a cold start), and after upload number
        ``outage_after_upload`` the network drops every connection for ``outage_seconds``
        real seconds.
        """
        super().__init__(clock=clock)
        self.changed_since_after = changed_since_after
        self.page_lists = page_lists
        self.past_end_status = past_end_status
        self.detail_gets = detail_gets
        self.duplicate_message = duplicate_message
        self.faults: _ScriptedFaults = _ScriptedFaults()
        self.sleep_before_uploads = set(sleep_before_uploads)
        self.outage_after_upload = outage_after_upload
        self.outage_seconds = outage_seconds
        self.uploads_seen = 0
        self.tenant_id = tenant_id
        self.audiences = set(audiences) | {f"api://{a}" for a in audiences}
        self.cold_start_delay = cold_start_delay
        self.idle_after = idle_after
        self.max_upload_bytes = max_upload_bytes
        self.forbidden_users: set[str] = set()  # oids that get 403
        self.denied_paths: set[str] = set()  # path prefixes this account may not read: 403
        self.cold_starts = 0
        self.store = Store(replace(timings or Timings(), **delays))
        self._last_seen = clock()
        self._booting_until = 0.0
        self._boot_lock = threading.Lock()
        if demo:
            seed_demo(self.store, clock())

    # -- hooks for tests ---------------------------------------------------------------
    def seed_bulk(self, count: int, **kwargs) -> list[int]:
        """Add ``count`` validated vehicles fast (paging tests)."""
        with self.lock:
            return seed_bulk(self.store, count, self.clock(), **kwargs)

    def go_idle(self) -> None:
        """Make the next request a cold start (as if nobody had called for a long time)."""
        with self._boot_lock:
            self._last_seen = self.clock() - self.idle_after - 1

    # -- cold start, auth, time ----------------------------------------------------------
    def dispatch(self, request: SimRequest) -> SimResponse:
        if request.method == "POST" and re.fullmatch(r"/vehicles/?", request.path):
            with self._boot_lock:
                self.uploads_seen += 1
                n = self.uploads_seen
            if n in self.sleep_before_uploads:
                self.go_idle()
            if n == self.outage_after_upload:
                self.faults.outage_until = time.monotonic() + self.outage_seconds
        with self._boot_lock:
            now = self.clock()
            if now - self._last_seen >= self.idle_after:
                self.cold_starts += 1
                self._booting_until = time.monotonic() + self.cold_start_delay
            self._last_seen = now
            wait = self._booting_until - time.monotonic()
        if wait > 0:
            time.sleep(wait)  # real time: the client's read timeout is what is being tested
        with self.lock:
            self.store.tick(self.clock())
            return super().dispatch(request)

    def before(self, request: SimRequest) -> SimResponse | None:
        header = request.header("authorization") or ""
        claims = tokens.decode(header[7:].strip()) if header[:7].lower() == "bearer " else None
        if (
            claims is None
            or claims.get("aud") not in self.audiences
            or claims.get("tid") != self.tenant_id
            or float(claims.get("exp", 0)) <= self.clock()
            or tokens.API_SCOPE not in str(claims.get("scp", "")).split()
        ):
            return SimResponse.empty(401, {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        if claims.get("oid") in self.forbidden_users or any(
            request.path.startswith(p) for p in self.denied_paths
        ):
            return SimResponse.empty(403)
        return None

    def not_found(self, request: SimRequest) -> SimResponse:
        return SimResponse.empty(404)

    def _since(self, stamp: str | None, limit: float) -> bool:
        """Whether ``stamp`` is "since" ``limit`` (strictly after unless switched)."""
        if not stamp:
            return False
        when = parse_z(stamp)
        return when > limit if self.changed_since_after else when >= limit

    def _page(
        self, request: SimRequest, items: list[dict], *, paged: bool = True, empty_status: int = 204
    ) -> SimResponse:
        return page_of(
            request, items, paged=paged, empty_status=empty_status, past_end_status=self.past_end_status
        )

    # -- registrants --------------------------------------------------------------------
    @route("GET", r"/vehicleregistrant/?")
    def list_registrants(self, request: SimRequest) -> SimResponse:
        return self._page(request, list(self.store.registrants.values()), paged=self.page_lists)

    @route("GET", r"/vehicleregistrant/(?P<id>\d+)/?")
    def get_registrant(self, request: SimRequest) -> SimResponse:
        if not self.detail_gets:
            return SimResponse.empty(404)
        record = self.store.registrants.get(int(request.params["id"]))
        return SimResponse.json(record) if record else SimResponse.empty(404)

    @route("POST", r"/vehicleregistrant/?")
    def create_registrant(self, request: SimRequest) -> SimResponse:
        data, bad = _json_body(request)
        if bad:
            return bad
        errors: dict[str, list[str]] = {}
        kind = data.get("type", "organization")
        if kind not in ("person", "organization"):
            errors["type"] = [f'"{kind}" is not a valid choice.']
        if not str(data.get("last_name_or_organization") or "").strip():
            errors["last_name_or_organization"] = ["This field is required."]
        if kind == "person" and not str(data.get("first_name") or "").strip():
            errors["first_name"] = ["This field is required for a person."]
        postal = str(data.get("postal_code") or "")
        if postal and (data.get("country") or "DE") == "DE" and not re.fullmatch(r"\d{5}", postal):
            errors["postal_code"] = ["A German postal code has five digits."]
        errors.update(
            _length_errors(
                data,
                ("first_name", "last_name_or_organization", "street", "city", "email", "customer_reference"),
            )
        )
        if errors:
            return SimResponse.json(errors, 400)
        return SimResponse.json(self.store.add_registrant(data, self.clock()), 201)

    # -- vehicles -------------------------------------------------------------------------
    @route("POST", r"/vehicles/?")
    def create_vehicle(self, request: SimRequest) -> SimResponse:
        if len(request.body) > self.max_upload_bytes:
            return SimResponse.empty(413)
        fields, files = _multipart(request)
        errors: dict[str, list[str]] = {}
        upload = files.get("file")
        if upload is None:
            errors["file"] = ["No file was submitted."]
        elif not upload[1]:
            errors["file"] = ["The submitted file is empty."]
        elif not any(upload[1].startswith(m) for m, _ in _MAGIC):
            errors["file"] = [
                "Upload a valid image (JPEG, PNG) or PDF. The file you uploaded was "
                "either not an image or a corrupted image."
            ]
        rid = fields.get("vehicleregistrant_id", "")
        if not rid:
            errors["vehicleregistrant_id"] = ["This field is required."]
        elif not rid.isdigit() or int(rid) not in self.store.registrants:
            errors["vehicleregistrant_id"] = [f'Invalid pk "{rid}" - object does not exist.']
        errors.update(_length_errors(fields, _REFS))
        if errors or upload is None:  # no upload: errors["file"] says so
            return SimResponse.json(errors, 400)
        filename, content = upload
        if content.startswith(b"%PDF-") and len(_PAGE_RX.findall(content)) > 1:
            return SimResponse.json(
                {
                    "detail": "Only the front of the registration document is "
                    f"accepted; the PDF has {len(_PAGE_RX.findall(content))} pages."
                },
                422,
            )
        refs = {k: fields.get(k, "") for k in _REFS}
        vehicle = self.store.add_vehicle(int(rid), content, filename, refs, self.clock())
        return SimResponse.json(vehicle, 201)

    @route("GET", r"/vehicles/?")
    def list_vehicles(self, request: SimRequest) -> SimResponse:
        matches, bad = self._filtered(request)
        if bad:
            return bad
        return self._page(request, matches)

    @route("GET", r"/vehicles/export/?")
    def export_vehicles(self, request: SimRequest) -> SimResponse:
        matches, bad = self._filtered(request)
        if bad:
            return bad
        if not matches:
            return SimResponse.empty(204)
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=VEHICLE_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for vehicle in matches:
            writer.writerow({k: "" if v is None else v for k, v in vehicle.items()})
        name = time.strftime("vehicles_%Y%m%d.csv", time.gmtime(self.clock()))
        return SimResponse.text(
            out.getvalue(),
            content_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @route("GET", r"/vehicles/(?P<id>\d+)/?")
    def get_vehicle(self, request: SimRequest) -> SimResponse:
        if not self.detail_gets:
            return SimResponse.empty(404)
        vehicle = self.store.vehicles.get(int(request.params["id"]))
        return SimResponse.json(vehicle) if vehicle else SimResponse.empty(404)

    @route("PATCH", r"/vehicles/(?P<id>\d+)/?")
    def patch_vehicle(self, request: SimRequest) -> SimResponse:
        vehicle = self.store.vehicles.get(int(request.params["id"]))
        if vehicle is None:
            return SimResponse.empty(404)
        data, bad = _json_body(request)
        if bad:
            return bad
        errors = {
            k: [
                "This field cannot be modified; only customer_reference1, "
                "customer_reference2 and customer_reference3 can."
            ]
            for k in data
            if k not in _REFS
        }
        for k in _REFS:
            if k in data and data[k] is not None and not isinstance(data[k], str):
                errors[k] = ["Not a valid string."]
        errors.update(_length_errors(data, _REFS))
        if errors:
            return SimResponse.json(errors, 400)
        vehicle.update({k: data[k] or "" for k in _REFS if k in data})
        vehicle["last_modified"] = iso(self.clock())  # status_update (changed_since) is untouched
        return SimResponse.json(vehicle)

    def _filtered(self, request: SimRequest) -> tuple[list[dict], SimResponse | None]:
        status = request.arg("status")
        if status is not None and status not in STATUSES:
            return [], SimResponse.json(
                {"status": [f"Select a valid choice. {status} is not one of the available choices."]}, 400
            )
        since = None
        changed_since = request.arg("changed_since")
        if changed_since is not None:
            try:
                since = parse_z(changed_since)
            except ValueError:
                return [], SimResponse.json({"changed_since": [_TS_HELP]}, 400)
        refs = {k: request.arg(k) for k in _REFS if request.arg(k) is not None}
        out = [
            v
            for v in self.store.vehicles.values()
            if (status is None or v["status"] == status)
            and (since is None or self._since(v["status_update"], since))
            and all(v[k] == value for k, value in refs.items())
        ]
        return out, None


_REFS = ("customer_reference1", "customer_reference2", "customer_reference3")


class _ScriptedFaults(Faults):
    """The framework's faults plus a timed outage (every connection dropped until then)."""

    def __init__(self):
        super().__init__()
        self.outage_until = 0.0

    def take(self) -> str | None:
        if time.monotonic() < self.outage_until:
            return "drop"
        return super().take()


def demo_or_test_app(**kwargs) -> ThgSim:
    """Tests pass their own settings; the demo gets a fluent script: validation in 20 s, UBA
    answers within about two minutes, a 6 s cold start before the first upload of the session
    and an 8 s network outage after the fourth."""
    if kwargs:
        return ThgSim(**kwargs)
    return ThgSim(
        cold_start_delay=6.0,
        validation_delay=20,
        uba_send_delay=30,
        uba_reply_delay=45,
        sleep_before_uploads=(1,),
        outage_after_upload=4,
        outage_seconds=8.0,
    )


SIMULATOR = SimSpec("thg", demo_or_test_app, services={"thg": ""})
