"""TachoShare.connect 1.7.0 client: one method per endpoint, typed results.

Every call carries the bearer token from a ``TokenManager``; a 401 refreshes the token once
and retries, and a second 401 (or a failed refresh) surfaces as ``AuthExpired`` (sign in
again). A 403 means the grant lacks a scope and becomes a ``Rejected`` that says so. Files
stream straight into the caller's file object, so their size never matters for memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import BinaryIO
from urllib.parse import quote

import requests

from fleetdesk.core.errors import AuthExpired, BadAnswer, BadInput, FieldError, Rejected
from fleetdesk.core.http import ApiClient
from fleetdesk.tachoshare.archive import CARD_EXTENSIONS, VEHICLE_EXTENSIONS, filename_from_disposition
from fleetdesk.tachoshare.auth import TokenManager
from fleetdesk.tachoshare.models import Download, DriverCard, Vehicle, format_country_code

FILE_ACCEPT = "application/octet-stream, application/json"
JSON_ACCEPT = "application/json"
SCOPE_MESSAGE = (
    "TachoShare refused this request: the sign-in does not grant the permission "
    "(scope) it needs. Ask the Webfleet account owner to grant FleetDesk access to "
    "TachoShare data, then sign in again."
)

Progress = Callable[[int, "int | None"], None]


class TachoShareClient(ApiClient):
    """``GET /vehicles``, ``GET /drivers``, file downloads and ``POST /vehicles/{vin}/rdl``."""

    def __init__(self, base_url: str, tokens: TokenManager, **kwargs):
        super().__init__(base_url, service="tachoshare", **kwargs)
        self.tokens = tokens

    def parse_error(self, response: requests.Response) -> tuple[str, list[FieldError]]:
        """The spec's error body: ``{description, url, traceId}``."""
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("description"), str) and body["description"]:
            trace = body.get("traceId")
            # support asks for the traceId: it stays with the error text (job, RDL, copy details)
            if isinstance(trace, (str, int)) and str(trace).strip():
                return f"{body['description']} (traceId {str(trace).strip()[:100]})", []
            return body["description"], []
        return super().parse_error(response)

    def _authorized(self, send: Callable[[dict[str, str]], requests.Response]) -> requests.Response:
        token = self.tokens.access_token()
        try:
            try:
                return send({"Authorization": f"Bearer {token}"})
            except AuthExpired:
                # the token expired early or was revoked: one refresh, one retry
                token = self.tokens.refresh_after_refusal(token)
                return send({"Authorization": f"Bearer {token}"})
        except Rejected as exc:
            if exc.status == 403:
                raise Rejected(f"{SCOPE_MESSAGE} ({exc.message})", 403, exc.field_errors, exc.body) from exc
            raise

    def _get_json(self, path: str, **kw) -> object:
        response = self._authorized(
            lambda auth: self.request("GET", path, headers={**auth, "Accept": JSON_ACCEPT}, ok=(200,), **kw)
        )
        return response.json()

    # -- lists --------------------------------------------------------------------------
    def vehicles(self) -> list[Vehicle]:
        """Every vehicle the granting user can see, with its RDL state."""
        return [Vehicle.from_json(item) for item in _items(self._get_json("/vehicles"))]

    def drivers(self) -> list[DriverCard]:
        """Every driver card the granting user can see, with its RDL state."""
        return [DriverCard.from_json(item) for item in _items(self._get_json("/drivers"))]

    # -- files --------------------------------------------------------------------------
    def download_vehicle(
        self,
        vin: str,
        date_from: date | None,
        date_to: date | None,
        fmt: str = "DDD",
        *,
        fileobj: BinaryIO,
        progress: Progress | None = None,
        accept: str = FILE_ACCEPT,
    ) -> Download:
        """Vehicle-unit data for activities ``date_from <= day < date_to`` into ``fileobj``.

        ``status`` 204 means nothing in the range (nothing is written). Per the spec's
        usage guidance the incremental range is (stored last + 1 day, new last + 1 day).
        """
        if fmt not in VEHICLE_EXTENSIONS:
            raise BadInput("format", f"must be one of {', '.join(VEHICLE_EXTENSIONS)}")
        params = _range_params("activityDate", date_from, date_to)
        params["format"] = fmt
        return self._download(f"/vehicles/{quote(vin, safe='')}/files", params, fileobj, progress, accept)

    def download_card(
        self,
        card_number: str,
        country_code: str | int,
        date_from: date | None,
        date_to: date | None,
        fmt: str = "DDD",
        *,
        fileobj: BinaryIO,
        progress: Progress | None = None,
        accept: str = FILE_ACCEPT,
    ) -> Download:
        """A ZIP of the driver-card files downloaded on ``date_from <= day < date_to``."""
        if fmt not in CARD_EXTENSIONS:
            raise BadInput("format", f"must be one of {', '.join(CARD_EXTENSIONS)}")
        try:
            country = format_country_code(country_code)
        except ValueError as exc:
            raise BadInput("countryCode", str(exc)) from exc
        params = {"countryCode": country, **_range_params("downloadDate", date_from, date_to), "format": fmt}
        path = f"/drivers/{quote(card_number, safe='')}/files"
        return self._download(path, params, fileobj, progress, accept)

    def _download(
        self, path: str, params: dict, fileobj: BinaryIO, progress: Progress | None, accept: str
    ) -> Download:
        written = 0

        def counting_progress(done: int, total: int | None) -> None:
            nonlocal written
            written = done
            if progress is not None:
                progress(done, total)

        response = self._authorized(
            lambda auth: self.stream_to(
                "GET",
                path,
                fileobj,
                params=params,
                headers={**auth, "Accept": accept},
                ok=(200, 204),
                progress=counting_progress,
            )
        )
        return Download(
            status=response.status_code,
            bytes_written=written if response.status_code == 200 else 0,
            filename_hint=filename_from_disposition(response.headers.get("Content-Disposition")),
            content_type=response.headers.get("Content-Type"),
            url=response.url,
        )

    # -- remote download ----------------------------------------------------------------
    def request_rdl(self, vin: str) -> Vehicle:
        """Ask for a manual remote download; the answer is the vehicle's updated state.

        A 409 (no attempts left, already in progress or scheduled today, not enabled, no
        telematics device, up to date) raises ``Rejected`` with the server's description.
        """
        response = self._authorized(
            lambda auth: self.request(
                "POST",
                f"/vehicles/{quote(vin, safe='')}/rdl",
                ok=(200,),
                headers={**auth, "Accept": JSON_ACCEPT, "Content-Type": "application/json"},
            )
        )
        body = response.json()
        if not isinstance(body, dict):
            raise Rejected("TachoShare answered the RDL request with something other than a vehicle.", 200)
        return Vehicle.from_json(body)


def _items(body: object) -> list[dict]:
    # the spec wraps lists in {"items": [...]}; accept a bare list too
    items = body.get("items") if isinstance(body, dict) else body
    if not isinstance(items, list):
        raise BadAnswer("TachoShare", json.dumps(body)[:200], status=200, detail="not a list of items")
    return [item for item in items if isinstance(item, dict)]


def _range_params(prefix: str, date_from: date | None, date_to: date | None) -> dict[str, str]:
    if date_from and date_to and date_from >= date_to:
        raise BadInput(f"{prefix}-from", f"must be before {prefix}-to (which is exclusive)")
    params = {}
    if date_from is not None:
        params[f"{prefix}-from"] = date_from.isoformat()
    if date_to is not None:
        params[f"{prefix}-to"] = date_to.isoformat()
    return params
