"""Car-Pass account details and the user's reporting rules (Annex 2: account screen, exclusions).

Non-secret values live in the settings file (``carpass.*`` keys); the username and password in
the keyring (``rt.credentials``). For unattended runs ``FLEETDESK_CARPASS_USERNAME``,
``_PASSWORD``, ``_ENTERPRISE`` and ``_ESTABLISHMENT`` win over both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fleetdesk.carpass.models import normalize_org_number
from fleetdesk.carpass.prechecks import DEFAULT_KM_PER_DAY, ExclusionRules

SERVICE = "carpass"
#: The helpdesk telephone number is not in the v1.0 document: it is a setting
#: (``carpass.helpdesk_phone``), shown on the Account screen when filled in.
WEBSITE_URL = "https://www.car-pass.be"
HELPDESK_URL = WEBSITE_URL  # the contact form is linked from the home page

#: operation kinds offered in the entry form: key -> English label (translated by the UI)
OPERATION_KINDS = {
    "repair": "Repair or maintenance",
    "tyres": "Tyres",
    "windscreen": "Windscreen",
    "inspection": "Inspection / diagnosis",
    "warranty": "Warranty claim",
    "till_sale": "Till sale (counter sale)",
}
#: vehicle categories: key -> English label
VEHICLE_CATEGORIES = {
    "car": "Passenger car",
    "van": "Light commercial (≤ 3.5 t)",
    "truck": "Truck (> 3.5 t)",
    "bus": "Bus or coach",
    "motorcycle": "Motorcycle",
}
VHR_LANGUAGE_CHOICES = ("NL", "FR", "DE", "EN")


@dataclass
class Account:
    """What the Account screen shows (Annex 2: username, enterprise, password, e-mail)."""

    username: str | None = None  # the establishment number
    password_set: bool = False
    enterprise: str | None = None  # VAT / KBO-BCE number of the enterprise
    establishment: str | None = None  # entered organisation; defaults to the username
    email: str | None = None
    sources: dict[str, str | None] = field(default_factory=dict)

    @property
    def entered_organisation(self) -> str | None:
        return self.establishment or self.username

    def missing(self) -> list[str]:
        """The fields still needed before anything can be sent."""
        out = []
        if not self.username:
            out.append("username")
        if not self.password_set:
            out.append("password")
        if not self.enterprise:
            out.append("enterprise")
        return out


def load_account(config, credentials) -> Account:
    """Blocking (keyring): the account as configured now."""
    username = credentials.get(SERVICE, "username")
    password = credentials.get(SERVICE, "password")

    def value(name: str) -> tuple[str | None, str | None]:
        env = config.env_credential(SERVICE, name)
        if env:
            return env, "environment"
        stored = config.settings.get(f"carpass.{name}")
        if stored:
            return stored, "settings"
        fallback = credentials.secrets.get(SERVICE, name)  # demo mode keeps them there
        return (fallback, "keyring") if fallback else (None, None)

    enterprise, ent_src = value("enterprise")
    establishment, est_src = value("establishment")
    email, mail_src = value("email")
    return Account(
        username,
        bool(password),
        enterprise,
        establishment,
        email,
        {
            "username": credentials.source(SERVICE, "username"),
            "password": credentials.source(SERVICE, "password"),
            "enterprise": ent_src,
            "establishment": est_src,
            "email": mail_src,
        },
    )


def validate_username(name: str, value: str | None) -> str | None:
    """The Car-Pass username, as the spec allows it: the establishment number in production,
    but "for testing purposes other accounts can be set-up", so any text works, except a colon
    (Basic auth joins "username:password") and control characters. ValueError names ``name``."""
    text = (value or "").strip()
    if not text:
        return None
    if ":" in text:
        raise ValueError(f"{name}: may not contain a colon (:)")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise ValueError(f"{name}: may not contain control characters")
    return text


def validate_org(name: str, value: str | None) -> str | None:
    """A 10-digit KBO/BCE number, or ValueError naming ``name``."""
    if not value:
        return None
    try:
        return normalize_org_number(value)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


@dataclass(frozen=True)
class Rules:
    """The user's precheck and exclusion settings."""

    km_per_day: int = DEFAULT_KM_PER_DAY
    exclusions: ExclusionRules = field(default_factory=ExclusionRules)
    vhr_language: str = "NL"

    def as_dict(self) -> dict:
        return {
            "km_per_day": self.km_per_day,
            "excluded_operations": sorted(self.exclusions.operation_kinds),
            "excluded_categories": sorted(self.exclusions.vehicle_categories),
            "exclude_foreign_plates": self.exclusions.exclude_foreign_plates,
            "vhr_language": self.vhr_language,
        }


def load_rules(config) -> Rules:
    s = config.settings
    default = ExclusionRules()
    try:
        km = int(s.get("carpass.km_per_day", DEFAULT_KM_PER_DAY))
    except (TypeError, ValueError):
        km = DEFAULT_KM_PER_DAY
    rules = ExclusionRules(
        operation_kinds=frozenset(s.get("carpass.excluded_operations", sorted(default.operation_kinds))),
        vehicle_categories=frozenset(
            s.get("carpass.excluded_categories", sorted(default.vehicle_categories))
        ),
        exclude_foreign_plates=bool(s.get("carpass.exclude_foreign_plates", default.exclude_foreign_plates)),
    )
    language = str(s.get("carpass.vhr_language") or default_vhr_language(config)).upper()
    return Rules(max(1, km), rules, language if language in VHR_LANGUAGE_CHOICES else "NL")


def save_rules(config, rules: Rules) -> None:
    s = config.settings
    s.set("carpass.km_per_day", int(rules.km_per_day))
    s.set("carpass.excluded_operations", sorted(rules.exclusions.operation_kinds))
    s.set("carpass.excluded_categories", sorted(rules.exclusions.vehicle_categories))
    s.set("carpass.exclude_foreign_plates", bool(rules.exclusions.exclude_foreign_plates))
    s.set("carpass.vhr_language", rules.vhr_language)


def default_vhr_language(config) -> str:
    ui = (config.settings.get("ui.language") or "").upper()
    return ui if ui in VHR_LANGUAGE_CHOICES else "NL"


def message_language(config) -> str:
    """The language of precheck messages and issue descriptions: the UI language, or English
    (issue descriptions fall back to NL, which Car-Pass always sends)."""
    return (config.settings.get("ui.language") or "en").lower()
