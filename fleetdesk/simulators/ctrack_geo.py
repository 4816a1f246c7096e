"""Geography for the Ctrack simulator: real places in and around Brussels/Antwerp, loop routes.

Coordinates are approximate but real, so the demo map shows vehicles on familiar ground.
Routes are straight lines between places (the map draws them over the streets; that is fine for
a demo and keeps the motion model exact and cheap).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

EARTH_RADIUS_M = 6_371_000.0


@dataclass(frozen=True)
class Place:
    key: str
    street: str
    district: str
    city: str
    postcode: str
    lat: float
    lon: float


PLACES: dict[str, Place] = {
    p.key: p
    for p in [
        Place("grandplace", "Grote Markt", "Brussels Centre", "Brussels", "1000", 50.8467, 4.3524),
        Place("midi", "Avenue Fonsny", "Saint-Gilles", "Brussels", "1060", 50.8358, 4.3363),
        Place("nord", "Rue du Progrès", "Saint-Josse-ten-Noode", "Brussels", "1210", 50.8603, 4.3621),
        Place("atomium", "Place de l'Atomium", "Laeken", "Brussels", "1020", 50.8949, 4.3415),
        Place("cinquantenaire", "Avenue de Tervueren", "Etterbeek", "Brussels", "1040", 50.8398, 4.3925),
        Place("schuman", "Rue de la Loi", "European Quarter", "Brussels", "1040", 50.8432, 4.3822),
        Place("flagey", "Place Flagey", "Ixelles", "Brussels", "1050", 50.8275, 4.3725),
        Place("cambre", "Avenue Louise", "Bois de la Cambre", "Brussels", "1000", 50.8130, 4.3760),
        Place("uccle", "Chaussée d'Alsemberg", "Uccle", "Brussels", "1180", 50.8020, 4.3370),
        Place("anderlecht", "Boulevard Sylvain Dupuis", "Anderlecht", "Brussels", "1070", 50.8363, 4.3086),
        Place("molenbeek", "Chaussée de Gand", "Molenbeek-Saint-Jean", "Brussels", "1080", 50.8560, 4.3250),
        Place("jette", "Place Reine Astrid", "Jette", "Brussels", "1090", 50.8778, 4.3260),
        Place("schaerbeek", "Chaussée de Haecht", "Schaerbeek", "Brussels", "1030", 50.8670, 4.3780),
        Place("evere", "Avenue Léopold III", "Evere", "Brussels", "1140", 50.8780, 4.4220),
        Place("woluwe", "Rue Saint-Lambert", "Woluwe-Saint-Lambert", "Brussels", "1200", 50.8460, 4.4350),
        Place("auderghem", "Boulevard du Souverain", "Auderghem", "Brussels", "1160", 50.8150, 4.4300),
        Place("forest", "Avenue Van Volxem", "Forest", "Brussels", "1190", 50.8120, 4.3220),
        Place("port", "Avenue du Port", "Port of Brussels", "Brussels", "1000", 50.8640, 4.3480),
        Place("vilvoorde", "Leuvensestraat", "Vilvoorde", "Vilvoorde", "1800", 50.9281, 4.4250),
        Place("diegem", "Woluwelaan", "Diegem", "Machelen", "1831", 50.8930, 4.4340),
        Place("airport", "Leopoldlaan", "Brussels Airport", "Zaventem", "1930", 50.9010, 4.4844),
        Place("mechelen", "Grote Markt", "Mechelen Centrum", "Mechelen", "2800", 51.0280, 4.4800),
        Place("boom", "Antwerpsestraat", "Boom", "Boom", "2850", 51.0920, 4.3660),
        Place(
            "antwerpen", "Koningin Astridplein", "Antwerpen Centraal", "Antwerpen", "2018", 51.2172, 4.4211
        ),
        Place("antwerpport", "Noorderlaan", "Haven Antwerpen", "Antwerpen", "2030", 51.2600, 4.4100),
    ]
}

#: named points of interest (depots, customers, fuel) served by GetPointPOIs
#: (key, name, category, category id, lat, lon, place key for the address, cost centre index)
POI_DEFS = [
    ("depot-anderlecht", "FleetDesk Depot Anderlecht", "Depot", 481, 50.8330, 4.3000, "anderlecht", 0),
    ("depot-vilvoorde", "FleetDesk Depot Vilvoorde", "Depot", 481, 50.9260, 4.4190, "vilvoorde", 0),
    ("depot-antwerp", "FleetDesk Depot Antwerp Port", "Depot", 481, 51.2590, 4.4080, "antwerpport", 1),
    ("cust-hospital", "Customer: Etterbeek Hospital", "Customer", 488, 50.8380, 4.3880, "cinquantenaire", 0),
    ("cust-market", "Customer: Midi Market", "Customer", 488, 50.8365, 4.3380, "midi", 0),
    ("cust-airport", "Customer: Airport Cargo", "Customer", 488, 50.9000, 4.4820, "airport", 0),
    ("cust-mechelen", "Customer: Mechelen Warehouse", "Customer", 488, 51.0270, 4.4780, "mechelen", 1),
    ("fuel-woluwe", "Fuel: Woluwe", "Fuel", 490, 50.8455, 4.4330, "woluwe", 0),
]

#: closed loops through places; (place keys, cruising speed km/h range, drive/stop minutes)
ROUTE_DEFS = [
    (["grandplace", "nord", "schuman", "flagey", "midi"], (22, 32)),
    (["midi", "anderlecht", "molenbeek", "jette", "atomium", "port", "nord", "grandplace"], (28, 40)),
    (["schuman", "cinquantenaire", "woluwe", "auderghem", "cambre", "flagey"], (30, 45)),
    (["nord", "schaerbeek", "evere", "diegem", "airport", "vilvoorde", "port"], (35, 55)),
    (["midi", "forest", "uccle", "cambre", "flagey"], (26, 38)),
    (
        ["port", "vilvoorde", "mechelen", "antwerpen", "antwerpport", "boom", "mechelen", "vilvoorde"],
        (65, 80),
    ),
]

_COMPASS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from point 1 to point 2, degrees clockwise from north."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360.0) % 360.0


def compass(heading: float) -> str:
    """Eight-point compass text, as Ctrack's HeadingText shows it."""
    return _COMPASS[int((heading % 360 + 22.5) // 45) % 8]


class Route:
    """A closed loop of waypoints; ``at(s)`` gives position and heading ``s`` metres along it."""

    def __init__(self, points: list[tuple[float, float]], speed_kmh: tuple[int, int]):
        self.points = points + [points[0]]
        self.speed_kmh = speed_kmh
        self.cumulative = [0.0]
        self.headings = []
        for (a_lat, a_lon), (b_lat, b_lon) in zip(self.points, self.points[1:]):
            self.cumulative.append(self.cumulative[-1] + distance_m(a_lat, a_lon, b_lat, b_lon))
            self.headings.append(bearing_deg(a_lat, a_lon, b_lat, b_lon))
        self.length = self.cumulative[-1]

    def at(self, s: float) -> tuple[float, float, float]:
        s %= self.length
        i = min(bisect.bisect_right(self.cumulative, s) - 1, len(self.headings) - 1)
        seg = self.cumulative[i + 1] - self.cumulative[i]
        f = (s - self.cumulative[i]) / seg if seg else 0.0
        (a_lat, a_lon), (b_lat, b_lon) = self.points[i], self.points[i + 1]
        return a_lat + (b_lat - a_lat) * f, a_lon + (b_lon - a_lon) * f, self.headings[i]


ROUTES = [Route([(PLACES[k].lat, PLACES[k].lon) for k in keys], speed) for keys, speed in ROUTE_DEFS]


def location_string(lat: float, lon: float) -> str:
    """A Ctrack-style location: 'at <POI>; near <street>; <district>; in <city>; Belgium; <pc>; '."""
    place = min(PLACES.values(), key=lambda p: (p.lat - lat) ** 2 + ((p.lon - lon) * 0.63) ** 2)
    text = f"near {place.street}; {place.district}; in {place.city}; Belgium; {place.postcode}; "
    for _key, name, _kind, _group, plat, plon, *_ in POI_DEFS:
        if abs(plat - lat) < 0.003 and abs(plon - lon) < 0.005 and distance_m(lat, lon, plat, plon) < 250:
            return f"at {name}; " + text
    return text


def address(place_key: str) -> str:
    """The multi-line address format of GetPointPOIs (city, postcode, country, region)."""
    p = PLACES[place_key]
    region = "Brussels-Capital" if p.city == "Brussels" else "Flanders"
    return f"{p.street}\n{p.city}\n{p.postcode}\nBelgium\n{region}\r\n"
