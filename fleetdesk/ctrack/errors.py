"""Ctrack error codes -> FleetDesk's typed errors.

Ctrack answers errors in the body: ``{"ErrorCode": "AuthorisationFailed = 4"}`` (a .NET enum
printed as ``Name = Number``); success is ``0`` or ``"Success = 0"``. The spec names only
``Success = 0`` and ``AuthorisationFailed = 4``; other names are matched by meaning
(rate limit, queue subscription) and everything else becomes ``CtrackRejected`` with its code.
"""

from __future__ import annotations

import re
from typing import Any

from fleetdesk.core.errors import AuthExpired, RateLimited, Rejected

SUCCESS, AUTHORISATION_FAILED = 0, 4
KNOWN_NAMES = {SUCCESS: "Success", AUTHORISATION_FAILED: "AuthorisationFailed"}
_CODE = re.compile(r"\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)?\s*(?:=\s*)?(?P<number>-?\d+)?\s*")


class CtrackCode:
    """Mixin: the vendor's code name and number, for messages and decisions."""

    code_name: str = ""
    code: int | None = None

    def _set_code(self, name: str, number: int | None) -> None:
        self.code_name, self.code = name, number


class SessionExpired(AuthExpired, CtrackCode):
    """``AuthorisationFailed = 4`` on a data call: the session token is no longer valid."""


class LoginFailed(AuthExpired, CtrackCode):
    """Membership/Login refused the username or password: ask the user, do not retry."""


class CtrackRateLimited(RateLimited, CtrackCode):
    """The rate limit was exceeded; back off (the spec advises exponential backoff)."""


class CtrackRejected(Rejected, CtrackCode):
    """Any other error code: bad parameters, unknown delivery tag, …"""


class QueueNotSubscribed(CtrackRejected):
    """The queue does not exist (never subscribed, unsubscribed, or lapsed after 14 days unused)."""


def parse_error_code(value: Any) -> tuple[str, int | None] | None:
    """``(name, number)`` of an ErrorCode value, or None when it means success (or is absent)."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        code = int(value)
        return None if code == SUCCESS else (KNOWN_NAMES.get(code, f"Error{code}"), code)
    m = _CODE.fullmatch(str(value))
    if not m or not (m.group("name") or m.group("number")):
        return str(value).strip(), None
    number = int(m.group("number")) if m.group("number") else None
    name = m.group("name") or (
        f"Error{number}" if number is None else KNOWN_NAMES.get(number, f"Error{number}")
    )
    if number == SUCCESS or name.lower() == "success":
        return None
    return name, number


def _is_rate_limit(name: str, message: str) -> bool:
    key = (name + " " + message).lower().replace(" ", "").replace("-", "")
    return any(word in key for word in ("ratelimit", "throttl", "toomanyrequests"))


def is_rate_limit_text(text: str) -> bool:
    """Whether a body or message speaks of rate limiting or throttling."""
    return _is_rate_limit("", text or "")


def limiting_text(label: str, message: str = "") -> str:
    """The words for a throttled request: Ctrack is limiting requests (never "wrong password")."""
    said = f"{label}" + (f": {message}" if message else "")
    return f"Ctrack is limiting requests ({said}); FleetDesk backs off and tries again later"


def error_for(
    name: str,
    number: int | None,
    *,
    status: int | None = None,
    message: str = "",
    body: object = None,
    retry_after: float | None = None,
) -> Exception:
    """The typed error for a Ctrack error code (``name``/``number`` from ``parse_error_code``)."""
    label = f"{name} = {number}" if number is not None else name
    text = f"Ctrack: {label}" + (f" ({message})" if message else "")
    lowered = name.lower()
    if _is_rate_limit(name, message):  # before code 4: a 401 "throttled API key" is a rate limit
        err: Exception = CtrackRateLimited(limiting_text(label, message), retry_after)
    elif number == AUTHORISATION_FAILED or lowered == "authorisationfailed":
        err = SessionExpired(text)
    elif "notsubscribed" in lowered or "subscription" in lowered:
        err = QueueNotSubscribed(text, status, body=body)
    else:
        err = CtrackRejected(text, status, body=body)
    err._set_code(name, number)  # type: ignore[attr-defined]
    return err
