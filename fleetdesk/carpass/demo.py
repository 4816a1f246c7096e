"""Demo mode: the garage's own register and history, plus a few readings waiting to be sent.

The history makes the prechecks speak up in the demo (type 150,000 km for the Golf and the
"lower than the previous reading" warning appears); the queued readings go out as soon as the
app starts and show every outcome: processed, an issue to correct (a typo, 113,870 instead of
131,870 km), a Vehicle History Report, and a reading entered two days ago while offline.
Dates are relative to today so the demo never goes stale.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationType
from fleetdesk.carpass.prechecks import ReadingEntry
from fleetdesk.core.clock import utc_iso

# (vin, plate, description, category, country, [(days ago, km)] from the previous DMS)
REGISTER = [
    (
        "WVWZZZ1KZ8W123456",
        "1-ABC-123",
        "Volkswagen Golf 1.6 TDI",
        "car",
        "BE",
        [(1460, 98210), (1095, 121540), (730, 142830), (365, 163005)],
    ),
    ("WBA3A5C51DF123457", "1-DEF-456", "BMW 320d", "car", "BE", [(900, 87400), (540, 110230), (180, 131870)]),
    (
        "VF1RFB00X61234567",
        "1-GHI-789",
        "Renault Mégane",
        "car",
        "BE",
        [(1200, 45010), (800, 61200), (400, 79950)],
    ),
    ("ZFA19900001234568", "2-JKL-012", "Fiat Panda", "car", "BE", [(600, 18200), (230, 24610)]),
    ("VF3LCYHZPJS123459", "2-MNO-345", "Peugeot 208", "car", "BE", [(700, 30100), (350, 41820)]),
    (
        "WDD2050041R123450",
        "1-PQR-678",
        "Mercedes-Benz C 200",
        "car",
        "BE",
        [(1000, 101500), (500, 134200), (100, 151330)],
    ),
    ("TMBJJ7NE1K0123451", "2-STU-901", "Škoda Octavia Combi", "car", "BE", [(650, 60400), (300, 92010)]),
    (
        "WF0XXXTTGXGY12345",
        "1-VWX-234",
        "Ford Transit Custom",
        "van",
        "BE",
        [(900, 120300), (450, 171900), (60, 214550)],
    ),
    ("5YJ3E7EB2KF123458", "2-YZA-567", "Tesla Model 3", "car", "BE", [(500, 40100), (150, 61380)]),
    ("JTDKB20U003123452", "1-BCD-890", "Toyota Prius", "car", "BE", [(1100, 190200), (370, 231840)]),
    ("WMAH05ZZZ5M123453", "1-EFG-123", "MAN TGX 18.440", "truck", "BE", [(300, 812000)]),
    ("JH2SC59A08K123454", "1-HIJ-456", "Honda CBR1000RR", "motorcycle", "BE", [(400, 38200)]),
    (
        "1110101234567",
        "1-KLM-789",
        "Mercedes-Benz 220 SE (W111)",
        "car",
        "BE",
        [(1500, 183400), (720, 184100)],
    ),
    ("WAUZZZ8V5KA123455", "AB-123-CD", "Audi A3 (French plates)", "car", "FR", [(200, 55400)]),
]
# readings this garage sent earlier (Car-Pass has them from us): (vin, days ago, km)
SENT_EARLIER = [
    ("WVWZZZ1KZ8W123456", 40, 176420),
    ("VF1RFB00X61234567", 12, 94115),
    ("VF3LCYHZPJS123459", 3, 52300),
    ("TMBJJ7NE1K0123451", 30, 118760),
]


def seed(rt, svc) -> None:
    """Fill a fresh demo store (called once per demo data dir)."""
    today = svc.today()
    now = rt.clock.now()
    stamp = utc_iso(now)
    settings = rt.config.settings
    if not settings.get("carpass.email"):
        settings.set("carpass.email", "werkplaats@garage-demo.example")

    def tx(db):
        for vin, plate, description, category, country, history in REGISTER:
            st.upsert_vehicle(
                db, vin=vin, plate=plate, description=description, category=category, plate_country=country
            )
            for ago, km in history:
                db[st.TABLE].insert(_row(vin, today - timedelta(days=ago), km, "import", st.HISTORY, stamp))
        for vin, ago, km in SENT_EARLIER:
            reading_id = (
                db[st.TABLE]
                .insert(_row(vin, today - timedelta(days=ago), km, "entry", st.PROCESSED, stamp))
                .last_pk
            )
            guid = str(uuid.uuid4())
            db["carpass_requests"].insert(
                {
                    "guid": guid,
                    "reading_id": reading_id,
                    "kind": "observation",
                    "status": "PROCESSED",
                    "status_text": "PROCESSED",
                    "received_at": stamp,
                    "final_at": stamp,
                    "polls": 1,
                }
            )
            db[st.TABLE].update(
                reading_id, {"request_guid": guid, "status_text": "PROCESSED", "final_at": stamp}
            )

    rt.store.write(tx)
    waiting = [
        (
            ReadingEntry("94870", today, vin="VF1RFB00X61234567", operation_kind="tyres"),
            "Winter tyres fitted",
        ),
        (ReadingEntry("113870", today, vin="WBA3A5C51DF123457"), "Brake pads and discs, front"),
        (
            ReadingEntry("27450", today, ObservationType.VEHICLE_HISTORY_DOCUMENT, vin="ZFA19900001234568"),
            "Trade-in, for sale in the showroom",
        ),
        (
            ReadingEntry("243120", today - timedelta(days=2), license_plate="1-BCD-890"),
            "Saturday service (entered while offline)",
        ),
    ]
    for entry, work in waiting:
        svc.submit(entry, acknowledge=True, work_description=work, language="en")


def _row(vin: str, day, km: int, origin: str, state: str, stamp: str) -> dict:
    return {
        "vin": vin,
        "reading_date": day.isoformat(),
        "odometer": km,
        "observation_type": ObservationType.REPAIR_MAINTENANCE_SERVICE.value,
        "origin": origin,
        "state": state,
        "created_at": stamp,
        "updated_at": stamp,
        "enterprise": "0412345614" if origin == "entry" else None,
        "establishment": "2123456791" if origin == "entry" else None,
        **st.created_by(),
    }
