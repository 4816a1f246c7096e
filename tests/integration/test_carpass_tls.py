"""The Car-Pass TLS policy against local TLS servers (trustme CA): TLS 1.2/1.3 only, and only
the cipher suites the spec lists. The client, the handler and the workflow see an ``Offline``
(TlsError) for a server outside the policy, so readings stay queued."""

from __future__ import annotations

import gc
import ssl

import pytest
import trustme

from fleetdesk.carpass.client import CarPassClient
from fleetdesk.core.http import TlsError
from fleetdesk.simulators.carpass import DEMO_PASSWORD, DEMO_USERNAME, CarPassSim
from fleetdesk.simulators.framework import SimServer


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture
def trust(ca, tmp_path, monkeypatch):
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    return bundle


def server_context(
    ca, *, minimum=ssl.TLSVersion.TLSv1_2, maximum=ssl.TLSVersion.TLSv1_3, ciphers: str | None = None
) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost", key_type=trustme.KeyType.RSA).configure_cert(ctx)
    ctx.minimum_version, ctx.maximum_version = minimum, maximum
    if ciphers:
        ctx.set_ciphers(ciphers)
    return ctx


def call(ctx) -> bool:
    """True if the Car-Pass client completes a request against a server with ``ctx``."""
    with SimServer(CarPassSim(maintenance=False), ssl_context=ctx) as server:
        client = CarPassClient(server.url + "/api", DEMO_USERNAME, DEMO_PASSWORD)
        try:
            return client.check_credentials()
        except TlsError:
            return False
        finally:
            gc.collect()
            client.close()


def test_tls_1_2_with_a_listed_cipher_is_accepted(ca, trust):
    assert call(server_context(ca, maximum=ssl.TLSVersion.TLSv1_2, ciphers="ECDHE-RSA-AES128-GCM-SHA256"))


# (DHE suites are listed too, but Python's ssl server offers DHE only with DH parameters)
@pytest.mark.parametrize("cipher", ["ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305"])
def test_tls_1_2_with_each_listed_rsa_cipher_is_accepted(ca, trust, cipher):
    assert call(server_context(ca, maximum=ssl.TLSVersion.TLSv1_2, ciphers=cipher))


def test_tls_1_3_is_accepted(ca, trust):
    assert call(server_context(ca, minimum=ssl.TLSVersion.TLSv1_3))


@pytest.mark.parametrize("cipher", ["AES128-GCM-SHA256", "ECDHE-RSA-AES128-SHA256", "ECDHE-RSA-AES256-SHA"])
def test_tls_1_2_with_a_cipher_outside_the_list_is_refused(ca, trust, cipher):
    try:
        ctx = server_context(ca, maximum=ssl.TLSVersion.TLSv1_2, ciphers=cipher)
    except ssl.SSLError:
        pytest.skip(f"this OpenSSL cannot offer {cipher}")
    assert not call(ctx)


def test_tls_1_1_is_refused(ca, trust):
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            ctx = server_context(
                ca,
                minimum=ssl.TLSVersion.TLSv1,
                maximum=ssl.TLSVersion.TLSv1_1,
                ciphers="DEFAULT:@SECLEVEL=0",
            )
    except (ssl.SSLError, ValueError):
        pytest.skip("this OpenSSL cannot serve TLS 1.1")
    assert not call(ctx)


def test_an_untrusted_certificate_is_refused(ca, monkeypatch):
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    assert not call(server_context(ca))
