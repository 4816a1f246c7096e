"""State changes of a reading, each run inside one store transaction (``db`` = the writer).

These functions are the only place that moves a reading between states, so the outbox
handlers, the status poller and the user's actions agree on what each state means.
"""

from __future__ import annotations

import json
from datetime import datetime

import sqlite_utils

from fleetdesk.carpass import polling
from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationStatus, ObservationType, StatusResult
from fleetdesk.core.clock import parse_utc, utc_iso
from fleetdesk.store.files import store_in

#: Car-Pass issue 150: "the same source sent identical data twice" (named by the spec)
ISSUE_ALREADY_REGISTERED = "150"
SENT_EARLIER_OUTCOME_UNKNOWN = (
    "Sent earlier, outcome unknown: an earlier attempt reached Car-Pass but its answer was lost, "
    "and Car-Pass answered 'already sent' (150) to the retry. That first request may be "
    "registered, or held by Car-Pass with an issue (then the reading is NOT registered); "
    "Car-Pass offers no way to look it up. Check it in the Car-Pass portal or with the "
    "helpdesk, then record what you found."
)
OUTCOME_NOTES = {
    st.OUTCOME_REGISTERED: "Checked in the Car-Pass portal or with the helpdesk: registered "
    "(recorded by the user).",
    st.OUTCOME_NOT_REGISTERED: "Checked in the Car-Pass portal or with the helpdesk: NOT "
    "registered (recorded by the user); settle it there.",
}
_STATE_OF = {
    ObservationStatus.PROCESSED: st.PROCESSED,
    ObservationStatus.ISSUE: st.ISSUE,
    ObservationStatus.ERROR: st.ERROR,
    ObservationStatus.ONGOING: st.ONGOING,
    ObservationStatus.REVIEWING: st.REVIEWING,
}


def _touch(db, reading_id: int, now: datetime, **values) -> None:
    values["updated_at"] = utc_iso(now)
    sets = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"UPDATE carpass_readings SET {sets} WHERE id = ?", [*values.values(), reading_id])


def record_request(
    db: sqlite_utils.Database,
    *,
    guid: str,
    reading_id: int,
    kind: str,
    now: datetime,
    parent_guid: str | None = None,
    outbox_id: int | None = None,
    after_retry: bool = False,
) -> bool:
    """Store a requestGuid the moment Car-Pass answered it (Annex 2, check 1) and start
    following it. Idempotent: False if this guid was already stored."""
    guid = guid.lower()
    inserted = db.execute(
        "INSERT INTO carpass_requests (guid, reading_id, kind, parent_guid, outbox_id, "
        "after_retry, status, received_at, next_poll_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        [
            guid,
            reading_id,
            kind,
            parent_guid,
            outbox_id,
            int(after_retry),
            "SENT",
            utc_iso(now),
            utc_iso(polling.first_poll_at(now)),
        ],
    ).rowcount
    if not inserted:
        return False
    if parent_guid:
        # the original's status follows its successor: only the newest guid is polled
        db.execute(
            "UPDATE carpass_requests SET successor_guid = ?, next_poll_at = NULL WHERE guid = ?",
            [guid, parent_guid],
        )
        _close_issues(db, reading_id, now, "corrected" if kind == "correction" else "confirmed")
    _touch(db, reading_id, now, request_guid=guid, state=st.ONGOING, status_text="ONGOING", last_error=None)
    return True


def follow_parent(
    db: sqlite_utils.Database,
    *,
    reading_id: int,
    parent_guid: str,
    kind: str,
    now: datetime,
    last_answer: str | None = None,
) -> None:
    """A correction/confirm reached Car-Pass but its new guid was lost (the app died while
    sending): the original's status follows its successor, so follow the original.
    ``last_answer``: what the status call that found this out answered just now (ONGOING:
    the next call keeps the 10-s pace)."""
    req = st.request(db, parent_guid)
    next_at = polling.first_poll_at(now)
    if (last_answer or "").upper() == ObservationStatus.ONGOING.value:
        next_at = now + _seconds(polling.ONGOING_INTERVAL)
    elif req is not None and req["status"] == ObservationStatus.ONGOING.value and req["last_polled_at"]:
        # it answered ONGOING a moment ago: the 10-s pace still holds
        next_at = max(next_at, parse_utc(req["last_polled_at"]) + _seconds(polling.ONGOING_INTERVAL))
    db.execute(
        "UPDATE carpass_requests SET next_poll_at = ?, status = 'FOLLOWING', final_at = NULL WHERE guid = ?",
        [utc_iso(next_at), parent_guid],
    )
    _close_issues(db, reading_id, now, "corrected" if kind == "correction" else "confirmed")
    _touch(
        db,
        reading_id,
        now,
        request_guid=parent_guid,
        state=st.ONGOING,
        status_text="ONGOING",
        last_error=None,
    )


