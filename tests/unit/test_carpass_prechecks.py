"""Local prechecks: every finding code, its severity, and the maintenance window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from fleetdesk.carpass.models import ObservationType
from fleetdesk.carpass.precheck_texts import MESSAGES
from fleetdesk.carpass.prechecks import (
    ExclusionRules,
    MemoryHistory,
    ReadingEntry,
    Severity,
    can_send,
    in_maintenance_window,
    maintenance_window_end,
    precheck,
)

TODAY = date(2026, 11, 19)  # a Thursday
VIN = "WVWZZZ1KZ8W123456"
VHR = ObservationType.VEHICLE_HISTORY_DOCUMENT


def history(**kw) -> MemoryHistory:
    h = MemoryHistory(today=TODAY, **kw)
    h.add_reading(VIN, date(2026, 1, 10), 150_000)
    h.add_reading(VIN, date(2026, 10, 1), 170_000)
    return h


def entry(km: str = "175000", day: date = TODAY, **kw) -> ReadingEntry:
    kw.setdefault("vin", VIN)
    return ReadingEntry(km, day, **kw)


def codes(findings) -> dict[str, Severity]:
    return {f.code: f.severity for f in findings}


def test_a_plain_good_reading_has_no_findings():
    findings = precheck(entry(), history())
    assert findings == []
    assert can_send(findings)


@pytest.mark.parametrize(
    "text", ["", "12 345", "12.345", "12,345", "-5", "+5", "12a", " 5", "5 ", "١٢٣", "1e5"]
)
def test_odometer_not_numeric(text):
    found = codes(precheck(entry(text), history()))
    assert found["ODOMETER_NOT_NUMERIC"] is Severity.ERROR
    assert "LOWER_THAN_PREVIOUS" not in found


def test_leading_zeros_are_still_digits():
    assert "ODOMETER_NOT_NUMERIC" not in codes(precheck(entry("0175000"), history()))


def test_lower_than_previous_names_the_previous_reading():
    findings = precheck(entry("169000"), history())
    assert codes(findings) == {"LOWER_THAN_PREVIOUS": Severity.WARNING}
    assert "170000" in findings[0].message and "01/10/2026" in findings[0].message
    assert "001" in findings[0].message
    assert can_send(findings)


def test_previous_is_by_date_for_a_back_dated_reading():
    # 160,000 on 1 June sits between the January and October readings: consistent
    assert codes(precheck(entry("160000", date(2026, 6, 1)), history())) == {"DATE_IN_PAST": Severity.WARNING}
    # but 140,000 on 1 June is lower than the January reading
    assert "LOWER_THAN_PREVIOUS" in codes(precheck(entry("140000", date(2026, 6, 1)), history()))


def test_excessive_increase_uses_km_per_day_since_previous():
    # 49 days since 1 October: 49,000 km allowed at 1,000 km/day
    assert "EXCESSIVE_INCREASE" not in codes(precheck(entry("219000"), history()))
    findings = precheck(entry("219001"), history())
    assert codes(findings) == {"EXCESSIVE_INCREASE": Severity.WARNING}
    assert "209" in findings[0].message
    assert "EXCESSIVE_INCREASE" in codes(precheck(entry("190000"), history(km_per_day_limit=300)))


def test_same_as_previous():
    h = history()
    found = codes(precheck(entry("150000", date(2026, 11, 18)), h))
    assert found["SAME_AS_PREVIOUS"] is Severity.WARNING


def test_same_day_is_at_least_one_day_for_the_increase():
    h = history()
    h.add_reading(VIN, TODAY, 170_500, submitted=False)  # earlier today, other work order
    assert "EXCESSIVE_INCREASE" in codes(precheck(entry("171600"), h))
    assert "EXCESSIVE_INCREASE" not in codes(precheck(entry("171400"), h))


def test_date_in_future_is_an_error():
    findings = precheck(entry(day=TODAY + timedelta(days=1)), history())
    assert codes(findings) == {"DATE_IN_FUTURE": Severity.ERROR}
    assert not can_send(findings)


def test_date_in_past_says_so_beyond_five_days():
    recent = precheck(entry(day=TODAY - timedelta(days=5)), history())
    old = precheck(entry(day=TODAY - timedelta(days=6)), history())
    assert codes(recent) == {"DATE_IN_PAST": Severity.WARNING}
    assert codes(old) == {"DATE_IN_PAST": Severity.WARNING}
    assert "more than 5 days" not in recent[0].message
    assert "more than 5 days" in old[0].message


def test_vin_short_is_a_warning_and_may_be_sent():
    findings = precheck(entry(vin="1110101234567"), history())
    assert codes(findings) == {"VIN_SHORT": Severity.WARNING}
    assert can_send(findings)


def test_vin_too_long_is_an_error():
    assert codes(precheck(entry(vin=VIN + "X"), history())) == {"VIN_TOO_LONG": Severity.ERROR}


@pytest.mark.parametrize(
    "vin",
    [
        "   ",
        "00000000000000000",
        "000000000000000000",
        "WVWZZZ1KZ8W-23456",
        "WVWZZZ1KZ8W 23456",
        "WVWZZZ1KZ8W12345É",
    ],
)
def test_vin_invalid(vin):
    assert codes(precheck(entry(vin=vin), history()))["VIN_INVALID"] is Severity.ERROR


def test_no_identifier_and_both_identifiers():
    assert codes(precheck(entry(vin=""), history())) == {"NO_IDENTIFIER": Severity.ERROR}
    assert codes(precheck(entry(license_plate="1-ABC-123"), history())) == {"VIN_AND_PLATE": Severity.ERROR}
    assert precheck(entry(vin="", license_plate="1-ABC-123"), history()) == []


def test_plate_with_vhr():
    found = codes(precheck(entry(vin="", license_plate="1-ABC-123", observation_type=VHR), history()))
    assert found == {"PLATE_WITH_VHR": Severity.ERROR}


def test_vhr_date_not_today():
    found = codes(precheck(entry(day=TODAY - timedelta(days=1), observation_type=VHR), history()))
    assert found["VHR_DATE_NOT_TODAY"] is Severity.ERROR
    assert "VHR_DATE_NOT_TODAY" not in codes(precheck(entry(observation_type=VHR), history()))


def test_duplicate_of_a_sent_or_queued_reading():
    h = history()
    h.add_reading(VIN, TODAY, 175_000)
    findings = precheck(entry("175000"), h)
    assert codes(findings) == {"DUPLICATE": Severity.ERROR}
    assert "150" in findings[0].message
    # the same km on another day is not a duplicate (but is the same as a previous reading)
    other_day = MemoryHistory(today=TODAY + timedelta(days=1))
    other_day.add_reading(VIN, TODAY, 175_000)
    assert codes(precheck(entry("175000", TODAY + timedelta(days=1)), other_day)) == {
        "SAME_AS_PREVIOUS": Severity.WARNING
    }


def test_vhr_odometer_unchanged():
    h = history(vhr_odometers={VIN: 175_000})
    assert codes(precheck(entry("175000", observation_type=VHR), h)) == {
        "VHR_ODOMETER_UNCHANGED": Severity.ERROR
    }
    assert precheck(entry("175010", observation_type=VHR), h) == []
    assert precheck(entry("175000"), h) == []  # an ordinary reading is not a VHR request


@pytest.mark.parametrize(
    "kw, reason",
    [
        ({"operation_kind": "till_sale"}, "till_sale"),
        ({"vehicle_category": "truck"}, "truck"),
        ({"vehicle_category": "bus"}, "bus"),
        ({"vehicle_category": "motorcycle"}, "motorcycle"),
        ({"plate_country": "NL"}, "NL"),
    ],
)
def test_excluded_by_the_users_rules(kw, reason):
    findings = precheck(entry(**kw), history())
    assert codes(findings) == {"EXCLUDED": Severity.ERROR}
    assert reason in findings[0].message


def test_exclusion_rules_are_the_users_choice():
    h = history(rules=ExclusionRules(operation_kinds=frozenset(), exclude_foreign_plates=False))
    assert precheck(entry(operation_kind="till_sale", plate_country="NL"), h) == []
    assert precheck(entry(vehicle_category="car", plate_country="BE"), history()) == []


def test_maintenance_window_is_information_only():
    findings = precheck(entry(), history(in_maintenance_window=True))
    assert codes(findings) == {"MAINTENANCE_WINDOW": Severity.INFO}
    assert can_send(findings)


def test_errors_come_first_and_all_findings_are_reported():
    findings = precheck(
        entry("12 345", TODAY + timedelta(days=2), vin="", license_plate="1-ABC-123", observation_type=VHR),
        history(in_maintenance_window=True),
    )
    assert [f.severity for f in findings] == sorted(
        [f.severity for f in findings], key=[Severity.ERROR, Severity.WARNING, Severity.INFO].index
    )
    assert {
        "ODOMETER_NOT_NUMERIC",
        "PLATE_WITH_VHR",
        "DATE_IN_FUTURE",
        "VHR_DATE_NOT_TODAY",
        "VHR_IN_MAINTENANCE_WINDOW",
    } <= set(codes(findings))


@pytest.mark.parametrize(
    "language, word",
    [("nl", "lager"), ("fr", "inférieur"), ("de", "niedriger"), ("en", "lower"), ("xx", "lower")],
)
def test_messages_are_translated(language, word):
    findings = precheck(entry("169000"), history(), language=language)
    assert word in findings[0].message


def test_every_message_exists_in_every_language():
    for texts in MESSAGES.values():
        assert set(texts) == {"en", "nl", "fr", "de"}
        for text in texts.values():
            assert text.count("{") == texts["en"].count("{")


@pytest.mark.parametrize(
    "utc, inside",
    [
        (datetime(2026, 11, 19, 17, 59, tzinfo=UTC), False),  # Thu 18:59 CET
        (datetime(2026, 11, 19, 18, 0, tzinfo=UTC), True),  # Thu 19:00 CET
        (datetime(2026, 11, 19, 22, 59, tzinfo=UTC), True),  # Thu 23:59 CET
        (datetime(2026, 11, 19, 23, 0, tzinfo=UTC), False),  # Fri 00:00 CET
        (datetime(2026, 7, 16, 17, 0, tzinfo=UTC), True),  # Thu 19:00 CEST (summer)
        (datetime(2026, 7, 16, 16, 59, tzinfo=UTC), False),
        (datetime(2026, 11, 18, 20, 0, tzinfo=UTC), False),  # a Wednesday evening
    ],
)
def test_maintenance_window(utc, inside):
    assert in_maintenance_window(utc) is inside


def test_maintenance_window_end_is_midnight_brussels():
    end = maintenance_window_end(datetime(2026, 11, 19, 20, 30, tzinfo=UTC))
    assert end.astimezone(UTC) == datetime(2026, 11, 19, 23, 0, tzinfo=UTC)
    outside = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
    assert maintenance_window_end(outside) == outside
    with pytest.raises(ValueError):
        in_maintenance_window(datetime(2026, 11, 19, 20, 0))
