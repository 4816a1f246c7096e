"""Sign-in against the Keycloak-style realm of the simulator: OpenID discovery below the issuer,
endpoints settable one by one, scopes from a setting, https only (issue 12, defects 2 and 11)."""

from __future__ import annotations

import gc

import pytest
import requests

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import AuthExpired, BadInput
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.tachoshare import AUTH_PREFIX, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, TachoShareSim
from fleetdesk.tachoshare.auth import TachoShareAuth, check_url, run_login_flow

REALM_AUTH = "/auth/realms/webfleet/protocol/openid-connect/auth"
REALM_TOKEN = "/auth/realms/webfleet/protocol/openid-connect/token"
DISCOVERY = "/auth/realms/webfleet/.well-known/openid-configuration"


class Browser:
    """Follows the authorize redirect to the loopback listener, like a signed-in browser."""

    def __init__(self):
        self.visited: list[str] = []

    def __call__(self, url: str) -> None:
        self.visited.append(url)
        with requests.Session() as session:
            page = session.get(url, allow_redirects=False, timeout=5)
            if page.status_code == 302:
                session.get(page.headers["Location"], timeout=5)


@pytest.fixture
def sim_server():
    clock = FakeClock()
    sim = TachoShareSim(clock=lambda: clock.now().timestamp(), rate_limit=None)
    server = SimServer(sim).start()
    yield sim, server, clock
    server.stop()
    gc.collect()


def test_endpoints_come_from_discovery_below_the_issuer(sim_server):
    sim, server, clock = sim_server
    auth = TachoShareAuth(server.url + AUTH_PREFIX, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, clock=clock)
    assert auth.authorize_url == server.url + REALM_AUTH
    assert auth.token_url == server.url + REALM_TOKEN
    assert len(sim.requests_to(r"/\.well-known/openid-configuration$")) == 1  # read once
    browser = Browser()
    tokens = run_login_flow(auth, browser, timeout=10)
    assert browser.visited[0].startswith(server.url + REALM_AUTH + "?")
    assert "code_challenge_method=S256" in browser.visited[0]
    assert tokens.access_token and tokens.refresh_token
    assert sim.requests_to(REALM_TOKEN, "POST")
    assert len(sim.requests_to(r"/\.well-known/openid-configuration$")) == 1


def test_refresh_token_rotates_and_the_old_one_is_refused(sim_server):
    sim, server, clock = sim_server
    auth = TachoShareAuth(server.url + AUTH_PREFIX, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, clock=clock)
    first = run_login_flow(auth, Browser(), timeout=10)
    second = auth.refresh(first.refresh_token)
    assert second.refresh_token != first.refresh_token
    with pytest.raises(AuthExpired):
        auth.refresh(first.refresh_token)
    assert auth.refresh(second.refresh_token).access_token


def test_authorize_and_token_urls_settable_one_by_one(sim_server):
    sim, server, clock = sim_server
    # the token URL is given; the authorize URL still comes from discovery
    auth = TachoShareAuth(
        server.url + AUTH_PREFIX,
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        clock=clock,
        token_url=server.url + REALM_TOKEN,
    )
    assert auth.token_url == server.url + REALM_TOKEN
    assert not sim.requests_to("well-known")
    assert auth.authorize_url == server.url + REALM_AUTH
    # both given: discovery is never read, even when the issuer has none
    both = TachoShareAuth(
        server.url + "/no-such-issuer",
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        clock=clock,
        authorize_url=server.url + REALM_AUTH,
        token_url=server.url + REALM_TOKEN,
    )
    assert run_login_flow(both, Browser(), timeout=10).access_token
    assert len(sim.requests_to("well-known")) == 1


def test_an_issuer_without_discovery_says_what_to_set(sim_server):
    sim, server, clock = sim_server
    auth = TachoShareAuth(server.url + "/oauth2", DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, clock=clock)
    with pytest.raises(Exception, match="no OpenID configuration.*authorize and token URLs"):
        _ = auth.authorize_url


def test_scopes_come_from_a_setting(sim_server):
    sim, server, clock = sim_server
    auth = TachoShareAuth(
        server.url + AUTH_PREFIX,
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        clock=clock,
        scope="openid, tachoshare:read",
    )
    browser = Browser()
    tokens = run_login_flow(auth, browser, timeout=10)
    assert "scope=openid+tachoshare%3Aread" in browser.visited[0]
    assert tokens.scope == "openid tachoshare:read"


@pytest.mark.parametrize(
    "url",
    [
        "http://auth.webfleet.com/auth/realms/webfleet",
        "http://10.0.0.5:8080",
        "ftp://auth.example.com",
        "auth.webfleet.com",
        "",
    ],
)
def test_plain_http_is_refused_except_for_loopback(url):
    with pytest.raises(BadInput, match="https://"):
        TachoShareAuth(url, DEMO_CLIENT_ID)
    with pytest.raises(BadInput, match="https://"):
        check_url(url, "The TachoShare API URL")


@pytest.mark.parametrize(
    "url",
    [
        "https://auth.webfleet.com/auth/realms/webfleet",
        "http://127.0.0.1:8123/auth",
        "http://localhost:9/x",
        "http://[::1]:80",
    ],
)
def test_https_and_loopback_http_are_accepted(url):
    assert check_url(url, "x") == url


def test_discovery_pointing_to_plain_http_elsewhere_is_refused(sim_server):
    sim, server, clock = sim_server
    sim.base_url = "http://auth.example.com"  # the discovery document names this host
    auth = TachoShareAuth(server.url + AUTH_PREFIX, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, clock=clock)
    with pytest.raises(BadInput, match="authorization_endpoint"):
        _ = auth.authorize_url
