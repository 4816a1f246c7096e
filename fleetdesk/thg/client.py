"""THG-quota "QaaS Vehicles" client: one method per endpoint, typed results.

The base URL is ``https://qaas-vehicles.azurewebsites.net`` (or ``FLEETDESK_THG_URL``). The
bearer token comes from a callable (``ThgAuth.access_token``); a 401 makes the client ask
``renew`` (``ThgAuth.refresh``) for a new token once and repeat the call.

Vendor behaviour handled here:
- a valid GET with nothing to return answers 204 (empty lists, pages past the end);
- ``/vehicles`` pages hold at most 5,000 items (100 by default). Paging is documented for
  ``/vehicles`` only, but every list (registrants, UBA requests and answers) is read page after
  page until a short, empty, 204 or 404 page (a page past the end), whatever page size the
  server really applied, and also from a server that ignores ``page``/``size`` (a page with
  nothing new ends the list). ``Listing.complete`` says whether the whole list was read;
  only then may a caller conclude that something is gone;
- ``changed_since`` ("received a status update since"): whether "since" means after or at-or-
  after is not said, so ``vehicles_changed_since`` asks from ``CURSOR_OVERLAP`` before the cursor
  and the caller stores what comes again idempotently;
- timestamps are sent in UTC with a trailing Z (a local offset would silently exclude data);
- errors are ``{"field": ["message"]}`` (400) or ``{"detail": "..."}`` (422);
- the service sleeps when idle and may not answer within 30 s: a GET is sent once more after a
  timeout, as the vendor advises. Writes are never repeated here; the outbox decides.

Endpoint paths beyond those the documentation names are in ``PATHS``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from fleetdesk.core.errors import AuthExpired, BadAnswer, BadInput, FieldError, Offline, Rejected
from fleetdesk.core.http import ApiClient
from fleetdesk.thg.filecheck import detect_type
from fleetdesk.thg.models import Registrant, UbaRequest, UbaResponse, Vehicle, wire_time

MAX_PAGE_SIZE = 5000
MAX_PAGES = 10_000  # a server that never ends a list: stop, and say the list is incomplete
CURSOR_OVERLAP = timedelta(minutes=5)  # asked again before a ``changed_since`` cursor
REFERENCE_FIELDS = ("customer_reference1", "customer_reference2", "customer_reference3")
PATHS = {
    "registrants": "/vehicleregistrant",
    "vehicles": "/vehicles",
    "export": "/vehicles/export",
    "uba_requests": "/ubarequest",
    "uba_responses": "/ubaresponse",
}


class Listing(list):
    """The items of a list endpoint; ``complete`` is False when reading stopped before the end."""

    complete: bool = True


def _item_key(item: Any) -> tuple:
    if isinstance(item, dict) and isinstance(item.get("id"), (int, str)):
        return ("id", item["id"])
    return ("raw", json.dumps(item, sort_keys=True, default=str))


#: the spec's status table, for answers without a body
_MEANINGS = {
    403: "access denied for this user",
    404: "record not found",
    422: "request not processable",
    500: "unexpected server error",
}


def _plain(status: int) -> str:
    meaning = _MEANINGS.get(status)
    return f"{meaning} (HTTP {status})" if meaning else f"HTTP {status}"


def _messages(value: Any) -> list[str]:
    """The messages of one field's errors: a string, a list, or a nested object (flattened)."""
    if isinstance(value, list):
        return [m for v in value for m in _messages(v)]
    if isinstance(value, dict):
        return [f"{k}: {m}" for k, v in value.items() for m in _messages(v)]
    return [str(value)] if value is not None and str(value).strip() else []


@dataclass
class VehicleFilter:
    """The documented filters of ``/vehicles`` and ``/vehicles/export`` (combined with AND)."""

    status: str | None = None
    changed_since: datetime | None = None
    customer_reference1: str | None = None
    customer_reference2: str | None = None
    customer_reference3: str | None = None

    def params(self) -> dict[str, str]:
        out = {k: getattr(self, k) for k in ("status", *REFERENCE_FIELDS) if getattr(self, k) is not None}
        if self.changed_since is not None:
            out["changed_since"] = wire_time(self.changed_since)
        return out


