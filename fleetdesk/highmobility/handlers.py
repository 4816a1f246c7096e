"""Outbox senders: one VIN per item, because the API refuses a whole batch when one VIN is
mid-transition (409) or misses a tag or control measure (422)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from fleetdesk.core.clock import utc_iso
from fleetdesk.core.errors import FieldError, Rejected, TransientError
from fleetdesk.highmobility import store as hs
from fleetdesk.highmobility.client import AlreadyRemoved, HighMobilityClient
from fleetdesk.highmobility.models import ENDED, ClearanceRequest, Odometer
from fleetdesk.highmobility.models import ClearanceStatus as S
from fleetdesk.highmobility.rules import (
    VW_GROUP_BRANDS,
    VW_TAG,
    cancel_unsupported_reason,
    vw_tag_refused_reason,
)
from fleetdesk.highmobility.service import BUSINESS_NAME
from fleetdesk.store.outbox import OutboxHandler, OutboxItem, SendResult


class WaitingForAdd(TransientError):
    """A revoke waits until the clearance request before it has reached the server."""


def request_from_payload(payload: dict) -> ClearanceRequest:
    """The ``ClearanceRequest`` stored in an outbox item's payload."""
    odo = (payload.get("control_measures") or {}).get("odometer")
    return ClearanceRequest(
        payload["vin"],
        payload["brand"],
        dict(payload.get("tags") or {}),
        Odometer(odo["value"], odo.get("unit", "kilometers")) if odo else None,
    )


class _Base(OutboxHandler):
    service = hs.SERVICE

    def __init__(self, rt, client: Callable[[], HighMobilityClient]):
        self.rt = rt
        self.client = client  # built lazily: credentials are read when a send happens

    def on_set_aside(self, db, item: OutboxItem, message: str) -> None:
        hs.add_event(db, item.payload["vin"], utc_iso(self.rt.clock.now()), "refused", note=message)


class AddHandler(_Base):
    """``POST /fleets/vehicles`` with one VIN."""

    kind = hs.ADD_KIND

    def send(self, item: OutboxItem) -> SendResult:
        request = request_from_payload(item.payload)
        if request.brand in VW_GROUP_BRANDS and not request.tags.get(VW_TAG):
            # a business name set since the request was queued (e.g. after a 422) fills the tag
            name = (self.rt.config.settings.get(BUSINESS_NAME) or "").strip()
            if name:
                request = replace(request, tags={**request.tags, VW_TAG: name})
        try:
            result = self.client().add_vehicle(request)
        except Rejected as exc:
            if exc.status == 422 and request.brand in VW_GROUP_BRANDS and not request.tags.get(VW_TAG):
                reason = vw_tag_refused_reason(request.vin, request.brand, exc.message)
                raise Rejected(reason, 422, [FieldError(f"tags.{VW_TAG}", reason)], exc.body) from exc
            raise
        return SendResult(remote_id=result.vin, data={"status": result.status})

    def on_sent(self, db, item: OutboxItem, result: SendResult) -> None:
        vin = item.payload["vin"]
        now = utc_iso(self.rt.clock.now())
        # no local "sent" event: the server's changelog starts with "pending" at that moment
        # a new request for an ended clearance starts again at pending
        hs.set_status(db, vin, result.data.get("status") or S.PENDING, now, self.rt.clock)

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        # POST is idempotent for a pending or approved VIN, so sending again is safe; only skip
        # it when the server already shows this request.
        try:
            clearance = self.client().get_vehicle(item.payload["vin"])
        except Rejected:
            return None
        if (
            clearance.status in (S.PENDING, S.APPROVED)
            and clearance.since is not None
            and utc_iso(clearance.since) >= item.created_at
        ):
            return SendResult(remote_id=clearance.vin, data={"status": clearance.status})
        return None


class RevokeHandler(_Base):
    """``DELETE /fleets/vehicles/{vin}``: cancels while pending, revokes once approved."""

    kind = hs.REVOKE_KIND

    def send(self, item: OutboxItem) -> SendResult:
        vin = item.payload["vin"]
        earlier = self.rt.store.read(
            lambda db: [i for i in hs.unsent_items(db, vin) if i["kind"] == hs.ADD_KIND and i["id"] < item.id]
        )
        if earlier:
            raise WaitingForAdd(f"{vin}: waiting for the clearance request to be sent first")
        stored = self.rt.store.read(lambda db: hs.vehicle(db, vin) or {})
        try:
            result = self.client().delete_vehicle(vin)
        except Rejected as exc:
            if exc.status in (401, 403):
                raise
            # How a refused DELETE reads is not documented (409 "already removed" and 422 "not
            # supported" are guesses): ask the VIN's status and explain from that.
            now_status: str | None
            try:
                now_status = self.client().get_vehicle(vin).status
            except Rejected as lookup:  # 404: High Mobility does not know the VIN at all
                now_status = None if lookup.status == 404 else stored.get("status")
            except TransientError:
                now_status = None if isinstance(exc, AlreadyRemoved) else stored.get("status")
            if (
                now_status in ENDED
                or isinstance(exc, AlreadyRemoved)
                or (now_status is None and exc.status == 404)
            ):
                status = now_status if now_status in ENDED else None
                return SendResult(remote_id=vin, data={"status": status, "already": True})
            if now_status == S.PENDING or (exc.status == 422 and "not supported" in exc.message.lower()):
                reason = cancel_unsupported_reason(stored.get("brand", ""), exc.message)
                raise Rejected(reason, exc.status, [FieldError("vin", reason)], exc.body) from exc
            raise
        status = result.status
        if not status:  # an answer without a body: what the tutorial says happens next
            status = {S.PENDING: S.CANCELING, S.APPROVED: S.REVOKING}.get(stored.get("status"))
        return SendResult(remote_id=vin, data={"status": status})

    def on_sent(self, db, item: OutboxItem, result: SendResult) -> None:
        vin = item.payload["vin"]
        now = utc_iso(self.rt.clock.now())
        if result.data.get("already"):
            hs.add_event(db, vin, now, "sent", note="already removed on the server")
        if result.data.get("status"):
            hs.set_status(db, vin, result.data["status"], now, self.rt.clock)

    def reconcile(self, item: OutboxItem) -> SendResult | None:
        try:
            clearance = self.client().get_vehicle(item.payload["vin"])
        except Rejected:
            return None
        if clearance.status in (S.REVOKING, S.REVOKED, S.CANCELING, S.CANCELED):
            return SendResult(remote_id=clearance.vin, data={"status": clearance.status})
        return None


def handlers(rt, client: Callable[[], HighMobilityClient]) -> list[OutboxHandler]:
    """The outbox senders of this integration; ``client`` builds the API client lazily."""
    return [AddHandler(rt, client), RevokeHandler(rt, client)]
