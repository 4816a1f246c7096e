"""Cursor arithmetic for incremental downloads (spec, "Usage guidance").

The client keeps the last day it has archived per vehicle unit (last activity) and per driver
card (last download date). The spec's guidance asks from ``stored last + 1 day``; FleetDesk
asks from the stored last day itself (inclusive), because the lists carry only a *date*: a
card downloaded at 07:15 and again at 14:00 keeps the same ``lastDownloadDate``, and a vehicle
unit downloaded twice a day keeps the same ``lastActivityDate``, so a start at ``+1 day``
would never fetch the later download (issue #12, defect 1). ``to = new last + 1 day`` (the
``-to`` date is exclusive, so this includes the new last day). While the stored last day is
today or yesterday (UTC) and nothing newer is listed, it is asked for again on each sync
(a late or second download that day). What was already archived comes back and is dropped
by content (sha256, see ``fetch``), so nothing is lost and nothing is kept twice.
A first download back-fills ``backfill_days`` before that ``to``. The server refuses ranges
over two years, so longer ranges are split into consecutive pieces of at most ``MAX_SPAN_DAYS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

MAX_SPAN_DAYS = 730  # 2 years is 730 or 731 days: 730 is always accepted
DEFAULT_BACKFILL_DAYS = 365
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DateRange:
    """``start <= day < end``; after downloading it the cursor becomes ``end - 1 day``."""

    start: date
    end: date

    @property
    def new_last(self) -> date:
        return self.end - ONE_DAY

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def clamp_backfill(days: int | str | None) -> int:
    """The back-fill setting, within 1 .. 730 days (default 365)."""
    try:
        value = int(days) if days not in (None, "") else DEFAULT_BACKFILL_DAYS
    except (TypeError, ValueError):
        value = DEFAULT_BACKFILL_DAYS
    return max(1, min(MAX_SPAN_DAYS, value))


#: the stored last day is asked for again while it is at most this many days before today
#: (UTC): a download late in the day, or one the server archives after midnight
RECHECK_DAYS = 1


def plan_ranges(
    stored_last: date | None,
    available_last: date | None,
    *,
    backfill_days: int = DEFAULT_BACKFILL_DAYS,
    today: date | None = None,
    max_span: int = MAX_SPAN_DAYS,
) -> list[DateRange]:
    """The requests that bring a subject from ``stored_last`` up to ``available_last``.

    Nothing when the server has no data yet, or nothing newer than the cursor and the cursor
    day is not recent (``today`` minus at most ``RECHECK_DAYS``; no ``today``: never).
    """
    if available_last is None:
        return []
    end = available_last + ONE_DAY
    if stored_last is None:
        start = end - timedelta(days=clamp_backfill(backfill_days))
    elif available_last < stored_last:
        return []
    elif available_last == stored_last and (
        today is None or stored_last < today - timedelta(days=RECHECK_DAYS)
    ):
        return []
    else:
        start = stored_last
    pieces = []
    while start < end:
        stop = min(start + timedelta(days=max_span), end)
        pieces.append(DateRange(start, stop))
        start = stop
    return pieces
