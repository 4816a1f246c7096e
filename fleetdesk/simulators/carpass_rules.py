"""Car-Pass simulator rules: structural validation (HTTP 400 ``errors[]``) and the issue catalogue.

Issue types named by the spec: 001 (lower than a previous reading), 209 (excessive increase),
150 (the same source sent identical data twice). The others are this simulator's own keys for
cases the spec describes without a number: 002 (higher than a later reading), 101 (unknown VIN),
102 (unknown plate), 120 (short VIN not unique), 151 (a second, different reading by the same
user for the same vehicle and date: rejected, status ERROR), 300 (vehicle category outside
Car-Pass: trucks, buses, motorcycles; status ERROR).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

OBSERVATION_TYPES = (
    "REPAIR_MAINTENANCE_SERVICE",
    "ODOMETER_REPLACED",
    "VEHICLE_HISTORY_DOCUMENT",
    "ROAD_SIDE_ASSISTANCE",
)
VHR = "VEHICLE_HISTORY_DOCUMENT"

# type -> (nl, fr, de); placeholders are filled per issue
ISSUE_TEXTS: dict[str, tuple[str, str, str]] = {
    "001": (
        "De kilometerstand ({km} km) is lager dan de laatst gekende kilometerstand "
        "({prev_km} km op {prev_date}).",
        "Le relevé kilométrique ({km} km) est inférieur au dernier relevé connu "
        "({prev_km} km le {prev_date}).",
        "Der Kilometerstand ({km} km) ist niedriger als der letzte bekannte Kilometerstand "
        "({prev_km} km am {prev_date}).",
    ),
    "002": (
        "De kilometerstand ({km} km) is hoger dan een latere gekende kilometerstand "
        "({next_km} km op {next_date}).",
        "Le relevé kilométrique ({km} km) est supérieur à un relevé ultérieur connu "
        "({next_km} km le {next_date}).",
        "Der Kilometerstand ({km} km) ist höher als ein späterer bekannter Kilometerstand "
        "({next_km} km am {next_date}).",
    ),
    "209": (
        "De toename van de kilometerstand ({delta} km in {days} dagen) is uitzonderlijk hoog.",
        "L'augmentation du kilométrage ({delta} km en {days} jours) est exceptionnellement élevée.",
        "Die Zunahme des Kilometerstands ({delta} km in {days} Tagen) ist außergewöhnlich hoch.",
    ),
    "150": (
        "Deze kilometerstand werd door u al geregistreerd voor dit voertuig op {date}.",
        "Ce relevé kilométrique a déjà été enregistré par vous pour ce véhicule le {date}.",
        "Dieser Kilometerstand wurde von Ihnen für dieses Fahrzeug am {date} bereits registriert.",
    ),
    "151": (
        "U registreerde al een andere kilometerstand ({other_km} km) voor dit voertuig op "
        "{date}; een tweede kilometerstand op dezelfde datum wordt geweigerd.",
        "Vous avez déjà enregistré un autre relevé ({other_km} km) pour ce véhicule le "
        "{date} ; un second relevé à la même date est refusé.",
        "Sie haben für dieses Fahrzeug am {date} bereits einen anderen Kilometerstand "
        "({other_km} km) registriert; ein zweiter Kilometerstand am selben Datum wird "
        "abgelehnt.",
    ),
    "101": (
        "Het chassisnummer {vin} is niet gekend.",
        "Le numéro de châssis {vin} est inconnu.",
        "Die Fahrgestellnummer {vin} ist unbekannt.",
    ),
    "102": (
        "De nummerplaat {plate} is niet gekend.",
        "La plaque d'immatriculation {plate} est inconnue.",
        "Das Kennzeichen {plate} ist unbekannt.",
    ),
    "120": (
        "Het chassisnummer {vin} is niet uniek; geef de unifier of de datum van eerste ingebruikname op.",
        "Le numéro de châssis {vin} n'est pas unique ; indiquez l'unifier ou la date de "
        "première mise en circulation.",
        "Die Fahrgestellnummer {vin} ist nicht eindeutig; geben Sie den Unifier oder das "
        "Datum der Erstzulassung an.",
    ),
    "300": (
        "Dit voertuig valt niet onder Car-Pass (vrachtwagen, bus of motorfiets); de "
        "kilometerstand wordt niet geregistreerd.",
        "Ce véhicule n'est pas soumis à Car-Pass (camion, bus ou moto) ; le relevé n'est pas enregistré.",
        "Dieses Fahrzeug unterliegt nicht Car-Pass (Lkw, Bus oder Motorrad); der "
        "Kilometerstand wird nicht registriert.",
    ),
}

_DATE = re.compile(r"\d{2}/\d{2}/\d{4}")
_ALNUM = re.compile(r"[A-Za-z0-9]+")
_ORG = re.compile(r"\d{10}")
# licensePlate: the spec says "String, max 9"; the simulator is strict where it is silent and
# takes Belgian-style plates only: letters, digits and hyphens (e.g. 1-ABC-123).
_PLATE = re.compile(r"[A-Za-z0-9-]+")
#: Car-Pass's Integer fields (odometerReading, unifier) are 32-bit signed integers.
INT_MAX = 2_147_483_647
BOTH_OR_NEITHER = (
    "Provide either vin or licensePlate. Both are not accepted together and at least one must be provided."
)


def wire_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def parse_wire_date(text: object) -> date | None:
    """A dd/mm/yyyy string as a date, or None when it is not one."""
    if not isinstance(text, str) or not _DATE.fullmatch(text):
        return None
    try:
        return date(int(text[6:]), int(text[3:5]), int(text[:2]))
    except ValueError:
        return None


def make_issue(issue_type: str, number: int, **params: object) -> dict:
    """An issue as the status call returns it (``number``: the problem number, see module doc)."""
    nl, fr, de = ISSUE_TEXTS[issue_type]
    values = {k: (wire_date(v) if isinstance(v, date) else v) for k, v in params.items()}
    return {
        "type": issue_type,
        "number": str(number),
        "description": {"nl": nl.format(**values), "fr": fr.format(**values), "de": de.format(**values)},
    }


@dataclass(frozen=True)
class Observation:
    """A structurally valid observation body."""

    vin: str | None
    plate: str | None
    unifier: int | None
    first_use: date | None
    day: date
    km: int
    obs_type: str
    enterprise: str
    entered: str


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def validate(
    body: object, *, today: date, enterprise: str, establishments: set[str]
) -> tuple[Observation | None, list[dict]]:
    """Check a POST /observation (or correction) body; return it parsed, or the errors list."""
    if not isinstance(body, dict):
        return None, [{"field": "body", "message": "must be a JSON object"}]
    errors: list[dict] = []

    def err(fld: str, message: str) -> None:
        errors.append({"field": fld, "message": message})

    vin, plate = body.get("vin"), body.get("licensePlate")
    obs_type = body.get("observationType")
    _check_vehicle(vin, plate, obs_type, err)
    unifier = body.get("unifier")
    if unifier is not None and (
        isinstance(unifier, bool) or not isinstance(unifier, int) or not -INT_MAX - 1 <= unifier <= INT_MAX
    ):
        err("unifier", "must be an integer")
    first_use = None
    if body.get("firstUseDate") is not None:
        first_use = parse_wire_date(body["firstUseDate"])
        if first_use is None:
            err("firstUseDate", "must be a date formatted dd/MM/yyyy")
    day = parse_wire_date(body.get("odometerReadingDate"))
    _check_reading(body, day, obs_type, today, err)
    km = body.get("odometerReading")
    if obs_type is None:
        err("observationType", "must not be null")
    elif obs_type not in OBSERVATION_TYPES:
        err("observationType", "must be one of " + ", ".join(OBSERVATION_TYPES))
    _check_organisations(body, enterprise, establishments, err)
    if errors or day is None or not isinstance(km, int) or not isinstance(obs_type, str):
        return None, errors or [{"field": "body", "message": "incomplete observation"}]  # checked above
    return Observation(
        vin.strip().upper() if isinstance(vin, str) and not _blank(vin) else None,
        plate.strip().upper() if isinstance(plate, str) and not _blank(plate) else None,
        unifier,
        first_use,
        day,
        km,
        obs_type,
        body["enterpriseOrganisation"],
        body["enteredOrganisation"],
    ), []


def _check_vehicle(vin: object, plate: object, obs_type: object, err) -> None:
    """Exactly one of vin and licensePlate, each well formed; no plate for a VHR."""
    if _blank(vin) == _blank(plate):
        err("vin, licensePlate", BOTH_OR_NEITHER)
    if not _blank(vin):
        if not isinstance(vin, str) or len(vin) > 17:
            err("vin", "size must be between 0 and 17")
        elif not _ALNUM.fullmatch(vin):
            err("vin", "must contain only letters and digits")
    if not _blank(plate):
        if not isinstance(plate, str) or len(plate) > 9:
            err("licensePlate", "size must be between 0 and 9")
        elif not _PLATE.fullmatch(plate):
            err("licensePlate", "must contain only letters, digits and hyphens")
        if obs_type == VHR:
            err(
                "licensePlate, observationType",
                "licensePlate cannot be used with observationType VEHICLE_HISTORY_DOCUMENT",
            )


def _check_reading(body: dict, day: date | None, obs_type: object, today: date, err) -> None:
    """odometerReadingDate (``day`` is it parsed) and odometerReading."""
    if body.get("odometerReadingDate") is None:
        err("odometerReadingDate", "must not be null")
    elif day is None:
        err("odometerReadingDate", "must be a date formatted dd/MM/yyyy")
    elif day > today:
        err("odometerReadingDate", "must not be in the future")
    elif obs_type == VHR and day != today:
        err(
            "odometerReadingDate",
            "must be the date of the request for observationType VEHICLE_HISTORY_DOCUMENT",
        )
    km = body.get("odometerReading")
    if km is None:
        err("odometerReading", "must not be null")
    elif isinstance(km, bool) or not isinstance(km, int) or km > INT_MAX:
        err("odometerReading", "must be an integer")
    elif km < 0:
        err("odometerReading", "must be greater than or equal to 0")


def _check_organisations(body: dict, enterprise: str, establishments: set[str], err) -> None:
    """The enterprise and the establishment must be the authenticated user's own."""
    for fld, allowed, what in (
        ("enterpriseOrganisation", {enterprise}, "the enterprise"),
        ("enteredOrganisation", establishments, "an establishment"),
    ):
        value = body.get(fld)
        if _blank(value):
            err(fld, "must not be null")
        elif not isinstance(value, str) or not _ORG.fullmatch(value):
            err(fld, "must be 10 digits")
        elif value not in allowed:
            err(fld, f"is not {what} of the authenticated user")
