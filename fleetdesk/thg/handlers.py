"""Outbox handlers: the only code that writes to the THG service.

Uploads and the cold start. The service sleeps when idle and may not answer a request within
30 s, yet still process it. The vendor says to send the same request a second time; sending
blindly could create a second vehicle, and vehicles can never be deleted. So after a timeout
the handler first looks the vehicle up by its customer references (one of them is unique per
upload, ``FDU-…``, unless the user filled all three), looks once more after a short grace, and
only then sends the same upload once more. Any later attempt (the item was requeued after a
timeout, a dropped connection or a 5xx) and the start-up reconcile look it up first as well.
400/422 set the item aside with the server's reasons.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta

import requests

from fleetdesk.core.clock import parse_utc, utc_iso
from fleetdesk.core.errors import Offline, RateLimited, Rejected, ServerError
from fleetdesk.store.files import FileBlobError
from fleetdesk.store.outbox import OutboxHandler, OutboxItem, SendResult
from fleetdesk.thg import store as ts
from fleetdesk.thg.client import REFERENCE_FIELDS, VehicleFilter
from fleetdesk.thg.models import Registrant, Vehicle
from fleetdesk.thg.service import K_PATCH, K_REGISTRANT, K_UBA, K_UBA_DELETE, K_UPLOAD, SERVICE, ThgService
from fleetdesk.thg.statussync import record_vehicle

CLOCK_SKEW = timedelta(minutes=10)  # between our clock and the service's "created"


def timed_out(exc: Exception) -> bool:
    """Offline because no answer came in time (the request may have been processed)."""
    return isinstance(exc.__cause__, requests.Timeout)


class _ThgHandler(OutboxHandler):
    service = SERVICE

    def __init__(self, rt):
        self.rt = rt

    @property
    def svc(self) -> ThgService:
        return ThgService.of(self.rt)

    def _now(self) -> str:
        return utc_iso(self.rt.clock.now())


class UploadHandler(_ThgHandler):
    kind = K_UPLOAD

    def _document(self, p: dict) -> bytes:
        """The stored copy; in team mode out of the database when another workstation (or the
        service) queued it, verified by its sha256."""
        sha = p.get("sha256")
        if sha is None and self.rt.files.team:  # queued before the payload named it
            row = self.rt.store.read(
                lambda db: db.execute(
                    "SELECT sha256 FROM thg_uploads WHERE id = ?", [p["upload_id"]]
                ).fetchone()
            )
            sha = row[0] if row else None
        return self.rt.files.local_copy(p["file"], sha).read_bytes()

    def send(self, item: OutboxItem) -> SendResult:
        svc, p = self.svc, item.payload
        client = svc.client()
        if item.attempts > 1 or item.needs_check:
            found = self.lookup(item)
            if found is not None:
                return found
        try:
            content = self._document(p)
        except OSError:
            raise Rejected("FleetDesk's copy of the document is missing; choose the file again.") from None
        except FileBlobError as exc:  # team mode: not in the database, or its bytes are wrong
            raise Rejected(f"FleetDesk's copy of the document cannot be used: {exc}") from None
        svc.ramp.pace()
        args = (content, p["refs"], p["registrant_id"])
        try:
            vehicle = client.upload_vehicle(*args, filename=p["file_name"])
        except Offline as exc:
            svc.ramp.setback()
            if not timed_out(exc):
                raise
            # a cold start: the service may process it after all; look before sending again
            self._note(
                item,
                f"No answer within {svc.no_answer_seconds:g} s: the service is "
                "probably waking up. Checking whether the upload arrived before "
                "sending it again.",
            )
            found = self.lookup(item) or self._after_grace(item)
            if found is not None:
                return found
            vehicle = client.upload_vehicle(*args, filename=p["file_name"])
        except (ServerError, RateLimited):
            svc.ramp.setback()
            raise
        return SendResult(str(vehicle.id), {"vehicle": vehicle})

    def _note(self, item: OutboxItem, text: str) -> None:
        self.rt.store.write(
            lambda db: db.execute(
                "UPDATE thg_uploads SET note = ? WHERE id = ?", [text, item.payload["upload_id"]]
            )
        )

    def _after_grace(self, item: OutboxItem) -> SendResult | None:
        time.sleep(self.svc.lookup_grace)  # real time: the race is on the network, not our clock
        return self.lookup(item)

    def lookup(self, item: OutboxItem) -> SendResult | None:
        """The vehicle this upload created, if the service has it."""
        p = item.payload
        refs = dict(zip(REFERENCE_FIELDS, p["refs"]))
        candidates = list(
            self.svc.client().iter_vehicles(VehicleFilter(**{k: v for k, v in refs.items() if v}), size=100)
        )
        taken = set(
            self.rt.store.read(
                lambda db: [
                    r[0]
                    for r in db.execute(
                        "SELECT vehicle_id FROM thg_uploads WHERE vehicle_id IS NOT NULL AND id != ?",
                        [p["upload_id"]],
                    ).fetchall()
                ]
            )
        )
        candidates = [
            v
            for v in candidates
            if v.id not in taken and all(getattr(v, k) == value for k, value in refs.items())
        ]
        if not p.get("unique_ref"):
            # the user's own references may repeat: only a vehicle created since we first tried
            since = parse_utc(item.created_at) - CLOCK_SKEW
            candidates = [v for v in candidates if v.created is None or v.created >= since]
        if not candidates:
            return None
        vehicle = min(candidates, key=lambda v: v.id)
        return SendResult(str(vehicle.id), {"vehicle": vehicle, "found": True})

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        return self.lookup(item)

    def on_sent(self, db, item: OutboxItem, result: SendResult) -> None:
        vehicle: Vehicle = result.data["vehicle"]
        record_vehicle(db, vehicle, self._now())
        note = None  # replaces the "waking up" note written while sending
        if result.data.get("found"):
            note = (
                "The service did not answer in time (it was asleep) but had received the "
                "upload: found it there instead of sending it twice."
            )
        db.execute(
            "UPDATE thg_uploads SET state = ?, vehicle_id = ?, uploaded_at = ?, problem = NULL, "
            "note = ? WHERE id = ?",
            [ts.U_UPLOADED, vehicle.id, self._now(), note, item.payload["upload_id"]],
        )

    def on_set_aside(self, db, item: OutboxItem, message: str) -> None:
        db.execute(
            "UPDATE thg_uploads SET state = ?, problem = ? WHERE id = ?",
            [ts.U_ATTENTION, message, item.payload["upload_id"]],
        )


class PatchHandler(_ThgHandler):
    """Customer references; the latest queued values are sent (edits may have piled up)."""

    kind = K_PATCH

    def _changes(self, item: OutboxItem) -> dict[str, str]:
        vid = item.payload["vehicle_id"]
        row = self.rt.store.read(lambda db: ts.vehicle(db, vid))
        pending = json.loads(row["pending_refs"] or "{}") if row else {}
        return {
            **item.payload["changes"],
            **{k: v for k, v in pending.items() if k in item.payload["changes"]},
        }

    def send(self, item: OutboxItem) -> SendResult:
        changes = self._changes(item)
        vehicle = self.svc.client().patch_vehicle(item.payload["vehicle_id"], **changes)
        return SendResult(str(vehicle.id), {"vehicle": vehicle, "changes": changes})

    def _clear(self, db, vid: int, changes: dict[str, str], only_equal: bool) -> None:
        row = ts.vehicle(db, vid)
        if row is None:
            return
        pending = json.loads(row["pending_refs"] or "{}")
        for k, v in changes.items():
            if k in pending and (not only_equal or pending[k] == v):
                del pending[k]
        ts.set_pending_refs(db, vid, pending)

    def on_sent(self, db, item: OutboxItem, result: SendResult) -> None:
        record_vehicle(db, result.data["vehicle"], self._now())
        self._clear(db, item.payload["vehicle_id"], result.data["changes"], only_equal=True)

    def on_set_aside(self, db, item: OutboxItem, message: str) -> None:
        vid = item.payload["vehicle_id"]
        self._clear(db, vid, item.payload["changes"], only_equal=False)
        ts.add_event(
            db,
            self._now(),
            "refs",
            f"THG: the reference change for vehicle {vid} was refused: {message}",
            vehicle_id=vid,
        )


class UbaRequestHandler(_ThgHandler):
    kind = K_UBA

    def _existing(self, item: OutboxItem) -> SendResult | None:
        p = item.payload
        # Matched here, on vehicle and year, across the whole list: the API has no filter for
        # it, and taking "the first one" would adopt another vehicle's request.
        found = [
            u
            for u in self.svc.client().uba_requests()
            if u.vehicle_id == p["vehicle_id"] and u.year == p["year"]
        ]
        return SendResult(str(found[0].id), {"request": found[0]}) if found else None

    def send(self, item: OutboxItem) -> SendResult:
        p = item.payload
        if item.attempts > 1 and (found := self._existing(item)):
            return found
        hold = parse_utc(p["ready_for_uba"]) if p.get("ready_for_uba") else None
        try:
            request = self.svc.client().create_uba_request(p["vehicle_id"], p["year"], hold)
        except Rejected as exc:
            # A refusal may mean that our earlier attempt (or someone else) filed it already;
            # the spec gives no wording for that, so look, whatever the message says.
            if exc.status in (400, 409, 422) and (found := self._existing(item)):
                return found
            raise
        return SendResult(str(request.id), {"request": request})

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        return self._existing(item)

    def on_sent(self, db, item: OutboxItem, result: SendResult) -> None:
        r = result.data["request"]
        # the sync may have imported the same remote request as a row of its own
        db.execute(
            "DELETE FROM thg_uba_requests WHERE remote_id = ? AND id != ?", [r.id, item.payload["request_id"]]
        )
        db["thg_uba_requests"].update(
            item.payload["request_id"],
            {
                "remote_id": r.id,
                "ready_for_uba": ts._iso(r.ready_for_uba),
                "created": ts._iso(r.created),
                "sent": ts._iso(r.sent),
                "state": ts.R_FILED,
                "problem": None,
                "updated_at": self._now(),
            },
        )

    def on_set_aside(self, db, item: OutboxItem, message: str) -> None:
        db.execute(
            "UPDATE thg_uba_requests SET state = ?, problem = ?, updated_at = ? WHERE id = ?",
            [ts.R_ATTENTION, message, self._now(), item.payload["request_id"]],
        )


class UbaDeleteHandler(_ThgHandler):
    """Withdraw a request; the service refuses (422) once it was sent to the UBA."""

    kind = K_UBA_DELETE

    def send(self, item: OutboxItem) -> SendResult:
        rid = item.payload["request_id"]
        remote = self.rt.store.read(
            lambda db: db.execute("SELECT remote_id FROM thg_uba_requests WHERE id = ?", [rid]).fetchone()
        )
        remote_id = (remote and remote[0]) or item.payload.get("remote_id")
        if remote_id is None:
            raise ServerError("waiting for the UBA request itself to be filed first")
        try:
            self.svc.client().delete_uba_request(remote_id)
        except Rejected as exc:
            if exc.status != 404:  # 404: already gone (an earlier attempt, or the service)
                raise
        return SendResult(str(remote_id))

    def on_sent(self, db, item: OutboxItem, result: SendResult) -> None:
        db.execute(
            "UPDATE thg_uba_requests SET state = ?, problem = NULL, updated_at = ? WHERE id = ?",
            [ts.R_DELETED, self._now(), item.payload["request_id"]],
        )

    def on_set_aside(self, db, item: OutboxItem, message: str) -> None:
        db.execute(
            "UPDATE thg_uba_requests SET state = ?, problem = ?, updated_at = ? WHERE id = ?",
            [ts.R_FILED, f"could not be withdrawn: {message}", self._now(), item.payload["request_id"]],
        )


class RegistrantHandler(_ThgHandler):
    kind = K_REGISTRANT
    MATCH = ("type", "first_name", "last_name_or_organization", "postal_code", "customer_reference")

    def _existing(self, item: OutboxItem) -> SendResult | None:
        p = item.payload
        known = set(
            self.rt.store.read(
                lambda db: [
                    r[0]
                    for r in db.execute(
                        "SELECT remote_id FROM thg_registrants WHERE remote_id IS NOT NULL"
                    ).fetchall()
                ]
            )
        )
        wanted = {k: p.get(k) or "" for k in self.MATCH}
        wanted["type"] = wanted["type"] or "organization"
        for r in self.svc.client().registrants():
            if r.id not in known and all((getattr(r, k) or "") == v for k, v in wanted.items()):
                return SendResult(str(r.id), {"registrant": r})
        return None

    def send(self, item: OutboxItem) -> SendResult:
        if item.attempts > 1 and (found := self._existing(item)):
            return found
        fields = {k: v for k, v in item.payload.items() if k in ts.REGISTRANT_FIELDS and v}
        created = self.svc.client().create_registrant(**{"type": "organization", **fields})
        return SendResult(str(created.id), {"registrant": created})

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        return self._existing(item)

    def on_sent(self, db, item: OutboxItem, result: SendResult) -> None:
        r: Registrant = result.data["registrant"]
        db.execute(
            "DELETE FROM thg_registrants WHERE remote_id = ? AND id != ?", [r.id, item.payload["registrant"]]
        )
        db["thg_registrants"].update(
            item.payload["registrant"],
            {"remote_id": r.id, "created": ts._iso(r.created), "state": "synced", "problem": None},
        )

    def on_set_aside(self, db, item: OutboxItem, message: str) -> None:
        db["thg_registrants"].update(item.payload["registrant"], {"state": "attention", "problem": message})


def all_handlers(rt) -> list[OutboxHandler]:
    return [
        UploadHandler(rt),
        PatchHandler(rt),
        UbaRequestHandler(rt),
        UbaDeleteHandler(rt),
        RegistrantHandler(rt),
    ]