def _close_issues(db, reading_id: int, now: datetime, resolution: str) -> None:
    """One correction or confirm closes every issue of the reading (Annex 2, §4)."""
    db.execute(
        "UPDATE carpass_issues SET state = ?, resolution = ?, closed_at = ? "
        "WHERE reading_id = ? AND state IN (?, ?)",
        [st.RESOLVED, resolution, utc_iso(now), reading_id, st.OPEN, st.RESOLVING],
    )


def apply_status(db: sqlite_utils.Database, guid: str, result: StatusResult, now: datetime) -> str | None:
    """Store a status answer and schedule the next call; returns the reading's new state
    (None if the request is unknown or was superseded meanwhile)."""
    req = st.request(db, guid)
    if req is None or req["successor_guid"]:
        return None
    elapsed = (now - parse_utc(req["received_at"])).total_seconds()
    delay = polling.next_delay(result.status, elapsed)
    next_at = None if delay is None else utc_iso(now + _seconds(delay))
    db.execute(
        "UPDATE carpass_requests SET status = ?, status_text = ?, last_polled_at = ?, "
        "next_poll_at = ?, polls = polls + 1, poll_errors = 0, final_at = ? WHERE guid = ?",
        [
            result.status.value if result.status else "UNKNOWN",
            result.status_text,
            utc_iso(now),
            next_at,
            utc_iso(now) if delay is None else None,
            req["guid"],
        ],
    )
    reading = st.get_reading(db, req["reading_id"])
    if (
        reading is None
        or reading.request_guid != req["guid"]
        or reading.state in (st.CORRECTING, st.CONFIRMING)
    ):
        return None
    state = _STATE_OF.get(result.status, st.UNKNOWN) if result.status else st.UNKNOWN
    values: dict = {"status_text": result.status_text or "", "state": state}
    if result.status is ObservationStatus.ISSUE:
        types = {i.type for i in result.issues}
        if req["after_retry"] and types == {ISSUE_ALREADY_REGISTERED}:
            # our own retry of a send whose answer was lost: Car-Pass has the first attempt,
            # but whether it registered it or holds it with an issue cannot be asked: never
            # claim success, let the user check and record it
            _store_issues(db, reading.id, req["guid"], result, now, st.INFO, "sent_earlier")
            values.update(state=st.OUTCOME_UNKNOWN, note=SENT_EARLIER_OUTCOME_UNKNOWN)
        else:
            _store_issues(db, reading.id, req["guid"], result, now, st.OPEN, None)
    elif result.status is ObservationStatus.ERROR:
        _store_issues(db, reading.id, req["guid"], result, now, st.INFO, "error")
    if values["state"] in (st.PROCESSED, st.ERROR):
        values["final_at"] = utc_iso(now)
    if (
        values["state"] == st.PROCESSED
        and reading.vin
        and reading.observation_type == ObservationType.VEHICLE_HISTORY_DOCUMENT.value
        and not reading.vhr_path
    ):
        values.update(vhr_state="pending", vhr_next_at=utc_iso(now))
    _touch(db, reading.id, now, **values)
    return values["state"]


def _store_issues(
    db, reading_id: int, guid: str, result: StatusResult, now: datetime, state: str, resolution: str | None
) -> None:
    if db.execute("SELECT 1 FROM carpass_issues WHERE request_guid = ? LIMIT 1", [guid]).fetchone():
        return  # already stored from an earlier answer about this request
    for issue in result.issues:
        db["carpass_issues"].insert(
            {
                "reading_id": reading_id,
                "request_guid": guid,
                "type": issue.type,
                "number": issue.number,
                "desc_nl": issue.descriptions.get("nl"),
                "desc_fr": issue.descriptions.get("fr"),
                "desc_de": issue.descriptions.get("de"),
                "state": state,
                "resolution": resolution,
                "opened_at": utc_iso(now),
                "closed_at": utc_iso(now) if state == st.INFO else None,
            }
        )


def record_outcome(
    db: sqlite_utils.Database, reading_id: int, now: datetime, found: str, note: str | None = None
) -> st.Reading:
    """The user checked an OUTCOME_UNKNOWN reading in the Car-Pass portal or with the helpdesk:
    registered (PROCESSED) or not registered (ERROR: Car-Pass did not save it)."""
    reading = st.get_reading(db, reading_id)
    if reading is None or reading.state != st.OUTCOME_UNKNOWN:
        raise ValueError("only a reading 'sent earlier, outcome unknown' takes a recorded outcome")
    if found not in OUTCOME_NOTES:
        raise ValueError(f"found: one of {', '.join(OUTCOME_NOTES)}")
    text = OUTCOME_NOTES[found] + (f" {note.strip()}" if note and note.strip() else "")
    _touch(
        db,
        reading_id,
        now,
        state=st.PROCESSED if found == st.OUTCOME_REGISTERED else st.ERROR,
        note=text,
        final_at=utc_iso(now),
        last_error=None,
    )
    return st.existing_reading(db, reading_id)


