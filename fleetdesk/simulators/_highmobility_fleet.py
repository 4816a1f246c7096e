"""The High Mobility fleet-clearance state machine, without HTTP (used by ``highmobility.py``).

An independent reading of specs/highmobility-fleet-clearance.md, specs/README.md and High
Mobility's public OpenAPI files:

- statuses ``pending, approved, rejected, revoking, revoked, canceling, canceled``, each VIN with
  a ``changelog`` of ``{timestamp, status}`` in time order;
- DELETE while pending cancels (``canceling`` -> ``canceled``), while approved revokes
  (``revoking`` -> ``revoked``); a VIN mid-transition answers 409 "Clearance is in transition
  mode"; one already removed answers 409 "Clearance is already removed";
- sandbox virtual VINs: ``2HM00000000000001`` needs ``control_measures`` (odometer 2050 km),
  ``2HM00000000000002`` stays pending, ``2HM00000000000003`` is rejected after 3 hours;
- VW-group brands need the ``vw-group-customer-name`` tag unless a business name is configured.

Transitions are computed lazily from the injected clock, so tests move time instead of sleeping.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

#: Brand values on the wire: the OpenAPI enum plus the VW-group brands of the tutorial.
BRANDS = frozenset(
    {
        "bmw",
        "citroen",
        "ds",
        "mercedes-benz",
        "mini",
        "opel",
        "peugeot",
        "vauxhall",
        "jeep",
        "fiat",
        "alfaromeo",
        "ford",
        "renault",
        "toyota",
        "sandbox",
        "volkswagen",
        "volkswagen-commercial-vehicles",
        "audi",
        "skoda",
        "seat",
        "cupra",
    }
)
VW_GROUP = frozenset({"volkswagen", "volkswagen-commercial-vehicles", "audi", "skoda", "seat", "cupra"})
VW_TAG = "vw-group-customer-name"
#: The eligibility API's brand enum (the sandbox brand is accepted here too, for testing).
ELIGIBILITY_BRANDS = frozenset(
    {
        "mercedes-benz",
        "ford",
        "bmw",
        "mini",
        "citroen",
        "peugeot",
        "opel",
        "vauxhall",
        "ds",
        "jeep",
        "fiat",
        "alfaromeo",
        "sandbox",
    }
)
#: The tutorial puts no brand limit on cancelling a pending clearance ("It's also possible to
#: cancel the clearance procedure for vehicles that still are pending"). What a vendor refuses is
#: not documented and changes over time: by default every brand may cancel; a test (or the demo)
#: names the brands whose pending clearances answer 422 "not supported" (``Fleet.no_cancel``).

VIN_NEEDS_CONTROL = "2HM00000000000001"
VIN_STAYS_PENDING = "2HM00000000000002"
VIN_REJECTED_LATER = "2HM00000000000003"
VIRTUAL_ODOMETER_KM = 2050

TRANSITION_MODE = "Clearance is in transition mode"
ALREADY_REMOVED = "Clearance is already removed"
_VIN = re.compile(r"[A-Z0-9]{17}")


@dataclass
class Timings:
    """Seconds each asynchronous step takes. The defaults suit the demo (progress within ~2 min)."""

    approve: float = 20.0  # pending -> approved ("a matter of seconds" in the sandbox)
    reject: float = 90.0  # 2HM...03 pending -> rejected (3 hours in the real sandbox)
    revoke: float = 12.0  # revoking -> revoked
    cancel: float = 8.0  # canceling -> canceled
    cancel_min_age: float = 0.0  # a pending clearance can be canceled only this long after creation
    token_ttl: float = 300.0  # access-token lifetime


#: What the real sandbox does, for tests that want the documented figures.
SANDBOX_TIMINGS = Timings(approve=5.0, reject=3 * 3600.0, revoke=10.0, cancel=10.0)


class FleetError(Exception):
    """A refusal with the HTTP status and the ``errors[]`` item the API would send."""

    def __init__(self, status: int, title: str, detail: str, source: str | None = None):
        super().__init__(detail)
        self.status, self.title, self.detail, self.source = status, title, detail, source

    def body(self) -> dict:
        item = {"title": self.title, "detail": self.detail}
        if self.source:
            item["source"] = self.source
        return {"errors": [item]}


@dataclass
class Record:
    vin: str
    brand: str
    tags: dict
    control_measures: dict | None
    created: float
    status: str = "pending"
    changelog: list[tuple[float, str]] = field(default_factory=list)
    due: float | None = None  # when ``next_status`` takes effect
    next_status: str | None = None
    approved_at: float | None = None


def iso(ts: float) -> str:
    """Epoch seconds as ISO 8601 UTC with microseconds and Z (the changelog's format)."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def vin_problem(vin: object) -> str | None:
    """Why ``vin`` is not acceptable, or None. The API only insists on 17 characters."""
    if not isinstance(vin, str) or len(vin) != 17:
        return "vin should be 17 character(s)"
    if not _VIN.fullmatch(vin):
        return "vin has invalid characters"
    return None


def _seed(vin: str) -> int:
    return int.from_bytes(hashlib.sha256(vin.encode()).digest()[:4], "big")


class Fleet:
    """All clearances of one application, keyed by VIN, moved along by ``now``."""

    def __init__(self, timings: Timings, business_name: str | None = None):
        self.timings = timings
        self.business_name = business_name
        self.no_cancel: set[str] = set()  # brands whose pending clearances cannot be canceled
        #: how such a cancel is refused (not documented): (status, title, detail)
        self.cancel_refusal = (422, "not supported", "cancellation is not supported for this vin")
        #: how a DELETE of a clearance that already ended is refused (not documented)
        self.removed_refusal = (409, "Conflict", ALREADY_REMOVED)
        self.records: dict[str, Record] = {}

    # -- lazy time ---------------------------------------------------------------------
    def settle(self, now: float) -> None:
        """Apply every scheduled transition whose time has come."""
        for rec in self.records.values():
            if rec.due is not None and rec.next_status is not None and now >= rec.due:
                self._enter(rec, rec.next_status, rec.due)

    def _enter(
        self, rec: Record, status: str, at: float, *, then: str | None = None, after: float | None = None
    ) -> None:
        rec.status = status
        rec.changelog.append((at, status))
        rec.due = at + after if then is not None and after is not None else None
        rec.next_status = then if rec.due is not None else None
        if status == "approved":
            rec.approved_at = at

    # -- requests ----------------------------------------------------------------------
    def check_request(self, vehicles: object) -> None:
        """Whole-request checks (422/409): nothing is stored when one of them fails."""
        if not isinstance(vehicles, list) or not vehicles:
            raise FleetError(422, "Unprocessable Entity", "vehicles can't be blank", "vehicles")
        for i, item in enumerate(vehicles):
            if not isinstance(item, dict):
                raise FleetError(422, "Unprocessable Entity", "vehicle must be an object", f"vehicles[{i}]")
            vin, brand = item.get("vin"), item.get("brand")
            rec = self.records.get(vin) if isinstance(vin, str) else None
            if rec is not None and rec.status in ("revoking", "canceling"):
                raise FleetError(409, "Conflict", TRANSITION_MODE, "vin")
            tags = item.get("tags") or {}
            if (
                brand in VW_GROUP
                and not self.business_name
                and not (isinstance(tags, dict) and str(tags.get(VW_TAG) or "").strip())
            ):
                raise FleetError(
                    422,
                    "Unprocessable Entity",
                    f"customer name tag missing: brand {brand} requires the tag {VW_TAG}",
                    f"tags.{VW_TAG}",
                )
            if vin == VIN_NEEDS_CONTROL:
                odo = (item.get("control_measures") or {}).get("odometer")
                if not (
                    isinstance(odo, dict)
                    and isinstance(odo.get("value"), int)
                    and odo.get("unit") in ("kilometers", "miles")
                ):
                    raise FleetError(
                        422,
                        "Unprocessable Entity",
                        "control_measures.odometer (value, unit) is required for this vehicle",
                        "control_measures",
                    )

    def seed_history(
        self, vin: str, brand: str, steps: list[tuple[float, str]], now: float, tags: dict | None = None
    ) -> Record:
        """A clearance with a past (demo data): ``steps`` are (seconds ago, status), oldest first.
        The last step is the current status; it never moves on by itself."""
        rec = Record(vin, brand, dict(tags or {}), None, now - steps[0][0])
        for ago, status in steps:
            self._enter(rec, status, now - ago)
        self.records[vin] = rec
        return rec

    @staticmethod
    def item_problem(item: dict) -> str | None:
        """Why the API does not take this vehicle (bad VIN or unknown brand), or None."""
        problem = vin_problem(item.get("vin"))
        if problem:
            return problem
        if item.get("brand") not in BRANDS:
            return "The brand is invalid"
        return None

    def add(self, item: dict, now: float) -> dict:
        """One vehicle of a POST: its ``{vin, status[, description]}`` answer."""
        vin = item.get("vin")
        brand = item.get("brand")
        problem = self.item_problem(item)
        if problem:
            return {"vin": vin, "status": "error", "description": problem}
        vin, brand = str(vin), str(brand)  # item_problem: a valid VIN and a known brand
        rec = self.records.get(vin)
        if rec is not None and rec.status in ("pending", "approved"):
            return {"vin": vin, "status": rec.status}  # already requested: idempotent
        tags = dict(item.get("tags") or {})
        if brand in VW_GROUP and self.business_name and not tags.get(VW_TAG):
            tags[VW_TAG] = self.business_name
        if rec is None:
            rec = Record(vin, brand, tags, item.get("control_measures"), now)
            self.records[vin] = rec
        else:  # asking again after a rejection, revoke or cancel starts a new pending phase
            rec.brand, rec.tags, rec.created = brand, tags, now
            rec.control_measures = item.get("control_measures")
        if vin == VIN_STAYS_PENDING:
            self._enter(rec, "pending", now)
        elif vin == VIN_REJECTED_LATER:
            self._enter(rec, "pending", now, then="rejected", after=self.timings.reject)
        else:
            self._enter(rec, "pending", now, then="approved", after=self.timings.approve)
        return {"vin": vin, "status": "pending"}

    def delete(self, vin: str, now: float) -> dict:
        """DELETE: cancel a pending clearance, revoke an approved one."""
        rec = self.get(vin)
        if rec.status in ("revoking", "canceling"):
            raise FleetError(409, "Conflict", TRANSITION_MODE, "vin")
        if rec.status in ("revoked", "canceled", "rejected"):
            raise FleetError(*self.removed_refusal, "vin")
        if rec.status == "pending":
            if rec.brand in self.no_cancel:
                raise FleetError(*self.cancel_refusal, "vin")
            if now - rec.created < self.timings.cancel_min_age:
                raise FleetError(
                    422,
                    "too early",
                    "the pending status could only be canceled after 1 day it's created",
                    "status",
                )
            self._enter(rec, "canceling", now, then="canceled", after=self.timings.cancel)
        else:
            self._enter(rec, "revoking", now, then="revoked", after=self.timings.revoke)
        return {"vin": vin, "status": rec.status}

    def get(self, vin: str) -> Record:
        rec = self.records.get(vin)
        if rec is None:
            raise FleetError(404, "Not Found", "Clearance for the given VIN was not found", "vin")
        return rec

    @staticmethod
    def describe(rec: Record) -> dict:
        return {
            "vin": rec.vin,
            "brand": rec.brand,
            "status": rec.status,
            "tags": dict(rec.tags),
            "changelog": [{"timestamp": iso(ts), "status": st} for ts, st in rec.changelog],
        }

    # -- eligibility and data ----------------------------------------------------------
    @staticmethod
    def eligibility(vin: object, brand: object, overrides: dict) -> dict:
        problem = vin_problem(vin)
        if problem:
            raise FleetError(422, "Unprocessable Entity", problem, "vin")
        if brand not in ELIGIBILITY_BRANDS:
            raise FleetError(
                422, "Unprocessable Entity", f"eligibility check is not supported for brand {brand}", "brand"
            )
        if vin in overrides:
            return {"vin": vin, **overrides[vin]}
        if vin == VIN_NEEDS_CONTROL:
            return {
                "vin": vin,
                "eligible": True,
                "data_delivery": ["pull", "push"],
                "connectivity_status": "activated",
                "primary_user_assigned": True,
            }
        if vin in (VIN_STAYS_PENDING, VIN_REJECTED_LATER):
            return {
                "vin": vin,
                "eligible": vin == VIN_STAYS_PENDING,
                "data_delivery": [],
                "connectivity_status": "unknown",
                "primary_user_assigned": False,
            }
        seed = _seed(str(vin))
        if seed % 7 == 0:  # about one vehicle in seven has no usable connectivity
            return {
                "vin": vin,
                "eligible": False,
                "data_delivery": [],
                "connectivity_status": "deactivated",
                "primary_user_assigned": False,
            }
        delivery = ["pull", "push"] if seed % 3 else ["pull"]
        return {
            "vin": vin,
            "eligible": True,
            "data_delivery": delivery,
            "connectivity_status": "activated",
            "primary_user_assigned": bool(seed % 2),
        }

    def vehicle_data(self, vin: str, now: float) -> dict:
        """AutoAPI level 13 data of an approved vehicle; 403 without active consent."""
        rec = self.records.get(vin)
        if rec is None or rec.status != "approved":
            raise FleetError(403, "Forbidden", "No active consent for this vehicle")
        base = VIRTUAL_ODOMETER_KM if vin == VIN_NEEDS_CONTROL else 5_000 + _seed(vin) % 175_000
        # The car reports once a minute and drives about 1 km per minute while cleared.
        minutes = int(max(0.0, now - (rec.approved_at or now)) // 60)
        reported = (rec.approved_at or now) + minutes * 60
        return {
            "diagnostics": {
                "odometer": {
                    "data": {"value": float(base + minutes), "unit": "kilometers"},
                    "timestamp": iso(reported),
                }
            }
        }
