"""TachoShare sign-in and client against the TachoShare simulator over loopback HTTP.

Client and simulator share one FakeClock, so token expiry, rate windows and RDL timings are
exact; the "browser" is a requests session that follows the authorize page's redirect to
the loopback listener, as a real browser would.
"""

from __future__ import annotations

import gc
import tracemalloc
from datetime import timedelta

import pytest
import requests

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import AuthExpired, BadInput, RateLimited, Rejected
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.tachoshare import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_REFRESH_TOKEN,
    HOSTILE_FILENAMES,
    HOSTILE_ZIPS,
    READ_SCOPE,
    TachoShareSim,
)
from fleetdesk.tachoshare.archive import (
    ArchiveTooLarge,
    AtomicFile,
    CorruptArchive,
    UnsafeArchive,
    safe_extract_zip,
    sanitize_filename,
)
from fleetdesk.tachoshare.auth import (
    LoopbackRedirect,
    SignInError,
    TachoShareAuth,
    TokenManager,
    Tokens,
    run_login_flow,
)
from fleetdesk.tachoshare.client import TachoShareClient
from fleetdesk.tachoshare.models import RdlStatus


class Browser:
    """Stands in for the system browser: opens the authorize page, follows its redirect."""

    def __init__(self):
        self.session = requests.Session()
        self.session.trust_env = False
        self.visited: list[str] = []

    def __call__(self, url: str) -> None:
        self.visited.append(url)
        page = self.session.get(url, allow_redirects=False, timeout=5)
        if page.status_code == 302:
            self.visited.append(page.headers["Location"])
            self.session.get(page.headers["Location"], timeout=5)

    def close(self):
        self.session.close()


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def env(clock):
    """(sim, auth, make_client) on one server; everything closed afterwards."""
    sim = TachoShareSim(clock=lambda: clock.now().timestamp(), rate_limit=None)
    server = SimServer(sim).start()
    auth = TachoShareAuth(
        server.url + "/auth/realms/webfleet", DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, clock=clock
    )
    browser = Browser()
    clients: list[TachoShareClient] = []
    rotated: list[Tokens] = []

    def make_client(tokens: Tokens | None = None) -> TachoShareClient:
        tokens = tokens or run_login_flow(auth, browser, timeout=10)
        manager = TokenManager(auth, tokens, on_change=rotated.append)
        client = TachoShareClient(server.url, manager)
        clients.append(client)
        return client

    yield sim, auth, make_client, browser, rotated
    for client in clients:
        client.session.close()
    browser.close()
    # an error keeps its response (and keep-alive connection) alive through its traceback
    gc.collect()
    server.stop()


def statuses(sim, path_regex):
    return [r.status for r in sim.requests_to(path_regex)]


# -- sign-in ----------------------------------------------------------------------------
def test_pkce_sign_in_through_the_loopback_listener(env, clock):
    sim, auth, make_client, browser, _ = env
    client = make_client()
    authorize, redirect = browser.visited
    assert "code_challenge_method=S256" in authorize and "code_challenge=" in authorize
    assert redirect.startswith("http://127.0.0.1:") and "code=" in redirect and "state=" in redirect
    assert client.tokens.tokens.expires_at == clock.now() + timedelta(seconds=3600)
    assert len(client.vehicles()) == 20
    token_calls = sim.requests_to(r"/auth/realms/webfleet/protocol/openid-connect/token")
    assert [r.status for r in token_calls] == [200]
    assert b"code_verifier=" in token_calls[0].body


def test_wrong_verifier_and_reused_code_are_refused(env):
    sim, auth, *_ = env
    with LoopbackRedirect() as listener:
        url, state = auth.build_authorize_url(listener.redirect_uri, "a" * 64)
        listener.expected_state = state
        Browser()(url)
        code = listener.wait(5)["code"]
    with pytest.raises(SignInError, match="PKCE"):
        auth.exchange_code(code, listener.redirect_uri, "b" * 64)
    with pytest.raises(SignInError, match="invalid or expired"):  # a code works once
        auth.exchange_code(code, listener.redirect_uri, "a" * 64)


def test_authorize_page_refuses_non_loopback_redirects(env):
    sim, auth, *_ = env
    url, _ = auth.build_authorize_url("https://evil.example/cb", "a" * 64)
    page = requests.get(url, allow_redirects=False, timeout=5)
    assert page.status_code == 400 and "Location" not in page.headers
    assert "loopback" in page.text


def test_denied_sign_in_is_reported(env):
    sim, auth, make_client, browser, _ = env
    sim.deny_next_authorize = True
    with pytest.raises(SignInError, match="denied"):
        run_login_flow(auth, browser, timeout=10)


