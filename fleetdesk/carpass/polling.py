"""When to ask Car-Pass for a request's status (spec "Vehicle History Report" + Annex 2, checks 2-3).

- The first status call comes at least 1 s after the POST, correction or confirm answered.
- While the answer is ONGOING: at most one call per 10 s (counted from the moment the previous
  answer arrived, so network time can never squeeze two calls closer), and never give up:
  the 10 s pace is kept for ``FAST_PHASE`` (3 min, twice the spec's 90 s minimum).
- After that, and while REVIEWING (a person at Car-Pass decides) or for a status this version
  does not know: keep asking, ever more slowly (30 s up to 30 min) — in the background.
- PROCESSED, ISSUE and ERROR are final: no more calls.
- A failed call (offline, 5xx, 401) is retried with backoff; the request is never dropped.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from fleetdesk.carpass.models import ObservationStatus

FIRST_DELAY = 1.5  # s after the guid arrived (spec: >= 1 s; margin for clock skew)
ONGOING_INTERVAL = 10.0  # s between calls while ONGOING (spec: >= 10 s)
MIN_PATIENCE = 90.0  # s the spec says never to abort before
FAST_PHASE = 180.0  # s we keep the 10-s pace
SLOW_MIN, SLOW_MAX = 30.0, 1800.0
ERROR_BASE, ERROR_MAX = 15.0, 600.0


def first_poll_at(received_at: datetime) -> datetime:
    """The earliest moment to ask about a request whose guid arrived at ``received_at``."""
    return received_at + timedelta(seconds=FIRST_DELAY)


def next_delay(status: ObservationStatus | None, elapsed: float) -> float | None:
    """Seconds to wait after an answer with ``status``, ``elapsed`` s after the guid arrived;
    None when the status is final (no further call)."""
    if status is not None and status.is_final:
        return None
    if status is ObservationStatus.ONGOING and elapsed < FAST_PHASE:
        return ONGOING_INTERVAL
    return slow_interval(elapsed)


def slow_interval(elapsed: float) -> float:
    """Background pace: a sixth of the time waited so far, between 30 s and 30 min."""
    return min(SLOW_MAX, max(SLOW_MIN, elapsed / 6.0))


def error_delay(errors: int) -> float:
    """Backoff after ``errors`` failed status calls in a row (15 s, 30 s, ... 10 min)."""
    return min(ERROR_MAX, ERROR_BASE * (2 ** max(0, errors - 1)))


def describe_wait(status: ObservationStatus | None, elapsed: float) -> str:
    """A short English phrase for the user about what we are waiting for."""
    if status is ObservationStatus.REVIEWING:
        return "a Car-Pass employee is checking this reading"
    if status is None:
        return "Car-Pass answered a status FleetDesk does not know; asking again later"
    if elapsed < MIN_PATIENCE:
        return "Car-Pass is validating the reading"
    return "Car-Pass is still validating (external sources can be slow); asking in the background"
