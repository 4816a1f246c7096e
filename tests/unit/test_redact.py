"""Secrets never reach a log: registered values, header/query/JSON patterns, URL path tokens."""

from __future__ import annotations

import logging

import pytest
import requests
from conftest_core import CoreSim, clean_network_env, serve

from fleetdesk.core import redact as redact_mod
from fleetdesk.core.errors import Offline
from fleetdesk.core.http import ApiClient
from fleetdesk.core.redact import (
    RedactingFilter,
    install_logging,
    redact,
    register_secret,
    register_token_path,
)

SENTINEL = "S3ntinel-Pa55word-7f3a"
BEARER = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlMTIz"
CTRACK_TOKEN = "9ed4bd2a-7fa1-4af3-9dd4-08ac76376b89"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    clean_network_env(monkeypatch)
    redact_mod.clear_secrets()
    yield
    redact_mod.clear_secrets()


def test_registered_secret_and_its_encoded_forms_are_masked():
    secret = "p@ss word/+&=ü"
    register_secret(secret)
    text = f"raw {secret} url /x?p=p%40ss%20word%2F%2B%26%3D%C3%BC form p%40ss+word%2F%2B%26%3D%C3%BC"
    out = redact(text)
    assert "p@ss word" not in out and "p%40ss" not in out
    assert out.count("***") == 3


def test_short_and_empty_values_are_not_registered():
    for value in ("", None, "abc", "12345"):
        register_secret(value)
    assert redact("abc 12345 abcdef") == "abc 12345 abcdef"


def test_thread_safe_registration_keeps_every_secret():
    import threading

    secrets = [f"secret-value-{i:04d}" for i in range(200)]
    threads = [threading.Thread(target=lambda s=s: register_secret(s)) for s in secrets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert "secret-value" not in redact(" ".join(secrets))


@pytest.mark.parametrize(
    "text, leaked",
    [
        (f"Authorization: Bearer {BEARER}", BEARER),
        ("{'Authorization': 'Basic dXNlcjpTM250aW5lbA==', 'Accept': 'json'}", "dXNlcjpT"),
        (f"header authorization=Token {SENTINEL}", SENTINEL),
        (f"sent bearer {BEARER} to thg", BEARER),
        (f"POST /login password={SENTINEL}&user=garage", SENTINEL),
        (f"/Membership/Login?Username=API_Demo&Password={SENTINEL}", SENTINEL),
        (f"grant_type=refresh_token&refresh_token={SENTINEL}&client_id=abc", SENTINEL),
        (f"client_secret={SENTINEL}&code_verifier=abcdefghijklmnop123", SENTINEL),
        (f"device_code={SENTINEL}", SENTINEL),
        (f'{{"access_token": "{SENTINEL}", "expires_in": 300}}', SENTINEL),
        (f'{{"refreshToken":"{SENTINEL}"}}', SENTINEL),
        (f'{{"SessionToken": "{CTRACK_TOKEN}", "UserId": 89471}}', CTRACK_TOKEN),
        (f"{{'password': '{SENTINEL}'}}", SENTINEL),
        (f"http://127.0.0.1/cb?code={SENTINEL}&state=xyz", SENTINEL),
        (f"GET https://x/REST/Vehicles/{CTRACK_TOKEN}/GetVehicles -> 200", CTRACK_TOKEN),
        (f"GET /REST/Queues/{CTRACK_TOKEN}/Ack?tag=1", CTRACK_TOKEN),
        (f'"GET /DCTTPIEngine/TPIEngine/REST/CostCentres/{CTRACK_TOKEN} HTTP/1.1" 200', CTRACK_TOKEN),
    ],
)
def test_patterns_mask_unregistered_secrets(text, leaked):
    out = redact(text)
    assert leaked not in out, out
    assert "***" in out


@pytest.mark.parametrize(
    "text",
    [
        "GET /REST/Vehicles/GetLastVehiclePositionsforAuthenticatedUser",
        "GET /v1/fleets/vehicles/WBA1234567890ABCD/status",  # a VIN is not a token
        "token_type=bearer expires_in=300 ErrorCode=0 user_code=ABCD-EFGH",
        "authorization_pending: keep polling",
        "observation 3f2504e0-4f89-11d3-9a0c-0305e82c3301 is ONGOING",  # not after a token segment
    ],
)
def test_ordinary_text_is_kept(text):
    assert redact(text) == text


def test_registered_token_segment():
    register_token_path("Sessions")
    assert "abcdef0123456789abcdef" not in redact("/api/sessions/abcdef0123456789abcdef/x")


def test_filter_rewrites_message_args_and_traceback():
    register_secret(SENTINEL)
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, "login with %s failed", (SENTINEL,), None)
    try:
        raise RuntimeError(f"bad password {SENTINEL}")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    assert RedactingFilter().filter(record)
    formatted = logging.Formatter().format(record)
    assert SENTINEL not in formatted
    assert "login with *** failed" in formatted and "RuntimeError: bad password ***" in formatted