def test_loopback_listener_ignores_strangers_and_captures_once():
    with LoopbackRedirect(expected_state="s1") as listener:
        base = listener.redirect_uri
        assert requests.get(base.replace("/callback", "/favicon.ico"), timeout=5).status_code == 404
        assert requests.get(base + "?code=forged&state=other", timeout=5).status_code == 400
        assert requests.get(base + "?code=real&state=s1", timeout=5).status_code == 200
        assert listener.wait(5) == {"code": "real", "state": "s1"}
        with pytest.raises(requests.ConnectionError):  # closed after the one redirect
            requests.get(base + "?code=again&state=s1", timeout=2)


def test_loopback_listener_times_out():
    with LoopbackRedirect(expected_state="s") as listener:
        with pytest.raises(SignInError, match="in time"):
            listener.wait(0.2)


# -- tokens -----------------------------------------------------------------------------
def test_expired_token_is_refreshed_before_use_and_rotates(env, clock):
    sim, auth, make_client, _, rotated = env
    client = make_client()
    first_refresh = client.tokens.tokens.refresh_token
    clock.advance(3600)
    assert client.vehicles()
    assert statuses(sim, r"^/vehicles$") == [200]  # no 401 on the way
    assert len(rotated) == 1 and rotated[0].refresh_token != first_refresh
    with pytest.raises(AuthExpired, match="sign in again"):  # the old one was rotated away
        auth.refresh(first_refresh)


def test_401_refreshes_once_and_retries(env):
    sim, auth, make_client, _, rotated = env
    client = make_client()
    sim.expire_access_tokens()  # revoked server-side while the client still trusts it
    assert len(client.drivers()) == 31
    assert statuses(sim, r"^/drivers$") == [401, 200]
    assert len(rotated) == 1


def test_failed_refresh_asks_to_sign_in_again(env):
    sim, auth, make_client, *_ = env
    client = make_client()
    sim.expire_access_tokens()
    sim.revoke_refresh_tokens()
    with pytest.raises(AuthExpired, match="sign in again"):
        client.vehicles()


def test_unattended_start_from_a_refresh_token(env):
    sim, auth, make_client, browser, rotated = env
    client = make_client(Tokens.from_refresh_token(DEMO_REFRESH_TOKEN))
    assert client.vehicles()
    assert browser.visited == [] and len(rotated) == 1


def test_403_says_the_scope_is_missing(env):
    sim, auth, make_client, *_ = env
    sim.granted_scope = READ_SCOPE  # the user granted reading but not RDL requests
    client = make_client()
    assert client.vehicles()
    with pytest.raises(Rejected) as caught:
        client.request_rdl(sim.vehicles[1].vin)
    assert caught.value.status == 403 and "scope" in caught.value.message


# -- lists ------------------------------------------------------------------------------
def test_vehicles_have_every_field_and_absent_ones_are_none(env):
    sim, auth, make_client, *_ = env
    vehicles = make_client().vehicles()
    by_status = {v.rdl_status for v in vehicles}
    assert by_status == {
        RdlStatus.OK,
        RdlStatus.DELAYED,
        RdlStatus.OUTSIDE_LEGAL_COMPLIANCE,
        RdlStatus.NEVER_DOWNLOADED,
        RdlStatus.DISCONNECTED,
    }
    never = [v for v in vehicles if v.rdl_status is RdlStatus.NEVER_DOWNLOADED]
    assert never and all(v.last_activity_date is None for v in never)
    disconnected = [v for v in vehicles if v.rdl_status is RdlStatus.DISCONNECTED]
    assert len(disconnected) == 1 and disconnected[0].next_scheduled_date is None
    ok = next(v for v in vehicles if v.rdl_status is RdlStatus.OK)
    assert ok.license_plate and ok.last_activity_date and ok.next_scheduled_date
    assert ok.last_rdl_attempt.tzinfo is not None and ok.manual_attempts_remaining >= 0
    assert all(len(v.vin) == 17 for v in vehicles)


def test_drivers_have_every_field_and_unknown_status_is_tolerated(env):
    sim, auth, make_client, *_ = env
    sim.cards[0].status_override = "SUSPENDED"
    cards = make_client().drivers()
    assert cards[0].rdl_status is RdlStatus.UNKNOWN and cards[0].rdl_status_raw == "SUSPENDED"
    assert {c.rdl_status for c in cards[1:]} == {
        RdlStatus.OK,
        RdlStatus.DELAYED,
        RdlStatus.OUTSIDE_LEGAL_COMPLIANCE,
        RdlStatus.NEVER_DOWNLOADED,
    }
    never = [c for c in cards if c.rdl_status is RdlStatus.NEVER_DOWNLOADED]
    assert never and all(c.last_download_date is None for c in never)
    assert all(len(c.card_number) == 14 and c.country_code.startswith("0x") for c in cards)
    assert {c.country_name for c in cards} >= {"Belgium", "Spain", "Germany", "Netherlands"}


