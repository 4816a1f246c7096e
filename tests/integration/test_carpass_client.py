"""CarPassClient against the Car-Pass simulator over loopback HTTP, with the simulator's clock."""

from __future__ import annotations

import base64
import gc
from datetime import UTC, date, datetime, timedelta

import pytest

from fleetdesk.carpass.client import CarPassClient, VhrNotReady
from fleetdesk.carpass.models import Observation, ObservationStatus, ObservationType
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import AuthExpired, BadInput, RateLimited, Rejected, ServerError
from fleetdesk.simulators.carpass import DEMO_PASSWORD, DEMO_USERNAME
from fleetdesk.simulators.carpass_data import OTHER_PASSWORD, OTHER_USERNAME
from fleetdesk.simulators.hub import SimulatorHub

ONGOING_S, VHR_S, REVIEW_S = 2.0, 6.0, 30.0
GOLF = "WVWZZZ1KZ8W123456"  # last seeded reading: 176,420 km, 40 days ago
BMW = "WBA3A5C51DF123457"  # last seeded reading: 131,870 km, 180 days ago
S = ObservationStatus


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))  # a Monday


@pytest.fixture
def hub(clock):
    settings = {
        "clock": lambda: clock.now().timestamp(),
        "ongoing_seconds": ONGOING_S,
        "vhr_ongoing_seconds": VHR_S,
        "review_seconds": REVIEW_S,
    }
    with SimulatorHub(["carpass"], carpass=settings) as running:
        yield running


@pytest.fixture
def sim(hub):
    return hub.apps["carpass"]


@pytest.fixture
def client(hub):
    client = CarPassClient(hub.urls["carpass"], DEMO_USERNAME, DEMO_PASSWORD, software_version="9.9.9")
    yield client
    close(client)


def close(client):
    """End the keep-alive connections, and with them the simulator's handler threads.

    An error response caught by pytest.raises sits in a reference cycle (traceback -> test
    frame -> ExceptionInfo) and keeps its socket open until the garbage collector runs.
    """
    gc.collect()
    client.close()


def obs(clock, km: int, vin: str | None = GOLF, days_ago: int = 0, **kw) -> Observation:
    kw.setdefault("observation_type", ObservationType.REPAIR_MAINTENANCE_SERVICE)
    return Observation(
        reading_date=clock.today() - timedelta(days=days_ago),
        odometer=km,
        enterprise_organisation="0412.345.614",
        entered_organisation=DEMO_USERNAME,
        vin=vin,
        **kw,
    )


def settle(client, clock, guid, seconds=ONGOING_S):
    """Poll as the rules say: after >= 1 s, then every 10 s while ONGOING."""
    clock.advance(max(seconds, 1.0))
    result = client.get_status(guid)
    while result.status is S.ONGOING:
        clock.advance(10)
        result = client.get_status(guid)
    return result


def test_observation_is_ongoing_then_processed(client, sim, clock):
    reading = obs(clock, 177_300, work_description="Oil change, brake pads front")
    guid = client.post_observation(reading)
    clock.advance(1.0)
    assert client.get_status(guid).status is S.ONGOING
    clock.advance(10)
    result = client.get_status(guid)
    assert result.status is S.PROCESSED and result.issues == ()
    post = sim.requests_to(r"/api/observation$", "POST")[0]
    assert post.headers["client-software-builder"] == "FleetDesk"
    assert post.headers["client-software-name"] == "FleetDesk"
    assert post.headers["client-software-version"] == "9.9.9"
    assert base64.b64decode(post.headers["authorization"][6:]).decode().startswith(DEMO_USERNAME)
    body = post.body.decode()
    assert f'"odometerReadingDate": "{clock.today():%d/%m/%Y}"' in body
    assert '"enterpriseOrganisation": "0412345614"' in body
    assert "Oil change" not in body and "licensePlate" not in body
    assert sim.violations == []


def test_plate_instead_of_vin(client, clock):
    guid = client.post_observation(obs(clock, 133_000, vin=None, license_plate="1-def-456"))
    assert settle(client, clock, guid).status is S.PROCESSED


