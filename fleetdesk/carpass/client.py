"""Car-Pass professional REST client: one method per endpoint, typed results.

HTTP Basic auth (the username is the establishment number), TLS 1.2/1.3 with the Car-Pass
cipher list, and the ``client-software-builder/-name/-version`` headers on every call.
Processing is asynchronous: ``post_observation`` answers a requestGuid; ``get_status`` says
what became of it. Polling rules (first call >= 1 s after the POST, at most one call per 10 s
while ONGOING, never give up before 90 s) belong to the caller, which owns the clock.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import uuid
from urllib.parse import urlsplit

import requests
from requests.auth import AuthBase

import fleetdesk
from fleetdesk.carpass.models import VHR_LANGUAGES, Observation, StatusResult, VhrResult
from fleetdesk.core.errors import (
    BadAnswer,
    BadInput,
    FieldError,
    NotConfigured,
    Rejected,
    ServerError,
    TransientError,
)
from fleetdesk.core.http import ApiClient, TlsPolicy
from fleetdesk.core.netstate import ConnectionMonitor
from fleetdesk.core.redact import register_secret

SOFTWARE_BUILDER = "FleetDesk"
SOFTWARE_NAME = "FleetDesk"

#: wire field name -> Observation attribute, for showing field errors next to their input
WIRE_FIELDS = {
    "vin": "vin",
    "licensePlate": "license_plate",
    "unifier": "unifier",
    "firstUseDate": "first_use_date",
    "odometerReadingDate": "reading_date",
    "odometerReading": "odometer",
    "observationType": "observation_type",
    "enterpriseOrganisation": "enterprise_organisation",
    "enteredOrganisation": "entered_organisation",
}


class VhrNotReady(TransientError):
    """``/status/vhr`` answered ONGOING (or another not-yet state): Car-Pass is still building
    the report (external sources can take a minute). Not an error: ask again in >= 10 s."""

    def __init__(self, status: str = "ONGOING"):
        super().__init__(
            "Car-Pass is still building the Vehicle History Report "
            f"({status}); FleetDesk asks again in a moment"
        )
        self.status = status


def require_secure_url(base_url: str) -> str:
    """Car-Pass takes TLS 1.2/1.3 only and the Basic credentials must never travel in clear:
    ``https://`` always; ``http://`` only to a loopback address (tests, the demo simulators).
    NotConfigured (with what to do) otherwise."""
    parts = urlsplit(base_url)
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme == "https" and host:
        return base_url
    if scheme == "http" and host:
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if loopback:
            return base_url
        raise NotConfigured(
            f"Car-Pass address {base_url!r}: plain http:// would send the "
            "username and password unencrypted; use https:// (http:// is "
            "allowed only for 127.0.0.1/localhost, for tests and the demo)"
        )
    raise NotConfigured(f"Car-Pass address {base_url!r}: not an https:// URL")


class Utf8BasicAuth(AuthBase):
    """Annex 1: ``Basic `` + Base64("username:password"), the text encoded as UTF-8.

    requests' own HTTPBasicAuth encodes str credentials as latin-1: a password with é or ü
    would be refused (401) by a UTF-8 server, and one with € cannot be encoded at all."""

    def __init__(self, username: str, password: str):
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._header = "Basic " + token
        register_secret(token)

    def __call__(self, request):
        request.headers["Authorization"] = self._header
        return request


class CarPassClient(ApiClient):
    """Client of ``https://ws-professionals[.beta].car-pass.be/api`` (or a simulator)."""

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (5.0, 30.0),
        monitor: ConnectionMonitor | None = None,
        software_builder: str = SOFTWARE_BUILDER,
        software_name: str = SOFTWARE_NAME,
        software_version: str | None = None,
    ):
        require_secure_url(base_url)
        super().__init__(
            base_url,
            service="carpass",
            session=session,
            timeout=timeout,
            tls=TlsPolicy.CARPASS,
            monitor=monitor,
        )
        register_secret(password)
        self._auth = Utf8BasicAuth(username, password)
        self.username = username
        self.software_headers = {
            "client-software-builder": software_builder,
            "client-software-name": software_name,
            "client-software-version": software_version or fleetdesk.__version__,
        }

    def close(self) -> None:
        """Close the session's pooled connections."""
        self.session.close()

    def _call(self, method: str, path: str, **kw) -> requests.Response:
        return self.request(
            method,
            path,
            auth=self._auth,
            headers={**self.software_headers, "Accept": "application/json"},
            **kw,
        )

    @staticmethod
    def _guid_path(guid: str, suffix: str) -> str:
        try:
            uuid.UUID(str(guid))
        except ValueError:
            raise BadInput("requestGuid", f"{guid!r} is not a request GUID") from None
        return f"/observation/{guid}/{suffix}"

    @staticmethod
    def _request_guid(response: requests.Response) -> str:
        try:
            guid = response.json()["requestGuid"]
            return str(uuid.UUID(str(guid)))
        except BadAnswer:
            raise
        except (ValueError, KeyError, TypeError):
            raise BadAnswer(
                "Car-Pass", response.content, status=response.status_code, detail="no valid requestGuid"
            ) from None

    # -- endpoints ----------------------------------------------------------------------
    def post_observation(self, observation: Observation) -> str:
        """POST /observation: register a reading (or ask for a VHR); returns the requestGuid."""
        return self._request_guid(self._call("POST", "/observation", json=observation.to_wire()))

    def get_status(self, request_guid: str) -> StatusResult:
        """GET /observation/{guid}/status."""
        response = self._call("GET", self._guid_path(request_guid, "status"))
        try:
            data = response.json()
        except BadAnswer:
            raise
        except ValueError:
            raise BadAnswer("Car-Pass", response.content, status=response.status_code) from None
        if not isinstance(data, dict):
            raise BadAnswer(
                "Car-Pass", response.content, status=response.status_code, detail="not a status object"
            )
        return StatusResult.from_wire(data)

    def post_correction(self, request_guid: str, observation: Observation) -> str:
        """POST /observation/{guid}/correction with the whole corrected observation; closes
        every issue of that request. Returns the requestGuid to follow from now on."""
        return self._request_guid(
            self._call("POST", self._guid_path(request_guid, "correction"), json=observation.to_wire())
        )

    def post_confirm(self, request_guid: str) -> str:
        """POST /observation/{guid}/confirm: the data is right as sent (cannot be undone).
        Returns the requestGuid to follow from now on."""
        return self._request_guid(self._call("POST", self._guid_path(request_guid, "confirm")))

    def get_vhr(self, request_guid: str, language: str = "NL") -> VhrResult:
        """GET /observation/{guid}/status/vhr?language=..: the Vehicle History Report (PDF)
        and its public URL, once a VEHICLE_HISTORY_DOCUMENT request is PROCESSED."""
        lang = language.upper()
        if lang not in VHR_LANGUAGES:
            raise BadInput("language", f"one of {', '.join(VHR_LANGUAGES)}")
        response = self._call("GET", self._guid_path(request_guid, "status/vhr"), params={"language": lang})
        try:
            data = response.json()
        except BadAnswer:
            raise
        except ValueError:
            raise BadAnswer("Car-Pass", response.content, status=response.status_code) from None
        if isinstance(data, dict) and not data.get("file") and data.get("status"):
            # Annex 2 check 3: "status/{requestGuid}/vhr is equal to 'ONGOING'": not ready yet
            raise VhrNotReady(str(data["status"]))
        try:
            pdf = base64.b64decode(data["file"], validate=True)
            url = str(data["publicUrl"])
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise BadAnswer(
                "Car-Pass",
                response.content,
                status=response.status_code,
                detail="the VHR answer is malformed",
            ) from None
        if not pdf.startswith(b"%PDF"):
            raise ServerError("carpass: the VHR file is not a PDF", response.status_code)
        return VhrResult(pdf, url, lang)

    def check_credentials(self) -> bool:
        """'Test connection': ask the status of a request that cannot exist.

        Wrong credentials raise AuthExpired; any other refusal (404 for the unknown GUID)
        means the server accepted the credentials.
        """
        try:
            self.get_status(str(uuid.UUID(int=0)))
        except Rejected:
            pass
        return True

    # -- errors ---------------------------------------------------------------------------
    def parse_error(self, response: requests.Response) -> tuple[str, list[FieldError]]:
        """``{"errors": [{"field", "message"}]}`` to field errors; a combined field such as
        "vin, licensePlate" becomes one FieldError per field, with the same message."""
        try:
            body = response.json()
        except ValueError:
            return super().parse_error(response)
        errors = body.get("errors") if isinstance(body, dict) else None
        if not isinstance(errors, list) or not errors:
            return super().parse_error(response)
        field_errors: list[FieldError] = []
        messages: list[str] = []
        for item in errors:
            if not isinstance(item, dict):
                continue
            message = str(item.get("message") or "invalid")
            names = [n.strip() for n in str(item.get("field") or "").split(",") if n.strip()]
            messages.append(f"{', '.join(names)}: {message}" if names else message)
            field_errors.extend(FieldError(name, message) for name in names or [""])
        return "Car-Pass refused the request: " + "; ".join(messages), field_errors
