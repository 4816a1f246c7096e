"""FleetDesk's TachoShare sign-in against a real, certified OpenID provider (panva's
``oidc-provider`` on Node.js, see tests/oidc_support.py), not against our own simulator.

Discovery from the issuer alone, the authorization code flow with PKCE through the provider's
own login and consent pages (driven with plain HTTP as a browser would, the code caught at
FleetDesk's loopback redirect), the token exchange, and two refreshes with rotation: the old
refresh token is refused. Skipped only when Node.js is not installed (CI installs it).
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import requests

from fleetdesk.core.errors import AuthExpired
from fleetdesk.runtime import Runtime
from fleetdesk.tachoshare.plugin import PLUGIN
from fleetdesk.tachoshare.service import SCOPE_KEY, TachoShareService
from oidc_support import NodeMissing, start_provider

pytestmark = pytest.mark.timeout(900)  # the first run may install the provider (npm ci)
CLIENT_ID = "fleetdesk-oidc-test"


@pytest.fixture(scope="session")
def oidc_provider():
    try:
        provider = start_provider(CLIENT_ID)
    except NodeMissing as exc:
        pytest.skip(str(exc))
    yield provider
    provider.stop()


class _Form(HTMLParser):
    """The first <form> of a page: its action and its inputs."""

    def __init__(self):
        super().__init__()
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self._in_form = self._done = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and not self._done and self.action is None:
            self.action, self._in_form = a.get("action") or "", True
        elif tag == "input" and self._in_form and a.get("name"):
            self.fields[a["name"]] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form" and self._in_form:
            self._in_form, self._done = False, True


class FormBrowser:
    """A user at a browser: follows redirects, fills the login form, clicks Continue on the
    consent page, until the provider sends it to FleetDesk's loopback redirect."""

    def __init__(self, login: str = "driver.manager@example.com"):
        self.session = requests.Session()
        self.session.trust_env = False
        self.login = login
        self.pages: list[str] = []
        self.redirect: str | None = None

    def __call__(self, url: str) -> bool:
        response = self.session.get(url, allow_redirects=False, timeout=10)
        for _ in range(20):
            if response.is_redirect:
                target = urljoin(response.url, response.headers["Location"])
                if urlsplit(target).path == "/callback":  # FleetDesk's loopback listener
                    self.redirect = target
                    self.session.get(target, timeout=10).close()
                    return True
                response = self.session.get(target, allow_redirects=False, timeout=10)
                continue
            assert response.status_code == 200, (response.status_code, response.text[:500])
            form = _Form()
            form.feed(response.text)
            assert form.action is not None, f"no form on {response.url}: {response.text[:300]}"
            self.pages.append(form.fields.get("prompt", "?"))
            data = dict(form.fields)
            if "login" in data:
                data.update(login=self.login, password="any password")
            response = self.session.post(
                urljoin(response.url, html.unescape(form.action)),
                data=data,
                allow_redirects=False,
                timeout=10,
            )
        raise AssertionError("the sign-in never reached FleetDesk's redirect")

    def close(self) -> None:
        self.session.close()


@pytest.fixture
def rt(config, fake_clock, oidc_provider):
    config.environ["FLEETDESK_TACHOSHARE_AUTH_URL"] = oidc_provider.issuer  # the issuer only
    config.settings.set(SCOPE_KEY, "openid tachoshare:read tachoshare:rdl")
    runtime = Runtime(config, integrations=[PLUGIN])  # real time: the provider checks expiry
    runtime.secrets.set("tachoshare", "client_id", CLIENT_ID)  # a public client: no secret
    yield runtime
    svc = runtime.services.get("tachoshare")
    if svc is not None:
        svc.close()
    runtime.close()


def test_sign_in_and_two_rotating_refreshes_against_oidc_provider(rt, oidc_provider):
    svc = TachoShareService.of(rt)
    browser = FormBrowser()
    try:
        svc.login(browser, timeout=60)
    finally:
        browser.close()
    auth = svc.auth()
    # discovery: both endpoints came from {issuer}/.well-known/openid-configuration
    assert auth.authorize_url == oidc_provider.issuer + "/auth"
    assert auth.token_url == oidc_provider.issuer + "/token"
    # the provider's own login and consent pages were passed; the code came back with its issuer
    assert browser.pages == ["login", "consent"]
    back = parse_qs(urlsplit(browser.redirect).query)
    assert set(back) >= {"code", "state"} and back["iss"] == [oidc_provider.issuer]
    tokens = svc.tokens()
    first = rt.secrets.get("tachoshare", "refresh_token")
    assert first and tokens.tokens.refresh_token == first and tokens.tokens.access_token
    assert userinfo(oidc_provider, tokens.tokens.access_token)["sub"] == "driver.manager@example.com"

    # two refreshes; each rotates the refresh token, and FleetDesk keeps the newest
    seen = [first]
    for _ in range(2):
        access = tokens.refresh_after_refusal(tokens.tokens.access_token)
        current = rt.secrets.get("tachoshare", "refresh_token")
        assert current not in seen and tokens.tokens.refresh_token == current
        assert userinfo(oidc_provider, access)["sub"] == "driver.manager@example.com"
        seen.append(current)
    # the provider refuses a refresh token that was already used
    with pytest.raises(AuthExpired, match="sign in again"):
        auth.refresh(seen[0])


def test_the_provider_requires_pkce(oidc_provider):
    """The provider really enforces PKCE (so the sign-in above proved FleetDesk sends it)."""
    with requests.Session() as session:
        session.trust_env = False
        response = session.get(
            oidc_provider.issuer + "/auth",
            params={
                "client_id": CLIENT_ID,
                "response_type": "code",
                "scope": "openid",
                "redirect_uri": "http://127.0.0.1:5555/callback",
                "state": "s",
            },
            allow_redirects=False,
            timeout=10,
        )
    assert response.is_redirect
    query = parse_qs(urlsplit(response.headers["Location"]).query)
    assert query["error"] == ["invalid_request"]
    assert "PKCE" in query["error_description"][0]


def userinfo(provider, access_token: str) -> dict:
    with requests.Session() as session:
        session.trust_env = False
        response = session.get(
            provider.issuer + "/me", timeout=10, headers={"Authorization": f"Bearer {access_token}"}
        )
    assert response.status_code == 200, response.text
    return response.json()
