"""Demo data of the Car-Pass simulator: accounts, vehicles and their odometer history.

Dates are relative to the simulator's "today" so the demo never goes stale. Enterprise and
establishment numbers are fictional but carry valid mod-97 check digits, like real KBO/BCE
numbers. The vehicles cover the odd cases a client must handle: a van, a truck and a motorcycle
(outside Car-Pass), old-timers with short VINs (two share one VIN and need the DIV unifier or
first-use date), and a car whose Vehicle History Report is slow to build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

DEMO_USERNAME = "2123456791"  # establishment number of the demo workshop
DEMO_PASSWORD = "demo-carpass"
DEMO_ENTERPRISE = "0412345614"  # enterprise (KBO/BCE) number of the demo garage
DEMO_SECOND_SITE = "2234567818"  # a second establishment of the same enterprise

OTHER_USERNAME = "2345678942"  # another garage, the source of most seeded readings
OTHER_PASSWORD = "other-garage"
OTHER_ENTERPRISE = "0876543270"

# "for testing purposes other accounts can be set-up": a test account whose username is not an
# establishment number and whose password is not ASCII (Basic credentials are UTF-8).
TEST_USERNAME = "testuser01"
TEST_PASSWORD = "Garagé-Ürst€"

#: vehicle categories outside Car-Pass: their readings are rejected (status ERROR)
EXCLUDED_CATEGORIES = {"truck", "bus", "motorcycle"}


@dataclass
class Account:
    username: str
    password: str
    enterprise: str
    establishments: set[str]
    name: str = ""


@dataclass
class Reading:
    day: date
    km: int
    source: str  # username (establishment) that registered it
    replaced: bool = False  # an ODOMETER_REPLACED observation: a new baseline


@dataclass
class Vehicle:
    vin: str
    plate: str | None
    make: str
    model: str
    first_use: date
    category: str = "car"  # car, van, truck, bus, motorcycle
    unifier: int | None = None  # DIV unifier, tells apart old-timers sharing a short VIN
    vhr_delay: float | None = None  # seconds the VHR stays ONGOING (slow external sources)
    readings: list[Reading] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.make} {self.model}"


def demo_accounts() -> dict[str, Account]:
    """The accounts the simulator accepts, by username."""
    return {
        a.username: a
        for a in [
            Account(
                DEMO_USERNAME,
                DEMO_PASSWORD,
                DEMO_ENTERPRISE,
                {DEMO_USERNAME, DEMO_SECOND_SITE},
                "Garage Demo BV",
            ),
            Account(
                OTHER_USERNAME, OTHER_PASSWORD, OTHER_ENTERPRISE, {OTHER_USERNAME}, "Carrosserie Andere NV"
            ),
            Account(
                TEST_USERNAME,
                TEST_PASSWORD,
                DEMO_ENTERPRISE,
                {DEMO_USERNAME},
                "Garage Demo BV (test account)",
            ),
        ]
    }


# (vin, plate, make, model, first use, category, unifier, vhr_delay, [(days ago, km, source)])
_O, _D = OTHER_USERNAME, DEMO_USERNAME
_VEHICLES = [
    (
        "WVWZZZ1KZ8W123456",
        "1-ABC-123",
        "Volkswagen",
        "Golf 1.6 TDI",
        date(2008, 5, 12),
        "car",
        None,
        None,
        [(1460, 98210, _O), (1095, 121540, _O), (730, 142830, _O), (365, 163005, _O), (40, 176420, _D)],
    ),
    (
        "WBA3A5C51DF123457",
        "1-DEF-456",
        "BMW",
        "320d",
        date(2013, 2, 4),
        "car",
        None,
        None,
        [(900, 87400, _O), (540, 110230, _O), (180, 131870, _O)],
    ),
    (
        "VF1RFB00X61234567",
        "1-GHI-789",
        "Renault",
        "Mégane",
        date(2016, 9, 30),
        "car",
        None,
        None,
        [(1200, 45010, _O), (800, 61200, _O), (400, 79950, _O), (12, 94115, _D)],
    ),
    (
        "ZFA19900001234568",
        "2-JKL-012",
        "Fiat",
        "Panda",
        date(2019, 3, 18),
        "car",
        None,
        None,
        [(600, 18200, _O), (230, 24610, _O)],
    ),
    (
        "VF3LCYHZPJS123459",
        "2-MNO-345",
        "Peugeot",
        "208",
        date(2018, 6, 1),
        "car",
        None,
        None,
        [(700, 30100, _O), (350, 41820, _O), (3, 52300, _D)],
    ),
    (
        "WDD2050041R123450",
        "1-PQR-678",
        "Mercedes-Benz",
        "C 200",
        date(2015, 11, 20),
        "car",
        None,
        None,
        [(1000, 101500, _O), (500, 134200, _O), (100, 151330, _O)],
    ),
    (
        "TMBJJ7NE1K0123451",
        "2-STU-901",
        "Škoda",
        "Octavia Combi",
        date(2019, 1, 9),
        "car",
        None,
        None,
        [(650, 60400, _O), (300, 92010, _O), (30, 118760, _D)],
    ),
    (
        "WF0XXXTTGXGY12345",
        "1-VWX-234",
        "Ford",
        "Transit Custom",
        date(2017, 4, 3),
        "van",
        None,
        None,
        [(900, 120300, _O), (450, 171900, _O), (60, 214550, _O)],
    ),
    (
        "5YJ3E7EB2KF123458",
        "2-YZA-567",
        "Tesla",
        "Model 3",
        date(2020, 7, 14),
        "car",
        None,
        55.0,
        [(500, 40100, _O), (150, 61380, _O)],
    ),
    (
        "JTDKB20U003123452",
        "1-BCD-890",
        "Toyota",
        "Prius",
        date(2011, 10, 2),
        "car",
        None,
        None,
        [(1100, 190200, _O), (370, 231840, _O)],
    ),
    (
        "WMAH05ZZZ5M123453",
        "1-EFG-123",
        "MAN",
        "TGX 18.440 (truck)",
        date(2012, 3, 5),
        "truck",
        None,
        None,
        [(300, 812000, _O)],
    ),
    (
        "JH2SC59A08K123454",
        "1-HIJ-456",
        "Honda",
        "CBR1000RR",
        date(2008, 4, 22),
        "motorcycle",
        None,
        None,
        [(400, 38200, _O)],
    ),
    (
        "1110101234567",
        "1-KLM-789",
        "Mercedes-Benz",
        "220 SE (W111)",
        date(1964, 6, 15),
        "car",
        None,
        None,
        [(1500, 183400, _O), (720, 184100, _O)],
    ),
    (
        "118234567",
        "1-NOP-012",
        "Volkswagen",
        "Kever 1300",
        date(1968, 4, 2),
        "car",
        1,
        None,
        [(800, 96200, _O)],
    ),
    (
        "118234567",
        "1-QRS-345",
        "Volkswagen",
        "Kever 1302",
        date(1971, 9, 15),
        "car",
        2,
        None,
        [(800, 151000, _O)],
    ),
]


def demo_vehicles(today: date) -> list[Vehicle]:
    """Fresh vehicles with their reading history, dated relative to ``today``."""
    vehicles = []
    for vin, plate, make, model, first_use, category, unifier, vhr_delay, history in _VEHICLES:
        readings = [Reading(today - timedelta(days=ago), km, source) for ago, km, source in history]
        vehicles.append(Vehicle(vin, plate, make, model, first_use, category, unifier, vhr_delay, readings))
    return vehicles