def test_wrong_password_is_auth_expired(hub):
    bad = CarPassClient(hub.urls["carpass"], DEMO_USERNAME, "wrong-password")
    try:
        with pytest.raises(AuthExpired):
            bad.check_credentials()
        with pytest.raises(AuthExpired):
            bad.get_status("6f1c1f2e-8a4b-4c47-9a51-1f2b3c4d5e6f")
    finally:
        close(bad)


def test_check_credentials_and_unknown_guid(client):
    assert client.check_credentials() is True
    with pytest.raises(Rejected) as caught:
        client.get_status("6f1c1f2e-8a4b-4c47-9a51-1f2b3c4d5e6f")
    assert caught.value.status == 404
    assert [e.field for e in caught.value.field_errors] == ["requestGuid"]


def test_validation_errors_map_to_field_errors(client, clock):
    wrong_enterprise = obs(clock, 177_300)
    wrong_enterprise.enterprise_organisation = "0876543270"
    with pytest.raises(Rejected) as caught:
        client.post_observation(wrong_enterprise)
    assert caught.value.status == 400
    assert [e.field for e in caught.value.field_errors] == ["enterpriseOrganisation"]
    # a VHR must carry today's date: Car-Pass refuses any other
    with pytest.raises(Rejected) as caught:
        client.post_observation(
            obs(clock, 177_300, days_ago=1, observation_type=ObservationType.VEHICLE_HISTORY_DOCUMENT)
        )
    assert caught.value.field_errors[0].field == "odometerReadingDate"


def test_combined_field_error_becomes_one_per_field(client):
    # the client never sends both; talk to the endpoint directly to see the server's answer
    with pytest.raises(Rejected) as caught:
        client._call("POST", "/observation", json={"vin": GOLF, "licensePlate": "1-ABC-123"})
    fields = [e.field for e in caught.value.field_errors]
    assert fields[:2] == ["vin", "licensePlate"]
    assert "odometerReading" in fields and "observationType" in fields
    assert "Both are not accepted together" in caught.value.field_errors[0].message


def test_client_refuses_impossible_combinations_before_sending(client, clock, sim):
    with pytest.raises(BadInput):
        client.post_observation(obs(clock, 1, license_plate="1-ABC-123"))
    with pytest.raises(BadInput):
        client.post_observation(
            obs(
                clock,
                1,
                vin=None,
                license_plate="1-ABC-123",
                observation_type=ObservationType.VEHICLE_HISTORY_DOCUMENT,
            )
        )
    assert sim.requests_to("/observation") == []


def test_duplicate_same_data_is_issue_150_and_other_km_is_error(client, clock):
    first = client.post_observation(obs(clock, 177_300))
    assert settle(client, clock, first).status is S.PROCESSED
    again = settle(client, clock, client.post_observation(obs(clock, 177_300)))
    assert again.status is S.ISSUE and [i.type for i in again.issues] == ["150"]
    other = settle(client, clock, client.post_observation(obs(clock, 177_350)))
    assert other.status is S.ERROR and other.issues[0].type == "151"


def test_lower_reading_issue_then_correction(client, clock):
    guid = client.post_observation(obs(clock, 17_642))  # a digit missing
    result = settle(client, clock, guid)
    assert result.status is S.ISSUE
    issue = result.issues[0]
    assert issue.type == "001" and issue.number
    assert "lager" in issue.text("nl") and "inférieur" in issue.text("fr")
    assert "niedriger" in issue.text("de")
    new_guid = client.post_correction(guid, obs(clock, 176_642))
    assert new_guid != guid
    assert settle(client, clock, new_guid).status is S.PROCESSED
    assert client.get_status(guid).status is S.PROCESSED  # the original follows its correction
    with pytest.raises(Rejected):  # nothing left to correct
        client.post_confirm(guid)


