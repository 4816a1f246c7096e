"""Every precheck code through the store-backed history (Annex 2, "built-in checks"), the
exclusion rules and km/day limit from the settings, the history import, the polling schedule."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from fleetdesk.carpass import polling
from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationStatus, ObservationType
from fleetdesk.carpass.plugin import PLUGIN, get_service
from fleetdesk.carpass.prechecks import ExclusionRules, ReadingEntry, Severity
from fleetdesk.carpass.settings import Rules, load_rules, save_rules
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import BadInput
from fleetdesk.runtime import Runtime

GOLF, PLATE = "WVWZZZ1KZ8W123456", "1-ABC-123"
VHR = ObservationType.VEHICLE_HISTORY_DOCUMENT
TODAY = date(2026, 11, 23)


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


@pytest.fixture
def svc(config, clock):
    rt = Runtime(config, clock=clock, integrations=[PLUGIN])
    service = get_service(rt)
    rt.store.write(
        lambda db: (
            st.upsert_vehicle(db, vin=GOLF, plate=PLATE, category="car", plate_country="BE"),
            st.upsert_vehicle(db, vin="WMAH05ZZZ5M123453", plate="1-EFG-123", category="truck"),
            st.upsert_vehicle(db, vin="WAUZZZ8V5KA123455", plate="AB-123-CD", plate_country="FR"),
        )
    )
    add(rt, GOLF, TODAY - timedelta(days=365), 163_005)
    add(rt, GOLF, TODAY - timedelta(days=40), 176_420)
    yield service
    rt.close()


def add(rt, vin, day, km, *, origin="import", state=st.HISTORY, plate=None, kind=None):
    rt.store.write(
        lambda db: (
            db[st.TABLE]
            .insert(
                {
                    "vin": vin,
                    "plate": plate,
                    "plate_key": st.plate_key(plate),
                    "reading_date": day.isoformat(),
                    "odometer": km,
                    "observation_type": (kind or ObservationType.REPAIR_MAINTENANCE_SERVICE).value,
                    "origin": origin,
                    "state": state,
                    "created_at": "",
                    "updated_at": "",
                }
            )
            .last_pk
        )
    )


def codes(svc, km="177300", vin=GOLF, day=TODAY, **kw) -> dict[str, Severity]:
    entry = ReadingEntry(
        str(km), day, kw.pop("type", ObservationType.REPAIR_MAINTENANCE_SERVICE), vin=vin, **kw
    )
    return {f.code: f.severity for f in svc.precheck(entry, language="en")}


# -- Annex 2 built-in checks a-g, one test each ---------------------------------------------
def test_annex2_a_lower_than_previous_reading_warns_local_issue_001(svc):
    assert codes(svc, 170_000) == {"LOWER_THAN_PREVIOUS": Severity.WARNING}
    assert "001" in svc.precheck(ReadingEntry("170000", TODAY, vin=GOLF))[0].message


def test_annex2_b_excessive_increase_warns_local_issue_209(svc):
    assert codes(svc, 176_420 + 40 * 1000 + 1) == {"EXCESSIVE_INCREASE": Severity.WARNING}
    assert codes(svc, 176_420 + 40 * 1000) == {}


def test_annex2_b_km_per_day_limit_is_a_setting(svc):
    save_rules(svc.config, Rules(km_per_day=100))
    assert codes(svc, 176_420 + 4001) == {"EXCESSIVE_INCREASE": Severity.WARNING}
    assert load_rules(svc.config).km_per_day == 100


def test_annex2_c_same_as_a_previous_reading_warns(svc):
    assert codes(svc, 176_420) == {"SAME_AS_PREVIOUS": Severity.WARNING}


def test_annex2_d_date_in_the_future(svc):
    assert codes(svc, day=TODAY + timedelta(days=1))["DATE_IN_FUTURE"] is Severity.ERROR


def test_annex2_e_date_in_the_past_warns(svc):
    assert codes(svc, day=TODAY - timedelta(days=2)) == {"DATE_IN_PAST": Severity.WARNING}
    long_ago = svc.precheck(ReadingEntry("177300", TODAY - timedelta(days=9), vin=GOLF))
    assert "invoice" in long_ago[0].message


@pytest.mark.parametrize("text", ["177 300", "177.300", "-5", "17a", ""])
def test_annex2_f_odometer_digits_only(svc, text):
    assert codes(svc, text)["ODOMETER_NOT_NUMERIC"] is Severity.ERROR


def test_annex2_g_identical_reading_already_sent_is_blocked(svc):
    add(svc.rt, GOLF, TODAY, 177_300, origin="entry", state=st.PROCESSED)
    assert codes(svc, 177_300)["DUPLICATE"] is Severity.ERROR
    assert "150" in svc.precheck(ReadingEntry("177300", TODAY, vin=GOLF))[0].message


def test_annex2_g_a_refused_reading_may_be_sent_again(svc):
    add(svc.rt, GOLF, TODAY, 177_300, origin="entry", state=st.ERROR)
    assert "DUPLICATE" not in codes(svc, 177_300)


# -- VIN checks ----------------------------------------------------------------------------------
def test_annex2_vin_shorter_than_17_warns_but_may_be_sent(svc):
    assert codes(svc, vin="1110101234567") == {"VIN_SHORT": Severity.WARNING}


def test_annex2_vin_longer_than_17_is_an_error(svc):
    assert codes(svc, vin=GOLF + "X")["VIN_TOO_LONG"] is Severity.ERROR


@pytest.mark.parametrize("vin", ["00000000000000000", "WVWZZZ1KZ8W12345-", " "])
def test_annex2_vin_empty_zeros_or_not_alphanumeric_is_an_error(svc, vin):
    assert codes(svc, vin=vin)["VIN_INVALID"] is Severity.ERROR


def test_identifier_rules(svc):
    assert codes(svc, vin="")["NO_IDENTIFIER"] is Severity.ERROR
    assert codes(svc, license_plate=PLATE)["VIN_AND_PLATE"] is Severity.ERROR
    found = codes(svc, vin="", license_plate=PLATE, type=VHR)
    assert found["PLATE_WITH_VHR"] is Severity.ERROR


def test_vhr_must_be_dated_today(svc):
    found = codes(svc, day=TODAY - timedelta(days=1), type=VHR)
    assert found["VHR_DATE_NOT_TODAY"] is Severity.ERROR


def test_annex2_vhr_not_again_until_the_odometer_changed(svc):
    add(svc.rt, GOLF, TODAY - timedelta(days=3), 177_000, origin="entry", state=st.PROCESSED, kind=VHR)
    assert codes(svc, 177_000, type=VHR)["VHR_ODOMETER_UNCHANGED"] is Severity.ERROR
    assert "VHR_ODOMETER_UNCHANGED" not in codes(svc, 177_050, type=VHR)


# -- exclusions (Annex 2: operations and vehicle categories) ----------------------------------
def test_annex2_exclusion_till_sale_operation(svc):
    assert codes(svc, operation_kind="till_sale")["EXCLUDED"] is Severity.ERROR


def test_annex2_exclusion_truck_from_the_vehicle_register(svc):
    assert codes(svc, vin="WMAH05ZZZ5M123453")["EXCLUDED"] is Severity.ERROR


def test_annex2_exclusion_foreign_plate_from_the_register(svc):
    found = codes(svc, vin="", license_plate="ab-123-cd")
    assert found["EXCLUDED"] is Severity.ERROR


def test_annex2_exclusion_rules_are_the_users_choice(svc):
    save_rules(
        svc.config,
        Rules(
            exclusions=ExclusionRules(
                operation_kinds=frozenset(),
                vehicle_categories=frozenset({"bus"}),
                exclude_foreign_plates=False,
            )
        ),
    )
    assert "EXCLUDED" not in codes(svc, vin="WMAH05ZZZ5M123453")
    assert "EXCLUDED" not in codes(svc, operation_kind="till_sale")
    assert codes(svc, vin="", license_plate="XYZ987", vehicle_category="bus")["EXCLUDED"]


def test_maintenance_window_is_an_information(config):
    clock = FakeClock(datetime(2026, 11, 26, 19, 30, tzinfo=UTC))  # Thu 20:30 Brussels
    with Runtime(config, clock=clock, integrations=[PLUGIN]) as rt:
        found = {
            f.code: f.severity
            for f in get_service(rt).precheck(ReadingEntry("1000", date(2026, 11, 26), vin=GOLF))
        }
    assert found == {"MAINTENANCE_WINDOW": Severity.INFO}


# -- the store-backed history ---------------------------------------------------------------
def test_plate_entry_sees_the_history_filed_under_the_vin(svc):
    assert codes(svc, 170_000, vin="", license_plate="1 abc 123") == {"LOWER_THAN_PREVIOUS": Severity.WARNING}


def test_the_reading_being_checked_is_not_its_own_history(svc):
    history = svc.store.read(lambda db: svc.history(db, exclude_id=2))  # the 176,420 row
    assert svc.store.read(lambda db: sorted(svc.history(db, 2).readings(GOLF, None))) == [
        (TODAY - timedelta(days=365), 163_005)
    ]
    assert history.submitted_odometers(GOLF, None, TODAY) == set()


def test_messages_in_the_users_language(svc):
    svc.config.settings.set("ui.language", "fr")
    [finding] = svc.precheck(ReadingEntry("170000", TODAY, vin=GOLF))
    assert "inférieur" in finding.message


def test_history_import_csv(svc, tmp_path):
    from fleetdesk.carpass.importer import import_history

    path = tmp_path / "old.csv"
    path.write_text(
        "vin,date,km\nWBA3A5C51DF123457,2025-05-01,120000\nWBA3A5C51DF123457,27/05/2026,131870\n\n", "utf-8"
    )
    assert import_history(svc.store, svc.clock, path) == 2
    assert codes(svc, 125_000, vin="WBA3A5C51DF123457") == {"LOWER_THAN_PREVIOUS": Severity.WARNING}
    bad = tmp_path / "bad.csv"
    bad.write_text("WBA3A5C51DF123457,2025-05-01,12 0000 km\n", "utf-8")  # not a grouping
    with pytest.raises(BadInput) as caught:
        import_history(svc.store, svc.clock, bad)
    assert caught.value.field == "line 1"


# -- the polling schedule (Annex 2, checks 2 and 3) -------------------------------------------
def test_annex2_check2_first_call_at_least_one_second_after_the_guid():
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert (polling.first_poll_at(now) - now).total_seconds() >= 1.0


def test_annex2_check3_ongoing_schedule():
    S = ObservationStatus
    assert polling.next_delay(S.ONGOING, 1.5) == 10.0
    # at the 10-s pace for at least 90 s
    assert all(polling.next_delay(S.ONGOING, t) == 10.0 for t in range(0, 91))
    assert polling.next_delay(S.ONGOING, 600) >= 10.0  # slower, never stops
    for final in (S.PROCESSED, S.ISSUE, S.ERROR):
        assert polling.next_delay(final, 5) is None
    assert 30 <= polling.next_delay(S.REVIEWING, 5) <= polling.next_delay(S.REVIEWING, 7200)
    assert polling.next_delay(None, 5) == polling.SLOW_MIN  # unknown: slowly
    assert polling.error_delay(1) == 15 and polling.error_delay(10) == polling.ERROR_MAX
