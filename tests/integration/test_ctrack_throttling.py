"""#20 defects 8 and 9: Ctrack's 401 and 400 answers, whatever their body.

The spec: 401 "Unauthenticated – invalid or missing API key" and, under rate limits, 400 "Bad
request – rate limit exceeded" or 401 "Authentication failed – invalid or throttled API key"; no
body is given for any of them. A dropped session (401) means: log in again once, retry once.
Throttling means: back off exponentially and say Ctrack is limiting requests, not "wrong password".
"""

from __future__ import annotations

import pytest

from ctrack_support import ctrack_maker, logins
from fleetdesk.core.clock import FakeClock
from fleetdesk.ctrack.errors import CtrackRateLimited, LoginFailed


@pytest.fixture
def make():
    """Simulators without their own rate limit: each test forces the answers it studies."""
    with ctrack_maker(FakeClock(), rate_limit=None) as make:
        yield make


@pytest.mark.parametrize("body", ["empty", "text", "json"])
def test_defect8_a_401_dropping_the_session_logs_in_again_once_and_retries_once(make, body):
    sim, client = make(auth_failure_status=401, auth_failure_body=body)
    client.vehicles()
    sim.expire_sessions()  # the server dropped the session
    assert len(client.vehicles()) == 25
    assert len(logins(sim)) == 2
    assert [r.status for r in sim.requests_to(r"/GetVehicles$")] == [200, 401, 200]


@pytest.mark.parametrize("status", [400, 401])
@pytest.mark.parametrize("body", ["empty", "text", "json", "opaque"])
def test_defect9_throttling_is_rate_limited_not_a_wrong_password(make, status, body):
    sim, client = make()
    client.vehicles()
    sim.force_rate_limit(3, status=status, body=body)  # the data call and any re-login
    with pytest.raises(CtrackRateLimited) as err:
        client.vehicles()
    assert not isinstance(err.value, LoginFailed)
    assert "limiting requests" in str(err.value)
    sim.force_rate_limit(0)
    assert len(client.vehicles()) == 25  # the same session works once the limit lifts


def test_defect9_throttled_login_is_not_a_wrong_password(make):
    sim, client = make()
    sim.force_rate_limit(1, status=401, body="json")
    with pytest.raises(CtrackRateLimited):
        client.login()


def test_defect9_only_a_credential_error_on_login_is_a_wrong_password(make):
    _, client = make(password="wrong")
    with pytest.raises(LoginFailed) as err:
        client.login()
    assert "username or password" in str(err.value)
