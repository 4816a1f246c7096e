"""The Car-Pass simulator read against the spec alone, over loopback with plain requests
(no FleetDesk client code): it must refuse what Car-Pass refuses, so the client tests that run
against it catch what Car-Pass would catch."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
import requests

from fleetdesk.core.clock import FakeClock
from fleetdesk.simulators.carpass import DEMO_PASSWORD, DEMO_USERNAME, CarPassSim
from fleetdesk.simulators.carpass_data import DEMO_ENTERPRISE, TEST_PASSWORD, TEST_USERNAME
from fleetdesk.simulators.framework import SimServer

GOLF = "WVWZZZ1KZ8W123456"  # last seeded reading: 176,420 km, 40 days ago
BMW = "WBA3A5C51DF123457"  # last seeded reading: 131,870 km, 180 days ago
PANDA = "ZFA19900001234568"


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))  # a Monday


@pytest.fixture
def sim(clock):
    app = CarPassSim(
        clock=lambda: clock.now().timestamp(),
        ongoing_seconds=2.0,
        vhr_ongoing_seconds=6.0,
        vhr_report_seconds=25.0,
        review_seconds=None,
        maintenance=False,
    )
    server = SimServer(app).start()
    app.url = server.url + "/api"
    yield app
    server.stop()


@pytest.fixture
def http():
    with requests.Session() as session:
        session.auth = (DEMO_USERNAME, DEMO_PASSWORD)
        yield session


def body(clock, km, vin=GOLF, **extra):
    b = {
        "vin": vin,
        "odometerReadingDate": clock.now().strftime("%d/%m/%Y"),
        "odometerReading": km,
        "observationType": "REPAIR_MAINTENANCE_SERVICE",
        "enterpriseOrganisation": DEMO_ENTERPRISE,
        "enteredOrganisation": DEMO_USERNAME,
    }
    b.update(extra)
    return {k: v for k, v in b.items() if v is not None}


def post(http, sim, payload, path="/observation"):
    return http.post(sim.url + path, json=payload, timeout=5)


def status(http, sim, guid, vhr=False):
    return http.get(f"{sim.url}/observation/{guid}/status" + ("/vhr" if vhr else ""), timeout=5)


def settle(http, sim, clock, guid):
    clock.advance(2)
    answer = status(http, sim, guid).json()
    while answer["status"] == "ONGOING":
        clock.advance(10)
        answer = status(http, sim, guid).json()
    return answer


def test_polling_too_early_is_refused_with_429_and_retry_after(sim, http, clock):
    guid = post(http, sim, body(clock, 177_300)).json()["requestGuid"]
    clock.advance(0.5)
    early = status(http, sim, guid)
    assert early.status_code == 429 and early.headers["Retry-After"] == "1"
    clock.advance(0.6)
    first = status(http, sim, guid)
    assert first.status_code == 200 and first.json()["status"] == "ONGOING"
    clock.advance(5)  # ONGOING: at most 1 call in 10 s
    again = status(http, sim, guid)
    assert again.status_code == 429 and int(again.headers["Retry-After"]) == 5
    clock.advance(5)
    assert status(http, sim, guid).json()["status"] == "PROCESSED"
    assert len(sim.violations) == 2


def test_vhr_report_endpoint_answers_ongoing_for_a_while_then_the_pdf(sim, http, clock):
    guid = post(
        http, sim, body(clock, 176_900, vin=PANDA, observationType="VEHICLE_HISTORY_DOCUMENT")
    ).json()["requestGuid"]
    assert settle(http, sim, clock, guid)["status"] == "PROCESSED"
    answer = status(http, sim, guid, vhr=True)
    assert answer.status_code == 200 and answer.json() == {"status": "ONGOING"}
    clock.advance(3)
    assert status(http, sim, guid, vhr=True).status_code == 429  # < 10 s after ONGOING
    clock.advance(7)
    assert status(http, sim, guid, vhr=True).json() == {"status": "ONGOING"}
    clock.advance(10)
    report = status(http, sim, guid, vhr=True).json()
    assert base64.b64decode(report["file"]).startswith(b"%PDF")
    assert report["publicUrl"].endswith(guid)


def test_the_same_reading_sent_again_answers_150_and_the_first_request_stays_issue(sim, http, clock):
    first = post(http, sim, body(clock, 113_870, vin=BMW)).json()["requestGuid"]  # lower: 001
    assert [i["type"] for i in settle(http, sim, clock, first)["issues"]] == ["001"]
    again = post(http, sim, body(clock, 113_870, vin=BMW)).json()["requestGuid"]
    answer = settle(http, sim, clock, again)
    assert answer["status"] == "ISSUE" and [i["type"] for i in answer["issues"]] == ["150"]
    clock.advance(10)
    still = status(http, sim, first).json()
    assert still["status"] == "ISSUE" and [i["type"] for i in still["issues"]] == ["001"]
    assert all(r.km != 113_870 for r in sim.world.by_vin[BMW][0].readings)  # never registered


def test_a_second_reading_same_user_vehicle_and_date_with_another_km_is_rejected(sim, http, clock):
    first = post(http, sim, body(clock, 177_300)).json()["requestGuid"]
    assert settle(http, sim, clock, first)["status"] == "PROCESSED"
    second = post(http, sim, body(clock, 177_310)).json()["requestGuid"]
    answer = settle(http, sim, clock, second)
    assert answer["status"] == "ERROR" and answer["issues"][0]["type"] == "151"
    assert [r.km for r in sim.world.by_vin[GOLF][0].readings].count(177_310) == 0


def test_basic_credentials_are_decoded_as_utf8(sim, clock):
    utf8 = base64.b64encode(f"{TEST_USERNAME}:{TEST_PASSWORD}".encode()).decode()
    latin1 = base64.b64encode(f"{TEST_USERNAME}:Garagé-Ürst".encode("latin-1")).decode()
    url = sim.url + "/observation"
    ok = requests.post(url, json=body(clock, 177_300), timeout=5, headers={"Authorization": "Basic " + utf8})
    assert ok.status_code == 200 and ok.json()["requestGuid"]
    bad = requests.post(
        url, json=body(clock, 177_300), timeout=5, headers={"Authorization": "Basic " + latin1}
    )
    assert bad.status_code == 401


@pytest.mark.parametrize(
    "change, field",
    [
        ({"vin": None, "licensePlate": "1-ABCD-1234"}, "licensePlate"),  # 11 > 9 characters
        ({"vin": None, "licensePlate": "1.ABC.123"}, "licensePlate"),  # not letters/digits/-
        ({"vin": "WVWZZZ1KZ8W12345678"}, "vin"),  # 19 > 17
        ({"vin": "WVWZZZ1KZ8W-23456"}, "vin"),  # not alphanumeric
        ({"odometerReading": 2_147_483_648}, "odometerReading"),  # beyond Integer
        ({"odometerReading": -1}, "odometerReading"),
        ({"odometerReading": "177300"}, "odometerReading"),
        ({"unifier": 2_147_483_648}, "unifier"),
        ({"enteredOrganisation": "212345679"}, "enteredOrganisation"),  # 9 digits
        ({"odometerReadingDate": "2026-11-23"}, "odometerReadingDate"),
        ({"vin": None}, "vin, licensePlate"),
    ],
)
def test_field_rules_are_refused_with_400_naming_the_field(sim, http, clock, change, field):
    payload = body(clock, 177_300)
    payload.update(change)
    payload = {k: v for k, v in payload.items() if v is not None}
    answer = post(http, sim, payload)
    assert answer.status_code == 400
    assert field in [e["field"] for e in answer.json()["errors"]]


def test_the_largest_integer_reading_is_structurally_valid(sim, http, clock):
    answer = post(http, sim, body(clock, 2_147_483_647))
    assert answer.status_code == 200


def test_a_vhr_dated_yesterday_is_refused(sim, http, clock):
    yesterday = (clock.now() - timedelta(days=1)).strftime("%d/%m/%Y")
    answer = post(
        http,
        sim,
        body(
            clock,
            176_900,
            vin=PANDA,
            odometerReadingDate=yesterday,
            observationType="VEHICLE_HISTORY_DOCUMENT",
        ),
    )
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["field"] == "odometerReadingDate"
