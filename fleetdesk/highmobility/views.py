"""What the GUI and the CLI show about a VIN: one row, its display state, its timeline (pure).

The display state combines the server's last known status with what is still in the outbox:
an unsent request says more about "now" than the status the server reported before it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from fleetdesk.highmobility.models import ClearanceStatus as S
from fleetdesk.highmobility.rules import BRANDS

# Display states beyond the server's statuses.
QUEUED, REVOKE_QUEUED, BUSY, ATTENTION, UNKNOWN = ("queued", "revoke-queued", "busy", "attention", "unknown")

STATE_TEXT = {
    QUEUED: "Waiting to send",
    REVOKE_QUEUED: "Revoke waiting to send",
    BUSY: "Busy, retrying",
    ATTENTION: "Needs attention",
    UNKNOWN: "Unknown",
    S.PENDING: "Pending",
    S.APPROVED: "Approved",
    S.REJECTED: "Rejected",
    S.REVOKING: "Revoking",
    S.REVOKED: "Revoked",
    S.CANCELING: "Canceling",
    S.CANCELED: "Canceled",
}
#: Display state -> chip palette key (fleetdesk.ui.widgets.chips.PALETTE and our own).
CHIP = {
    QUEUED: "queued",
    REVOKE_QUEUED: "queued",
    BUSY: "busy",
    ATTENTION: "attention",
    UNKNOWN: "unknown",
    S.PENDING: "busy",
    S.APPROVED: "ok",
    S.REJECTED: "error",
    S.REVOKING: "warning",
    S.CANCELING: "warning",
    S.REVOKED: "discarded",
    S.CANCELED: "discarded",
}
#: Statuses that produce a notice when a poll sees a VIN enter them.
NOTIFY = frozenset({S.APPROVED, S.REJECTED, S.REVOKED})
#: Local event statuses on the timeline.
EVENT_TEXT = {
    "requested": "Clearance requested in FleetDesk",
    "sent": "Sent to High Mobility",
    "refused": "Refused",
    "revoke-requested": "Revoke requested",
    "withdrawn": "Withdrawn before it was sent",
    "found": "Found on the High Mobility account",
}


def display_state(
    status: str | None, outbox_kind: str | None, outbox_state: str | None, outbox_status: int | None
) -> str:
    """The one word that says where a VIN stands right now."""
    if outbox_state == "attention":
        return ATTENTION
    if outbox_state in ("queued", "sending"):
        if outbox_status == 409:
            return BUSY
        return REVOKE_QUEUED if outbox_kind and outbox_kind.endswith(".revoke") else QUEUED
    return status or UNKNOWN


def notice_text(vin: str, brand: str, status: str) -> str:
    """The sentence a notice shows for ``vin`` entering ``status``."""
    name = BRANDS.get(brand, brand)
    texts: dict[str, str] = {
        S.APPROVED: f"{vin} ({name}) is approved: vehicle data can be pulled now.",
        S.REJECTED: f"{vin} ({name}) was rejected: no data access for this vehicle.",
        S.REVOKED: f"{vin} ({name}) is revoked: data access has ended.",
    }
    return texts.get(status, f"{vin} ({name}) is now {status}.")


@dataclass(slots=True)  # one object per row: a 1,000-row refresh allocates less for the GC
class VehicleRow:
    """One VIN as listed (table row, ``clearance list --json``)."""

    vin: str
    brand: str
    tags: dict[str, str] = field(default_factory=dict)
    status: str | None = None
    status_since: str | None = None
    origin: str = "fleetdesk"
    revoke_reason: str | None = None
    odometer: float | None = None
    odometer_unit: str | None = None
    odometer_at: str | None = None
    eligible: bool | None = None
    eligibility_note: str | None = None
    outbox_id: int | None = None
    outbox_kind: str | None = None
    outbox_state: str | None = None
    outbox_error: str | None = None
    outbox_status: int | None = None
    next_attempt_at: str | None = None
    created_at: str | None = None
    state: str = UNKNOWN
    created_host: str | None = None  # who added the VIN (team mode): workstation ...
    created_user: str | None = None  # ... and OS user; None for VINs found on the account

    @classmethod
    def from_db(cls, row: dict[str, Any]) -> VehicleRow:
        """Build a row from ``store.LIST_SQL``'s columns."""
        eligible = row.get("eligible")
        note = row.get("eligibility_error")
        if note is None and row.get("connectivity_status"):
            delivery = ", ".join(json.loads(row.get("data_delivery") or "[]")) or "no data delivery"
            note = f"{row['connectivity_status']}; {delivery}"
        vr = cls(
            vin=row["vin"],
            brand=row["brand"],
            tags=json.loads(row.get("tags") or "{}"),
            status=row.get("status"),
            status_since=row.get("status_since"),
            origin=row.get("origin") or "fleetdesk",
            revoke_reason=row.get("revoke_reason"),
            odometer=row.get("odometer"),
            odometer_unit=row.get("odometer_unit"),
            odometer_at=row.get("odometer_at"),
            eligible=None if eligible is None else bool(eligible),
            eligibility_note=note,
            outbox_id=row.get("out_id"),
            outbox_kind=row.get("out_kind"),
            outbox_state=row.get("out_state"),
            outbox_error=row.get("out_error"),
            outbox_status=row.get("out_status"),
            next_attempt_at=row.get("out_next"),
            created_at=row.get("created_at"),
            created_host=row.get("created_host"),
            created_user=row.get("created_user"),
        )
        vr.state = display_state(vr.status, vr.outbox_kind, vr.outbox_state, vr.outbox_status)
        return vr

    @property
    def brand_name(self) -> str:
        return BRANDS.get(self.brand, self.brand)

    @property
    def state_text(self) -> str:
        return STATE_TEXT.get(self.state, self.state)

    @property
    def unsent(self) -> bool:
        return self.outbox_state in ("queued", "sending", "attention")

    def revoke_action(self) -> str | None:
        """ "withdraw" (never sent), "cancel" (pending), "revoke" (approved), or None."""
        if self.unsent and self.outbox_kind and self.outbox_kind.endswith(".revoke"):
            return None
        if self.unsent and self.status not in (S.PENDING, S.APPROVED):
            return "withdraw"  # the server never took this request: drop it locally
        if self.status == S.PENDING:
            return "cancel"
        if self.status == S.APPROVED:
            return "revoke"
        return None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["state_text"] = self.state_text
        data["brand_name"] = self.brand_name
        return data


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: str
    status: str
    source: str  # "server" (the changelog) or "local"
    note: str | None = None
    created_host: str | None = None  # who asked (team mode): workstation ...
    created_user: str | None = None  # ... and OS user; None for the server's entries

    @property
    def text(self) -> str:
        if self.source == "server":
            return STATE_TEXT.get(self.status, self.status)
        return EVENT_TEXT.get(self.status, self.status)
