"""Car-Pass workflow (service + store + outbox + poller) against the simulator over loopback.

Test names carry the Annex 2 point they prove ("annex2_check1", "annex2_transfer", ...).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fleetdesk.carpass import store as st
from fleetdesk.carpass.polling import FIRST_DELAY, ONGOING_INTERVAL
from fleetdesk.core.clock import FakeClock, parse_utc
from fleetdesk.store import outbox as ob
from test_carpass_support import (
    GOLF,
    MONDAY,
    PANDA,
    RENAULT,
    TESLA,
    THURSDAY_EVENING,
    TRUCK,
    VHR,
    CarPassWorld,
)


@pytest.fixture
def world(tmp_path):
    with CarPassWorld(tmp_path / "data") as w:
        yield w


def status_calls(world, guid: str) -> int:
    return len(world.sim.requests_to(rf"/observation/{guid}/status$", "GET"))


def test_annex2_transfer_reading_is_stored_and_queued_before_it_is_sent(world):
    world.sim.faults.offline = True  # nothing can leave: what the user typed must still be kept
    result = world.submit(177_300, work_description="Oil change, front brake pads")
    assert result.queued and result.sendable
    reading = world.reading(result.reading_id)
    assert (reading.state, reading.odometer, reading.vin) == (st.QUEUED, 177_300, GOLF)
    assert reading.work_description == "Oil change, front brake pads"  # kept locally
    [item] = world.outbox(result.reading_id)
    assert item.state == ob.QUEUED and item.work_date == world.today().isoformat()
    assert item.kind == "carpass.observation"


def test_annex2_check1_request_guid_is_stored_durably_and_survives_a_restart(world):
    result = world.submit(177_300)
    world.rt.dispatcher.run_once()
    [request] = world.requests(result.reading_id)
    guid = request["guid"]
    assert world.sim.requests[guid]  # the guid Car-Pass answered
    assert world.reading(result.reading_id).request_guid == guid
    assert world.outbox(result.reading_id)[0].remote_id == guid
    world.restart()  # "restarting the PC"
    assert world.reading(result.reading_id).request_guid == guid
    world.run_for(15)
    assert world.reading(result.reading_id).state == st.PROCESSED


def test_annex2_check2_first_status_call_waits_at_least_one_second(world):
    result = world.submit(177_300)
    world.rt.dispatcher.run_once()
    guid = world.reading(result.reading_id).request_guid
    for _ in range(int(FIRST_DELAY / 0.25) - 1):  # up to 1.25 s: no call yet
        world.clock.advance(0.25)
        world.poller.run_due()
    assert status_calls(world, guid) == 0
    world.clock.advance(0.25)
    world.poller.run_due()
    assert status_calls(world, guid) == 1
    assert world.sim.violations == []


def test_annex2_check3_ongoing_is_asked_at_most_every_10_s_and_not_given_up_before_90_s(world):
    world.sim.vhr_ongoing_seconds = 400  # far beyond the 90 s minimum
    result = world.submit(176_900, PANDA, type=VHR)
    world.run_for(95, tick=0.5)
    guid = world.reading(result.reading_id).request_guid
    assert world.reading(result.reading_id).state == st.ONGOING
    calls = status_calls(world, guid)
    # 1.5 s, then every 10 s from the answer: 1.5, 11.5, ... 91.5 -> 10 calls in 95 s
    assert calls == 1 + int((95 - FIRST_DELAY) // ONGOING_INTERVAL)
    world.run_for(420, tick=1)  # slower after 3 min, never stops
    assert world.reading(result.reading_id).state == st.PROCESSED
    assert world.sim.violations == []


def test_slow_vhr_of_55_seconds_is_followed_to_the_end(world):
    result = world.submit(62_000, TESLA, type=VHR)
    world.run_for(70)
    reading = world.reading(result.reading_id)
    assert reading.state == st.PROCESSED and reading.vhr_state == "stored"
    assert status_calls(world, reading.request_guid) == 7  # 1.5, 11.5, ... 61.5 s
    assert world.sim.violations == []


def test_restart_in_the_middle_of_polling_resumes_the_schedule(world):
    world.sim.vhr_ongoing_seconds = 30
    result = world.submit(25_000, PANDA, type=VHR)
    world.run_for(12)  # two ONGOING answers so far
    guid = world.reading(result.reading_id).request_guid
    assert status_calls(world, guid) == 2
    world.crash()
    world.clock.advance(3)  # the PC reboots quickly
    world.restart()
    world.run_for(40)
    reading = world.reading(result.reading_id)
    assert reading.state == st.PROCESSED and reading.vhr_state == "stored"
    assert world.sim.violations == []  # not even right after the restart


def test_annex2_check5_offline_reading_is_sent_later_with_its_original_date(world):
    world.sim.faults.offline = True
    result = world.submit(177_300, days_ago=1)  # the car was here yesterday
    date_of_work = world.today() - timedelta(days=1)
    world.run_for(30)
    reading = world.reading(result.reading_id)
    [item] = world.outbox(result.reading_id)
    assert reading.state == st.QUEUED and item.state == ob.QUEUED
    assert item.last_error.startswith("No connection")
    assert world.rt.store.read(ob.unsent_total) == 1  # the user is told
    world.clock.advance(timedelta(days=1).total_seconds())  # the network is back a day later
    world.sim.faults.offline = False
    world.run_for(3600, tick=30)
    reading = world.reading(result.reading_id)
    assert reading.state == st.PROCESSED
    sent = world.sim.requests[reading.request_guid].obs
    assert sent.day == date_of_work and sent.km == 177_300
    assert world.reading(result.reading_id).reading_date == date_of_work.isoformat()


def test_server_errors_keep_the_reading_queued(world):
    world.sim.faults.fail(3, 503)
    result = world.submit(177_300)
    world.rt.dispatcher.run_once()
    assert world.outbox(result.reading_id)[0].last_error.startswith("The server had a problem")
    world.run_for(600, tick=5)
    assert world.reading(result.reading_id).state == st.PROCESSED


def test_maintenance_window_queues_until_midnight_brussels(tmp_path):
    with CarPassWorld(tmp_path / "d", FakeClock(THURSDAY_EVENING)) as world:
        result = world.submit(177_300)
        assert any(f.code == "MAINTENANCE_WINDOW" for f in result.findings)
        assert result.not_before == datetime(2026, 11, 26, 23, 0, tzinfo=UTC)
        world.run_for(600, tick=10)
        assert world.posts() == [] and world.reading(result.reading_id).state == st.QUEUED
        world.clock.set(datetime(2026, 11, 26, 23, 0, 1, tzinfo=UTC))
        world.run_for(15)
        reading = world.reading(result.reading_id)
        assert reading.state == st.PROCESSED
        # sent after midnight, still with the date the car was in the workshop
        assert world.sim.requests[reading.request_guid].obs.day.isoformat() == "2026-11-26"


def test_vhr_is_fetched_once_processed_and_stored_as_a_file(world):
    result = world.submit(24_900, PANDA, type=VHR)
    world.run_for(15)
    reading = world.reading(result.reading_id)
    assert reading.state == st.PROCESSED and reading.vhr_state == "stored"
    path = Path(reading.vhr_path)
    assert path.parent == world.rt.config.data_dir / "carpass" / "vhr"
    assert path.read_bytes().startswith(b"%PDF")
    assert reading.vhr_url == f"https://public.car-pass.be/vhr/{reading.request_guid}"
    assert not list(path.parent.glob(".*"))  # no temp file left behind
    world.run_for(60)
    assert len(world.sim.requests_to(r"/status/vhr$")) == 1  # fetched once
    assert world.sim.requests_to(r"/status/vhr$")[0].query["language"] == ["NL"]


def test_annex2_vhr_no_new_report_until_the_odometer_changed(world):
    first = world.submit(24_900, PANDA, type=VHR)
    world.run_for(15)
    again = world.submit(24_900, PANDA, type=VHR)
    assert not again.queued
    assert "VHR_ODOMETER_UNCHANGED" in [f.code for f in again.findings]
    world.clock.advance(86400)
    changed = world.submit(24_960, PANDA, type=VHR)
    assert changed.queued and first.reading_id != changed.reading_id


def test_vhr_fetch_retries_when_offline(world):
    result = world.submit(24_900, PANDA, type=VHR)
    while world.reading(result.reading_id).state != st.PROCESSED:
        world.clock.advance(0.5)
        world.step()
    world.sim.faults.offline = True  # the network drops right then
    world.run_for(5)
    reading = world.reading(result.reading_id)
    assert reading.vhr_state == "pending" and reading.last_error.startswith("Car-Pass could not be reached")
    world.sim.faults.offline = False
    world.run_for(120, tick=2)
    assert world.reading(result.reading_id).vhr_state == "stored"


def test_error_status_is_final_and_not_an_outstanding_issue(world):
    result = world.submit(850_000, TRUCK)  # outside Car-Pass: ERROR 300
    world.run_for(15)
    reading = world.reading(result.reading_id)
    assert reading.state == st.ERROR
    assert world.issues(result.reading_id) == []
    [info] = world.issues(result.reading_id, states=(st.INFO,))
    assert info.type == "300" and info.desc_fr


def test_unknown_status_keeps_polling_slowly(world):
    result = world.submit(177_300)
    world.sim.current = lambda req: ("WAITING_FOR_DIV", [])  # a status this version lacks
    world.run_for(120, tick=1)
    reading = world.reading(result.reading_id)
    assert (reading.state, reading.status_text) == (st.UNKNOWN, "WAITING_FOR_DIV")
    request = world.requests(result.reading_id)[0]
    assert status_calls(world, reading.request_guid) == 4  # 1.5, 31.5, 61.5, 91.5 s
    assert parse_utc(request["next_poll_at"]) > world.clock.now()  # never given up


def test_missing_account_keeps_readings_queued(tmp_path):
    with CarPassWorld(tmp_path / "d", configure=False) as world:
        result = world.submit(177_300)
        world.rt.dispatcher.run_once()
        [item] = world.outbox(result.reading_id)
        assert item.state == ob.QUEUED and item.last_error.startswith("Not configured")


def test_structural_refusal_sets_the_reading_aside_with_the_field_error(world):
    world.rt.config.settings.set("carpass.enterprise", "0876543270")  # not this user's
    result = world.submit(177_300)
    world.rt.dispatcher.run_once()
    reading = world.reading(result.reading_id)
    assert reading.state == st.ATTENTION
    assert "enterpriseOrganisation" in reading.last_error
    assert world.outbox(result.reading_id)[0].state == ob.ATTENTION


def test_plate_reading_is_sent_with_the_plate(world):
    result = world.submit(94_900, None, plate="1-ghi-789")
    world.run_for(15)
    reading = world.reading(result.reading_id)
    assert reading.state == st.PROCESSED and reading.plate == "1-GHI-789"
    assert b'"licensePlate": "1-GHI-789"' in world.posts()[-1].body


def test_monday_clock_is_brussels_today(world):
    assert world.today().isoformat() == MONDAY.date().isoformat()
    late = FakeClock(datetime(2026, 11, 23, 23, 30, tzinfo=UTC))  # 00:30 Tuesday
    from fleetdesk.carpass.history import brussels_today

    assert brussels_today(late).isoformat() == "2026-11-24"


@pytest.mark.slow
def test_real_time_polling_run_end_to_end(tmp_path):
    """One real-clock run: the simulator stays ONGOING 2 s; FleetDesk waits >= 1 s, then
    every 10 s while ONGOING, and gets PROCESSED."""
    from fleetdesk.carpass.waiting import wait_for
    from fleetdesk.core.clock import Clock

    with CarPassWorld(tmp_path / "d", Clock(), ongoing_seconds=2.0) as world:
        result = world.submit(94_900, RENAULT)
        reading = wait_for(world.rt, result.reading_id, timeout=30)
        assert reading.state == st.PROCESSED
        assert world.sim.violations == []
        assert status_calls(world, reading.request_guid) == 2  # 1.5 s (ONGOING), 11.5 s