# -- downloads --------------------------------------------------------------------------
def test_incremental_vehicle_download_then_nothing_new(env, tmp_path):
    sim, auth, make_client, *_ = env
    client = make_client()
    v = next(v for v in client.vehicles() if v.vin == sim.vehicles[1].vin)
    stored_last = v.last_activity_date - timedelta(days=10)
    # usage guidance: from = stored last + 1 day, to = newly available last + 1 day
    start, end = stored_last + timedelta(days=1), v.last_activity_date + timedelta(days=1)
    seen = []
    with AtomicFile(tmp_path / "first.DDD") as fh:
        result = client.download_vehicle(
            v.vin, start, end, fileobj=fh, progress=lambda d, t: seen.append((d, t))
        )
    assert result.status == 200 and result.content_type == "application/octet-stream"
    assert (
        result.bytes_written
        == sim.vu_base_bytes + 10 * sim.vu_day_bytes
        == (tmp_path / "first.DDD").stat().st_size
    )
    assert seen[-1] == (result.bytes_written, result.bytes_written)
    assert sanitize_filename(result.filename_hint) == f"M_{end:%Y%m%d}_0715_2-FDK-771_{v.vin}.DDD"
    with AtomicFile(tmp_path / "again.DDD") as fh:
        client.download_vehicle(v.vin, start, end, fileobj=fh)
    assert (tmp_path / "again.DDD").read_bytes() == (tmp_path / "first.DDD").read_bytes()
    with AtomicFile(tmp_path / "none.DDD") as fh:
        nothing = client.download_vehicle(v.vin, end, end + timedelta(days=1), fileobj=fh)
        if not nothing.has_data:
            fh.abort()
    assert nothing.status == 204 and nothing.bytes_written == 0
    assert not (tmp_path / "none.DDD").exists()


@pytest.mark.parametrize("fmt, exts", [("V1B_V1C", (".V1B", ".V1C")), ("TGD", (".TGD",))])
def test_vehicle_formats(env, tmp_path, fmt, exts):
    sim, auth, make_client, *_ = env
    with open(tmp_path / "f", "wb") as fh:
        result = make_client().download_vehicle(sim.vehicles[2].vin, None, None, fmt, fileobj=fh)
    assert result.status == 200 and result.filename_hint.endswith(exts)


def test_download_errors_carry_the_description(env, tmp_path):
    sim, auth, make_client, *_ = env
    client = make_client()
    vin = sim.vehicles[1].vin
    today = sim.today()
    with open(tmp_path / "f", "wb") as fh:
        with pytest.raises(Rejected, match="2 years") as too_long:
            client.download_vehicle(vin, today - timedelta(days=800), today, fileobj=fh)
        assert too_long.value.status == 400 and too_long.value.body["traceId"]
        with pytest.raises(Rejected) as unknown:
            client.download_vehicle("XXXXXXXXXXXXXXXXX", None, None, fileobj=fh)
        assert unknown.value.status == 404
        with pytest.raises(Rejected) as wrong_accept:
            client.download_vehicle(vin, None, None, fileobj=fh, accept="text/html")
        assert wrong_accept.value.status == 406
        with pytest.raises(Rejected) as no_card:
            client.download_card("00000000000000", "0x06", None, None, fileobj=fh)
        assert no_card.value.status == 404
        with pytest.raises(BadInput):
            client.download_vehicle(vin, None, None, "C1B_C1C", fileobj=fh)
    assert (tmp_path / "f").stat().st_size == 0


def test_driver_zip_is_streamed_and_extracted(env, tmp_path):
    sim, auth, make_client, *_ = env
    client = make_client()
    card = sim.cards[1]  # weekly downloads
    zip_path = tmp_path / "card.ZIP"
    with AtomicFile(zip_path) as fh:
        result = client.download_card(card.card, card.country, None, None, "C1B_C1C", fileobj=fh)
    assert result.status == 200 and result.filename_hint.endswith(f"_{card.name}_{card.card}.ZIP")
    files = safe_extract_zip(zip_path, tmp_path / "out")
    in_range = [d for d in card.downloads if d.date() > sim.today() - timedelta(days=90)]
    assert len(files) == len(in_range) and all(f.suffix in (".C1B", ".C1C") for f in files)
    assert all(f.read_bytes().startswith(b"\x76\x06") for f in files)