def test_install_logging_filters_every_handler_and_writes_the_file(tmp_path):
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    foreign = logging.StreamHandler()
    root.addHandler(foreign)
    try:
        log_file = install_logging(tmp_path / "logs", logging.DEBUG)
        install_logging(tmp_path / "logs", logging.DEBUG)  # again: no duplicate handlers
        ours = [h for h in root.handlers if getattr(h, "_fleetdesk", False)]
        assert len(ours) == 2
        assert all(any(isinstance(f, RedactingFilter) for f in h.filters) for h in root.handlers)
        logging.getLogger("fleetdesk.test").info("Authorization: Bearer %s", BEARER)
        for h in ours:
            h.flush()
        text = log_file.read_text("utf-8")
        assert "Authorization: ***" in text and BEARER not in text
    finally:
        for h in list(root.handlers):
            if h not in saved_handlers:
                root.removeHandler(h)
                h.close()
        root.setLevel(saved_level)
        logging.captureWarnings(False)


# -- end to end: an ApiClient at DEBUG ---------------------------------------------------------
def _exercise(server_url: str) -> None:
    """Secrets as a form password, Basic auth, a bearer header, query values, a path token."""
    with ApiClient(server_url, service="ctrack") as client:
        client.request("POST", "/login", data={"username": "garage", "password": SENTINEL})
        client.request("POST", "/login", auth=("0212345678", SENTINEL))
        client.request(
            "GET", "/hello", headers={"Authorization": f"Bearer {BEARER}"}, params={"password": SENTINEL}
        )
        client.request("GET", f"/REST/Vehicles/{CTRACK_TOKEN}/GetVehicles")
        client.request(
            "GET", "/Membership/Login", params={"Username": "API_Demo", "Password": SENTINEL}, ok=(404,)
        )


@pytest.mark.parametrize("registered", [False, True])
def test_client_logs_at_debug_never_contain_secrets(caplog, registered):
    if registered:
        for value in (SENTINEL, BEARER, CTRACK_TOKEN):
            register_secret(value)
    caplog.set_level(logging.DEBUG)
    with serve(CoreSim()) as server:
        _exercise(server.url)
        server.app.faults.drop(5)
        with pytest.raises(Offline) as err:
            with ApiClient(server.url, service="ctrack") as client:
                client.request(
                    "GET", f"/REST/Vehicles/{CTRACK_TOKEN}/GetVehicles", params={"password": SENTINEL}
                )
        assert CTRACK_TOKEN not in str(err.value) and SENTINEL not in str(err.value)
    ours = [r for r in caplog.records if r.name.startswith("fleetdesk")]
    assert any("/REST/Vehicles/***/GetVehicles" in r.getMessage() for r in ours)
    for r in ours:  # our own records are clean even without the filter
        for secret in (SENTINEL, BEARER, CTRACK_TOKEN):
            assert secret not in r.getMessage()


def test_every_library_record_is_clean_through_the_filter(caplog):
    """urllib3 logs request paths at DEBUG: the handler filter (as installed) cleans them."""
    caplog.handler.addFilter(RedactingFilter())
    caplog.set_level(logging.DEBUG)
    with serve(CoreSim()) as server:
        _exercise(server.url)
    library = [r.getMessage() for r in caplog.records if r.name.startswith("urllib3")]
    assert any("/REST/Vehicles/***/GetVehicles" in m for m in library)  # it did log the path
    for secret in (SENTINEL, BEARER, CTRACK_TOKEN):
        assert secret not in caplog.text


def test_requests_exceptions_are_redacted_in_typed_errors():
    register_secret(SENTINEL)
    with pytest.raises(Offline) as err:
        ApiClient("http://127.0.0.1:9", service="x", timeout=(0.5, 0.5)).request(
            "GET", f"/REST/Vehicles/{CTRACK_TOKEN}/GetVehicles"
        )
    assert CTRACK_TOKEN not in str(err.value)
    assert isinstance(err.value.__cause__, requests.RequestException)