def test_all_issues_of_a_reading_close_together(client, clock):
    # a day after the 163,005 km reading of a year ago, and above the reading of 40 days ago
    guid = client.post_observation(obs(clock, 180_000, days_ago=364))
    result = settle(client, clock, guid)
    assert result.status is S.ISSUE
    assert sorted(i.type for i in result.issues) == ["002", "209"]
    fixed = client.post_correction(guid, obs(clock, 163_100, days_ago=364))
    result = settle(client, clock, fixed)
    assert result.status is S.REVIEWING and result.issues == ()  # late: checked by hand
    clock.advance(REVIEW_S)
    assert client.get_status(fixed).status is S.PROCESSED


def test_confirm_excessive_increase(client, clock):
    guid = client.post_observation(obs(clock, 250_000))
    assert [i.type for i in settle(client, clock, guid).issues] == ["209"]
    confirmed = client.post_confirm(guid)
    assert settle(client, clock, confirmed).status is S.PROCESSED


def test_confirmed_lower_reading_goes_to_review(client, clock, sim):
    guid = client.post_observation(obs(clock, 170_000))
    assert settle(client, clock, guid).issues[0].type == "001"
    confirmed = client.post_confirm(guid)
    assert settle(client, clock, confirmed).status is S.REVIEWING
    clock.advance(REVIEW_S)
    assert client.get_status(confirmed).status is S.PROCESSED


def test_unknown_vin_and_short_vins(client, clock):
    unknown = settle(client, clock, client.post_observation(obs(clock, 10_000, vin="VF7AAAAAAAA000001")))
    assert unknown.status is S.ISSUE and unknown.issues[0].type == "101"
    ambiguous = settle(client, clock, client.post_observation(obs(clock, 96_500, vin="118234567")))
    assert ambiguous.issues[0].type == "120"
    with_unifier = client.post_observation(obs(clock, 96_500, vin="118234567", unifier=1))
    assert settle(client, clock, with_unifier).status is S.PROCESSED


def test_truck_is_rejected_as_error(client, clock):
    result = settle(client, clock, client.post_observation(obs(clock, 850_000, vin="WMAH05ZZZ5M123453")))
    assert result.status is S.ERROR and result.issues[0].type == "300"


def test_vehicle_history_report(client, clock, sim):
    request = obs(clock, 133_500, vin=BMW, observation_type=ObservationType.VEHICLE_HISTORY_DOCUMENT)
    guid = client.post_observation(request)
    clock.advance(1)
    assert client.get_status(guid).status is S.ONGOING
    with pytest.raises(VhrNotReady):
        client.get_vhr(guid)  # not PROCESSED yet: ONGOING
    clock.advance(10)
    assert client.get_status(guid).status is S.PROCESSED
    vhr = client.get_vhr(guid, language="fr")
    assert vhr.pdf.startswith(b"%PDF") and vhr.pdf.rstrip().endswith(b"%%EOF")
    assert b"133,500 km" in vhr.pdf and b"Historique" in vhr.pdf
    assert vhr.public_url == f"https://public.car-pass.be/vhr/{guid}"
    assert sim.requests_to(r"/status/vhr$")[-1].query["language"] == ["FR"]
    with pytest.raises(BadInput):
        client.get_vhr(guid, language="es")
    assert sim.violations == []


def test_vhr_not_for_an_ordinary_reading(client, clock):
    guid = client.post_observation(obs(clock, 177_300))
    settle(client, clock, guid)
    with pytest.raises(Rejected) as caught:
        client.get_vhr(guid)
    assert caught.value.field_errors[0].field == "requestGuid"


def test_maintenance_window_answers_503_with_retry_after(client, clock):
    clock.set(datetime(2026, 11, 26, 21, 0, tzinfo=UTC))  # Thursday 22:00 CET
    with pytest.raises(ServerError) as caught:
        client.post_observation(obs(clock, 177_300))
    assert caught.value.status == 503
    assert caught.value.retry_after == 2 * 3600
    clock.advance(2 * 3600)  # midnight: open again
    assert client.post_observation(obs(clock, 177_300, days_ago=1))