class ThgClient(ApiClient):
    """One method per endpoint of the QaaS Vehicles API."""

    def __init__(
        self,
        base_url: str,
        token: Callable[[], str],
        *,
        renew: Callable[[], str] | None = None,
        **kwargs: Any,
    ):
        kwargs.setdefault("service", "thg")
        super().__init__(base_url, **kwargs)
        self._token = token
        self._renew = renew

    # -- plumbing -------------------------------------------------------------------------
    def parse_error(self, response) -> tuple[str, list[FieldError]]:
        """The documented bodies are "the validation errors including the affected field names"
        (400) and "the reason for the error" (422), in no given format: read DRF's
        ``{"field": ["message"]}`` / ``{"detail": "..."}``, other usual keys, a list of
        messages, a JSON string or plain text."""
        try:
            body = response.json() if response.content.strip() else None
        except ValueError:
            return (response.text.strip()[:300] or _plain(response.status_code)), []
        if body is None:  # the documented empty bodies: the status table's meaning
            return _plain(response.status_code), []
        if isinstance(body, str) and body.strip():
            return body.strip()[:300], []
        if isinstance(body, list):
            texts = [str(m) for m in body if isinstance(m, (str, int, float)) and str(m).strip()]
            return ("; ".join(texts)[:300] or f"HTTP {response.status_code}"), []
        if isinstance(body, dict):
            for key in ("detail", "message", "error", "reason", "title"):
                if isinstance(body.get(key), str) and body[key].strip():
                    return body[key], []
            errors = []
            for name, messages in body.items():
                for message in _messages(messages):
                    errors.append(FieldError("" if name in ("non_field_errors", "detail") else name, message))
            if errors:
                return "; ".join(f"{e.field}: {e.message}" if e.field else e.message for e in errors), errors
        return _plain(response.status_code), []

    def _call(self, method: str, path: str, **kw: Any):
        def send(token: str):
            headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
            return self.request(method, path, headers=headers, **kw)

        token = self._token()
        try:
            try:
                return send(token)
            except Offline:
                if method != "GET":
                    raise
                return send(token)  # a cold start: the vendor says to ask a second time
        except AuthExpired:
            if self._renew is None:
                raise
            return send(self._renew())

    def _page(self, path: str, params: dict, *, missing_is_empty: bool) -> list:
        """One page; 204 (and with ``missing_is_empty`` 404) is an empty page."""
        ok = (200, 204, 404) if missing_is_empty else None
        response = self._call("GET", path, params=params, **({"ok": ok} if ok else {}))
        if response.status_code in (204, 404) or not response.content:
            return []
        body = response.json()
        if not isinstance(body, list):
            raise BadAnswer(self.title, response.content[:200], detail="a list was expected")
        return body

    def _list(
        self,
        path: str,
        params: dict | None = None,
        *,
        missing_is_empty: bool = False,
        size: int = MAX_PAGE_SIZE,
    ) -> Listing:
        """Every item of a list endpoint, page after page (``page`` from 1), each item once.

        Ends on an empty page (also 204, and 404 past the first page: a page past the end), on
        a page shorter than the longest one seen (a smaller page size applied by the server
        cannot end the listing early), on a page with nothing new (a server that ignores
        ``page``) or on a page longer than asked for (one that ignores ``size``).
        ``missing_is_empty``: a 404 on the first page means "nothing yet" (the UBA lists: "If
        no communication was sent/received you will only get a 404").
        """
        out, seen, longest = Listing(), set(), 0
        for page in range(1, MAX_PAGES + 1):
            batch = self._page(
                path,
                {**(params or {}), "page": str(page), "size": str(size)},
                missing_is_empty=missing_is_empty or page > 1,
            )
            fresh = []
            for item in batch:
                key = _item_key(item)
                if key not in seen:
                    seen.add(key)
                    fresh.append(item)
            out.extend(fresh)
            if not fresh or len(batch) > size or len(batch) < longest:
                return out
            longest = max(longest, len(batch))
        out.complete = False
        return out

    # -- registrants ----------------------------------------------------------------------
    def registrants(self) -> list[Registrant]:
        return [Registrant.from_json(r) for r in self._list(PATHS["registrants"])]

    def registrant(self, registrant_id: int) -> Registrant:
        return Registrant.from_json(self._call("GET", f"{PATHS['registrants']}/{registrant_id}").json())

    def create_registrant(
        self, *, type: str, last_name_or_organization: str, first_name: str = "", **more: str
    ) -> Registrant:
        """A person or organisation; ``more``: street, postal_code, city, country, email,
        customer_reference."""
        if type not in ("person", "organization"):
            raise BadInput("type", "must be 'person' or 'organization'")
        body = {
            "type": type,
            "first_name": first_name,
            "last_name_or_organization": last_name_or_organization,
            **more,
        }
        return Registrant.from_json(self._call("POST", PATHS["registrants"], json=body).json())

    # -- vehicles -----------------------------------------------------------------------------
    def upload_vehicle(
        self,
        file: Path | bytes,
        refs: tuple[str, ...] | list[str],
        registrant_id: int,
        *,
        filename: str | None = None,
    ) -> Vehicle:
        """Create a vehicle from the front of its registration document (multipart upload)."""
        if len(refs) > 3:
            raise BadInput("customer_reference", "at most three customer references")
        content = Path(file).read_bytes() if isinstance(file, (str, Path)) else bytes(file)
        kind = detect_type(content)
        if kind is None:
            raise BadInput("file", "not a JPEG, PNG or PDF file")
        name = filename or (
            Path(file).name if isinstance(file, (str, Path)) else f"document.{kind.extension}"
        )
        data = {"vehicleregistrant_id": str(registrant_id)}
        data.update({f"customer_reference{i}": ref for i, ref in enumerate(refs, 1) if ref})
        response = self._call(
            "POST", PATHS["vehicles"], data=data, files={"file": (name, content, kind.mime)}
        )
        return Vehicle.from_json(response.json())

    def vehicles(self, filters: VehicleFilter | None = None, page: int = 1, size: int = 100) -> list[Vehicle]:
        """One page (``page`` from 1; ``size`` up to 5,000)."""
        if page < 1 or not 1 <= size <= MAX_PAGE_SIZE:
            raise BadInput("size" if page >= 1 else "page", f"page >= 1, size 1..{MAX_PAGE_SIZE}")
        params = {**(filters or VehicleFilter()).params(), "page": str(page), "size": str(size)}
        return [
            Vehicle.from_json(v) for v in self._page(PATHS["vehicles"], params, missing_is_empty=page > 1)
        ]

    def iter_vehicles(self, filters: VehicleFilter | None = None, size: int = MAX_PAGE_SIZE) -> Listing:
        """Every matching vehicle, page after page; each vehicle once (see ``_list``)."""
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise BadInput("size", f"1..{MAX_PAGE_SIZE}")
        found = self._list(PATHS["vehicles"], (filters or VehicleFilter()).params(), size=size)
        out = Listing(Vehicle.from_json(v) for v in found)
        out.complete = found.complete
        return out

    def vehicles_changed_since(
        self, cursor: datetime | None, *, overlap: timedelta = CURSOR_OVERLAP
    ) -> tuple[Listing, datetime | None]:
        """Vehicles whose status changed since ``cursor`` (asked from ``overlap`` earlier, so
        a change in the cursor's own second is fetched whether the server reads "since" as
        "after" or "at or after"), and the next cursor.

        The next cursor is the latest ``status_update`` seen (the server's clock, not ours);
        the vehicles of the overlap come again next time, so store them idempotently.
        """
        found = self.iter_vehicles(VehicleFilter(changed_since=None if cursor is None else cursor - overlap))
        stamps = [v.status_update for v in found if v.status_update is not None]
        return found, max([*stamps, *([cursor] if cursor else [])], default=None)

    def vehicle(self, vehicle_id: int) -> Vehicle:
        """One vehicle. ``GET /vehicles/{id}`` is not documented: when the server does not
        answer it (404, 405), the vehicle is looked for in the list."""
        response = self._call("GET", f"{PATHS['vehicles']}/{vehicle_id}", ok=(200, 404, 405))
        if response.status_code == 200:
            return Vehicle.from_json(response.json())
        found = next((v for v in self.iter_vehicles() if v.id == vehicle_id), None)
        if found is None:
            raise Rejected(f"vehicle {vehicle_id} was not found", 404)
        return found

    def patch_vehicle(self, vehicle_id: int, **changes: str) -> Vehicle:
        """Change customer references; nothing else about a vehicle can be changed."""
        for name in changes:
            if name not in REFERENCE_FIELDS:
                raise BadInput(name, "only the customer references of a vehicle can be changed")
        response = self._call("PATCH", f"{PATHS['vehicles']}/{vehicle_id}", json=changes)
        return Vehicle.from_json(response.json())

    def export_csv(
        self,
        fileobj: BinaryIO,
        filters: VehicleFilter | None = None,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> int:
        """Write the CSV export to ``fileobj``; returns its size (0 when nothing matched)."""
        start = fileobj.tell() if fileobj.seekable() else 0

        def fetch(token: str) -> None:
            headers = {"Authorization": f"Bearer {token}", "Accept": "text/csv"}
            self.stream_to(
                "GET",
                PATHS["export"],
                fileobj,
                params=(filters or VehicleFilter()).params(),
                headers=headers,
                progress=progress,
            )

        try:
            fetch(self._token())
        except AuthExpired:
            if self._renew is None:
                raise
            if fileobj.seekable():  # a 401 carries no CSV, but never keep half of anything
                fileobj.seek(start)
                fileobj.truncate()
            fetch(self._renew())  # renewed once, like every other call
        return (fileobj.tell() - start) if fileobj.seekable() else -1

    # -- UBA -------------------------------------------------------------------------------
    def create_uba_request(
        self, vehicle_id: int, year: int, ready_for_uba: datetime | None = None
    ) -> UbaRequest:
        """Claim the quota for a vehicle and year; ``ready_for_uba`` holds it until then (it
        can be set only now, never changed later)."""
        body: dict[str, Any] = {"vehicle_id": vehicle_id, "year": year}
        if ready_for_uba is not None:
            body["ready_for_uba"] = wire_time(ready_for_uba)
        return UbaRequest.from_json(self._call("POST", PATHS["uba_requests"], json=body).json())

    def uba_requests(self) -> Listing:
        """Every UBA request of the account (the API documents no filters and no paging for
        this list; it is paged all the same). ``complete``: the whole list was read."""
        found = self._list(PATHS["uba_requests"], missing_is_empty=True)
        out = Listing(UbaRequest.from_json(u) for u in found)
        out.complete = found.complete
        return out

    def delete_uba_request(self, request_id: int) -> None:
        """Withdraw a request; refused (Rejected, 422) once it was sent to the UBA."""
        self._call("DELETE", f"{PATHS['uba_requests']}/{request_id}")

    def uba_responses(
        self,
        *,
        sent_changed_since: datetime | None = None,
        reply_changed_since: datetime | None = None,
        overlap: timedelta = CURSOR_OVERLAP,
    ) -> list[UbaResponse]:
        """UBA answers, all or those sent / replied since a time stamp (asked from ``overlap``
        earlier, like ``vehicles_changed_since``)."""
        params = {}
        if sent_changed_since is not None:
            params["sent_changed_since"] = wire_time(sent_changed_since - overlap)
        if reply_changed_since is not None:
            params["reply_changed_since"] = wire_time(reply_changed_since - overlap)
        return [
            UbaResponse.from_json(r)
            for r in self._list(PATHS["uba_responses"], params, missing_is_empty=True)
        ]

    def vehicle_uba_responses(self, vehicle_id: int) -> list[UbaResponse]:
        """One item per year; empty when nothing was sent yet (the API answers 404)."""
        response = self._call("GET", f"{PATHS['uba_responses']}/{vehicle_id}", ok=(200, 204, 404))
        if response.status_code != 200:
            return []
        return [UbaResponse.from_json(r) for r in response.json()]
