"""The UBA routes of the THG-quota simulator (``/ubarequest``, ``/ubaresponse``), mixed into
``ThgSim``: requests for one vehicle and one year (an optional ``ready_for_uba`` hold, set only at
creation; DELETE only while not sent) and the UBA's answers (404 when nothing was sent)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from fleetdesk.simulators._thg_data import Store, iso, parse_z
from fleetdesk.simulators._thg_wire import _json_body
from fleetdesk.simulators.framework import SimRequest, SimResponse, route

TS_HELP = "Expected a UTC timestamp with a trailing Z, e.g. 2022-01-01T13:00:00Z."
_TS_HELP = TS_HELP


class UbaRoutes:
    """Needs ``store``, ``clock``, ``detail_gets``, ``duplicate_message``, ``page_lists``,
    ``_page`` and ``_since`` from ``ThgSim``."""

    store: Store
    clock: Callable[[], float]
    detail_gets: bool
    duplicate_message: str
    page_lists: bool
    _page: Callable[..., SimResponse]
    _since: Callable[[str | None, float], bool]

    # -- UBA requests -------------------------------------------------------------------------
    @route("POST", r"/ubarequest/?")
    def create_uba_request(self, request: SimRequest) -> SimResponse:
        data, bad = _json_body(request)
        if bad:
            return bad
        errors: dict[str, list[str]] = {}
        vid, year, ready = data.get("vehicle_id"), data.get("year"), data.get("ready_for_uba")
        vehicle = self.store.vehicles.get(vid) if isinstance(vid, int) else None
        if vid is None:
            errors["vehicle_id"] = ["This field is required."]
        elif vehicle is None:
            errors["vehicle_id"] = [f'Invalid pk "{vid}" - object does not exist.']
        this_year = time.gmtime(self.clock()).tm_year
        if not isinstance(year, int) or isinstance(year, bool):
            errors["year"] = ["A valid integer is required."]
        elif not 2022 <= year <= this_year + 1:
            errors["year"] = [f"Ensure this value is between 2022 and {this_year + 1}."]
        if ready is not None:
            try:
                parse_z(ready)
            except (ValueError, TypeError):
                errors["ready_for_uba"] = ["Datetime has wrong format. " + _TS_HELP]
        if not errors and any(
            u["vehicle_id"] == vid and u["year"] == year for u in self.store.uba_requests.values()
        ):
            errors["non_field_errors"] = [self.duplicate_message]
        if errors or vehicle is None:  # no vehicle: an error above says why
            return SimResponse.json(errors, 400)
        if vehicle["status"] not in ("pending", "verified"):
            return SimResponse.json(
                {"detail": f"Vehicle {vid} is not eligible for the quota (status {vehicle['status']})."}, 422
            )
        record: dict[str, Any] = {
            "id": self.store.new_id("u"),
            "vehicle_id": vid,
            "year": year,
            "ready_for_uba": iso(parse_z(ready)) if ready else None,
            "created": iso(self.clock()),
            "sent": None,
        }
        self.store.uba_requests[record["id"]] = record
        return SimResponse.json(record, 201)

    @route("GET", r"/ubarequest/?")
    def list_uba_requests(self, request: SimRequest) -> SimResponse:
        # The spec documents no filters here: unknown query parameters are ignored, as a real
        # server that does not know them would.
        return self._page(request, list(self.store.uba_requests.values()), paged=self.page_lists)

    @route("GET", r"/ubarequest/(?P<id>\d+)/?")
    def get_uba_request(self, request: SimRequest) -> SimResponse:
        if not self.detail_gets:
            return SimResponse.empty(404)
        record = self.store.uba_requests.get(int(request.params["id"]))
        return SimResponse.json(record) if record else SimResponse.empty(404)

    @route("DELETE", r"/ubarequest/(?P<id>\d+)/?")
    def delete_uba_request(self, request: SimRequest) -> SimResponse:
        rid = int(request.params["id"])
        record = self.store.uba_requests.get(rid)
        if record is None:
            return SimResponse.empty(404)
        if record["sent"] is not None:
            return SimResponse.json(
                {"detail": "This request was already sent to the UBA and can no longer be revoked."}, 422
            )
        del self.store.uba_requests[rid]
        return SimResponse.empty(204)

    # -- UBA responses --------------------------------------------------------------------------
    @route("GET", r"/ubaresponse/?")
    def list_uba_responses(self, request: SimRequest) -> SimResponse:
        limits = {}
        for name in ("sent_changed_since", "reply_changed_since"):
            value = request.arg(name)
            if value is not None:
                try:
                    limits[name] = parse_z(value)
                except ValueError:
                    return SimResponse.json({name: [_TS_HELP]}, 400)
        out = [
            r
            for r in self.store.uba_responses.values()
            if ("sent_changed_since" not in limits or self._since(r["sent"], limits["sent_changed_since"]))
            and (
                "reply_changed_since" not in limits or self._since(r["reply"], limits["reply_changed_since"])
            )
        ]
        # "If no communication was sent/received you will only get a 404 status code response."
        return self._page(request, out, paged=self.page_lists, empty_status=404)

    @route("GET", r"/ubaresponse/(?P<vehicle_id>\d+)/?")
    def vehicle_uba_responses(self, request: SimRequest) -> SimResponse:
        vid = int(request.params["vehicle_id"])
        out = [r for r in self.store.uba_responses.values() if r["vehicle_id"] == vid]
        return SimResponse.json(out) if out else SimResponse.empty(404)
