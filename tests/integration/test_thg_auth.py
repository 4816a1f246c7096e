"""THG sign-in through MSAL against the TLS identity simulator (loopback, hub test CA).

MSAL only accepts https authorities, so the simulator serves TLS and the client trusts the
hub's CA through REQUESTS_CA_BUNDLE. Client and simulator share one FakeClock: polling
intervals, code expiry and the 90-day refresh-token lapse are exact and instant.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import AuthExpired, NotConfigured
from fleetdesk.simulators.hub import SimulatorHub
from fleetdesk.thg.auth import DEFAULT_CLIENT_ID, SignInCancelled, SignInDeclined, SignInExpired, ThgAuth


class ScheduledClock(FakeClock):
    """A FakeClock that runs callbacks once its time passes given offsets (the user acting
    on the verification page while the app polls)."""

    def __init__(self):
        super().__init__()
        self.start = self.now()
        self._due: list[tuple[float, callable]] = []

    def at(self, seconds: float, fn) -> None:
        self._due.append((seconds, fn))

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        elapsed = (self.now() - self.start).total_seconds()
        for item in [d for d in self._due if d[0] <= elapsed]:
            self._due.remove(item)
            item[1]()


@pytest.fixture
def clock():
    return ScheduledClock()


@pytest.fixture
def make(clock, monkeypatch):
    """make(**sim_kwargs) -> (sim, auth factory); hub stopped and sessions closed afterwards."""
    hubs, auths = [], []

    def _make(**sim_kwargs):
        sim_kwargs.setdefault("auto_approve_after", None)
        hub = SimulatorHub(
            ["thg_identity"], thg_identity={"clock": lambda: clock.now().timestamp(), **sim_kwargs}
        ).start()
        hubs.append(hub)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(hub.ca_bundle))

        def new_auth(**kwargs) -> ThgAuth:
            auth = ThgAuth(hub.urls["thg_auth"], clock=clock, **kwargs)
            auths.append(auth)
            return auth

        return hub.apps["thg_identity"], new_auth

    yield _make
    for auth in auths:
        auth.close()
    for hub in hubs:
        hub.stop()


def sign_in(sim, auth, clock, approve_after=0.0) -> str:
    device = auth.start_device_flow()
    clock.at(approve_after, lambda: sim.approve(device.user_code))
    if approve_after == 0:
        sim.approve(device.user_code)
    return auth.wait_for_sign_in(device)


def test_pending_until_the_user_signs_in_then_tokens(make, clock):
    sim, new_auth = make()
    auth = new_auth()
    device = auth.start_device_flow()
    assert len(device.user_code) == 9 and device.verification_uri.endswith("/devicelogin")
    assert device.expires_at == clock.now() + timedelta(seconds=900)
    clock.at(12, lambda: sim.approve(device.user_code))

    token = auth.wait_for_sign_in(device)

    assert token and auth.signed_in and auth.refresh_token
    dc = sim.device_codes[device.flow["device_code"]]
    assert dc.state == "redeemed" and dc.polls == 4 and dc.slow_downs == 0  # 0, 5, 10, 15 s
    assert auth.last_used == clock.now()
    assert auth.refresh_status().warn is False
    # MSAL fetched only the tenant's OpenID configuration: no instance discovery anywhere
    assert not sim.requests_to(r"/common/discovery/instance")
    assert sim.requests_to(r"/v2\.0/\.well-known/openid-configuration")


def test_slow_down_grows_the_interval_and_is_honoured(make, clock):
    sim, new_auth = make()
    auth = new_auth()
    device = auth.start_device_flow()
    # polling starts, then stops (the window was closed) and resumes a second later: too soon
    calls = iter([False, True])
    with pytest.raises(SignInCancelled):
        auth.wait_for_sign_in(device, cancelled=lambda: next(calls, True))
    clock.advance(1)
    clock.at(30, lambda: sim.approve(device.user_code))

    assert auth.wait_for_sign_in(device)

    dc = sim.device_codes[device.flow["device_code"]]
    assert dc.slow_downs == 1 and dc.interval == 10 and device.flow["interval"] == 10


def test_expired_code_ends_the_wait(make, clock):
    sim, new_auth = make(device_code_lifetime=30)
    auth = new_auth()
    device = auth.start_device_flow()
    with pytest.raises(SignInExpired, match="expired"):
        auth.wait_for_sign_in(device)
    assert (clock.now() - clock.start) == timedelta(seconds=30)
    assert not auth.signed_in


def test_declined_on_the_verification_page(make, clock):
    sim, new_auth = make()
    auth = new_auth()
    device = auth.start_device_flow()
    clock.at(7, lambda: sim.deny(device.user_code))
    with pytest.raises(SignInDeclined):
        auth.wait_for_sign_in(device)
    assert not auth.signed_in


def test_cancel_stops_polling_at_once(make, clock):
    sim, new_auth = make()
    auth = new_auth()
    device = auth.start_device_flow()
    cancel = threading.Event()
    clock.at(7.2, cancel.set)
    with pytest.raises(SignInCancelled):
        auth.wait_for_sign_in(device, cancelled=cancel)
    dc = sim.device_codes[device.flow["device_code"]]
    assert dc.polls == 2  # at 0 and 5 s; none after the cancel at 7.2 s
    assert (clock.now() - clock.start).total_seconds() == pytest.approx(7.2, abs=0.01)


def test_refresh_chain_rolls_and_lapses_after_90_days_unused(make, clock):
    sim, new_auth = make()
    auth = new_auth()
    first = sign_in(sim, auth, clock)
    rt1 = auth.refresh_token
    assert auth.access_token() == first  # still fresh: no network

    clock.advance(minutes=56)  # under five minutes left: refresh early
    second = auth.access_token()
    rt2 = auth.refresh_token
    assert second != first and rt2 != rt1 and auth.last_used == clock.now()

    clock.advance(days=89)  # within 90 days of the last use
    assert auth.access_token() != second
    rt3 = auth.refresh_token
    assert rt3 not in (rt1, rt2)

    clock.advance(days=70)
    assert auth.refresh_status().warn and not auth.refresh_status().lapsed
    assert auth.refresh_status().days_left(clock.now()) == 20
    clock.advance(days=21)
    assert auth.refresh_status().lapsed
    with pytest.raises(AuthExpired, match="Sign in again"):
        auth.refresh()


def test_revoked_refresh_token_is_refused(make, clock):
    sim, new_auth = make()
    auth = new_auth()
    sign_in(sim, auth, clock)
    sim.revoke(auth.refresh_token)
    with pytest.raises(AuthExpired):
        auth.refresh()


def test_unattended_start_from_a_refresh_token_and_stored_cache(make, clock):
    sim, new_auth = make()
    auth = new_auth()
    sign_in(sim, auth, clock)
    stored = auth.serialize_cache()
    assert len(stored.encode("utf-16-le")) > 2560  # too long for one Windows credential

    unattended = new_auth()
    assert unattended.sign_in_with_refresh_token(auth.refresh_token)
    assert unattended.refresh_token != auth.refresh_token  # rolled on first use
    clock.advance(hours=2)
    assert unattended.access_token()  # refreshes from its own cache

    restored = new_auth(cache_state=stored, last_used=auth.last_used)
    assert restored.signed_in and restored.refresh()


def test_unknown_refresh_token_and_wrong_settings(make, clock):
    sim, new_auth = make()
    with pytest.raises(AuthExpired):
        new_auth().sign_in_with_refresh_token("0.Anot-a-real-refresh-token")
    with pytest.raises(NotConfigured, match="https"):
        ThgAuth("http://127.0.0.1:1/tenant", DEFAULT_CLIENT_ID)
    auth = ThgAuth(sim.base_url + "/no-such-tenant", clock=clock)
    try:
        with pytest.raises(NotConfigured, match="tenant"):
            auth.start_device_flow()
    finally:
        auth.close()


def test_authority_and_client_id_come_from_settings_and_environment(tmp_path):
    from fleetdesk.core.config import Config
    from fleetdesk.thg.auth import authority_from_config, client_id_from_config

    config = Config.load(tmp_path, environ={})
    assert (
        authority_from_config(config)
        == "https://login.microsoftonline.com/f7731598-1da9-4b5f-a888-ceaf1d14fae0"
    )
    assert client_id_from_config(config) == DEFAULT_CLIENT_ID
    config.settings.set("thg.tenant_id", "contoso.onmicrosoft.com")
    config.settings.set("thg.client_id", "11111111-2222-3333-4444-555555555555")
    assert authority_from_config(config).endswith("/contoso.onmicrosoft.com")
    assert client_id_from_config(config) == "11111111-2222-3333-4444-555555555555"

    env = Config.load(
        tmp_path,
        environ={"FLEETDESK_THG_AUTH_URL": "https://127.0.0.1:9/t", "FLEETDESK_THG_CLIENT_ID": "abc"},
    )
    assert authority_from_config(env) == "https://127.0.0.1:9/t"
    assert client_id_from_config(env) == "abc"