@pytest.mark.parametrize("hostile", HOSTILE_FILENAMES)
def test_hostile_content_disposition_is_only_a_hint(env, tmp_path, hostile):
    sim, auth, make_client, *_ = env
    sim.hostile_filename = hostile
    with open(tmp_path / "f", "wb") as fh:
        result = make_client().download_vehicle(sim.vehicles[1].vin, None, None, fileobj=fh)
    assert result.status == 200 and result.filename_hint == (hostile or None)
    name = sanitize_filename(result.filename_hint, fallback="vehicle.DDD")
    assert (tmp_path / "archive" / name).resolve().parent == (tmp_path / "archive").resolve()
    assert name.split(".")[0].upper() not in {"CON", "NUL"} and ".." not in name


@pytest.mark.parametrize("kind", HOSTILE_ZIPS)
def test_hostile_driver_zips_are_refused(env, tmp_path, kind):
    sim, auth, make_client, *_ = env
    sim.hostile_zip = kind
    card = sim.cards[1]
    with AtomicFile(tmp_path / "card.ZIP") as fh:
        make_client().download_card(card.card, card.country, None, None, fileobj=fh)
    expected = {"bomb": ArchiveTooLarge, "too_many": ArchiveTooLarge, "corrupt": CorruptArchive}
    with pytest.raises(expected.get(kind, UnsafeArchive)):
        safe_extract_zip(tmp_path / "card.ZIP", tmp_path / "out", max_members=1000)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert not (tmp_path / "evil.DDD").exists()


def test_large_download_streams_with_bounded_memory(env, tmp_path):
    sim, auth, make_client, *_ = env
    client = make_client()
    vin = sim.vehicles[1].vin
    sim.file_sizes[vin] = 50 * 2**20
    tracemalloc.start()
    try:
        with AtomicFile(tmp_path / "big.DDD") as fh:
            result = client.download_vehicle(vin, None, None, fileobj=fh)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.bytes_written == (tmp_path / "big.DDD").stat().st_size == 50 * 2**20
    assert peak < 8 * 2**20, f"peak traced memory {peak / 2**20:.1f} MiB"


# -- rate limit and RDL ------------------------------------------------------------------
def test_429_carries_retry_after(env, clock):
    sim, auth, make_client, *_ = env
    client = make_client()
    sim.rate_limit = (2, 10.0)
    client.vehicles()
    clock.advance(1)
    client.drivers()
    with pytest.raises(RateLimited) as caught:
        client.vehicles()
    assert caught.value.retry_after == 9
    clock.advance(9)
    assert client.vehicles()


def test_rdl_accepted_then_delivers_data(env, clock):
    sim, auth, make_client, *_ = env
    client = make_client()
    target = sim.vehicles[1]
    before = target.manual_attempts
    updated = client.request_rdl(target.vin)
    assert updated.vin == target.vin and updated.manual_attempts_remaining == before - 1
    assert updated.last_rdl_attempt == clock.now().replace(microsecond=0)
    with pytest.raises(Rejected, match="in progress") as again:
        client.request_rdl(target.vin)
    assert again.value.status == 409
    clock.advance(sim.rdl_completes_after)
    refreshed = next(v for v in client.vehicles() if v.vin == target.vin)
    assert refreshed.last_activity_date == sim.today() - timedelta(days=1)


@pytest.mark.parametrize(
    "index, reason",
    [
        (12, "no more remaining attempts"),
        (13, "lack of telematics device"),
        (19, "not enabled"),
        (8, "scheduled for today"),
        (0, "up-to-date"),
    ],
)
def test_rdl_denials_are_409_with_description(env, index, reason):
    sim, auth, make_client, *_ = env
    with pytest.raises(Rejected, match=reason) as caught:
        make_client().request_rdl(sim.vehicles[index].vin)
    assert caught.value.status == 409


def test_rdl_for_unknown_vehicle_is_404(env):
    sim, auth, make_client, *_ = env
    with pytest.raises(Rejected) as caught:
        make_client().request_rdl("XXXXXXXXXXXXXXXXX")
    assert caught.value.status == 404


def test_error_keeps_the_trace_id(env, tmp_path):
    """Issue 12, defect 10: the traceId of an error reply stays with the error text."""
    sim, auth, make_client, *_ = env
    client = make_client()
    with open(tmp_path / "f", "wb") as fh:
        with pytest.raises(Rejected) as exc:
            client.download_vehicle("NOSUCHVIN00000000", None, None, fileobj=fh)
    trace = exc.value.body["traceId"]
    assert exc.value.status == 404 and f"(traceId {trace})" in str(exc.value)
