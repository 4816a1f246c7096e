"""Typed records of the THG-quota (QaaS Vehicles) API, tolerant of what the docs do not list.

The vendor warns that its documentation lags the live API, so every record keeps the fields
it does not know in ``extra`` (shown, stored, never dropped), and a status FleetDesk does not
know still gets a plain-words explanation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from typing import Any

from fleetdesk.core.clock import parse_utc

PENDING = "pending"
VERIFIED = "verified"


@dataclass(frozen=True)
class StatusExplanation:
    title: str
    text: str
    final: bool  # the validation is over; the result cannot be edited or restarted
    eligible: bool  # the vehicle can be submitted to the Umweltbundesamt


#: the vendor's status table, in plain words
STATUS_EXPLANATIONS: dict[str, StatusExplanation] = {
    PENDING: StatusExplanation(
        "Being checked",
        "The registration document is being checked. This usually takes two to three working days.",
        False,
        False,
    ),
    VERIFIED: StatusExplanation(
        "Verified", "The check succeeded: this vehicle can be submitted to the Umweltbundesamt.", True, True
    ),
    "not_verified_unreadable": StatusExplanation(
        "Not verified: unreadable",
        "The uploaded document could not be read (badly cropped, "
        "unclear or too small). Upload a better picture as a new vehicle.",
        True,
        False,
    ),
    "not_verified_wrong_document_type": StatusExplanation(
        "Not verified: wrong document",
        "The upload is not the front of the registration "
        "certificate Part I (Fahrzeugschein). Upload that document as a new vehicle.",
        True,
        False,
    ),
    "not_verified_wrong_fuel_code": StatusExplanation(
        "Not verified: not fully electric",
        "The document shows that the vehicle is not driven "
        "purely by electric power, so it is not eligible for the THG quota.",
        True,
        False,
    ),
    "not_verified_other_reason": StatusExplanation(
        "Not verified",
        "The vehicle cannot be processed further; see the reason given by the service.",
        True,
        False,
    ),
}


def explain_status(status: str, reason: str = "") -> StatusExplanation:
    """Plain words for a status, including statuses the documentation does not list."""
    known = STATUS_EXPLANATIONS.get(status)
    if known is None:
        words = status.replace("_", " ").strip() or "unknown"
        if status.startswith("not_verified_"):
            detail = status[len("not_verified_") :].replace("_", " ")
            known = StatusExplanation(
                f"Not verified: {detail}",
                "The service did not verify this vehicle (a status "
                f"FleetDesk does not know yet: {status}). The result is final; you may upload "
                "the document again as a new vehicle.",
                True,
                False,
            )
        else:
            known = StatusExplanation(
                words.capitalize(),
                f"The service reports the status '{status}', which FleetDesk "
                "does not know yet. Check again later or contact the THG service.",
                False,
                False,
            )
    if reason:
        return StatusExplanation(known.title, f"{known.text} Reason: {reason}", known.final, known.eligible)
    return known


def wire_time(value: datetime) -> str:
    """A UTC timestamp as the API expects it: seconds, trailing Z (never a local offset)."""
    if value.tzinfo is None:
        raise ValueError("a naive datetime would be sent in the wrong time zone")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _time(value: Any) -> datetime | None:
    return parse_utc(value) if isinstance(value, str) and value else None


def _date(value: Any) -> date | None:
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _split(cls, data: dict[str, Any], convert: dict[str, Any]) -> dict[str, Any]:
    """Known fields converted, the rest gathered in ``extra``."""
    names = {f.name for f in fields(cls)} - {"extra"}
    out: dict[str, Any] = {"extra": {k: v for k, v in data.items() if k not in names}}
    for name in names:
        out[name] = convert.get(name, _text)(data.get(name))
    return out


@dataclass
class Registrant:
    """A person or organisation entitled to claim the quota for vehicles."""

    id: int
    type: str = "organization"  # person | organization
    first_name: str = ""
    last_name_or_organization: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    email: str = ""
    customer_reference: str = ""
    created: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Registrant:
        return cls(**_split(cls, data, {"id": int, "created": _time}))

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name_or_organization) if p)


@dataclass
class Vehicle:
    """A validation task created by uploading the front of a registration document."""

    id: int
    vehicleregistrant_id: int | None = None
    owner_first_name: str = ""
    owner_last_name_or_organization: str = ""
    vin: str = ""
    vehicle_class: str = ""
    status: str = PENDING
    status_reason: str = ""
    vehicle_registration: date | None = None
    status_update: datetime | None = None
    customer_reference1: str = ""
    customer_reference2: str = ""
    customer_reference3: str = ""
    created: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Vehicle:
        return cls(
            **_split(
                cls,
                data,
                {
                    "id": int,
                    "vehicleregistrant_id": lambda v: None if v is None else int(v),
                    "vehicle_registration": _date,
                    "status_update": _time,
                    "created": _time,
                },
            )
        )

    @property
    def reason(self) -> str:
        """Why it was not verified; the docs also name the field ``reason_not_verified``."""
        return self.status_reason or _text(self.extra.get("reason_not_verified"))

    @property
    def explanation(self) -> StatusExplanation:
        return explain_status(self.status, self.reason)

    @property
    def customer_references(self) -> tuple[str, str, str]:
        return self.customer_reference1, self.customer_reference2, self.customer_reference3


@dataclass
class UbaRequest:
    """A request to claim the quota for one vehicle and one year."""

    id: int
    vehicle_id: int
    year: int
    ready_for_uba: datetime | None = None  # a hold set only at creation
    created: datetime | None = None
    sent: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UbaRequest:
        return cls(
            **_split(
                cls,
                data,
                {
                    "id": int,
                    "vehicle_id": int,
                    "year": int,
                    "ready_for_uba": _time,
                    "created": _time,
                    "sent": _time,
                },
            )
        )

    @property
    def deletable(self) -> bool:
        """Only a request not yet sent to the UBA can be withdrawn."""
        return self.sent is None


@dataclass
class UbaResponse:
    """The UBA's answer for one vehicle and one year (one row per vehicle and year)."""

    vehicle_id: int
    year: int
    sent: datetime | None = None
    reply: datetime | None = None
    confirmed: bool | None = None  # None: still pending
    rejected_reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UbaResponse:
        return cls(
            **_split(
                cls,
                data,
                {
                    "vehicle_id": int,
                    "year": int,
                    "sent": _time,
                    "reply": _time,
                    "confirmed": lambda v: None if v is None else bool(v),
                },
            )
        )

    @property
    def outcome(self) -> str:
        """``pending``, ``approved`` or ``rejected``."""
        return "pending" if self.confirmed is None else "approved" if self.confirmed else "rejected"
