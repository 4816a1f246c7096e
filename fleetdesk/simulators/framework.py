"""A small framework for loopback simulators of the vendors' APIs.

A simulator is a ``SimApp`` subclass whose methods are routed with ``@route``. ``SimServer``
serves one app on 127.0.0.1 (ephemeral port by default) in a thread, optionally over TLS.
Every app keeps a request log and has switchable fault modes (``app.faults``):
slow responses, 5xx bursts, 429 with Retry-After, dropped connections.

Simulators are an independent reading of the specs: they never import FleetDesk's clients.
"""

from __future__ import annotations

import json
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, overload
from urllib.parse import parse_qs, urlsplit


@dataclass
class SimRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes
    params: dict[str, str] = field(default_factory=dict)  # from the route pattern
    client: str = ""

    @overload
    def arg(self, name: str, default: str) -> str: ...
    @overload
    def arg(self, name: str, default: None = None) -> str | None: ...
    def arg(self, name: str, default: str | None = None) -> str | None:
        """First query value for ``name`` (case-sensitive)."""
        values = self.query.get(name)
        return values[0] if values else default

    @overload
    def header(self, name: str, default: str) -> str: ...
    @overload
    def header(self, name: str, default: None = None) -> str | None: ...
    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)

    def json(self) -> Any:
        if not self.body:
            return None
        return json.loads(self.body.decode("utf-8"))

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode("utf-8"), keep_blank_values=True).items()}


