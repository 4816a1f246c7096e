"""The shared HTTP layer's defences: bad answers, Retry-After caps, refused redirects, the
total deadline setting, urllib3's retry warnings."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
import trustme
from conftest_core import CoreSim, clean_network_env, serve, server_context

from fleetdesk.core import http_deadline
from fleetdesk.core.errors import BadAnswer, ServerError, TransientError
from fleetdesk.core.http import ApiClient, parse_retry_after
from fleetdesk.core.http_answer import MAX_RETRY_AFTER_S, decode_json, redirect_refusal, retry_after
from fleetdesk.simulators.framework import SimRequest, SimResponse, route

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    clean_network_env(monkeypatch)


@pytest.mark.parametrize(
    "body, detail",
    [
        (b"<html><body>Sign in to the hotel Wi-Fi</body></html>", "a web page"),
        (b"", "an empty answer"),
        (b'{"a": "\xff"}', "not valid UTF-8"),
        (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
        (b'{"odometer": NaN}', "not what its API returns"),
        (b'{"cut": ', "not what its API returns"),
    ],
)
def test_anything_but_json_is_one_typed_transient_error(body, detail):
    with pytest.raises(BadAnswer) as caught:
        decode_json("THG quota", body)
    assert isinstance(caught.value, TransientError) and isinstance(caught.value, ServerError)
    assert isinstance(caught.value, ValueError)  # old `except ValueError` fallbacks still work
    assert str(caught.value).startswith("THG quota answered something that is not what its API returns")
    assert detail in str(caught.value)


def test_the_snippet_is_120_characters_without_control_characters():
    body = b"<html>\x00\x07\x1b[31m" + b"x" * 500
    text = str(BadAnswer("Car-Pass", body))
    snippet = text.split(": ", 1)[1]
    assert len(snippet) == 120 and snippet.startswith("<html> [31mxxx")
    assert not any(ord(ch) < 32 for ch in text)


def test_json_with_a_bom_or_any_content_type_is_accepted():
    assert decode_json("x", b'\xef\xbb\xbf{"a": 1}', content_type="text/plain") == {"a": 1}


@pytest.mark.parametrize(
    "value, seconds, capped",
    [
        ("120", 120.0, False),
        ("1000000000", MAX_RETRY_AFTER_S, True),
        ("1000000000000", MAX_RETRY_AFTER_S, True),
        ("9" * 400, MAX_RETRY_AFTER_S, True),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER_S, True),
        ("Fri, 04 Dec 2026 12:10:00 GMT", 600.0, False),
        ("-5", None, False),
        ("soon", None, False),
        ("", None, False),
    ],
)
def test_retry_after_is_parsed_defensively_and_capped_at_24_hours(value, seconds, capped):
    got, note = retry_after(value, NOW)
    assert got == seconds
    assert ("waits at most 24 h" in note) is capped
    assert parse_retry_after(value, NOW) == seconds


@pytest.mark.parametrize(
    "source, target, refused",
    [
        ("https://api.test/a", "https://api.test/b", None),
        ("http://api.test/a", "https://api.test/b", None),
        ("https://api.test/a", "http://api.test/b", "insecure (http)"),
        ("https://api.test/a", "https://evil.test/b", "another host (evil.test)"),
        ("https://api.test/a", "file:///etc/passwd", "a file: address"),
    ],
)
def test_redirect_policy(source, target, refused):
    reason = redirect_refusal(source, target)
    assert (reason is None) if refused is None else (refused in reason)


class _RedirectSim(CoreSim):
    @route("GET", r"/to-http")
    def to_http(self, request: SimRequest) -> SimResponse:
        return SimResponse(302, b"", {"Location": "http://127.0.0.1:9/hello"})


def test_a_redirect_from_https_to_http_is_refused(tmp_path, monkeypatch):
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    with serve(_RedirectSim(), ssl_context=server_context(cert)) as server:
        with ApiClient(server.url, service="carpass") as client:
            with pytest.raises(BadAnswer, match=r"from a secure \(https\) address"):
                client.request("GET", "/to-http")


class _LoopSim(CoreSim):
    hops = 0

    @route("GET", r"/loop")
    def loop(self, request: SimRequest) -> SimResponse:
        self.hops += 1
        return SimResponse(307, b"", {"Location": "/loop"})


def test_a_redirect_loop_is_given_up_after_a_few_hops(monkeypatch):
    from fleetdesk.core.http_session import MAX_REDIRECTS

    sim = _LoopSim()
    with serve(sim) as server:
        with ApiClient(server.url, service="thg") as client:
            with pytest.raises(TransientError, match="redirects"):
                client.request("GET", "/loop")
    assert sim.hops == MAX_REDIRECTS + 1 <= 6  # not requests' default of 30 hops


def test_the_deadline_is_a_setting_and_the_environment_overrides_it(monkeypatch):
    monkeypatch.delenv(http_deadline.ENV_DEADLINE, raising=False)
    http_deadline.configure(None)
    assert http_deadline.deadline_seconds() == 120.0
    try:
        http_deadline.configure(45)
        assert http_deadline.deadline_seconds() == 45.0
        monkeypatch.setenv(http_deadline.ENV_DEADLINE, "7.5")
        assert http_deadline.deadline_seconds() == 7.5
        monkeypatch.setenv(http_deadline.ENV_DEADLINE, "nonsense")
        assert http_deadline.deadline_seconds() == 45.0
    finally:
        http_deadline.configure(None)


def test_urllib3_retry_warnings_do_not_reach_stderr(caplog):
    caplog.set_level(logging.WARNING)
    logger = logging.getLogger("urllib3.connectionpool")
    logger.warning("Retrying (%r) after connection broken by '%r': %s", "Retry(total=2)", "x", "/")
    logger.warning("something else")
    messages = [r.getMessage() for r in caplog.records if r.name == "urllib3.connectionpool"]
    assert messages == ["something else"]
