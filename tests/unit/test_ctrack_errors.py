"""Ctrack's "Name = N" error codes map to FleetDesk's typed errors."""

from __future__ import annotations

import pytest

from fleetdesk.core.errors import AuthExpired, RateLimited, Rejected
from fleetdesk.ctrack.errors import (
    CtrackRateLimited,
    CtrackRejected,
    QueueNotSubscribed,
    SessionExpired,
    error_for,
    parse_error_code,
)
from fleetdesk.ctrack.models import Position, heading_degrees, parse_time


@pytest.mark.parametrize("value", [None, "", 0, "0", "Success = 0", "Success", " Success=0 "])
def test_success_values_mean_no_error(value):
    assert parse_error_code(value) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("AuthorisationFailed = 4", ("AuthorisationFailed", 4)),
        ("AuthorisationFailed", ("AuthorisationFailed", None)),
        (4, ("AuthorisationFailed", 4)),
        ("4", ("AuthorisationFailed", 4)),
        ("RateLimitExceeded = 11", ("RateLimitExceeded", 11)),
        (17, ("Error17", 17)),
        ("something odd!", ("something odd!", None)),
    ],
)
def test_error_codes_parse_into_name_and_number(value, expected):
    assert parse_error_code(value) == expected


def test_error_codes_become_typed_errors():
    expired = error_for("AuthorisationFailed", 4)
    assert isinstance(expired, SessionExpired) and isinstance(expired, AuthExpired)
    assert "AuthorisationFailed = 4" in str(expired)
    limited = error_for("RateLimitExceeded", 11, status=400, retry_after=3)
    assert isinstance(limited, CtrackRateLimited) and isinstance(limited, RateLimited)
    assert limited.retry_after == 3
    assert isinstance(error_for("BadRequest", None, message="rate limit exceeded"), RateLimited)
    assert isinstance(error_for("QueueNotSubscribed", 12), QueueNotSubscribed)
    other = error_for("InvalidParameter", 2, status=400, message="limit must be from 1 to 1000")
    assert isinstance(other, CtrackRejected) and isinstance(other, Rejected)
    assert (other.code_name, other.code, other.status) == ("InvalidParameter", 2, 400)
    assert "limit must be" in other.describe()


def test_times_headings_and_positions_parse_tolerantly():
    assert parse_time("2017-04-30T02:01:26.000Z") == parse_time("2017-04-30T02:01:26Z")
    assert parse_time("/Date(1493517686000)/") == parse_time("2017-04-30T02:01:26Z")
    assert parse_time("not a date") is None and parse_time(None) is None
    assert heading_degrees("NE") == 45 and heading_degrees("") is None and heading_degrees(370) == 10
    p = Position.from_json(
        {
            "NodeId": "566",
            "Latitude": "-25.8",
            "Longitude": 28.2,
            "Ignition": False,
            "Speed": 0,
            "HeadingText": "",
            "RunningOdo": 19000000,
            "EventTimeUTC": "2017-04-30T02:01:26.000Z",
        }
    )
    assert (p.node_id, p.state, p.odometer_m, p.delivery_tag) == (566, "parked", 19000000, None)
