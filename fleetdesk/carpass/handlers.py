"""Outbox handlers: send an observation, a correction or a confirm to Car-Pass.

The requestGuid is written to the store in its own transaction the moment the answer arrives
(before the dispatcher's ``on_sent`` transaction), so the window in which a crash could lose
it is as small as it can be (Annex 2, check 1). What is left of that window is closed by
``reconcile`` and by the rule that a 150 ("you already sent this") answering our own retry
means "already registered".
"""

from __future__ import annotations

from datetime import date

from fleetdesk.carpass import store as st
from fleetdesk.carpass import workflow as wf
from fleetdesk.carpass.history import brussels_today
from fleetdesk.carpass.models import ObservationStatus, ObservationType
from fleetdesk.carpass.service import KIND_CONFIRM, KIND_CORRECTION, KIND_OBSERVATION, CarPassService
from fleetdesk.core.errors import BadInput, FieldError, Rejected
from fleetdesk.store.outbox import OutboxHandler, OutboxItem, SendResult


def stale_vhr_message(reading: st.Reading, today) -> str | None:
    """A Vehicle History Report request is valid only on the day it is made (spec: "It is not
    allowed to include another date in the VHR request than the date of the request"). One
    that could not leave that day (offline, maintenance) is never sent with a stale date, and
    not re-dated behind the user's back (its km was read that day): the user asks again."""
    if reading.observation_type != ObservationType.VEHICLE_HISTORY_DOCUMENT.value:
        return None
    if reading.reading_date == today.isoformat():
        return None
    day = date.fromisoformat(reading.reading_date).strftime("%d/%m/%Y")
    return (
        f"Not sent: a Vehicle History Report request is valid only on the day it is made "
        f"({day}), and it could not be sent that day. Request the report again with "
        "today's odometer reading."
    )


def _rejected(exc: BadInput) -> Rejected:
    """A reading that cannot be put on the wire is refused like Car-Pass would refuse it."""
    return Rejected(f"{exc.field}: {exc.message}", None, [FieldError(exc.field, exc.message)])


class _CarPassHandler(OutboxHandler):
    service = "carpass"

    def __init__(self, svc: CarPassService):
        self.svc = svc

    def _reading(self, item: OutboxItem) -> st.Reading:
        reading = self.svc.store.read(lambda db: st.get_reading(db, item.payload["reading_id"]))
        if reading is None:
            raise Rejected("the reading behind this submission no longer exists")
        return reading

    def _known_guid(self, item: OutboxItem) -> str | None:
        row = self.svc.store.read(
            lambda db: db.execute(
                "SELECT guid FROM carpass_requests WHERE outbox_id = ?", [item.id]
            ).fetchone()
        )
        return row[0] if row else None

    def _record(self, item: OutboxItem, guid: str, kind: str, parent: str | None) -> None:
        reading_id = item.payload["reading_id"]
        now = self.svc.clock.now()
        self.svc.store.write(
            lambda db: wf.record_request(
                db,
                guid=guid,
                reading_id=reading_id,
                kind=kind,
                now=now,
                parent_guid=parent,
                outbox_id=item.id,
                after_retry=item.attempts > 1 or bool(item.needs_check),
            )
        )

    def on_sent(self, db, item: OutboxItem, result: SendResult) -> None:
        guid = result.remote_id
        if guid is None:  # every Car-Pass send above returns the request's GUID
            raise RuntimeError(f"Car-Pass outbox item {item.id} was sent without a request GUID")
        if result.data.get("follow_parent"):
            wf.follow_parent(
                db,
                reading_id=item.payload["reading_id"],
                parent_guid=guid,
                kind=result.data["kind"],
                now=self.svc.clock.now(),
                last_answer=result.data.get("parent_status"),
            )
            return
        wf.record_request(
            db,
            guid=guid,
            reading_id=item.payload["reading_id"],
            kind=result.data.get("kind", "observation"),
            now=self.svc.clock.now(),
            parent_guid=item.payload.get("parent_guid"),
            outbox_id=item.id,
            after_retry=item.attempts > 1,
        )


