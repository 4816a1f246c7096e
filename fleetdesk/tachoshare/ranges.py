"""Cursor arithmetic for incremental downloads (spec, "Usage guidance").

The client keeps the last day it has archived per vehicle unit (last activity) and per driver
card (last download date). When the list shows a newer day, it asks for
``from = stored last + 1 day`` (excludes what it has) and ``to = new last + 1 day`` (the
``-to`` date is exclusive, so this includes the new last day). A first download back-fills
``backfill_days`` before that ``to``. The server refuses ranges over two years, so longer
ranges are split into consecutive pieces of at most ``MAX_SPAN_DAYS``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

MAX_SPAN_DAYS = 730          # 2 years is 730 or 731 days: 730 is always accepted
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


def plan_ranges(stored_last: date | None, available_last: date | None, *,
                backfill_days: int = DEFAULT_BACKFILL_DAYS,
                max_span: int = MAX_SPAN_DAYS) -> list[DateRange]:
    """The requests that bring a subject from ``stored_last`` up to ``available_last``.

    Nothing when the server has no data yet or nothing newer than the cursor.
    """
    if available_last is None:
        return []
    end = available_last + ONE_DAY
    if stored_last is None:
        start = end - timedelta(days=clamp_backfill(backfill_days))
    elif available_last <= stored_last:
        return []
    else:
        start = stored_last + ONE_DAY
    pieces = []
    while start < end:
        stop = min(start + timedelta(days=max_span), end)
        pieces.append(DateRange(start, stop))
        start = stop
    return pieces
