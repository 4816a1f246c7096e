"""FleetDesk's own legal clock for tachograph downloads (Qt-free, injectable ``today``).

EU law asks for the vehicle unit to be downloaded at least every 90 days and the driver card
at least every 28 days; some states are stricter (Ireland: 21 days for cards). Both limits are
configurable per country, and the fleet sets its own desired interval (shorter than the legal
one). Each unit or card gets a level:

``outside_legal`` (the legal limit has passed), ``never_downloaded``, ``disconnected`` (the
telematics link was removed), ``overdue`` (the fleet's interval has passed), ``due_soon``
(the fleet's interval or the legal limit ends within the warning window), ``ok``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from fleetdesk.tachoshare.models import country_name, parse_country_code

VU, CARD = "vu", "card"
LEGAL_DAYS = {VU: 90, CARD: 28}
#: stricter national limits known to FleetDesk (specs/README.md); settings add or override
DEFAULT_COUNTRY_LIMITS: dict[int, dict[str, int]] = {0x1B: {CARD: 21}}  # Ireland
DESIRED_DAYS = {VU: 28, CARD: 7}  # TachoShare's own periodicity is a sensible default
DUE_SOON_DAYS = {VU: 7, CARD: 2}

OUTSIDE, NEVER, DISCONNECTED, OVERDUE, DUE_SOON, OK = (
    "outside_legal",
    "never_downloaded",
    "disconnected",
    "overdue",
    "due_soon",
    "ok",
)
#: most urgent first (sorting the board by urgency)
SEVERITY = {OUTSIDE: 0, NEVER: 1, DISCONNECTED: 2, OVERDUE: 3, DUE_SOON: 4, OK: 5}
LEVEL_TEXT = {
    OUTSIDE: "Outside legal compliance",
    NEVER: "Never downloaded",
    DISCONNECTED: "Disconnected",
    OVERDUE: "Overdue",
    DUE_SOON: "Due soon",
    OK: "OK",
}

# settings keys (plain JSON values in settings.json)
LIMITS_KEY = "tachoshare.legal_limits"  # {"0x1B": {"card": 21, "vu": 90}}
DESIRED_KEY = "tachoshare.desired_days"  # {"vu": 28, "card": 7}
DUE_SOON_KEY = "tachoshare.due_soon_days"  # {"vu": 7, "card": 2}
FLEET_COUNTRY_KEY = "tachoshare.fleet_country"  # "0x06": the vehicles' country of registration


def _days(mapping: Any, base: dict[str, int]) -> dict[str, int]:
    out = dict(base)
    if isinstance(mapping, Mapping):
        for kind in (VU, CARD):
            try:
                if mapping.get(kind) is not None:
                    out[kind] = max(1, int(mapping[kind]))
            except (TypeError, ValueError):
                pass
    return out


@dataclass(frozen=True)
class Policy:
    """Legal limits (per country), the fleet's desired interval and the warning window."""

    legal: dict[str, int] = field(default_factory=lambda: dict(LEGAL_DAYS))
    country_limits: dict[int, dict[str, int]] = field(
        default_factory=lambda: {k: dict(v) for k, v in DEFAULT_COUNTRY_LIMITS.items()}
    )
    desired: dict[str, int] = field(default_factory=lambda: dict(DESIRED_DAYS))
    due_soon: dict[str, int] = field(default_factory=lambda: dict(DUE_SOON_DAYS))
    fleet_country: int | None = None

    @classmethod
    def from_settings(cls, settings) -> Policy:
        """Read the policy from ``Config.settings`` (anything with ``get(key, default)``)."""
        limits = {k: dict(v) for k, v in DEFAULT_COUNTRY_LIMITS.items()}
        raw = settings.get(LIMITS_KEY) or {}
        if isinstance(raw, Mapping):
            for code, days in raw.items():
                try:
                    country = parse_country_code(code)
                except ValueError:
                    continue
                limits[country] = {k: v for k, v in _days(days, {}).items()}
        try:
            fleet = (
                parse_country_code(settings.get(FLEET_COUNTRY_KEY))
                if settings.get(FLEET_COUNTRY_KEY) not in (None, "")
                else None
            )
        except ValueError:
            fleet = None
        return cls(
            dict(LEGAL_DAYS),
            limits,
            _days(settings.get(DESIRED_KEY), DESIRED_DAYS),
            _days(settings.get(DUE_SOON_KEY), DUE_SOON_DAYS),
            fleet,
        )

    def legal_days(self, kind: str, country: int | str | None = None) -> int:
        """The legal limit for ``kind`` in ``country`` (vehicle units: the fleet's country)."""
        if country is None and kind == VU:
            country = self.fleet_country
        if country is not None:
            try:
                override = self.country_limits.get(parse_country_code(country), {})
            except ValueError:
                override = {}
            if kind in override:
                return override[kind]
        return self.legal[kind]

    def describe_country(self, country: int | str) -> str:
        days = self.legal_days(CARD, country)
        return f"{country_name(country)}: driver cards every {days} days"


@dataclass(frozen=True)
class ClockReading:
    """Where one vehicle unit or card stands on the legal clock on a given day."""

    kind: str
    level: str
    last: date | None
    legal_limit: int
    legal_due: date | None
    legal_days_left: int | None
    desired_interval: int
    desired_due: date | None
    desired_days_left: int | None

    @property
    def severity(self) -> int:
        return SEVERITY[self.level]

    @property
    def text(self) -> str:
        """A short, plain description for tables and the command line."""
        if self.level == NEVER:
            return LEVEL_TEXT[NEVER]
        left = self.legal_days_left
        if self.level == OUTSIDE and left is not None:
            return f"Outside legal compliance ({-left} day{'s' if left != -1 else ''} late)"
        base = LEVEL_TEXT[self.level]
        if left is None:
            return base
        return f"{base}: {left} day{'s' if left != 1 else ''} to the legal limit"

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "last": self.last.isoformat() if self.last else None,
            "legal_limit_days": self.legal_limit,
            "legal_due": self.legal_due.isoformat() if self.legal_due else None,
            "legal_days_left": self.legal_days_left,
            "desired_interval_days": self.desired_interval,
            "desired_due": self.desired_due.isoformat() if self.desired_due else None,
            "desired_days_left": self.desired_days_left,
            "text": self.text,
        }


def assess(
    kind: str,
    last: date | None,
    today: date,
    policy: Policy | None = None,
    *,
    country: int | str | None = None,
    disconnected: bool = False,
) -> ClockReading:
    """The legal clock of one vehicle unit (``VU``) or driver card (``CARD``) on ``today``."""
    policy = policy or Policy()
    legal = policy.legal_days(kind, country)
    desired = min(policy.desired[kind], legal)
    if last is None:
        # never downloaded is the graver fact; the RDL status column still says disconnected
        return ClockReading(kind, NEVER, None, legal, None, None, desired, None, None)
    legal_due = last + timedelta(days=legal)
    desired_due = last + timedelta(days=desired)
    legal_left = (legal_due - today).days
    desired_left = (desired_due - today).days
    if legal_left < 0:
        level = OUTSIDE
    elif disconnected:
        level = DISCONNECTED
    elif desired_left < 0:
        level = OVERDUE
    elif desired_left <= policy.due_soon[kind] or legal_left <= policy.due_soon[kind]:
        level = DUE_SOON
    else:
        level = OK
    return ClockReading(kind, level, last, legal, legal_due, legal_left, desired, desired_due, desired_left)