def test_forced_maintenance(client, sim, clock):
    sim.maintenance = True
    with pytest.raises(ServerError):
        client.check_credentials()
    sim.maintenance = False
    assert client.check_credentials()


def test_simulator_refuses_and_records_polling_violations(client, sim, clock):
    guid = client.post_observation(obs(clock, 177_300))
    with pytest.raises(RateLimited) as early:
        client.get_status(guid)  # at once: too early, refused
    assert early.value.retry_after == 1
    clock.advance(1)
    assert client.get_status(guid).status is S.ONGOING
    clock.advance(3)
    with pytest.raises(RateLimited) as often:
        client.get_status(guid)  # 3 s later while ONGOING: too often, refused
    assert often.value.retry_after == 7
    assert len(sim.violations) == 2


def test_first_use_date_identifies_a_short_vin(client, clock, sim):
    guid = client.post_observation(obs(clock, 151_400, vin="118234567", first_use_date=date(1971, 9, 15)))
    assert settle(client, clock, guid).status is S.PROCESSED
    assert '"firstUseDate": "15/09/1971"' in sim.requests_to("/observation$")[-1].body.decode()


def test_odometer_replaced_is_reviewed_then_becomes_the_baseline(client, clock):
    guid = client.post_observation(obs(clock, 12, observation_type=ObservationType.ODOMETER_REPLACED))
    assert settle(client, clock, guid).status is S.REVIEWING
    clock.advance(REVIEW_S)
    assert client.get_status(guid).status is S.PROCESSED
    clock.advance(days=2)
    later = client.post_observation(obs(clock, 400))  # low, but after the new odometer
    assert settle(client, clock, later).status is S.PROCESSED


def test_manual_review_when_review_seconds_is_none(client, clock, sim):
    sim.review_seconds = None
    guid = client.post_observation(obs(clock, 170_000))
    assert settle(client, clock, guid).issues[0].type == "001"
    confirmed = client.post_confirm(guid)
    clock.advance(3600)
    assert client.get_status(confirmed).status is S.REVIEWING
    sim.finish_review(confirmed, approve=False)
    assert client.get_status(confirmed).status is S.ERROR


def test_requests_of_another_garage_are_not_visible(client, hub, clock):
    guid = client.post_observation(obs(clock, 177_300))
    other = CarPassClient(hub.urls["carpass"], OTHER_USERNAME, OTHER_PASSWORD)
    try:
        with pytest.raises(Rejected) as caught:
            other.get_status(guid)
        assert caught.value.status == 404
    finally:
        close(other)


def test_vhr_with_an_issue_needs_a_correction_first(client, clock):
    request = obs(clock, 13_187, vin=BMW, observation_type=ObservationType.VEHICLE_HISTORY_DOCUMENT)
    guid = client.post_observation(request)
    result = settle(client, clock, guid, VHR_S)
    assert result.status is S.ISSUE and result.issues[0].type == "001"
    with pytest.raises(Rejected):
        client.get_vhr(guid)
    request.odometer = 131_900
    fixed = client.post_correction(guid, request)
    assert settle(client, clock, fixed, VHR_S).status is S.PROCESSED
    with pytest.raises(VhrNotReady):
        client.get_vhr(fixed, "EN")  # the report is still being built
    clock.advance(10)
    vhr = client.get_vhr(fixed, "EN")
    assert vhr.public_url.endswith(fixed) and b"Vehicle History Report" in vhr.pdf


def test_slow_vhr_stays_ongoing_under_a_minute(client, clock, sim):
    tesla = obs(
        clock, 62_000, vin="5YJ3E7EB2KF123458", observation_type=ObservationType.VEHICLE_HISTORY_DOCUMENT
    )
    guid = client.post_observation(tesla)
    clock.advance(1)
    seen = [client.get_status(guid).status]
    while seen[-1] is S.ONGOING:
        clock.advance(10)
        seen.append(client.get_status(guid).status)
    assert seen.count(S.ONGOING) == 6 and seen[-1] is S.PROCESSED  # 55 s of ONGOING
    assert sim.violations == []
