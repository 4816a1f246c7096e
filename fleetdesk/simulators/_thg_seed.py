"""Demo data for the THG-quota simulator, and a fast bulk seeder for paging tests."""

from __future__ import annotations

import calendar
import hashlib
import time

from fleetdesk.simulators._thg_data import Store, iso, vin_from

_DEMO_VEHICLES = [
    # (status, status_reason, customer_reference1, customer_reference2, days ago)
    ("verified", "", "FD-1001", "B-MX 1201E", 720),
    ("verified", "", "FD-1002", "B-MX 1202E", 710),
    ("verified", "", "FD-1003", "B-MX 1203E", 700),
    ("verified", "", "FD-1004", "HH-FD 44E", 690),
    ("verified", "", "FD-1005", "HH-FD 45E", 680),
    ("verified", "", "FD-1006", "M-QT 706E", 40),
    ("not_verified_unreadable", "", "FD-1007", "M-QT 707E", 35),
    ("not_verified_wrong_document_type", "", "FD-1008", "K-EV 808E", 30),
    ("not_verified_wrong_fuel_code", "", "FD-1009", "K-HY 809", 25),
    (
        "not_verified_other_reason",
        "The registration was cancelled (Fahrzeug abgemeldet) before the quota year.",
        "FD-1010",
        "K-EV 810E",
        20,
    ),
]


def seed_demo(store: Store, now: float) -> None:
    """A fleet operator with 12 vehicles in every status and last year's UBA answers."""
    org = store.add_registrant(
        {
            "type": "organization",
            "last_name_or_organization": "Muster Logistik GmbH",
            "street": "Hafenstraße 12",
            "postal_code": "20457",
            "city": "Hamburg",
            "email": "thg@muster-logistik.example",
            "customer_reference": "ML-001",
        },
        now - 400 * 86400,
    )
    store.add_registrant(
        {
            "type": "person",
            "first_name": "Maike",
            "last_name_or_organization": "Maier",
            "street": "Lindenweg 3",
            "postal_code": "10115",
            "city": "Berlin",
            "customer_reference": "P-0002",
        },
        now - 200 * 86400,
    )
    vehicles = []
    for i, (status, reason, ref1, ref2, days) in enumerate(_DEMO_VEHICLES):
        vin = vin_from(hashlib.sha256(f"demo-{i}".encode()).digest())
        vehicles.append(
            store.add_final_vehicle(
                org["id"],
                vin,
                status,
                now - days * 86400,
                reason=reason,
                refs={"customer_reference1": ref1, "customer_reference2": ref2},
                registered=f"20{20 + i % 5}-0{1 + i % 9}-1{i % 9}",
            )
        )
    # a second upload of vehicle 1's document, caught as a duplicate (status not in the docs)
    store.add_final_vehicle(
        org["id"],
        vehicles[0]["vin"],
        "not_verified_duplicate",
        now - 10 * 86400,
        reason=f"This registration document was already submitted (vehicle {vehicles[0]['id']}).",
        refs={"customer_reference1": "FD-1011", "customer_reference2": "B-MX 1201E"},
    )
    # one upload still being validated: it turns verified shortly after the demo starts
    pending = store.add_vehicle(
        org["id"],
        b"%PDF-1.4 THG-SIM:VERIFIED demo",
        "scan-fd-1012.pdf",
        {"customer_reference1": "FD-1012", "customer_reference2": "B-MX 1212E"},
        now,
    )

    last_year = time.gmtime(now).tm_year - 1
    start = calendar.timegm((last_year, 3, 1, 9, 0, 0, 0, 0, 0))
    for n, vehicle in enumerate(vehicles[:5]):
        request = {
            "id": store.new_id("u"),
            "vehicle_id": vehicle["id"],
            "year": last_year,
            "ready_for_uba": None,
            "created": iso(start - 86400 * (10 - n)),
            "sent": None,
        }
        store.uba_requests[request["id"]] = request
        sent = start + n * 7 * 86400
        store.uba_overrides[(vehicle["id"], last_year)] = (
            (False, "The vehicle was already claimed for this year by another party.")
            if n == 3
            else (True, "")
        )
        if n == 4:
            store.replies_held.add(request["id"])  # the UBA has not answered this one yet
        store.send_to_uba(request, sent, None if n == 4 else sent + 21 * 86400)
    # this year: one request on hold (revocation period), one waiting for its vehicle
    for vehicle, ready in ((vehicles[5], iso(now + 10 * 86400)), (pending, None)):
        request = {
            "id": store.new_id("u"),
            "vehicle_id": vehicle["id"],
            "year": last_year + 1,
            "ready_for_uba": ready,
            "created": iso(now - 3600),
            "sent": None,
        }
        store.uba_requests[request["id"]] = request


def seed_bulk(
    store: Store,
    count: int,
    now: float,
    *,
    registrant_id: int | None = None,
    status: str = "verified",
    prefix: str = "BULK",
) -> list[int]:
    """Add ``count`` finished vehicles quickly (no documents); returns their ids."""
    if registrant_id is None:
        registrant_id = (
            next(iter(store.registrants), None)
            or store.add_registrant({"type": "organization", "last_name_or_organization": "Bulk GmbH"}, now)[
                "id"
            ]
        )
    ids = []
    for i in range(count):
        vin = vin_from(hashlib.sha256(f"{prefix}-{i}".encode()).digest())
        v = store.add_final_vehicle(
            registrant_id, vin, status, now - (count - i), refs={"customer_reference1": f"{prefix}-{i:06d}"}
        )
        ids.append(v["id"])
    return ids
