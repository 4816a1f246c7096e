"""State and rules of the THG-quota (QaaS Vehicles) simulator, free of HTTP.

Records are kept in their wire shape (dicts), so what the routes return is what is stored.
Everything time-dependent is computed from the injected clock by ``tick(now)``: a vehicle stays
``pending`` for ``validation_delay`` seconds and then gets the outcome its document decides
(``outcome_for``); a UBA request is sent ``uba_send_delay`` seconds after it became eligible
(vehicle verified, ``ready_for_uba`` reached) and answered ``uba_reply_delay`` seconds later.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import time
from dataclasses import dataclass, field

STATUSES = (
    "pending",
    "verified",
    "not_verified_unreadable",
    "not_verified_wrong_document_type",
    "not_verified_wrong_fuel_code",
    "not_verified_other_reason",
    # not in the vendor's documentation: the docs lag the live API, clients must cope
    "not_verified_duplicate",
)

#: content markers that decide a document's outcome (tests and demo documents use them)
MARKERS = {
    b"THG-SIM:VERIFIED": ("verified", ""),
    b"THG-SIM:UNREADABLE": ("not_verified_unreadable", ""),
    b"THG-SIM:WRONG-DOCUMENT": ("not_verified_wrong_document_type", ""),
    b"THG-SIM:WRONG-FUEL": ("not_verified_wrong_fuel_code", ""),
    b"THG-SIM:OTHER": (
        "not_verified_other_reason",
        "The registration was cancelled (Fahrzeug abgemeldet) before the quota year.",
    ),
}
_VIN_RX = re.compile(rb"VIN=([A-HJ-NPR-Z0-9]{17})")
_VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VEHICLE_FIELDS = (
    "id",
    "vehicleregistrant_id",
    "owner_first_name",
    "owner_last_name_or_organization",
    "vin",
    "vehicle_class",
    "status",
    "status_reason",
    "vehicle_registration",
    "status_update",
    "customer_reference1",
    "customer_reference2",
    "customer_reference3",
    "created",
    # extra fields the documentation does not list
    "document_filename",
    "last_modified",
)


def iso(epoch: float) -> str:
    """Wire timestamp: UTC, whole seconds, trailing Z."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def parse_z(text: str) -> float:
    """Epoch seconds of ``2022-01-01T13:00:00Z`` or ``2022-01-01T00:00Z``; ValueError otherwise."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?Z", text or "")
    if not m:
        raise ValueError(text)
    y, mo, d, h, mi = (int(g) for g in m.groups()[:5])
    s = int(m.group(6) or 0)
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0)) + float(m.group(7) or 0)


def vin_from(digest: bytes) -> str:
    tail = "".join(_VIN_ALPHABET[b % len(_VIN_ALPHABET)] for b in digest[:8])
    return "WVWZZZE1" + tail + str(digest[8] % 10)


def outcome_for(content: bytes) -> tuple[str, str, str]:
    """(status, status_reason, vin) a document will get: markers first, else its hash decides."""
    digest = hashlib.sha256(content).digest()
    m = _VIN_RX.search(content)
    vin = m.group(1).decode() if m else vin_from(digest)
    for marker, (status, reason) in MARKERS.items():
        if marker in content:
            return status, reason, vin
    roll = digest[0] % 10
    if roll == 0:
        return "not_verified_unreadable", "", vin
    if roll == 1:
        return (
            "not_verified_other_reason",
            "The owner's name on the document does not match the registrant.",
            vin,
        )
    return "verified", "", vin


@dataclass
class Timings:
    validation_delay: float = 90.0  # pending -> final (the service promises <= 2 working days)
    uba_send_delay: float = 300.0  # eligible -> sent to the UBA (bulk submissions)
    uba_reply_delay: float = 600.0  # sent -> reply


@dataclass
class Store:
    timings: Timings
    registrants: dict[int, dict] = field(default_factory=dict)
    vehicles: dict[int, dict] = field(default_factory=dict)
    pending: dict[int, tuple[float, str, str, str]] = field(default_factory=dict)  # id -> due, outcome
    uba_requests: dict[int, dict] = field(default_factory=dict)
    uba_responses: dict[int, dict] = field(default_factory=dict)  # by UBA request id
    uba_overrides: dict[tuple[int, int], tuple[bool, str]] = field(default_factory=dict)
    verified_at: dict[int, float] = field(default_factory=dict)
    replies_held: set[int] = field(default_factory=set)  # UBA request ids the UBA never answers
    next_ids: dict[str, int] = field(default_factory=lambda: {"r": 1, "v": 1, "u": 1})

    def new_id(self, kind: str) -> int:
        value = self.next_ids[kind]
        self.next_ids[kind] = value + 1
        return value

    # -- registrants ------------------------------------------------------------------
    def add_registrant(self, data: dict, now: float) -> dict:
        rid = self.new_id("r")
        record = {
            "id": rid,
            "type": data.get("type", "organization"),
            "first_name": data.get("first_name") or "",
            "last_name_or_organization": data.get("last_name_or_organization") or "",
            "street": data.get("street") or "",
            "postal_code": data.get("postal_code") or "",
            "city": data.get("city") or "",
            "country": data.get("country") or "DE",
            "email": data.get("email") or "",
            "customer_reference": data.get("customer_reference") or "",
            "created": iso(now),
        }
        self.registrants[rid] = record
        return record

    # -- vehicles ---------------------------------------------------------------------
    def add_vehicle(
        self, registrant_id: int, content: bytes, filename: str, refs: dict[str, str], now: float
    ) -> dict:
        vid = self.new_id("v")
        vehicle: dict[str, object] = {k: None for k in VEHICLE_FIELDS}
        vehicle.update(
            id=vid,
            vehicleregistrant_id=registrant_id,
            status="pending",
            status_reason="",
            status_update=iso(now),
            created=iso(now),
            document_filename=filename,
            last_modified=iso(now),
        )
        for n in (1, 2, 3):
            vehicle[f"customer_reference{n}"] = refs.get(f"customer_reference{n}", "")
        self.vehicles[vid] = vehicle
        status, reason, vin = outcome_for(content)
        self.pending[vid] = (now + self.timings.validation_delay, status, reason, vin)
        return vehicle

    def add_final_vehicle(
        self,
        registrant_id: int,
        vin: str,
        status: str,
        when: float,
        refs: dict[str, str] | None = None,
        reason: str = "",
        registered: str = "2021-03-15",
        vehicle_class: str = "M1",
    ) -> dict:
        """A vehicle whose validation finished at ``when`` (seeding)."""
        vid = self.new_id("v")
        reg = self.registrants.get(registrant_id, {})
        vehicle = {
            "id": vid,
            "vehicleregistrant_id": registrant_id,
            "owner_first_name": reg.get("first_name", ""),
            "owner_last_name_or_organization": reg.get("last_name_or_organization", ""),
            "vin": vin,
            "vehicle_class": vehicle_class,
            "status": status,
            "status_reason": reason,
            "vehicle_registration": registered,
            "status_update": iso(when),
            "customer_reference1": "",
            "customer_reference2": "",
            "customer_reference3": "",
            "created": iso(when - 3600),
            "document_filename": f"fahrzeugschein-{vid}.jpg",
            "last_modified": iso(when),
        }
        vehicle.update(refs or {})
        self.vehicles[vid] = vehicle
        if status == "verified":
            self.verified_at[vid] = when
        return vehicle

    def _finalize(self, vid: int, due: float, status: str, reason: str, vin: str) -> None:
        vehicle = self.vehicles[vid]
        reg = self.registrants.get(vehicle["vehicleregistrant_id"], {})
        digest = hashlib.sha256(vin.encode()).digest()
        if status == "verified":
            earlier = next(
                (
                    v
                    for v in self.vehicles.values()
                    if v["vin"] == vin and v["status"] == "verified" and v["id"] != vid
                ),
                None,
            )
            if earlier is not None:
                status = "not_verified_duplicate"
                reason = f"This registration document was already submitted (vehicle {earlier['id']})."
        if status != "not_verified_unreadable":
            vehicle.update(
                vin=vin,
                vehicle_class="M1",
                owner_first_name=reg.get("first_name", ""),
                owner_last_name_or_organization=reg.get("last_name_or_organization", ""),
                vehicle_registration=f"{2018 + digest[1] % 7}-{1 + digest[2] % 12:02d}-{1 + digest[3] % 28:02d}",
            )
        vehicle.update(status=status, status_reason=reason, status_update=iso(due), last_modified=iso(due))
        if status == "verified":
            self.verified_at[vid] = due
        else:
            # the service deletes UBA requests of vehicles that are not (or no longer) eligible
            for rid in [
                r for r, u in self.uba_requests.items() if u["vehicle_id"] == vid and u["sent"] is None
            ]:
                del self.uba_requests[rid]

    # -- UBA --------------------------------------------------------------------------
    def uba_outcome(self, vehicle_id: int, year: int) -> tuple[bool, str]:
        if (vehicle_id, year) in self.uba_overrides:
            return self.uba_overrides[(vehicle_id, year)]
        vin = self.vehicles[vehicle_id]["vin"] or ""
        if hashlib.sha256(f"{vin}/{year}".encode()).digest()[0] % 8 == 0:
            return False, "The vehicle was already claimed for this year by another party."
        return True, ""

    def send_to_uba(self, request: dict, sent: float, reply: float | None) -> None:
        request["sent"] = iso(sent)
        response = {
            "id": request["id"],
            "ubarequest_id": request["id"],
            "vehicle_id": request["vehicle_id"],
            "year": request["year"],
            "sent": iso(sent),
            "reply": None,
            "confirmed": None,
            "rejected_reason": "",
            "uba_batch_id": f"B{time.strftime('%Y%m%d', time.gmtime(sent))}",
        }
        self.uba_responses[request["id"]] = response
        if reply is not None:
            self._reply(response, reply)

    def _reply(self, response: dict, when: float) -> None:
        confirmed, reason = self.uba_outcome(response["vehicle_id"], response["year"])
        response.update(reply=iso(when), confirmed=confirmed, rejected_reason=reason)

    def tick(self, now: float) -> None:
        """Apply every change that is due by ``now`` (validation, UBA submission and reply)."""
        for vid, (due, status, reason, vin) in sorted(self.pending.items()):
            if due <= now:
                del self.pending[vid]
                self._finalize(vid, due, status, reason, vin)
        t = self.timings
        for request in self.uba_requests.values():
            if request["sent"] is not None:
                continue
            verified = self.verified_at.get(request["vehicle_id"])
            if verified is None:
                continue
            hold = parse_z(request["ready_for_uba"]) if request["ready_for_uba"] else 0.0
            send_at = max(parse_z(request["created"]), hold, verified) + t.uba_send_delay
            if send_at <= now:
                self.send_to_uba(request, send_at, None)
        for response in self.uba_responses.values():
            if response["reply"] is None and response["id"] not in self.replies_held:
                reply_at = parse_z(response["sent"]) + t.uba_reply_delay
                if reply_at <= now:
                    self._reply(response, reply_at)
