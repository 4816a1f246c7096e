"""Typed results of the High Mobility APIs (fleet clearance, eligibility, vehicle data).

Statuses are kept as plain strings so a status the vendor adds later does not break a list;
``ClearanceStatus`` names the known ones for comparisons (a ``StrEnum`` equals its string).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


class ClearanceStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    REVOKING = "revoking"
    REVOKED = "revoked"
    CANCELING = "canceling"
    CANCELED = "canceled"
    #: only in a POST answer: the VIN was not taken (see ``ClearanceResult.description``)
    ERROR = "error"


#: States that change by themselves later: poll them.
IN_PROGRESS = frozenset({ClearanceStatus.PENDING, ClearanceStatus.REVOKING, ClearanceStatus.CANCELING})
#: States in which DELETE answers 409 "Clearance is in transition mode".
IN_TRANSITION = frozenset({ClearanceStatus.REVOKING, ClearanceStatus.CANCELING})
#: States after which the VIN has no data access and can be requested again.
ENDED = frozenset({ClearanceStatus.REJECTED, ClearanceStatus.REVOKED, ClearanceStatus.CANCELED})


def parse_timestamp(text: str) -> datetime:
    """ISO 8601 as the API sends it (with or without Z or microseconds) -> aware UTC."""
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text)
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)


@dataclass(frozen=True)
class Odometer:
    """A distance reading; the clearance API takes an integer ``value`` and kilometers/miles."""

    value: float
    unit: str = "kilometers"

    def to_json(self) -> dict:
        return {"value": int(self.value), "unit": self.unit}


@dataclass(frozen=True)
class ChangelogEntry:
    timestamp: datetime
    status: str


@dataclass
class Clearance:
    """One VIN's clearance as ``GET /fleets/vehicles[/{vin}]`` reports it."""

    vin: str
    status: str
    brand: str | None = None
    tags: dict[str, str] = field(default_factory=dict)
    changelog: list[ChangelogEntry] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Clearance:
        entries = [
            ChangelogEntry(parse_timestamp(e["timestamp"]), e["status"]) for e in data.get("changelog") or []
        ]
        entries.sort(key=lambda e: e.timestamp)  # the timeline is shown oldest first
        return cls(
            vin=data["vin"],
            status=data["status"],
            brand=data.get("brand"),
            tags=dict(data.get("tags") or {}),
            changelog=entries,
        )

    @property
    def in_progress(self) -> bool:
        return self.status in IN_PROGRESS

    @property
    def since(self) -> datetime | None:
        """When the current status began, from the changelog."""
        for entry in reversed(self.changelog):
            if entry.status == self.status:
                return entry.timestamp
        return None


@dataclass(frozen=True)
class ClearanceRequest:
    """One vehicle of ``POST /fleets/vehicles``, already checked by ``rules.prepare_clearance``."""

    vin: str
    brand: str
    tags: dict[str, str] = field(default_factory=dict)
    odometer: Odometer | None = None

    def to_json(self) -> dict:
        body: dict[str, Any] = {"vin": self.vin, "brand": self.brand}
        if self.tags:
            body["tags"] = dict(self.tags)
        if self.odometer is not None:
            body["control_measures"] = {"odometer": self.odometer.to_json()}
        return body


@dataclass(frozen=True)
class ClearanceResult:
    """The answer for one VIN of a POST or DELETE: its status, or ``error`` with a reason."""

    vin: str
    status: str
    description: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ClearanceResult:
        return cls(data.get("vin") or "", data.get("status") or "", data.get("description"))

    @property
    def accepted(self) -> bool:
        return self.status != ClearanceStatus.ERROR


@dataclass(frozen=True)
class Eligibility:
    vin: str
    eligible: bool
    data_delivery: tuple[str, ...] = ()  # "pull", "push"
    connectivity_status: str | None = None  # activated, deactivated, unknown
    primary_user_assigned: bool | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Eligibility:
        return cls(
            vin=data.get("vin") or "",
            eligible=bool(data.get("eligible")),
            data_delivery=tuple(data.get("data_delivery") or ()),
            connectivity_status=data.get("connectivity_status"),
            primary_user_assigned=data.get("primary_user_assigned"),
        )


@dataclass(frozen=True)
class VehicleData:
    """What FleetDesk keeps of an AutoAPI-13 snapshot: the odometer and when the car reported it."""

    vin: str
    odometer: Odometer | None
    odometer_timestamp: datetime | None
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_json(cls, vin: str, data: dict[str, Any]) -> VehicleData:
        prop = ((data.get("diagnostics") or {}).get("odometer")) or {}
        value = prop.get("data") or {}
        odometer = (
            Odometer(float(value["value"]), value.get("unit") or "kilometers")
            if isinstance(value, dict) and value.get("value") is not None
            else None
        )
        stamp = prop.get("timestamp")
        return cls(vin, odometer, parse_timestamp(stamp) if stamp else None, data)
