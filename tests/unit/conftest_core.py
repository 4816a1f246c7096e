"""Shared helpers for the core tests (imported explicitly; not a pytest conftest).

``CoreSim`` is a tiny loopback API exercising what the HTTP layer must handle: JSON, error
statuses with Retry-After, field errors, big and chunked bodies, a Ctrack-style token path.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterator

import trustme

from fleetdesk.simulators.framework import SimApp, SimRequest, SimResponse, SimServer, route


class CoreSim(SimApp):
    name = "core"

    @route("GET", r"/hello")
    def hello(self, request: SimRequest) -> SimResponse:
        return SimResponse.json({"hello": "world"})

    @route("POST", r"/submit")
    def submit(self, request: SimRequest) -> SimResponse:
        return SimResponse.json({"id": 1, "got": request.json()}, 201)

    @route("POST", r"/login")
    def login(self, request: SimRequest) -> SimResponse:
        return SimResponse.json({"access_token": "tok-" + "x" * 30, "token_type": "Bearer"})

    @route("GET", r"/status/(?P<code>\d+)")
    def status(self, request: SimRequest) -> SimResponse:
        code = int(request.params["code"])
        headers = {}
        if request.arg("retry_after"):
            headers["Retry-After"] = request.arg("retry_after")
        if code == 422:
            return SimResponse.json(
                {
                    "message": "validation failed",
                    "errors": [
                        {"field": "vin", "message": "must be 17 characters"},
                        {"field": "km", "message": "lower than the previous reading"},
                    ],
                },
                422,
                headers,
            )
        return SimResponse.json({"error": f"status {code}"}, code, headers)

    @route("GET", r"/big/(?P<n>\d+)")
    def big(self, request: SimRequest) -> SimResponse:
        return SimResponse(200, b"a" * int(request.params["n"]), {}, "application/octet-stream")

    @route("GET", r"/chunked/(?P<n>\d+)")
    def chunked(self, request: SimRequest) -> SimResponse:
        n = int(request.params["n"])

        def chunks():
            for start in range(0, n, 1000):
                yield b"b" * min(1000, n - start)

        return SimResponse(200, chunks, {}, "application/octet-stream")

    @route("GET", r"/REST/Vehicles/(?P<token>[^/]+)/GetVehicles")
    def vehicles(self, request: SimRequest) -> SimResponse:
        return SimResponse.json([{"Id": 1, "Registration": "1-ABC-123"}])


@contextlib.contextmanager
def serve(app: SimApp | None = None, ssl_context: ssl.SSLContext | None = None) -> Iterator[SimServer]:
    """A started SimServer for ``app`` (a fresh CoreSim by default), stopped afterwards."""
    server = SimServer(app or CoreSim(), ssl_context=ssl_context)
    with server:
        yield server


def server_context(
    cert: trustme.LeafCert,
    *,
    minimum=ssl.TLSVersion.TLSv1_2,
    maximum=ssl.TLSVersion.MAXIMUM_SUPPORTED,
    ciphers: str | None = None,
) -> ssl.SSLContext:
    """A TLS server context for ``cert`` limited to the given versions and ciphers."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(ctx)
    ctx.minimum_version, ctx.maximum_version = minimum, maximum
    if ciphers:
        ctx.set_ciphers(ciphers)
    return ctx


def closed_port() -> int:
    """A loopback port with nothing listening (connection refused)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NETWORK_ENV = (
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


def clean_network_env(monkeypatch) -> None:
    """Tests decide CA bundles and proxies themselves; the host's settings must not leak in."""
    for name in NETWORK_ENV:
        monkeypatch.delenv(name, raising=False)
