"""Download jobs: what a run reports, how a running download is interrupted, and the store
transactions behind pause, resume, cancel and retry (call them inside ``Store.write``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.core.errors import BadInput
from fleetdesk.tachoshare import store as ts


class Interrupted(Exception):
    """Raised inside a download to stop it: ``reason`` is 'pause', 'cancel' or 'stop'."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class RunReport:
    """What the downloads of one run did (since the last ``start()`` from idle)."""

    done: int = 0
    empty: int = 0
    failed: int = 0
    bytes: int = 0
    rate_limited: int = 0
    halted: str | None = None  # why the run stopped early (signed out, offline, ...)
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def pause_queued(db: sqlite_utils.Database, job_id: int, clock: Clock) -> None:
    db.execute(
        "UPDATE tacho_jobs SET state = 'paused', updated_at = ? WHERE id = ? AND state = 'queued'",
        [utc_iso(clock.now()), job_id],
    )


def resume_paused(db: sqlite_utils.Database, job_id: int, clock: Clock) -> None:
    now = utc_iso(clock.now())
    db.execute(
        "UPDATE tacho_jobs SET state = 'queued', not_before = ?, updated_at = ? "
        "WHERE id = ? AND state = 'paused'",
        [now, now, job_id],
    )


def cancel_waiting(db: sqlite_utils.Database, job_id: int, clock: Clock) -> None:
    """Cancel a job that is not running, and the later jobs of its subject (they depend on it)."""
    row = ts.job(db, job_id)
    if row is None or row["state"] not in (ts.QUEUED, ts.PAUSED, ts.FAILED):
        return
    for jid in [job_id] + ts.later_jobs(db, row):
        ts.set_job(db, jid, clock, state=ts.CANCELLED, finished_at=utc_iso(clock.now()))


def retry(db: sqlite_utils.Database, job_id: int, clock: Clock) -> None:
    """Queue a failed or cancelled job again; BadInput when its period is no longer what is
    missing (already archived, or a newer job of the same subject covers it)."""
    row = ts.job(db, job_id)
    if row is None or row["state"] not in (ts.FAILED, ts.CANCELLED):
        raise BadInput("job", "only a failed or cancelled download can be retried")
    cursor = ts.get_cursor(db, row["subject"])
    if cursor is not None and cursor.isoformat() > row["new_last"]:
        raise BadInput("job", "this period is already in the archive")
    others = db.execute(
        "SELECT COUNT(*) FROM tacho_jobs WHERE subject = ? AND id != ? AND "
        "state IN ('queued', 'running', 'paused')",
        [row["subject"], job_id],
    ).fetchone()[0]
    if others:
        raise BadInput("job", "a newer download of the same unit or card is already queued")
    ts.set_job(
        db,
        job_id,
        clock,
        state=ts.QUEUED,
        attempts=0,
        not_before=utc_iso(clock.now()),
        error=None,
        finished_at=None,
    )
