"""The session policy against real loopback servers: TLS versions and ciphers, trust,
proxies, retries and timeouts."""

from __future__ import annotations

import socket
import ssl
import time
import warnings

import pytest
import trustme
from conftest_core import CoreSim, clean_network_env, closed_port, serve, server_context

from fleetdesk.core.errors import Offline, RateLimited, ServerError
from fleetdesk.core.http import CARPASS_CIPHERS, ApiClient, TlsError, TlsPolicy, make_session, ssl_context_for
from fleetdesk.core.netstate import ConnectionMonitor

V = ssl.TLSVersion


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    clean_network_env(monkeypatch)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def cert(ca) -> trustme.LeafCert:
    return ca.issue_cert("127.0.0.1", "localhost")


@pytest.fixture
def trust_ca(ca, tmp_path, monkeypatch):
    """Trust the test CA the way a garage behind a TLS proxy would: REQUESTS_CA_BUNDLE."""
    bundle = tmp_path / "corporate-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    return bundle


def negotiated(client: ApiClient, path: str = "/hello") -> str:
    """The TLS version of a request's connection."""
    response = client.request("GET", path, stream=True)
    try:
        return response.raw.connection.sock.version()
    finally:
        response.close()


# -- trust ---------------------------------------------------------------------------------
def test_unknown_ca_is_refused_and_reported(cert):
    monitor = ConnectionMonitor()
    with serve(ssl_context=server_context(cert)) as server:
        client = ApiClient(server.url, service="carpass", monitor=monitor)
        with pytest.raises(TlsError, match="REQUESTS_CA_BUNDLE"):
            client.request("GET", "/hello")
        assert monitor.get("carpass").state == "error"
        assert server.app.log == []  # nothing was sent over an untrusted connection


def test_requests_ca_bundle_is_honoured_with_the_policy_context(cert, trust_ca):
    with serve(ssl_context=server_context(cert)) as server:
        for tls in TlsPolicy:
            with ApiClient(server.url, service="carpass", tls=tls) as client:
                assert client.request("GET", "/hello").json() == {"hello": "world"}


def test_ssl_cert_file_is_honoured(ca, cert, tmp_path, monkeypatch):
    bundle = tmp_path / "system-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    with serve(ssl_context=server_context(cert)) as server:
        with ApiClient(server.url, service="thg") as client:
            assert client.request("GET", "/hello").status_code == 200


def test_certificate_verification_cannot_be_switched_off(cert):
    session = make_session("carpass")
    with serve(ssl_context=server_context(cert)) as server:
        with pytest.raises(ValueError, match="never switches certificate verification off"):
            session.get(server.url + "/hello", verify=False, timeout=2)
        assert server.app.log == []


# -- protocol versions and ciphers ---------------------------------------------------------
@pytest.mark.parametrize("tls", list(TlsPolicy))
@pytest.mark.parametrize("version", [V.TLSv1_2, V.TLSv1_3])
def test_tls12_and_tls13_servers_work_for_both_policies(cert, trust_ca, tls, version):
    with serve(ssl_context=server_context(cert, minimum=version, maximum=version)) as server:
        with ApiClient(server.url, service="carpass", tls=tls) as client:
            assert negotiated(client) == {V.TLSv1_2: "TLSv1.2", V.TLSv1_3: "TLSv1.3"}[version]


def _tls11_server_context(cert) -> ssl.SSLContext | None:
    """A TLS 1.1-only server context, or None if this OpenSSL cannot offer TLS 1.1 at all."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            return server_context(cert, minimum=V.TLSv1_1, maximum=V.TLSv1_1, ciphers="DEFAULT:@SECLEVEL=0")
        except (ssl.SSLError, ValueError):
            return None


def _legacy_client_gets(server_url: str, ca) -> str | None:
    """Prove the server really speaks TLS 1.1: a deliberately weak raw client connects."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ca.configure_trust(ctx)
        try:
            ctx.minimum_version, ctx.maximum_version = V.TLSv1, V.TLSv1_1
            ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
            host, port = server_url.rsplit("//", 1)[1].split(":")
            with (
                socket.create_connection((host, int(port)), timeout=2) as raw,
                ctx.wrap_socket(raw, server_hostname=host) as tls,
            ):
                return tls.version()
        except (ssl.SSLError, ValueError, OSError):
            return None


@pytest.mark.parametrize("tls", list(TlsPolicy))
def test_tls11_server_is_refused(ca, cert, trust_ca, tls):
    ctx = _tls11_server_context(cert)
    if ctx is None:
        pytest.skip(
            "this OpenSSL cannot even configure a TLS 1.1 server; the floor is "
            "covered by test_policy_contexts_have_a_tls12_floor"
        )
    with serve(ssl_context=ctx) as server:
        if _legacy_client_gets(server.url, ca) != "TLSv1.1":
            pytest.skip("this OpenSSL build refuses to negotiate TLS 1.1 even with SECLEVEL=0")
        with pytest.raises(TlsError):
            ApiClient(server.url, service="carpass", tls=tls).request("GET", "/hello")