def poll_failed(
    db: sqlite_utils.Database, guid: str, now: datetime, message: str, retry_after: float | None = None
) -> None:
    """A status call failed (offline, 5xx, 429, 401): try again later, never drop the request;
    the server's Retry-After is honoured when it asks for more than the backoff."""
    req = st.request(db, guid)
    if req is None:
        return
    delay = max(polling.error_delay(req["poll_errors"] + 1), retry_after or 0.0)
    db.execute(
        "UPDATE carpass_requests SET poll_errors = poll_errors + 1, next_poll_at = ? WHERE guid = ?",
        [utc_iso(now + _seconds(delay)), req["guid"]],
    )
    _touch(db, req["reading_id"], now, last_error=message)


def poll_refused(db: sqlite_utils.Database, guid: str, now: datetime, message: str) -> None:
    """Car-Pass refused the status call itself (e.g. it does not know the guid): stop asking
    and show the user why."""
    req = st.request(db, guid)
    if req is None:
        return
    db.execute(
        "UPDATE carpass_requests SET next_poll_at = NULL, final_at = ?, status_text = ? WHERE guid = ?",
        [utc_iso(now), message, req["guid"]],
    )
    _touch(db, req["reading_id"], now, state=st.ATTENTION, last_error=message)


def mark_attention(db: sqlite_utils.Database, reading_id: int, now: datetime, message: str) -> None:
    _touch(db, reading_id, now, state=st.ATTENTION, last_error=message)


def reopen_after_refused_action(
    db: sqlite_utils.Database, reading_id: int, now: datetime, message: str, previous: dict | None
) -> None:
    """Car-Pass refused a correction/confirm: the issues are open again, and a refused
    correction's values are taken back out of the local history."""
    db.execute(
        "UPDATE carpass_issues SET state = ?, resolution = NULL WHERE reading_id = ? AND state = ?",
        [st.OPEN, reading_id, st.RESOLVING],
    )
    values: dict = {"state": st.ISSUE, "last_error": message}
    if previous:
        values.update(previous)
    _touch(db, reading_id, now, **values)


def vhr_stored(
    db: sqlite_utils.Database,
    reading_id: int,
    now: datetime,
    *,
    path: str,
    url: str,
    language: str,
    sha256: str | None = None,
    pdf: bytes | None = None,
) -> None:
    """The report is stored at ``path``; in team mode its bytes (``pdf``) go into file_blobs in
    this same transaction (docs/team-mode.md §6)."""
    if pdf is not None:
        store_in(db, pdf, sha256=sha256, now=utc_iso(now))
    _touch(
        db,
        reading_id,
        now,
        vhr_state="stored",
        vhr_path=path,
        vhr_sha256=sha256,
        vhr_url=url,
        vhr_language=language,
        vhr_fetched_at=utc_iso(now),
        vhr_next_at=None,
        vhr_errors=0,
    )


def vhr_not_ready(db: sqlite_utils.Database, reading_id: int, now: datetime) -> None:
    """``/status/vhr`` answered ONGOING: ask again at the spec's pace (at most once per 10 s,
    counted from this answer; slower after a few minutes, never giving up)."""
    reading = st.get_reading(db, reading_id)
    if reading is None:
        return
    since = parse_utc(reading.final_at) if reading.final_at else now
    delay = polling.next_delay(ObservationStatus.ONGOING, (now - since).total_seconds())
    if delay is None:  # ONGOING is not final: next_delay always gives one
        delay = polling.ONGOING_INTERVAL
    _touch(
        db, reading_id, now, vhr_state="pending", vhr_next_at=utc_iso(now + _seconds(delay)), last_error=None
    )


def vhr_failed(
    db: sqlite_utils.Database, reading_id: int, now: datetime, message: str, *, final: bool
) -> None:
    reading = st.get_reading(db, reading_id)
    errors = (reading.vhr_errors if reading else 0) + 1
    next_at = None if final else utc_iso(now + _seconds(polling.error_delay(errors)))
    _touch(
        db,
        reading_id,
        now,
        vhr_state="failed" if final else "pending",
        vhr_next_at=next_at,
        vhr_errors=errors,
        last_error=message,
    )


def snapshot(reading: st.Reading) -> dict:
    """The values a correction may change, to restore them if Car-Pass refuses it."""
    return {
        "vin": reading.vin,
        "plate": reading.plate,
        "plate_key": reading.plate_key,
        "reading_date": reading.reading_date,
        "odometer": reading.odometer,
        "unifier": reading.unifier,
        "first_use_date": reading.first_use_date,
    }


def dumps(value) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _seconds(value: float):
    from datetime import timedelta

    return timedelta(seconds=value)
