"""Typed errors: each tells the caller (and the outbox) what to do next.

- ``TransientError`` and its subclasses: keep the submission queued and try again later.
- ``Rejected``: the server said no; set the submission aside and show the user why.
- ``AuthExpired``: refresh the credentials or ask the user to sign in again.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class FleetDeskError(Exception):
    """Base of every error FleetDesk raises on purpose."""


class BadInput(FleetDeskError):
    """Input from the user or the command line that cannot be used; names the field."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class TransientError(FleetDeskError):
    """Try again later; ``retry_after`` (seconds) is the server's hint, if it gave one.

    ``server_asked_wait`` says whether ``retry_after`` is the server's own ask (Retry-After,
    a maintenance window), which even an explicit "Send now" honours; a client's own guess
    (e.g. High Mobility's 409 "transition mode") sets it False.
    """

    retry_after: float | None = None
    server_asked_wait: bool = True


class Offline(TransientError):
    """No answer: connection refused, DNS failure, timeout, dropped connection."""


class RateLimited(TransientError):
    """HTTP 429 (or a vendor's rate-limit code)."""

    def __init__(self, message: str = "rate limited", retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class ServerError(TransientError):
    """HTTP 5xx, or a vendor's 'busy, try later' answer."""

    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class BadAnswer(ServerError, ValueError):
    """The service answered something that is not what its API returns (an HTML page from a
    proxy or captive portal, an empty or cut body, invalid UTF-8, nesting too deep, a field of
    the wrong type). Transient: the outbox keeps the item queued and tries again later.

    Also a ``ValueError``, so code that already falls back on an undecodable body keeps doing so.
    """

    def __init__(
        self, service: str, body: bytes | str | None = None, *, status: int | None = None, detail: str = ""
    ):
        snippet = answer_snippet(body)
        text = f"{service} answered something that is not what its API returns"
        if detail:
            text += f" ({detail})"
        text += f": {snippet}" if snippet else ": an empty answer"
        super().__init__(text, status)
        self.service = service
        self.snippet = snippet


def answer_snippet(body: bytes | str | None, limit: int = 120) -> str:
    """The first ``limit`` characters of a body, undecodable bytes replaced, control
    characters removed and whitespace runs folded: safe to show and to log."""
    if body is None:
        return ""
    if isinstance(body, bytes):
        body = body[: limit * 4].decode("utf-8", "replace")
    text = "".join(ch if ch.isprintable() else " " for ch in body[: limit * 4])
    return " ".join(text.split())[:limit]


@dataclass
class FieldError:
    field: str
    message: str


class Rejected(FleetDeskError):
    """The server refused the request (4xx other than 401/429): show the user, do not retry."""

    def __init__(
        self,
        message: str,
        status: int | None = None,
        field_errors: list[FieldError] | None = None,
        body: object = None,
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.field_errors = list(field_errors or [])
        self.body = body

    def describe(self) -> str:
        if not self.field_errors:
            return self.message
        parts = [f"{e.field}: {e.message}" if e.field else e.message for e in self.field_errors]
        return f"{self.message} ({'; '.join(parts)})"


class AuthExpired(FleetDeskError):
    """HTTP 401 or an expired session: refresh the token or sign in again."""


class NotConfigured(FleetDeskError):
    """A service has no credentials or no base URL yet."""


@dataclass
class Outcome:
    """What a remote call produced, for status displays (kept Qt-free)."""

    ok: bool
    message: str = ""
    details: dict = field(default_factory=dict)