def test_policy_contexts_have_a_tls12_floor():
    for tls in TlsPolicy:
        ctx = ssl_context_for(tls)
        assert ctx.minimum_version == V.TLSv1_2
        assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    carpass = ssl_context_for(TlsPolicy.CARPASS)
    assert carpass.maximum_version == V.TLSv1_3
    allowed = set(CARPASS_CIPHERS.split(":"))
    tls12 = {c["name"] for c in carpass.get_ciphers() if c["protocol"] == "TLSv1.2"}
    assert tls12 and tls12 <= allowed


def test_carpass_refuses_a_server_with_only_unlisted_ciphers(cert, trust_ca):
    # ECDHE-ECDSA-AES128-SHA256 is a fine TLS 1.2 suite, but not on Car-Pass's list
    ctx = server_context(
        cert,
        minimum=V.TLSv1_2,
        maximum=V.TLSv1_2,
        ciphers="ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
    )
    with serve(ssl_context=ctx) as server:
        with ApiClient(server.url, service="thg") as client:
            assert client.request("GET", "/hello").ok
        with pytest.raises(TlsError):
            ApiClient(server.url, service="carpass", tls=TlsPolicy.CARPASS).request("GET", "/hello")


# -- proxies -----------------------------------------------------------------------------
def test_system_proxy_is_used(monkeypatch):
    """requests sends plain-HTTP requests to the proxy in absolute form; our sim answers."""
    with serve() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with ApiClient("http://fleetdesk-proxy-test.invalid", service="tiles") as client:
            assert client.request("GET", "/hello").json() == {"hello": "world"}
        [seen] = proxy.app.requests_to("/hello")
        assert seen.headers["host"] == "fleetdesk-proxy-test.invalid"


def test_loopback_bypasses_the_proxy(monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{closed_port()}")
    with serve() as server:
        with ApiClient(server.url, service="ctrack") as client:
            assert client.request("GET", "/hello").ok


# -- retries -----------------------------------------------------------------------------
@pytest.fixture
def sim():
    with serve(CoreSim()) as server:
        yield server


@pytest.fixture
def connect(sim):
    """ApiClient factory for ``sim``; clients are closed before the server stops."""
    clients: list[ApiClient] = []

    def make(**kwargs) -> ApiClient:
        clients.append(ApiClient(sim.url, **kwargs))
        return clients[-1]

    yield make
    for client in clients:
        client.close()


def test_get_is_retried_after_a_dropped_connection(sim, connect):
    sim.app.faults.drop(1)
    client = connect(service="ctrack")
    assert client.request("GET", "/hello").json() == {"hello": "world"}
    assert len(sim.app.requests_to("/hello")) == 2


def test_get_gives_up_after_its_retries(sim, connect):
    sim.app.faults.drop(10)
    with pytest.raises(Offline):
        connect(service="ctrack").request("GET", "/hello")
    assert len(sim.app.requests_to("/hello")) == 3  # first try + read_retries=2


def test_post_is_never_retried(sim, connect):
    sim.app.faults.drop(1)
    client = connect(service="carpass")
    with pytest.raises(Offline):
        client.request("POST", "/submit", json={"km": 1})
    assert len(sim.app.requests_to("/submit")) == 1
    assert client.request("POST", "/submit", json={"km": 1}).status_code == 201


@pytest.mark.parametrize("method, path", [("GET", "/hello"), ("POST", "/submit")])
def test_statuses_are_not_retried_by_the_session(sim, connect, method, path):
    sim.app.faults.rate_limit(1, retry_after=30)
    with pytest.raises(RateLimited):
        connect(service="thg").request(method, path, json={})
    sim.app.faults.fail(1, 503)
    with pytest.raises(ServerError):
        connect(service="thg").request(method, path, json={})
    assert len(sim.app.requests_to(path)) == 2


# -- timeouts ----------------------------------------------------------------------------
def test_connection_refused_is_offline_quickly():
    monitor = ConnectionMonitor()
    client = ApiClient(f"http://127.0.0.1:{closed_port()}", service="highmobility", monitor=monitor)
    started = time.monotonic()
    with pytest.raises(Offline):
        client.request("POST", "/submit", json={})
    assert time.monotonic() - started < 2
    assert monitor.get("highmobility").state == "offline"


def test_read_timeout_is_offline_and_not_retried(sim, connect):
    sim.app.faults.slow(1.0)
    client = connect(service="carpass", timeout=(1.0, 0.2))
    started = time.monotonic()
    with pytest.raises(Offline, match="timed out"):
        client.request("GET", "/hello")
    assert time.monotonic() - started < 0.9
    assert len(sim.app.requests_to("/hello")) == 1


def test_connect_timeout_is_offline_quickly():
    # A listener with a full accept backlog drops further SYNs: connect() times out.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):
            probe = socket.socket()
            probe.settimeout(0.2)
            try:
                probe.connect(("127.0.0.1", port))
            except OSError:
                probe.close()
                break
            fillers.append(probe)
        else:
            pytest.skip("this OS accepts connections past a zero backlog; no connect timeout")
        client = ApiClient(f"http://127.0.0.1:{port}", service="thg", timeout=(0.2, 5.0))
        started = time.monotonic()
        with pytest.raises(Offline, match="timed out"):
            client.request("GET", "/hello")
        assert time.monotonic() - started < 2  # one connect retry at most
    finally:
        for probe in fillers:
            probe.close()
        listener.close()
