"""HTTP policy for every integration: one ``requests.Session`` per service, typed errors.

``make_session`` (in ``http_session``) builds the session (TLS policy, verification always on,
idempotent-only retries, User-Agent); ``ApiClient`` is the base each vendor client subclasses (one method per
endpoint, ``parse_error`` for the vendor's error format). Status codes become typed errors that
tell the outbox what to do: ``Offline``/``RateLimited``/``ServerError`` (keep queued),
``AuthExpired`` (sign in again), ``Rejected`` (set aside, show the user).
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, BinaryIO

import requests

from fleetdesk.core import http_answer, http_deadline, netstate
from fleetdesk.core.errors import (
    AuthExpired,
    BadAnswer,
    FieldError,
    FleetDeskError,
    Offline,
    RateLimited,
    Rejected,
    ServerError,
)

# The session policy lives in http_session; its names stay importable from here.
from fleetdesk.core.http_session import CARPASS_CIPHERS as CARPASS_CIPHERS
from fleetdesk.core.http_session import IDEMPOTENT_METHODS as IDEMPOTENT_METHODS
from fleetdesk.core.http_session import PolicyAdapter as PolicyAdapter
from fleetdesk.core.http_session import RedirectRefused as RedirectRefused
from fleetdesk.core.http_session import TlsPolicy as TlsPolicy
from fleetdesk.core.http_session import make_session as make_session
from fleetdesk.core.http_session import ssl_context_for as ssl_context_for
from fleetdesk.core.http_session import user_agent_for as user_agent_for
from fleetdesk.core.netstate import ConnectionMonitor
from fleetdesk.core.redact import redact

log = logging.getLogger(__name__)


class TlsError(Offline):
    """The secure connection failed (untrusted certificate, no common protocol or cipher).

    An ``Offline`` so queued work stays queued, but the monitor reports it as an error: it
    usually needs a setting (a corporate proxy's CA in ``REQUESTS_CA_BUNDLE``), not patience.
    """


class ResponseTooLarge(Rejected):
    """The answer exceeded ``max_body``. A ``Rejected``: asking again would not shrink it."""


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if absent
    or unreadable; capped at ``http_answer.MAX_RETRY_AFTER_S`` (24 h)."""
    return http_answer.retry_after(value, now)[0]


#: What a client's parsing raises when an answer has the wrong shape (a missing key, a field
#: of the wrong type, NaN where a number belongs, a date out of range).
_SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, RecursionError)
_guard = threading.local()


def _answer_guard(fn: Callable) -> Callable:
    """Turn a shape error raised while a client method reads an answer into ``BadAnswer``."""

    @functools.wraps(fn)
    def guarded(self, *args, **kwargs):
        depth = getattr(_guard, "depth", 0)
        if depth == 0:
            _guard.body = None
        _guard.depth = depth + 1
        try:
            return fn(self, *args, **kwargs)
        except FleetDeskError:
            raise
        except _SHAPE_ERRORS as exc:
            body = getattr(_guard, "body", None)
            if depth or body is None:
                raise
            raise BadAnswer(self.title, body, detail=f"{type(exc).__name__}: {str(exc)[:80]}") from exc
        finally:
            _guard.depth = depth

    return guarded


def service_title(service: str) -> str:
    from fleetdesk.core.services import SERVICES

    svc = SERVICES.get(service)
    return svc.title if svc is not None else service


