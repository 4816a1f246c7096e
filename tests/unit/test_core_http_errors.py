"""ApiClient: status -> typed error, Retry-After, body cap, streaming, monitor, User-Agent."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from conftest_core import CoreSim, clean_network_env, serve

import fleetdesk
from fleetdesk.core.errors import AuthExpired, FieldError, Offline, RateLimited, Rejected, ServerError
from fleetdesk.core.http import ApiClient, ResponseTooLarge, parse_retry_after
from fleetdesk.core.netstate import ConnectionMonitor


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    clean_network_env(monkeypatch)


@pytest.fixture
def sim():
    with serve(CoreSim()) as server:
        yield server


@pytest.fixture
def connect(sim):
    """ApiClient factory; clients are closed before the server stops."""
    clients: list[ApiClient] = []

    def make(cls=ApiClient, **kwargs) -> ApiClient:
        kwargs.setdefault("service", "carpass")
        clients.append(cls(sim.url, **kwargs))
        return clients[-1]

    yield make
    for client in clients:
        client.close()


class VendorClient(ApiClient):
    """A vendor whose 4xx bodies list field errors."""

    def parse_error(self, response):
        body = response.json()
        return body["message"], [FieldError(e["field"], e["message"]) for e in body["errors"]]


def test_success_returns_the_response_and_reports_online(sim, connect):
    monitor = ConnectionMonitor()
    client = connect(service="carpass", monitor=monitor)
    assert client.url("hello") == sim.url + "/hello"
    assert client.url("https://elsewhere.test/next?page=2") == "https://elsewhere.test/next?page=2"
    assert client.request("POST", "/submit", json={"km": 12}).json() == {"id": 1, "got": {"km": 12}}
    assert monitor.get("carpass").state == "online"


def test_user_agent_names_fleetdesk_and_its_version(sim, connect):
    connect(service="tiles").request("GET", "/hello")
    connect(service="tiles", user_agent="FleetDesk-Test/9").request("GET", "/hello")
    first, second = sim.app.requests_to("/hello")
    assert first.headers["user-agent"].startswith(f"FleetDesk/{fleetdesk.__version__} ")
    assert "tiles" in first.headers["user-agent"]
    assert second.headers["user-agent"] == "FleetDesk-Test/9"


def test_429_is_rate_limited_with_retry_after_seconds(sim, connect):
    monitor = ConnectionMonitor()
    with pytest.raises(RateLimited) as err:
        connect(service="thg", monitor=monitor).request("GET", "/status/429", params={"retry_after": "7"})
    assert err.value.retry_after == 7
    assert monitor.get("thg").state == "error"


def test_429_with_an_http_date(sim, connect):
    when = datetime.now(UTC) + timedelta(seconds=120)
    with pytest.raises(RateLimited) as err:
        connect(service="thg").request(
            "GET", "/status/429", params={"retry_after": format_datetime(when, usegmt=True)}
        )
    assert 100 < err.value.retry_after <= 120


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_is_a_server_error(sim, connect, status):
    with pytest.raises(ServerError) as err:
        connect(service="ctrack").request("GET", f"/status/{status}", params={"retry_after": "3"})
    assert err.value.status == status
    assert err.value.retry_after == 3


def test_401_is_auth_expired(sim, connect):
    monitor = ConnectionMonitor()
    with pytest.raises(AuthExpired):
        connect(service="tachoshare", monitor=monitor).request("GET", "/status/401")
    assert monitor.get("tachoshare").state == "auth"


def test_other_4xx_is_rejected_with_field_errors(sim, connect):
    with pytest.raises(Rejected) as err:
        connect(VendorClient, service="carpass").request("GET", "/status/422")
    assert err.value.status == 422
    assert err.value.field_errors == [
        FieldError("vin", "must be 17 characters"),
        FieldError("km", "lower than the previous reading"),
    ]
    assert "vin: must be 17 characters" in err.value.describe()


def test_default_parse_error_uses_the_message(sim, connect):
    with pytest.raises(Rejected, match="status 404") as err:
        connect(service="carpass").request("GET", "/status/404")
    assert err.value.body == {"error": "status 404"}


def test_unexpected_success_status_is_rejected(sim, connect):
    with pytest.raises(Rejected):
        connect(service="carpass").request("POST", "/submit", json={}, ok=(200,))


@pytest.mark.parametrize("path", ["/big/5000", "/chunked/5000"])
def test_body_cap(sim, connect, path):
    client = connect(service="thg", max_body=4096)
    with pytest.raises(ResponseTooLarge) as err:
        client.request("GET", path)
    assert isinstance(err.value, Rejected)  # the outbox sets it aside: retrying won't help
    ok = connect(service="thg", max_body=5000).request("GET", path)
    assert ok.content == ok.content[:1] * 5000


def test_stream_to_writes_everything_without_cap(sim, connect):
    client = connect(service="tachoshare", max_body=1000)
    seen = []
    buf = io.BytesIO()
    client.stream_to(
        "GET", "/big/200000", buf, chunk_size=50000, progress=lambda done, total: seen.append((done, total))
    )
    assert buf.getvalue() == b"a" * 200000
    assert seen[-1] == (200000, 200000)
    chunked = io.BytesIO()
    client.stream_to("GET", "/chunked/3500", chunked)
    assert chunked.getvalue() == b"b" * 3500


def test_stream_to_raises_on_error_status(sim, connect):
    with pytest.raises(ServerError):
        connect(service="tachoshare").stream_to("GET", "/status/503", io.BytesIO())


def test_parse_retry_after():
    now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after(" 5 ", now) == 5
    assert parse_retry_after("Sun, 22 Nov 2026 09:01:30 GMT", now) == 90
    assert parse_retry_after("Sun, 22 Nov 2026 08:00:00 GMT", now) == 0  # past: now
    assert parse_retry_after(None, now) is None
    assert parse_retry_after("", now) is None
    assert parse_retry_after("soon", now) is None


def test_offline_after_server_stops():
    with serve(CoreSim()) as server:
        with ApiClient(server.url, service="ctrack") as client:
            client.request("GET", "/hello")
    # a fresh connection: SimServer.stop() does not cut kept-alive ones
    with pytest.raises(Offline):
        client.request("GET", "/hello")
