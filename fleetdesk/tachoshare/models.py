"""TachoShare.connect 1.7.0 data: vehicles, driver cards, RDL status, card country codes.

Parsing is tolerant: fields the spec allows to be absent become ``None``, and an RDL status
the spec does not list becomes ``RdlStatus.UNKNOWN`` with the raw text kept, so one odd
vehicle never hides the rest of the fleet.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any


class RdlStatus(str, enum.Enum):
    """Remote-download status (spec appendix "RDL status")."""

    OK = "OK"
    DELAYED = "DELAYED"
    OUTSIDE_LEGAL_COMPLIANCE = "OUTSIDE_LEGAL_COMPLIANCE"
    NEVER_DOWNLOADED = "NEVER_DOWNLOADED"
    DISCONNECTED = "DISCONNECTED"  # vehicles only
    UNKNOWN = "UNKNOWN"  # not in the spec: a value added after 1.7.0

    @classmethod
    def parse(cls, value: Any) -> RdlStatus:
        try:
            return cls(str(value).strip().upper())
        except ValueError:
            return cls.UNKNOWN

    @property
    def description(self) -> str:
        return RDL_STATUS_DESCRIPTIONS[self]

    @property
    def needs_attention(self) -> bool:
        return self in (
            RdlStatus.DELAYED,
            RdlStatus.OUTSIDE_LEGAL_COMPLIANCE,
            RdlStatus.DISCONNECTED,
            RdlStatus.UNKNOWN,
        )


RDL_STATUS_DESCRIPTIONS = {
    RdlStatus.OK: "The legal remote downloads are up to date.",
    RdlStatus.DELAYED: "The legal remote downloads are delayed.",
    RdlStatus.OUTSIDE_LEGAL_COMPLIANCE: "The legal remote downloads are delayed out of legal compliance.",
    RdlStatus.NEVER_DOWNLOADED: "Never has downloaded any data.",
    RdlStatus.DISCONNECTED: "LINK removed from the vehicle.",
    RdlStatus.UNKNOWN: "A status this version of FleetDesk does not know.",
}

#: Driver card nation codes (EC 1360/2002 Appendix 1, EU 799/2016), as the spec lists them.
#: 0x34..0x37 were RFU in 1360/2002 and are now assigned; the named codes win over "RFU".
COUNTRY_CODES: dict[int, str] = {
    0x00: "No information available",
    0x01: "Austria",
    0x02: "Albania",
    0x03: "Andorra",
    0x04: "Armenia",
    0x05: "Azerbaijan",
    0x06: "Belgium",
    0x07: "Bulgaria",
    0x08: "Bosnia and Herzegovina",
    0x09: "Belarus",
    0x0A: "Switzerland",
    0x0B: "Cyprus",
    0x0C: "Czech Republic",
    0x0D: "Germany",
    0x0E: "Denmark",
    0x0F: "Spain",
    0x10: "Estonia",
    0x11: "France",
    0x12: "Finland",
    0x13: "Liechtenstein",
    0x14: "Faeroe Islands",
    0x15: "United Kingdom",
    0x16: "Georgia",
    0x17: "Greece",
    0x18: "Hungary",
    0x19: "Croatia",
    0x1A: "Italy",
    0x1B: "Ireland",
    0x1C: "Iceland",
    0x1D: "Kazakhstan",
    0x1E: "Luxembourg",
    0x1F: "Lithuania",
    0x20: "Latvia",
    0x21: "Malta",
    0x22: "Monaco",
    0x23: "Republic of Moldova",
    0x24: "Macedonia",
    0x25: "Norway",
    0x26: "Netherlands",
    0x27: "Portugal",
    0x28: "Poland",
    0x29: "Romania",
    0x2A: "San Marino",
    0x2B: "Russian Federation",
    0x2C: "Sweden",
    0x2D: "Slovakia",
    0x2E: "Slovenia",
    0x2F: "Turkmenistan",
    0x30: "Turkey",
    0x31: "Ukraine",
    0x32: "Vatican City",
    0x33: "Yugoslavia",
    0x34: "Montenegro",
    0x35: "Serbia",
    0x36: "Uzbekistan",
    0x37: "Tajikistan",
    0xFD: "European Community",
    0xFE: "Rest of Europe",
    0xFF: "Rest of the world",
}


def parse_country_code(code: str | int) -> int:
    """``"0x0F"``, ``"0F"`` or ``15`` -> 15. Raises ValueError for anything else."""
    value = code if isinstance(code, int) else int(str(code).strip(), 16)
    if not 0 <= value <= 0xFF:
        raise ValueError(f"country code {code!r} is outside 0x00..0xFF")
    return value


def format_country_code(code: str | int) -> str:
    """The wire form the API uses: ``0x0F``."""
    return f"0x{parse_country_code(code):02X}"


def country_name(code: str | int) -> str:
    """The country of a driver-card nation code; RFU and garbage are named as such."""
    try:
        value = parse_country_code(code)
    except ValueError:
        return f"Unknown country code ({code})"
    if value in COUNTRY_CODES:
        return COUNTRY_CODES[value]
    return "Reserved for future use (RFU)"


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


@dataclass(frozen=True)
class Vehicle:
    """One entry of ``GET /vehicles``."""

    vin: str
    license_plate: str | None = None
    last_activity_date: date | None = None  # absent: no vehicle-unit data yet
    next_scheduled_date: date | None = None  # absent: link removed (DISCONNECTED)
    last_rdl_attempt: datetime | None = None
    rdl_status: RdlStatus = RdlStatus.UNKNOWN
    rdl_status_raw: str = ""
    manual_attempts_remaining: int | None = None
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_json(cls, item: dict) -> Vehicle:
        attempts = item.get("manualAttemptsRemaining")
        return cls(
            vin=str(item.get("vin") or ""),
            license_plate=item.get("licensePlate"),
            last_activity_date=_date(item.get("lastActivityDate")),
            next_scheduled_date=_date(item.get("nextScheduledDate")),
            last_rdl_attempt=_datetime(item.get("lastRdlAttempt")),
            rdl_status=RdlStatus.parse(item.get("rdlStatus")),
            rdl_status_raw=str(item.get("rdlStatus") or ""),
            manual_attempts_remaining=attempts if isinstance(attempts, int) else None,
            raw=dict(item),
        )


@dataclass(frozen=True)
class DriverCard:
    """One entry of ``GET /drivers``: a card is identified by number *and* country."""

    card_number: str
    country_code: str  # as sent, e.g. "0x0F"
    last_download_date: date | None = None  # absent: no driver-card data yet
    next_scheduled_date: date | None = None
    rdl_status: RdlStatus = RdlStatus.UNKNOWN
    rdl_status_raw: str = ""
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def country_name(self) -> str:
        return country_name(self.country_code)

    @property
    def key(self) -> tuple[str, int | None]:
        try:
            return self.card_number, parse_country_code(self.country_code)
        except ValueError:
            return self.card_number, None

    @classmethod
    def from_json(cls, item: dict) -> DriverCard:
        return cls(
            card_number=str(item.get("cardNumber") or ""),
            country_code=str(item.get("countryCode") or ""),
            last_download_date=_date(item.get("lastDownloadDate")),
            next_scheduled_date=_date(item.get("nextScheduledDate")),
            rdl_status=RdlStatus.parse(item.get("rdlStatus")),
            rdl_status_raw=str(item.get("rdlStatus") or ""),
            raw=dict(item),
        )


@dataclass(frozen=True)
class Download:
    """What a file request produced. ``status`` 204 means nothing new in the range."""

    status: int
    bytes_written: int = 0
    filename_hint: str | None = None  # raw Content-Disposition name: a hint, never a path
    content_type: str | None = None
    url: str = ""

    @property
    def has_data(self) -> bool:
        return self.status == 200
