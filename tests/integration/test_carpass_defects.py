"""Issue #11: one test per defect, against the strict simulator over loopback.

Each test fails on the code before its fix (noted per test)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from fleetdesk.carpass import store as st
from fleetdesk.carpass.importer import import_history
from fleetdesk.core.errors import BadInput
from fleetdesk.store import outbox as ob
from test_carpass_support import GOLF, PANDA, VHR, CarPassWorld


@pytest.fixture
def world(tmp_path):
    with CarPassWorld(tmp_path / "data") as w:
        yield w


def codes(result):
    return {f.code: f.severity.value for f in result.findings}


# -- defect 2: same car, same day, another km ------------------------------------------------
def test_defect2_a_second_reading_same_day_other_km_is_refused_before_sending(world):
    first = world.submit(177_300)
    world.run_for(15)
    assert world.reading(first.reading_id).state == st.PROCESSED
    second = world.submit(177_310)  # before: no finding, sent, came back ERROR
    assert not second.queued and codes(second)["SAME_DAY_OTHER_READING"] == "error"
    assert "177300" in next(f.message for f in second.findings if f.code == "SAME_DAY_OTHER_READING")
    assert len(world.posts(r"/observation$")) == 1
    tomorrow_ok = world.svc.precheck(world.entry(177_310, days_ago=1))
    assert "SAME_DAY_OTHER_READING" not in {f.code for f in tomorrow_ok}  # other date: fine


# -- defect 5: licence plates over 9 characters / bad characters -----------------------------
@pytest.mark.parametrize("plate, code", [("1-ABCD-1234", "PLATE_TOO_LONG"), ("1.ABC.123", "PLATE_INVALID")])
def test_defect5_plate_length_and_characters_are_prechecked(world, plate, code):
    result = world.submit(94_900, None, plate=plate)
    assert not result.queued and codes(result)[code] == "error"
    assert world.posts(r"/observation$") == []


def test_defect5_a_plate_typed_with_spaces_goes_out_with_hyphens(world):
    result = world.submit(94_900, None, plate="1 ghi 789")
    assert result.queued
    world.run_for(15)
    body = json.loads(world.posts(r"/observation$")[0].body)
    assert body["licensePlate"] == "1-GHI-789"


# -- defect 10 + bounds: one odometer rule for the form, the CLI and the import --------------
def test_defect10_odometer_beyond_the_car_pass_integer_is_refused(world):
    result = world.submit(2_147_483_648)
    assert not result.queued and codes(result)["ODOMETER_OUT_OF_RANGE"] == "error"
    assert world.posts() == []


def test_defect10_odometer_above_two_million_is_a_warning_to_confirm(world):
    result = world.submit(2_000_001, acknowledge=False)
    assert not result.queued and codes(result)["ODOMETER_IMPLAUSIBLE"] == "warning"
    assert world.svc.precheck(world.entry(2_000_000)) == [] or "ODOMETER_IMPLAUSIBLE" not in {
        f.code for f in world.svc.precheck(world.entry(2_000_000))
    }


def test_defect10_csv_import_applies_the_same_rule(world, tmp_path):
    day = (world.today() - timedelta(days=3)).isoformat()
    huge = tmp_path / "huge.csv"
    huge.write_text(f"vin,date,km\n{GOLF},{day},176420\n{PANDA},{day},3000000000\n")
    with pytest.raises(BadInput) as refused:
        import_history(world.rt.store, world.clock, huge)
    assert "km" in refused.value.field and "row 2" in refused.value.field
    high = tmp_path / "high.csv"
    high.write_text(f"vin,date,km\n{PANDA},{day},2500000\n")
    with pytest.raises(BadInput):
        import_history(world.rt.store, world.clock, high)
    assert import_history(world.rt.store, world.clock, high, accept_warnings=True) == 1


# -- defect 4: a VHR queued over midnight ----------------------------------------------------
def test_defect4_a_vhr_that_missed_its_day_is_set_aside_never_sent_stale(world):
    world.sim.faults.offline = True
    result = world.submit(176_900, PANDA, type=VHR)
    assert result.queued
    world.run_for(5)
    world.sim.faults.offline = False
    world.clock.advance(days=1)  # the next day: the request is stale
    world.rt.store.write(
        lambda db: db.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000Z'")
    )
    world.run_for(5)
    reading = world.reading(result.reading_id)
    assert reading.state == st.ATTENTION and "valid only on the day" in reading.last_error
    assert world.outbox(result.reading_id)[0].state == ob.ATTENTION
    answered = [r for r in world.posts(r"/observation$") if r.status is not None]
    assert answered == []  # before: sent with yesterday's date


def test_defect4_no_vhr_promised_for_after_midnight_in_the_maintenance_window(tmp_path):
    from fleetdesk.core.clock import FakeClock
    from test_carpass_support import THURSDAY_EVENING

    with CarPassWorld(tmp_path / "d", FakeClock(THURSDAY_EVENING)) as world:
        result = world.submit(176_900, PANDA, type=VHR)
        assert not result.queued and codes(result)["VHR_IN_MAINTENANCE_WINDOW"] == "error"
        assert "MAINTENANCE_WINDOW" not in codes(result)
        ordinary = world.submit(177_300)  # an ordinary reading still waits
        assert ordinary.queued and codes(ordinary)["MAINTENANCE_WINDOW"] == "info"


# -- defect 9: /status/vhr answering ONGOING -------------------------------------------------
def test_defect9_vhr_report_ongoing_is_the_normal_not_ready_state(tmp_path):
    with CarPassWorld(tmp_path / "d", vhr_report_seconds=35.0) as world:
        result = world.submit(176_900, PANDA, type=VHR)
        world.run_for(20, tick=0.5)
        reading = world.reading(result.reading_id)
        assert reading.state == st.PROCESSED and reading.vhr_state == "pending"
        assert reading.last_error is None  # before: "the VHR answer is malformed"
        world.run_for(40, tick=0.5)
        reading = world.reading(result.reading_id)
        assert reading.vhr_state == "stored" and reading.vhr_errors == 0
        vhr_calls = world.sim.requests_to(r"/status/vhr$", "GET")
        assert len(vhr_calls) >= 3
        assert world.sim.violations == []  # never faster than 1 per 10 s


# -- defect 3: non-ASCII passwords -----------------------------------------------------------
def test_defect3_a_password_with_accents_and_euro_sign_is_sent_as_utf8(tmp_path):
    from fleetdesk.simulators.carpass_data import TEST_PASSWORD, TEST_USERNAME

    with CarPassWorld(tmp_path / "d") as world:
        world.rt.secrets.set("carpass", "username", TEST_USERNAME)
        world.rt.secrets.set("carpass", "password", TEST_PASSWORD)  # "Garagé-Ürst€"
        world.rt.config.settings.set("carpass.establishment", "2123456791")
        world.svc.close()
        result = world.submit(177_300)
        world.run_for(15)
        reading = world.reading(result.reading_id)
        # before: latin-1 on the wire, and "€" could not even be encoded (internal error)
        assert reading.state == st.PROCESSED, reading.last_error
        assert world.sim.requests[reading.request_guid].username == TEST_USERNAME


# -- defect 8: plain http:// only for loopback -----------------------------------------------
@pytest.mark.parametrize(
    "url, allowed",
    [
        ("http://127.0.0.1:8080/api", True),
        ("http://localhost/api", True),
        ("http://[::1]:9/api", True),
        ("https://ws-professionals.car-pass.be/api", True),
        ("http://ws-professionals.car-pass.be/api", False),
        ("http://10.0.0.5/api", False),
        ("ftp://example.be/api", False),
    ],
)
def test_defect8_plain_http_is_refused_except_for_loopback(url, allowed):
    from fleetdesk.carpass.client import CarPassClient
    from fleetdesk.core.errors import NotConfigured

    if allowed:
        CarPassClient(url, "2123456791", "pw").close()
        return
    with pytest.raises(NotConfigured) as refused:
        CarPassClient(url, "2123456791", "pw")
    assert "https://" in str(refused.value)


def test_defect8_a_reading_waits_queued_with_the_reason_when_the_url_is_plain_http(world):
    world.rt.config.overrides["carpass"] = "http://carpass.example.be/api"
    world.svc.invalidate()
    result = world.submit(177_300)
    world.run_for(5)
    [item] = world.outbox(result.reading_id)
    assert item.state == ob.QUEUED and "https://" in (item.last_error or "")
    assert world.posts() == []