class ObservationHandler(_CarPassHandler):
    """POST /observation for a stored reading."""

    kind = KIND_OBSERVATION

    def send(self, item: OutboxItem) -> SendResult:
        known = self._known_guid(item)
        if known:  # answered before; only the 'sent' mark was lost
            return SendResult(known, {"kind": "observation"})
        self.svc.check_window()
        reading = self._reading(item)
        stale = stale_vhr_message(reading, brussels_today(self.svc.clock))
        if stale:
            raise Rejected(stale)
        try:
            observation = self.svc.observation_for(reading)
            observation.validate()
        except BadInput as exc:
            raise _rejected(exc) from None
        guid = self.svc.client().post_observation(observation)
        self._record(item, guid, "observation", None)
        return SendResult(guid, {"kind": "observation"})

    def on_set_aside(self, db, item: OutboxItem, message: str) -> None:
        wf.mark_attention(db, item.payload["reading_id"], self.svc.clock.now(), message)

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        """Car-Pass cannot be asked by our key: if the guid was stored, it arrived; if not,
        send again (a 150 answering that retry is taken as 'already registered')."""
        known = self._known_guid(item)
        return SendResult(known, {"kind": "observation"}) if known else None


class _IssueActionHandler(_CarPassHandler):
    """Shared by correction and confirm: both answer a NEW requestGuid to follow."""

    action = ""

    def _post(self, parent: str, reading: st.Reading) -> str:
        raise NotImplementedError

    def send(self, item: OutboxItem) -> SendResult:
        known = self._known_guid(item)
        if known:
            return SendResult(known, {"kind": self.action})
        self.svc.check_window()
        parent = item.payload["parent_guid"]
        reading = self._reading(item)
        try:
            guid = self._post(parent, reading)
        except Rejected:
            arrived = self._arrived(item)  # a retry after a lost answer is refused: check
            if arrived is not None:
                return arrived
            raise
        self._record(item, guid, self.action, parent)
        return SendResult(guid, {"kind": self.action})

    def _arrived(self, item: OutboxItem) -> SendResult | None:
        """Did an earlier attempt reach Car-Pass? Only while ISSUE are these accepted, and
        the original's status follows its successor: if it left ISSUE, it arrived."""
        parent = item.payload["parent_guid"]
        status = self.svc.client().get_status(parent)
        if status.status is ObservationStatus.ISSUE:
            return None
        return SendResult(
            parent, {"kind": self.action, "follow_parent": True, "parent_status": status.status_text}
        )

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        known = self._known_guid(item)
        if known:
            return SendResult(known, {"kind": self.action})
        return self._arrived(item)

    def on_set_aside(self, db, item: OutboxItem, message: str) -> None:
        wf.reopen_after_refused_action(
            db, item.payload["reading_id"], self.svc.clock.now(), message, item.payload.get("previous")
        )


class CorrectionHandler(_IssueActionHandler):
    """POST /observation/{guid}/correction with the whole corrected observation."""

    kind = KIND_CORRECTION
    action = "correction"

    def _post(self, parent: str, reading: st.Reading) -> str:
        try:
            observation = self.svc.observation_for(reading)
            observation.validate()
        except BadInput as exc:
            raise _rejected(exc) from None
        return self.svc.client().post_correction(parent, observation)


class ConfirmHandler(_IssueActionHandler):
    """POST /observation/{guid}/confirm (no body)."""

    kind = KIND_CONFIRM
    action = "confirm"

    def _post(self, parent: str, reading: st.Reading) -> str:
        return self.svc.client().post_confirm(parent)


def handlers_for(svc: CarPassService) -> list[OutboxHandler]:
    return [ObservationHandler(svc), CorrectionHandler(svc), ConfirmHandler(svc)]
