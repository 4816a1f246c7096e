"""Local High Mobility rules: VIN format, known brands, the VW-group tag, control measures."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fleetdesk.core.errors import BadInput
from fleetdesk.highmobility import rules
from fleetdesk.highmobility.models import Clearance, ClearanceRequest, Odometer, VehicleData


@pytest.mark.parametrize("raw", ["wvwzzz1kzaw000001", " WVWZZZ1KZAW000001 ", "WVW-ZZZ1K ZAW000001"])
def test_vin_is_normalised(raw):
    assert rules.normalize_vin(raw) == "WVWZZZ1KZAW000001"


def test_virtual_sandbox_vins_are_valid():
    for n in (1, 2, 3):
        assert rules.normalize_vin(f"2HM0000000000000{n}") == f"2HM0000000000000{n}"


@pytest.mark.parametrize(
    "raw, words",
    [
        ("", "required"),
        ("WVWZZZ1KZAW00001", "17 characters"),
        ("WVWZZZ1KZAW0000011", "17 characters"),
        ("WVWZZZ1KZAWO00001", "did you mean 1 or 0"),
        ("WVWZZZ1KZAW00000!", "may not contain !"),
    ],
)
def test_bad_vin_names_the_field(raw, words):
    with pytest.raises(BadInput) as info:
        rules.normalize_vin(raw)
    assert info.value.field == "vin"
    assert words in info.value.message


@pytest.mark.parametrize(
    "raw, wire",
    [
        ("bmw", "bmw"),
        ("BMW", "bmw"),
        ("Mercedes-Benz", "mercedes-benz"),
        ("mercedes", "mercedes-benz"),
        ("Alfa Romeo", "alfaromeo"),
        ("Škoda", "skoda"),
        ("SKODA", "skoda"),
        ("Cupra", "cupra"),
        ("Volkswagen Commercial Vehicles", "volkswagen-commercial-vehicles"),
        ("VW", "volkswagen"),
        ("sandbox", "sandbox"),
        ("Citroen", "citroen"),
    ],
)
def test_known_brands_map_to_wire_values(raw, wire):
    assert rules.normalize_brand(raw) == wire


def test_unknown_brand_lists_the_known_ones():
    with pytest.raises(BadInput) as info:
        rules.normalize_brand("Lada")
    assert info.value.field == "brand"
    assert "Lada" in info.value.message and "Volkswagen" in info.value.message


def test_every_vw_group_brand_of_the_spec_is_known():
    names = {"Volkswagen", "Volkswagen Commercial Vehicles", "Audi", "Skoda", "SEAT", "CUPRA"}
    assert {rules.normalize_brand(n) for n in names} == rules.VW_GROUP_BRANDS


@pytest.mark.parametrize("brand", sorted(rules.VW_GROUP_BRANDS))
def test_vw_group_without_the_tag_is_a_warning_naming_the_setting_not_a_refusal(brand):
    # #20 defect 6: the tag may be left out when High Mobility support configured the business
    # name, which FleetDesk cannot know: warn, never refuse locally
    req = rules.prepare_clearance("WVWZZZ1KZAW000001", brand)
    assert req.tags == {}
    [warning] = rules.request_warnings(req)
    assert "support configured your business name" in warning
    assert "VW Group business name" in warning and "highmobility.business_name" in warning
    assert rules.VW_TAG in warning


def test_blank_customer_name_counts_as_missing():
    tags = rules.apply_vw_rule("audi", {rules.VW_TAG: "  "})
    assert tags == {} and rules.vw_tag_warning("audi", tags)


def test_no_warning_with_the_tag_a_business_name_or_another_brand():
    assert (
        rules.request_warnings(
            rules.prepare_clearance("WVWZZZ1KZAW000001", "vw", tags={rules.VW_TAG: "Fleet"})
        )
        == []
    )
    assert (
        rules.request_warnings(rules.prepare_clearance("WVWZZZ1KZAW000001", "vw", business_name="Fleet"))
        == []
    )
    assert rules.request_warnings(rules.prepare_clearance("WBA0000000000AB12", "bmw")) == []


def test_configured_business_name_is_added_as_the_tag():
    req = rules.prepare_clearance(
        "WAUZZZ8V0JA000001", "Audi", tags={"cost-centre": "north"}, business_name=" Car Operations Ltd. "
    )
    assert req.tags == {"cost-centre": "north", rules.VW_TAG: "Car Operations Ltd."}


def test_users_tag_wins_over_the_configured_business_name():
    tags = rules.apply_vw_rule("seat", {rules.VW_TAG: "Sub-fleet B"}, business_name="Main Fleet")
    assert tags == {rules.VW_TAG: "Sub-fleet B"}


def test_other_brands_need_no_tag_and_get_none_added():
    assert rules.apply_vw_rule("bmw", None, business_name="Main Fleet") == {}


@pytest.mark.parametrize(
    "value, unit, expected",
    [
        (None, "kilometers", None),
        ("", "km", None),
        (2050, "km", Odometer(2050, "kilometers")),
        ("12,345", "miles", Odometer(12345, "miles")),
    ],
)
def test_odometer_control_measure(value, unit, expected):
    assert rules.check_odometer(value, unit) == expected


@pytest.mark.parametrize(
    "value, unit, field",
    [
        ("lots", "km", "control_measures.odometer.value"),
        (-1, "km", "control_measures.odometer.value"),
        (12.5, "km", "control_measures.odometer.value"),
        (100, "furlongs", "control_measures.odometer.unit"),
    ],
)
def test_bad_odometer_names_the_field(value, unit, field):
    with pytest.raises(BadInput) as info:
        rules.check_odometer(value, unit)
    assert info.value.field == field


def test_prepared_request_is_wire_ready():
    req = rules.prepare_clearance("2hm00000000000001", "Sandbox", odometer="2050")
    assert req == ClearanceRequest("2HM00000000000001", "sandbox", {}, Odometer(2050, "kilometers"))
    assert req.to_json() == {
        "vin": "2HM00000000000001",
        "brand": "sandbox",
        "control_measures": {"odometer": {"value": 2050, "unit": "kilometers"}},
    }


def test_eligibility_is_refused_locally_for_brands_the_api_cannot_check():
    assert rules.check_eligibility_request("wba0000000000ab12", "BMW") == ("WBA0000000000AB12", "bmw")
    with pytest.raises(BadInput) as info:
        rules.check_eligibility_request("WVWZZZ1KZAW000001", "Volkswagen")
    assert info.value.field == "brand"


def test_changelog_is_parsed_oldest_first_with_or_without_zone():
    c = Clearance.from_json(
        {
            "vin": "V",
            "status": "approved",
            "changelog": [
                {"timestamp": "2022-03-22T10:36:51", "status": "approved"},
                {"timestamp": "2022-03-22T09:36:51.094533Z", "status": "pending"},
            ],
        }
    )
    assert [e.status for e in c.changelog] == ["pending", "approved"]
    assert c.since == datetime(2022, 3, 22, 10, 36, 51, tzinfo=UTC)
    assert not c.in_progress


def test_vehicle_data_without_odometer_is_not_an_error():
    data = VehicleData.from_json("V", {"diagnostics": {}})
    assert data.odometer is None and data.odometer_timestamp is None
