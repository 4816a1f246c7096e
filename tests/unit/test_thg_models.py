"""THG records: every documented field typed, unknown fields kept, statuses in plain words."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from fleetdesk.thg.models import STATUS_EXPLANATIONS, UbaResponse, Vehicle, explain_status, wire_time

SAMPLE = {  # the vendor's sample vehicle, plus a field the documentation does not list
    "id": 45,
    "vehicleregistrant_id": 3,
    "owner_first_name": "Maike",
    "owner_last_name_or_organization": "Maier",
    "vin": "WVATZTE2ZMP020124",
    "vehicle_class": "M1",
    "status": "verified",
    "status_reason": "",
    "vehicle_registration": "2015-05-01",
    "status_update": "2022-05-17T09:01:09Z",
    "customer_reference1": "DEF456",
    "customer_reference2": "AB-54634534",
    "customer_reference3": "",
    "created": "2022-05-17T06:43:10Z",
    "fuel_code": "0004",
}


def test_vehicle_from_the_documented_sample():
    v = Vehicle.from_json(SAMPLE)
    assert v.id == 45 and v.vehicleregistrant_id == 3 and v.vin == "WVATZTE2ZMP020124"
    assert v.vehicle_registration == date(2015, 5, 1)
    assert v.status_update == datetime(2022, 5, 17, 9, 1, 9, tzinfo=UTC)
    assert v.extra == {"fuel_code": "0004"}
    assert v.explanation.eligible


def test_pending_vehicle_has_empty_parsed_fields():
    v = Vehicle.from_json(
        {
            "id": 1,
            "status": "pending",
            "vin": None,
            "owner_first_name": None,
            "vehicle_registration": None,
            "created": "2022-05-17T06:43:10Z",
        }
    )
    assert v.vin == "" and v.vehicle_registration is None and not v.explanation.final


def test_reason_is_read_from_either_documented_field():
    v = Vehicle.from_json(
        {"id": 2, "status": "not_verified_other_reason", "reason_not_verified": "Fahrzeug abgemeldet"}
    )
    assert v.reason == "Fahrzeug abgemeldet" and "Fahrzeug abgemeldet" in v.explanation.text


@pytest.mark.parametrize("status", sorted(STATUS_EXPLANATIONS))
def test_every_documented_status_has_plain_words(status):
    e = explain_status(status)
    assert e.title and "_" not in e.title and len(e.text) > 30


def test_unknown_statuses_fall_back_to_something_useful():
    dup = explain_status("not_verified_duplicate", "already submitted (vehicle 4)")
    assert dup.title == "Not verified: duplicate" and dup.final and not dup.eligible
    assert "already submitted" in dup.text
    odd = explain_status("in_review")
    assert odd.title == "In review" and not odd.final and "in_review" in odd.text


def test_uba_response_outcomes():
    assert UbaResponse.from_json({"vehicle_id": 1, "year": 2024, "confirmed": None}).outcome == "pending"
    assert UbaResponse.from_json({"vehicle_id": 1, "year": 2024, "confirmed": True}).outcome == "approved"
    no = UbaResponse.from_json(
        {
            "vehicle_id": 1,
            "year": 2024,
            "confirmed": False,
            "rejected_reason": "claimed twice",
            "sent": "2024-03-01T09:00:00Z",
        }
    )
    assert no.outcome == "rejected" and no.sent.year == 2024


def test_wire_time_is_utc_with_z_and_refuses_naive_times():
    berlin = timezone(timedelta(hours=2))
    assert wire_time(datetime(2022, 1, 1, 15, 0, tzinfo=berlin)) == "2022-01-01T13:00:00Z"
    with pytest.raises(ValueError):
        wire_time(datetime(2022, 1, 1, 13, 0))