class ApiClient:
    """Base of the vendor clients: base URL, session, timeouts, body cap and typed errors.

    Every call has a total deadline (``http_deadline``). ``response.json()`` of an answer read
    here raises ``BadAnswer`` for anything that is not JSON; and a public method of a subclass
    that trips over the answer's shape (KeyError, TypeError, NaN, ...) raises ``BadAnswer``
    too, so a wrong answer is a transient failure, never a traceback.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if (
                not name.startswith("_")
                and callable(value)
                and name != "close"
                and not isinstance(value, (staticmethod, classmethod, type))
            ):
                setattr(cls, name, _answer_guard(value))

    def __init__(
        self,
        base_url: str,
        *,
        service: str,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (5.0, 30.0),
        max_body: int = 32 * 2**20,
        tls: TlsPolicy = TlsPolicy.DEFAULT,
        monitor: ConnectionMonitor | None = None,
        user_agent: str | None = None,
    ):
        self.base_url = base_url.rstrip("/")
        self.service = service
        self.session = session or make_session(service, tls=tls, user_agent=user_agent)
        self.timeout = timeout
        self.max_body = max_body
        self.monitor = monitor
        self.deadline_s: float | None = None  # None: http_deadline.deadline_seconds()
        self.title = service_title(service)

    def close(self) -> None:
        """Close pooled connections (idle keep-alive sockets hold server threads open)."""
        self.session.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def url(self, path: str) -> str:
        """``base_url + path``; an absolute URL (a server's next-page link) is kept."""
        if path.startswith(("https://", "http://")):
            return path
        if path and not path.startswith(("/", "?")):
            path = "/" + path
        return self.base_url + path

    def parse_error(self, response: requests.Response) -> tuple[str, list[FieldError]]:
        """Message and field errors from an error response; vendors override this."""
        try:
            body = response.json()
        except ValueError:
            text = response.text.strip()
            return (text[:300] or f"HTTP {response.status_code} {response.reason}"), []
        if isinstance(body, dict):
            for key in ("message", "error_description", "error", "detail", "title"):
                if isinstance(body.get(key), str) and body[key]:
                    return body[key], []
        return f"HTTP {response.status_code} {response.reason}", []

    # -- the one place requests are made ------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        params=None,
        json=None,
        data=None,
        files=None,
        headers=None,
        auth=None,
        timeout=None,
        ok=(200, 201, 202, 204),
        stream=False,
    ) -> requests.Response:
        """Send a request; return the response if its status is in ``ok``, else raise.

        Offline (no answer), RateLimited (429), ServerError (5xx), AuthExpired (401),
        Rejected (other statuses). The body is read under the ``max_body`` cap, except with
        ``stream=True`` and an ok status: then the caller reads it, as ``stream_to`` does.
        """
        method, url = method.upper(), self.url(path)
        started = time.monotonic()
        seconds = self.deadline_s or http_deadline.deadline_seconds()
        with http_deadline.Deadline(seconds) as deadline:
            try:
                response = self.session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    data=data,
                    files=files,
                    headers=headers,
                    auth=auth,
                    timeout=timeout or self.timeout,
                    stream=True,
                )
            except (requests.RequestException, http_deadline.DeadlineExceeded) as exc:
                self._log(
                    method, getattr(getattr(exc, "request", None), "url", None) or url, "failed", started
                )
                raise self._transport_error(exc, deadline) from exc
            self._log(method, response.url, response.status_code, started)
            status = response.status_code
            if status in ok and stream:
                self._report(netstate.ONLINE)
                return response
            self._read_capped(response, deadline)
        self._safe_json(response)
        if status in ok:
            self._report(netstate.ONLINE)
            return response
        raise self._status_error(response)

    def stream_to(
        self,
        method: str,
        path: str,
        fileobj: BinaryIO,
        *,
        chunk_size: int = 65536,
        progress: Callable[[int, int | None], None] | None = None,
        **kw: Any,
    ) -> requests.Response:
        """Write the body to ``fileobj`` chunk by chunk (no body cap); ``progress(done, total)``."""
        if "timeout" not in kw:  # the progress watchdog: no byte for this long aborts
            kw["timeout"] = (self.timeout[0], http_deadline.DOWNLOAD_STALL_S)
        response = self.request(method, path, stream=True, **kw)
        total = response.headers.get("Content-Length")
        total_n = int(total) if total and total.isdigit() else None
        done = 0
        try:
            for chunk in response.iter_content(chunk_size):
                fileobj.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total_n)
        except requests.RequestException as exc:
            raise self._transport_error(exc) from exc
        finally:
            response.close()
        return response

    # -- helpers ---------------------------------------------------------------------------
    def _safe_json(self, response: requests.Response) -> None:
        """Make ``response.json()`` raise ``BadAnswer`` for anything but JSON (see module doc)."""
        content = response.content
        _guard.body = content

        def json_(**_kw: Any) -> object:
            return http_answer.decode_json(
                self.title,
                content,
                status=response.status_code,
                content_type=response.headers.get("Content-Type", ""),
            )

        response.json = json_  # type: ignore[method-assign]

    def _read_capped(
        self, response: requests.Response, deadline: http_deadline.Deadline | None = None
    ) -> None:
        """Read the whole body, stopping (and raising) as soon as it passes ``max_body``."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            response.close()
            self._report(netstate.ERROR, "answer too large")
            raise ResponseTooLarge(
                f"the answer is {int(declared):,} bytes, more than the {self.max_body:,} allowed",
                status=response.status_code,
            )
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(65536):
                size += len(chunk)
                if size > self.max_body:
                    response.close()
                    self._report(netstate.ERROR, "answer too large")
                    raise ResponseTooLarge(
                        f"the answer is larger than the {self.max_body:,} bytes allowed",
                        status=response.status_code,
                    )
                chunks.append(chunk)
        except (requests.RequestException, http_deadline.DeadlineExceeded) as exc:
            raise self._transport_error(exc, deadline) from exc
        response._content = b"".join(chunks)  # what .content/.json() read from now on
        response._content_consumed = True  # type: ignore[attr-defined]  # requests' own flag, set as it does
        response.close()  # hand the connection back to the pool now, not when GC runs

    def _transport_error(self, exc: Exception, deadline: http_deadline.Deadline | None = None) -> Exception:
        if deadline is not None and deadline.expired:
            self._report(netstate.OFFLINE, "timed out")
            return Offline(
                f"{self.title} timed out: no complete answer within "
                f"{deadline.seconds:g} s (the server or the network is too slow)"
            )
        if isinstance(exc, RedirectRefused):
            self._report(netstate.ERROR, "redirect refused")
            body = exc.response.content if exc.response is not None else None
            return BadAnswer(
                self.title,
                body,
                detail=f"{exc.reason}, which FleetDesk does not follow: credentials stay with the service",
            )
        if isinstance(exc, requests.exceptions.SSLError):
            self._report(netstate.ERROR, "secure connection failed")
            return TlsError(
                f"{self.service}: secure connection failed ({redact(exc)}). If you "
                "are behind a TLS-inspecting proxy, set REQUESTS_CA_BUNDLE to its CA."
            )
        if isinstance(
            exc,
            (
                requests.ConnectionError,
                requests.Timeout,
                requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError,
            ),
        ):
            kind = "timed out" if isinstance(exc, requests.Timeout) else "no connection"
            self._report(netstate.OFFLINE, kind)
            return Offline(f"{self.title} could not be reached ({_plain_reason(exc)})")
        self._report(netstate.ERROR, type(exc).__name__)
        return ServerError(f"{self.service}: {redact(exc)}")

    def _status_error(self, response: requests.Response) -> Exception:
        status = response.status_code
        retry_after, capped = http_answer.retry_after(response.headers.get("Retry-After"))
        note = f"; {capped}" if capped else ""
        if status == 401:
            self._report(netstate.AUTH, "sign-in needed")
            return AuthExpired(f"{self.service}: the server asks to sign in again (HTTP 401)")
        if status == 429:
            self._report(netstate.ERROR, "rate limited")
            return RateLimited(f"{self.service}: too many requests (HTTP 429{note})", retry_after)
        if status >= 500:
            self._report(netstate.ERROR, f"server error {status}")
            return ServerError(f"{self.service}: server error (HTTP {status}{note})", status, retry_after)
        message, field_errors = self.parse_error(response)
        self._report(netstate.ONLINE)
        body: object
        try:
            body = response.json()
        except ValueError:
            body = response.text[:2000]
        return Rejected(message, status, field_errors, body)

    def _report(self, state: str, message: str = "") -> None:
        if self.monitor is not None:
            self.monitor.report(self.service, state, message)

    def _log(self, method: str, url: str, status: object, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - started) * 1000
            log.debug("%s %s %s -> %s in %.0f ms", self.service, method, redact(url), status, elapsed)


def _plain_reason(exc: Exception) -> str:
    """Why a connection failed, as people say it (not a urllib3 exception dump)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "the connection timed out"
    if isinstance(exc, requests.Timeout):
        return "timed out: no answer in time"
    text = str(exc)
    for needles, words in (
        (("Read timed out", "timed out"), "timed out: no data in time"),
        (("Connection refused", "ConnectionRefused", "actively refused"), "connection refused"),
        (
            (
                "NameResolution",
                "Name or service not known",
                "getaddrinfo failed",
                "nodename nor servname",
                "Temporary failure in name resolution",
            ),
            "its name could not be looked up (DNS)",
        ),
        (("Network is unreachable", "No route to host"), "no network"),
        (
            (
                "Connection reset",
                "ConnectionReset",
                "RemoteDisconnected",
                "Connection aborted",
                "IncompleteRead",
                "Connection broken",
                "ProtocolError",
            ),
            "the connection was cut",
        ),
        (("TooManyRedirects", "Exceeded", "redirects"), "too many redirects"),
    ):
        if any(n in text for n in needles):
            return words
    return "no connection"
