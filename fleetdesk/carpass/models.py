"""Car-Pass data: observations (odometer readings), statuses, issues and the VHR.

Wire format (Car-Pass professional REST v1.0): JSON with camelCase names, dates ``dd/mm/yyyy``.
``Observation.work_description`` is kept locally only: v1.0 has no field for it (Car-Pass asks
for it since 2024; send it once the field is known).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from fleetdesk.core.errors import BadInput

VIN_LENGTH = 17
PLATE_MAX = 9
#: licensePlate characters on the wire (the spec: "String, max 9"; the simulator takes Belgian
#: plates: letters, digits, hyphens). What the user types may also use spaces as separators:
#: ``wire_plate`` turns them into hyphens ("1 ABC 123" -> "1-ABC-123").
PLATE_CHARS = re.compile(r"[A-Za-z0-9-]+")


def wire_plate(text: str | None) -> str:
    """A licence plate as it goes on the wire: upper case, blanks between parts as hyphens."""
    return re.sub(r"\s+", "-", (text or "").strip()).upper()


#: Car-Pass "Integer" fields (odometerReading, unifier): 32-bit signed
ODOMETER_MAX = 2_147_483_647
LANGUAGES = ("nl", "fr", "de")
VHR_LANGUAGES = ("NL", "FR", "DE", "EN")  # EN only for the VHR pdf


class ObservationType(str, enum.Enum):
    REPAIR_MAINTENANCE_SERVICE = "REPAIR_MAINTENANCE_SERVICE"  # the normal registration
    ODOMETER_REPLACED = "ODOMETER_REPLACED"  # the counter was replaced
    VEHICLE_HISTORY_DOCUMENT = "VEHICLE_HISTORY_DOCUMENT"  # also asks for a VHR
    ROAD_SIDE_ASSISTANCE = "ROAD_SIDE_ASSISTANCE"


class ObservationStatus(str, enum.Enum):
    PROCESSED = "PROCESSED"  # registered; nothing more to do
    ISSUE = "ISSUE"  # correct or confirm
    ERROR = "ERROR"  # not saved; nothing more to do for this request
    ONGOING = "ONGOING"  # still being validated: ask again later
    REVIEWING = "REVIEWING"  # a Car-Pass employee checks it by hand

    @property
    def is_final(self) -> bool:
        """No further status change without the user (PROCESSED, ISSUE, ERROR)."""
        return self in (ObservationStatus.PROCESSED, ObservationStatus.ISSUE, ObservationStatus.ERROR)


def format_wire_date(day: date) -> str:
    """A date as Car-Pass writes it: dd/mm/yyyy."""
    return day.strftime("%d/%m/%Y")


def parse_wire_date(text: str) -> date:
    """dd/mm/yyyy to a date (ValueError if it is not one)."""
    return datetime.strptime(text, "%d/%m/%Y").date()


def normalize_org_number(value: str) -> str:
    """A KBO/BCE enterprise or establishment number as 10 digits.

    Accepts '0412.345.614', 'BE 0412 345 614' and the old 9-digit form (a leading 0 is added).
    """
    digits = re.sub(r"[\s./-]", "", value or "").upper().removeprefix("BE")
    if len(digits) == 9 and digits.isdigit():
        digits = "0" + digits
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        raise ValueError(f"{value!r} is not a 10-digit KBO/BCE number")
    return digits


@dataclass
class Observation:
    """One odometer reading to register (or correct). Exactly one of ``vin``/``license_plate``."""

    reading_date: date
    odometer: int
    observation_type: ObservationType
    enterprise_organisation: str  # KBO/BCE number of the legally responsible enterprise
    entered_organisation: str  # establishment number of the workshop
    vin: str | None = None
    license_plate: str | None = None
    unifier: int | None = None  # DIV unifier, for VINs shorter than 17
    first_use_date: date | None = None  # for VINs shorter than 17
    work_description: str | None = None  # local only, not sent (no v1.0 field)

    def validate(self) -> None:
        """Raise BadInput for what Car-Pass would refuse structurally (field = wire name)."""
        vin = (self.vin or "").strip()
        has_vin, has_plate = bool(vin), bool(self.license_plate and self.license_plate.strip())
        if has_vin == has_plate:
            raise BadInput("vin, licensePlate", "give either the VIN or the licence plate, not both")
        if has_plate and self.observation_type is ObservationType.VEHICLE_HISTORY_DOCUMENT:
            raise BadInput("licensePlate", "a Vehicle History Report needs the VIN, not a plate")
        if has_vin and len(vin) > VIN_LENGTH:
            raise BadInput("vin", f"at most {VIN_LENGTH} characters")
        if has_plate and len(wire_plate(self.license_plate)) > PLATE_MAX:
            raise BadInput("licensePlate", f"at most {PLATE_MAX} characters")
        if has_plate and not PLATE_CHARS.fullmatch(wire_plate(self.license_plate)):
            raise BadInput("licensePlate", "letters, digits and hyphens only")
        if (
            isinstance(self.odometer, bool)
            or not isinstance(self.odometer, int)
            or not 0 <= self.odometer <= ODOMETER_MAX
        ):
            raise BadInput("odometerReading", f"a whole number of kilometres from 0 to {ODOMETER_MAX:,}")
        for name, value in (
            ("enterpriseOrganisation", self.enterprise_organisation),
            ("enteredOrganisation", self.entered_organisation),
        ):
            try:
                normalize_org_number(value)
            except ValueError as exc:
                raise BadInput(name, str(exc)) from None

    def to_wire(self) -> dict:
        """The JSON body of POST /observation and /correction (validates first)."""
        self.validate()
        body: dict = {
            "odometerReadingDate": format_wire_date(self.reading_date),
            "odometerReading": self.odometer,
            "observationType": ObservationType(self.observation_type).value,
            "enterpriseOrganisation": normalize_org_number(self.enterprise_organisation),
            "enteredOrganisation": normalize_org_number(self.entered_organisation),
        }
        if self.vin and self.vin.strip():
            body["vin"] = self.vin.strip().upper()
        else:
            body["licensePlate"] = wire_plate(self.license_plate)
        if self.unifier is not None:
            body["unifier"] = int(self.unifier)
        if self.first_use_date is not None:
            body["firstUseDate"] = format_wire_date(self.first_use_date)
        return body


@dataclass(frozen=True)
class Issue:
    """A data issue to correct or confirm: ``type`` is Car-Pass's key (e.g. '001', '209')."""

    type: str
    descriptions: dict[str, str] = field(default_factory=dict)  # nl/fr/de
    number: str | None = None  # the problem number, when Car-Pass sends one

    def text(self, language: str = "nl") -> str:
        """The description in ``language``, falling back to NL, FR, DE, then the type."""
        for lang in (language.lower(), *LANGUAGES):
            if self.descriptions.get(lang):
                return self.descriptions[lang]
        return f"Car-Pass issue {self.type}"

    @classmethod
    def from_wire(cls, data: dict) -> Issue:
        desc = data.get("description") or {}
        if isinstance(desc, str):  # tolerate a plain string
            desc = {lang: desc for lang in LANGUAGES}
        number = data.get("number", data.get("issueNumber"))
        return cls(
            str(data.get("type", "")),
            {k.lower(): str(v) for k, v in desc.items() if v is not None},
            None if number is None else str(number),
        )


@dataclass(frozen=True)
class StatusResult:
    """GET /observation/{guid}/status. ``status`` is None for a value this version does not
    know (treat it as still in progress); ``status_text`` keeps what the server said."""

    status: ObservationStatus | None
    status_text: str
    issues: tuple[Issue, ...] = ()

    @classmethod
    def from_wire(cls, data: dict) -> StatusResult:
        text = str(data.get("status") or data.get("Status") or "")
        try:
            status: ObservationStatus | None = ObservationStatus(text.upper())
        except ValueError:
            status = None
        issues = data.get("issues") or data.get("Issues") or []
        return cls(status, text, tuple(Issue.from_wire(i) for i in issues if isinstance(i, dict)))


@dataclass(frozen=True)
class VhrResult:
    """GET /observation/{guid}/status/vhr: the report as PDF bytes and its public URL."""

    pdf: bytes
    public_url: str
    language: str