@dataclass
class SimResponse:
    status: int = 200
    body: bytes | Callable[[], Any] = b""  # bytes, or a generator factory yielding bytes chunks
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    length: int | None = None  # for streamed bodies

    @classmethod
    def json(cls, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> SimResponse:
        return cls(
            status, json.dumps(data).encode("utf-8"), dict(headers or {}), "application/json; charset=utf-8"
        )

    @classmethod
    def text(
        cls,
        text: str,
        status: int = 200,
        content_type: str = "text/plain; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> SimResponse:
        return cls(status, text.encode("utf-8"), dict(headers or {}), content_type)

    @classmethod
    def empty(cls, status: int = 204, headers: dict[str, str] | None = None) -> SimResponse:
        return cls(status, b"", dict(headers or {}))


@dataclass
class LoggedRequest:
    at: float
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    status: int | None = None


class Faults:
    """Switchable fault modes. Counts are consumed one request at a time; thread-safe."""

    def __init__(self):
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with getattr(self, "_lock", threading.Lock()):
            self.delay = 0.0  # seconds added to every response
            self.errors_left = 0  # next N requests answer ``error_status``
            self.error_status = 503
            self.rate_limited_left = 0
            self.retry_after = 1
            self.drops_left = 0  # next N requests: connection closed without an answer
            self.offline = False  # every request dropped until switched back

    def slow(self, seconds: float) -> None:
        self.delay = seconds

    def fail(self, count: int, status: int = 503) -> None:
        with self._lock:
            self.errors_left, self.error_status = count, status

    def rate_limit(self, count: int, retry_after: int = 1) -> None:
        with self._lock:
            self.rate_limited_left, self.retry_after = count, retry_after

    def drop(self, count: int) -> None:
        with self._lock:
            self.drops_left = count

    def take(self) -> str | None:
        """Which fault applies to the next request: 'drop', 'error', 'rate', or None."""
        with self._lock:
            if self.offline:
                return "drop"
            if self.drops_left > 0:
                self.drops_left -= 1
                return "drop"
            if self.errors_left > 0:
                self.errors_left -= 1
                return "error"
            if self.rate_limited_left > 0:
                self.rate_limited_left -= 1
                return "rate"
        return None


def route(method: str, pattern: str):
    """Mark a SimApp method as the handler of ``method`` requests whose path matches ``pattern``.

    ``pattern`` is a regular expression matched against the whole path (no query string);
    named groups become ``request.params``.
    """

    def mark(fn):
        fn.__sim_routes__ = getattr(fn, "__sim_routes__", []) + [(method.upper(), pattern)]
        return fn

    return mark


_FAKE_NOW_ENV = "FLEETDESK_FAKE_NOW"
_fake_first_read: dict[str, float] = {}


def sim_time() -> float:
    """Wall-clock seconds, or the pinned time of FLEETDESK_FAKE_NOW ("<ISO UTC>[@<anchor>]",
    the anchor being the wall-clock epoch at which the pinned instant was true)."""
    real = time.time()
    value = os.environ.get(_FAKE_NOW_ENV, "").strip()
    if not value:
        return real
    when, _, anchor = value.partition("@")
    pinned = datetime.fromisoformat(when.replace("Z", "+00:00"))
    if pinned.tzinfo is None:
        pinned = pinned.replace(tzinfo=UTC)
    start = float(anchor) if anchor else _fake_first_read.setdefault(value, real)
    return pinned.timestamp() + (real - start)


class SimApp:
    """Base class of a simulator. Subclasses define routed methods and their own state."""

    name = "sim"
    #: what a fault-mode 5xx answers with
    error_body = b'{"error": "simulated server error"}'

    def __init__(self, *, clock: Callable[[], float] = time.time):
        # The default real clock honours FLEETDESK_FAKE_NOW like the application's, so tests
        # pin the simulators' day and hour too.
        self.clock = sim_time if clock is time.time else clock
        self.faults = Faults()
        self.log: list[LoggedRequest] = []
        self.lock = threading.RLock()
        self.base_url = ""  # set by SimServer when it starts
        self._routes: list[tuple[str, re.Pattern, Callable]] = []
        for attr in dir(type(self)):
            fn = getattr(type(self), attr, None)
            for method, pattern in getattr(fn, "__sim_routes__", []):
                self._routes.append((method, re.compile(pattern + r"\Z"), getattr(self, attr)))

    # -- hooks --------------------------------------------------------------------------
    def not_found(self, request: SimRequest) -> SimResponse:
        return SimResponse.json({"error": "not found", "path": request.path}, 404)

    def method_not_allowed(self, request: SimRequest) -> SimResponse:
        return SimResponse.json({"error": "method not allowed"}, 405)

    def rate_limited(self, request: SimRequest) -> SimResponse:
        return SimResponse.json(
            {"error": "too many requests"}, 429, {"Retry-After": str(self.faults.retry_after)}
        )

    def server_error(self, request: SimRequest) -> SimResponse:
        return SimResponse(self.faults.error_status, self.error_body, {}, "application/json")

    def before(self, request: SimRequest) -> SimResponse | None:
        """Called before routing; return a response to short-circuit (e.g. auth)."""
        return None

    # -- dispatch -----------------------------------------------------------------------
    def dispatch(self, request: SimRequest) -> SimResponse:
        path_matched = False
        for method, pattern, fn in self._routes:
            m = pattern.match(request.path)
            if not m:
                continue
            path_matched = True
            if method != request.method:
                continue
            request.params = {k: v for k, v in m.groupdict().items() if v is not None}
            early = self.before(request)
            if early is not None:
                return early
            return fn(request)
        return self.method_not_allowed(request) if path_matched else self.not_found(request)

    def requests_to(self, path_regex: str, method: str | None = None) -> list[LoggedRequest]:
        """Logged requests whose path matches ``path_regex`` (a search, not a full match)."""
        rx = re.compile(path_regex)
        with self.lock:
            return [
                r for r in self.log if rx.search(r.path) and (method is None or r.method == method.upper())
            ]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FleetDeskSimulator/1.0"

    def log_message(self, format, *args):  # quiet: the app keeps its own log
        pass

    def setup(self):
        super().setup()
        # Headers and body go out in separate writes; without TCP_NODELAY, Nagle's algorithm
        # and the client's delayed ACK add ~40 ms to every response.
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self):
        try:
            super().finish()
        finally:
            with self.server.connections_lock:
                self.server.connections.discard(self.connection)

    def _handle(self):
        app: SimApp = self.server.app
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        entry = LoggedRequest(
            time.time(),
            self.command,
            parts.path,
            parse_qs(parts.query, keep_blank_values=True),
            headers,
            body,
        )
        with app.lock:
            app.log.append(entry)
        request = SimRequest(
            self.command, parts.path, entry.query, headers, body, client=self.client_address[0]
        )
        fault = app.faults.take()
        if app.faults.delay:
            time.sleep(app.faults.delay)
        if fault == "drop":
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        try:
            if fault == "error":
                response = app.server_error(request)
            elif fault == "rate":
                response = app.rate_limited(request)
            else:
                response = app.dispatch(request)
        except Exception as exc:  # a simulator bug must show, not hang the client
            response = SimResponse.json({"error": f"simulator crashed: {exc!r}"}, 500)
        entry.status = response.status
        self._send(response)

    def _send(self, response: SimResponse):
        self.send_response(response.status)
        if response.content_type:
            self.send_header("Content-Type", response.content_type)
        for k, v in response.headers.items():
            self.send_header(k, v)
        if callable(response.body):
            chunks = response.body()
            if response.length is not None:
                self.send_header("Content-Length", str(response.length))
                self.end_headers()
                for chunk in chunks:
                    self.wfile.write(chunk)
            else:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for chunk in chunks:
                    if chunk:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
        else:
            body = response.body if self.command != "HEAD" else b""
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, *args, **kwargs):
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def close_connections(self) -> None:
        """Cut kept-alive connections, so their handler threads end with the server."""
        with self.connections_lock:
            open_now = list(self.connections)
        for conn in open_now:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request, client_address):  # client went away: not our problem
        pass


class SimServer:
    """Serve one SimApp on 127.0.0.1 in a background thread."""

    def __init__(
        self,
        app: SimApp,
        *,
        port: int = 0,
        ssl_context: ssl.SSLContext | None = None,
        host: str = "127.0.0.1",
    ):
        self.app = app
        self._httpd = _Server((host, port), _Handler)
        self._httpd.app = app  # type: ignore[attr-defined]
        if ssl_context is not None:
            self._httpd.socket = ssl_context.wrap_socket(self._httpd.socket, server_side=True)
        scheme = "https" if ssl_context is not None else "http"
        self.port = self._httpd.server_address[1]
        self.url = f"{scheme}://{host}:{self.port}"
        app.base_url = self.url
        self._thread: threading.Thread | None = None

    def start(self) -> SimServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"sim-{self.app.name}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SimServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
