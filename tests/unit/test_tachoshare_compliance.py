"""Pure rules: cursor arithmetic (spec usage guidance) and FleetDesk's legal clock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Settings
from fleetdesk.tachoshare import compliance as c
from fleetdesk.tachoshare.ranges import MAX_SPAN_DAYS, DateRange, clamp_backfill, plan_ranges
from fleetdesk.tachoshare.rdl import denial_reason

D = date(2026, 11, 22)


# -- cursor arithmetic ---------------------------------------------------------------------------
def test_new_data_is_asked_from_the_stored_last_day_inclusive_to_new_last_plus_one():
    # issue #12 defect 1: the stored last day is asked for again (a second download that day)
    assert plan_ranges(date(2026, 11, 10), date(2026, 11, 20)) == [
        DateRange(date(2026, 11, 10), date(2026, 11, 21))
    ]
    assert plan_ranges(date(2026, 11, 10), date(2026, 11, 20))[0].new_last == date(2026, 11, 20)


def test_nothing_new_or_nothing_available_asks_nothing():
    assert plan_ranges(date(2026, 11, 20), date(2026, 11, 20)) == []
    assert plan_ranges(date(2026, 11, 20), date(2026, 11, 20), today=date(2026, 11, 22)) == []
    assert plan_ranges(date(2026, 11, 20), date(2026, 11, 19)) == []  # the server went back
    assert plan_ranges(None, None) == [] and plan_ranges(date(2026, 1, 1), None) == []


@pytest.mark.parametrize("today", [date(2026, 11, 20), date(2026, 11, 21)])
def test_a_recent_last_day_is_asked_again_even_when_the_list_shows_nothing_newer(today):
    assert plan_ranges(date(2026, 11, 20), date(2026, 11, 20), today=today) == [
        DateRange(date(2026, 11, 20), date(2026, 11, 21))
    ]


def test_first_download_backfills_the_configured_days():
    (r,) = plan_ranges(None, D, backfill_days=365)
    assert (r.start, r.end, r.days) == (
        D + timedelta(days=1) - timedelta(days=365),
        D + timedelta(days=1),
        365,
    )
    assert plan_ranges(None, D, backfill_days=10)[0].days == 10


@pytest.mark.parametrize(
    "raw, expected", [(None, 365), ("", 365), ("30", 30), (0, 1), (-5, 1), (10_000, 730), ("junk", 365)]
)
def test_backfill_is_clamped_to_two_years(raw, expected):
    assert clamp_backfill(raw) == expected


def test_a_long_gap_is_split_into_two_year_pieces():
    pieces = plan_ranges(D - timedelta(days=2000), D)
    assert [p.days for p in pieces] == [730, 730, 541]
    assert pieces[0].start == D - timedelta(days=2000) and pieces[-1].end == D + timedelta(days=1)


@given(st.dates(date(2015, 1, 1), date(2030, 1, 1)), st.integers(0, 3000), st.integers(1, 730))
def test_pieces_are_contiguous_and_end_at_the_new_last(stored, gap, backfill):
    new_last = stored + timedelta(days=gap)
    for cursor in (stored, None):
        pieces = plan_ranges(cursor, new_last, backfill_days=backfill)
        if cursor is not None and gap == 0:
            assert pieces == []
            continue
        assert pieces[0].start == (cursor if cursor else new_last + timedelta(days=1 - backfill))
        assert pieces[-1].new_last == new_last
        assert all(a.end == b.start for a, b in zip(pieces, pieces[1:]))
        assert all(0 < p.days <= MAX_SPAN_DAYS for p in pieces)


# -- the legal clock ---------------------------------------------------------------------------
def test_vehicle_unit_levels_with_an_injected_clock():
    clock = FakeClock()
    today = clock.now().date()
    policy = c.Policy()
    assert c.assess(c.VU, today - timedelta(days=3), today, policy).level == c.OK
    due = c.assess(c.VU, today - timedelta(days=24), today, policy)
    assert (due.level, due.desired_days_left, due.legal_days_left) == (c.DUE_SOON, 4, 66)
    assert c.assess(c.VU, today - timedelta(days=40), today, policy).level == c.OVERDUE
    edge = c.assess(c.VU, today - timedelta(days=90), today, policy)
    assert (edge.level, edge.legal_days_left) == (c.OVERDUE, 0)  # the last legal day
    clock.advance(days=1)
    late = c.assess(c.VU, today - timedelta(days=90), clock.now().date(), policy)
    assert (late.level, late.legal_days_left) == (c.OUTSIDE, -1)
    assert late.text == "Outside legal compliance (1 day late)"
    assert c.assess(c.VU, None, today, policy).level == c.NEVER
    assert c.assess(c.VU, today - timedelta(days=5), today, policy, disconnected=True).level == c.DISCONNECTED
    assert c.assess(c.VU, today - timedelta(days=95), today, policy, disconnected=True).level == c.OUTSIDE


def test_driver_cards_have_28_days_and_ireland_21():
    policy = c.Policy()
    last = D - timedelta(days=25)
    assert c.assess(c.CARD, last, D, policy, country=0x0D).legal_days_left == 3
    irish = c.assess(c.CARD, last, D, policy, country="0x1B")
    assert (irish.legal_limit, irish.legal_days_left, irish.level) == (21, -4, c.OUTSIDE)


def test_limits_and_intervals_are_configurable_per_country(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    settings.set(c.LIMITS_KEY, {"0x0D": {"card": 14}, "0x06": {"vu": 60}, "junk": {"card": 1}})
    settings.set(c.DESIRED_KEY, {"vu": 21, "card": "5"})
    settings.set(c.FLEET_COUNTRY_KEY, "0x06")
    policy = c.Policy.from_settings(settings)
    assert policy.legal_days(c.CARD, 0x0D) == 14
    assert policy.legal_days(c.CARD, 0x1B) == 21  # the default stays
    assert policy.legal_days(c.VU) == 60  # vehicles: the fleet's country
    assert policy.desired == {"vu": 21, "card": 5}
    reading = c.assess(c.VU, D - timedelta(days=30), D, policy)
    assert (reading.legal_days_left, reading.level) == (30, c.OVERDUE)


def test_the_desired_interval_never_exceeds_the_legal_limit():
    policy = c.Policy(desired={"vu": 200, "card": 7})
    assert c.assess(c.VU, D - timedelta(days=91), D, policy).desired_interval == 90


# -- RDL preconditions ----------------------------------------------------------------------------
def vehicle(**kw):
    row = {
        "vin": "V",
        "manual_attempts_remaining": 3,
        "rdl_status": "DELAYED",
        "last_rdl_attempt": "2026-11-01T10:00:00.000000Z",
        "next_scheduled_date": "2026-11-30",
        "last_activity_date": "2026-10-01",
    }
    row.update(kw)
    return row


@pytest.mark.parametrize(
    "changes, reason",
    [
        ({}, None),
        ({"manual_attempts_remaining": 0}, "No manual"),
        ({"rdl_status": "DISCONNECTED", "next_scheduled_date": None}, "DISCONNECTED"),
        # issue #12 defect 6: an attempt earlier today is not on the spec's list (it may have failed)
        ({"last_rdl_attempt": "2026-11-22T06:00:00.000000Z"}, None),
        ({"next_scheduled_date": "2026-11-22"}, "scheduled for today"),
        ({"last_activity_date": "2026-11-21"}, "up to date"),
        ({"manual_attempts_remaining": None, "last_activity_date": None}, None),
    ],
)
def test_rdl_denial_reasons_visible_locally(changes, reason):
    got = denial_reason(vehicle(**changes), D)
    assert (got is None) if reason is None else (reason in got)


def test_rdl_denial_for_a_pending_request_and_an_unknown_vehicle():
    assert "already waiting" in denial_reason(vehicle(), D, pending=True)
    assert "does not list" in denial_reason(None, D)
