"""The simulated Ctrack fleet: vehicles moving along deterministic loops, their position fixes and trips.

Everything is a pure function of time, so any instant (past or present) can be answered without
a background thread, and tests with an injected clock get exactly the same answers every run.

Each vehicle repeats a cycle: drive ``drive_s`` seconds along its route, then stop ``stop_s``
seconds (ignition off, or on for the idling vehicles). A trip is one drive. While driving or idling
the unit reports every ``interval_s``; with the ignition off only a heartbeat every ``heartbeat_s``.

Odd vehicles, as real fleets have them:
- ``parked``: long stops with the ignition off (heartbeats only);
- ``idling``: long stops with the ignition on and speed 0;
- ``stale``: the unit stopped reporting ``stale_hours`` before the simulator started;
- ``future``: the unit's clock runs ``future_offset_s`` ahead (EventTimeUTC in the future);
- ``late``: the unit loses coverage for ``late_outage_s`` of every ``late_period_s`` and then
  sends the buffered fixes *after* its first live fix, so they arrive out of order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from fleetdesk.simulators.ctrack_geo import ROUTES, Route

DAY = 86_400.0
COST_CENTRES = [(3039, "FleetDesk Brussels"), (3040, "FleetDesk Antwerp")]
LONG_HAUL_ROUTE = len(ROUTES) - 1

_FIRST = [
    "Jan",
    "Sofie",
    "Mohamed",
    "Lotte",
    "Pieter",
    "Nathalie",
    "Youssef",
    "Els",
    "Thomas",
    "Marie",
    "Karim",
    "Ann",
    "Bart",
    "Fatima",
    "Luc",
    "Inès",
    "Wim",
    "Chloé",
    "Koen",
    "Sarah",
]
_LAST = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambert",
    "Dupont",
    "El Amrani",
    "Vermeulen",
    "Martin",
    "Simon",
    "Laurent",
    "Hermans",
    "Aerts",
]
_VANS = [
    "Renault Master van",
    "Ford Transit Custom",
    "Mercedes Sprinter",
    "Volkswagen Crafter",
    "Iveco Daily",
    "Peugeot e-Expert",
]
_TRUCKS = ["DAF XF tractor", "Volvo FH tractor", "Scania R450"]
_UNITS = ["iS411", "iS420", "Ctrack Vuia"]
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def unit(*parts: object) -> float:
    """A deterministic pseudo-random number in [0, 1) for ``parts`` (stable across runs)."""
    h = 1469598103934665603
    for ch in repr(parts).encode():
        h = ((h ^ ch) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    h ^= h >> 29
    return (h & 0xFFFFFFFFFFFF) / float(1 << 48)


@dataclass(frozen=True)
class FleetOptions:
    count: int = 25
    interval_s: float = 15.0  # report interval while the ignition is on
    heartbeat_s: float = 900.0  # report interval while the ignition is off
    stale_hours: float = 6.0
    future_offset_s: float = 3 * 3600.0
    late_period_s: float = 900.0
    late_outage_s: float = 300.0


@dataclass
class SimVehicle:
    index: int
    node_id: int
    registration: str
    fleet_number: str
    description: str
    unit_type: str
    mit: str
    serial: str
    cellphone: str
    cost_centre: int
    driver: int | None
    kind: str
    route: Route
    s0: float
    speed_ms: float
    drive_s: float
    stop_s: float
    stop_ignition: bool
    phase: float
    grid: float
    base_odo_m: float
    stale_at: float | None = None

    @property
    def period(self) -> float:
        return self.drive_s + self.stop_s


@dataclass(frozen=True)
class SimDriver:
    index: int
    node_id: int
    driver_id: str
    name: str
    tag: str | None
    cost_centre: int


class State(NamedTuple):
    lat: float
    lon: float
    heading: float
    speed_kmh: float
    ignition: bool
    driving: bool
    odo_m: float


class Fix(NamedTuple):
    """One position report: when it happened, what the unit said, when the server got it."""

    vidx: int
    true_time: float
    event_time: float
    arrival: float


def _kind(i: int, count: int) -> str:
    specials = {5: "stale", 9: "future", 13: "late"} if count >= 14 else {0: "stale", 1: "future", 2: "late"}
    if i in specials and i < count:
        return specials[i]
    if i % 8 == 3:
        return "parked"
    if i % 12 == 7:
        return "idling"
    return "moving"


class Fleet:
    """The vehicles, drivers and cost centres, and every fix and trip they ever make."""

    def __init__(self, options: FleetOptions, created: float):
        self.options = options
        self.created = float(math.floor(created))  # units report whole seconds
        self.epoch = math.floor(created / DAY) * DAY - 7 * DAY  # history starts a week back
        n_drivers = max(1, math.ceil(options.count * 0.8))
        self.drivers = [self._make_driver(i) for i in range(n_drivers)]
        self.vehicles = [self._make_vehicle(i, n_drivers) for i in range(options.count)]
        self.by_node = {v.node_id: v for v in self.vehicles}

    # -- construction ----------------------------------------------------------------------
    def _make_driver(self, i: int) -> SimDriver:
        tag = f"01{int(unit('tag', i) * 0xFFFFFFFFFF):010X}" if i % 3 else None
        return SimDriver(
            i,
            33001 + i,
            f"DRV{i + 1:04d}",
            f"{_FIRST[i % 20]} {_LAST[(i * 7 + 3) % 20]}",
            tag,
            COST_CENTRES[0][0],
        )

    def _make_vehicle(self, i: int, n_drivers: int) -> SimVehicle:
        kind = _kind(i, self.options.count)
        route_i = LONG_HAUL_ROUTE if i % 10 == 4 else i % (len(ROUTES) - 1)
        route = ROUTES[route_i]
        lo, hi = route.speed_kmh
        speed_ms = (lo + (hi - lo) * unit("speed", i)) / 3.6
        long_haul = route_i == LONG_HAUL_ROUTE
        drive_s = float(round((50 if long_haul else 15 + 20 * unit("drive", i)) * 60))
        stop_s = float(round((15 if long_haul else 5 + 15 * unit("stop", i)) * 60))
        stop_ignition = False
        created = self.created
        if kind == "parked":
            stop_s = 10 * 3600.0
            target = created - drive_s - (1 + 2 * unit("parked", i)) * 3600
        elif kind == "idling":
            stop_s, stop_ignition = 40 * 60.0, True
            target = created - drive_s - (2 + 4 * unit("idle", i)) * 60
        else:
            target = created - unit("phase", i) * drive_s  # driving when the simulator starts
        if kind == "late":
            stop_ignition = True  # engine kept running at stops: it reports all the time
        period = drive_s + stop_s
        target = float(round(target))
        phase = target - math.ceil((target - self.epoch) / period) * period
        letters = "".join(_LETTERS[int(unit("plate", i, k) * len(_LETTERS))] for k in range(3))
        cc = COST_CENTRES[1 if long_haul else 0][0]
        driver = i % n_drivers if kind != "parked" or i % 2 else None
        vehicle = SimVehicle(
            index=i,
            node_id=20001 + i,
            registration=f"{1 + i % 2}-{letters}-{100 + (i * 37) % 900}",
            fleet_number=f"{'ANR' if long_haul else 'BXL'}{i + 1:03d}",
            description=(_TRUCKS if long_haul else _VANS)[i % (3 if long_haul else 6)],
            unit_type=_UNITS[i % 3],
            mit=f"5A53-1C-{0x18A1D + i:05X}-{0x3F49 + 7 * i:05X}",
            serial=str(7_100_000 + i),
            cellphone=f"32470{1_000_000 + i * 7919 % 9_000_000:07d}",
            cost_centre=cc,
            driver=driver,
            kind=kind,
            route=route,
            s0=route.length * unit("start", i),
            speed_ms=speed_ms,
            drive_s=drive_s,
            stop_s=stop_s,
            stop_ignition=stop_ignition,
            phase=phase,
            grid=phase + (i * 7) % max(1, int(self.options.interval_s)),
            base_odo_m=(20_000 + 130_000 * unit("odo", i)) * 1000,
            stale_at=created - self.options.stale_hours * 3600 if kind == "stale" else None,
        )
        if driver is not None:
            self.drivers[driver] = SimDriver(**{**self.drivers[driver].__dict__, "cost_centre": cc})
        return vehicle

    # -- motion ----------------------------------------------------------------------------
    def state(self, v: SimVehicle, t: float) -> State:
        """Where ``v`` is and what it does at true time ``t``."""
        if t < v.phase:
            t = v.phase + v.drive_s  # before history: standing where the first drive ended
        n, r = divmod(t - v.phase, v.period)
        driving = r < v.drive_s
        driven = n * v.drive_s + min(r, v.drive_s)
        lat, lon, heading = v.route.at(v.s0 + v.speed_ms * driven)
        if driving:
            speed = v.speed_ms * 3.6 * (0.85 + 0.15 * math.sin(t / 23.0 + v.index))
        else:
            speed = 0.0
        return State(
            lat,
            lon,
            heading,
            round(speed, 1),
            driving or v.stop_ignition,
            driving,
            v.base_odo_m + v.speed_ms * driven,
        )

    def reports_at(self, v: SimVehicle, t: float) -> bool:
        """Whether the unit sends a fix at grid time ``t`` (heartbeats only with the ignition off)."""
        if v.stale_at is not None and t > v.stale_at:
            return False
        r = (t - v.phase) % v.period
        if r < v.drive_s or v.stop_ignition:
            return True
        q = r - v.drive_s
        iv = self.options.interval_s
        return q < iv or (q % self.options.heartbeat_s) < iv

    def fix(self, v: SimVehicle, t: float) -> Fix:
        """The fix made at true time ``t``: the unit's timestamp and when the server receives it."""
        o = self.options
        event = t + o.future_offset_s if v.kind == "future" else t
        arrival = t
        if v.kind == "late":
            w = (t - v.phase) % o.late_period_s
            if w < o.late_outage_s:
                # buffered until coverage returns, then sent after the first live fix
                arrival = t - w + o.late_outage_s + 2 * o.interval_s + w / 1000.0
        return Fix(v.index, t, event, arrival)

    def _max_delay(self, v: SimVehicle) -> float:
        o = self.options
        return o.late_outage_s + 2 * o.interval_s + 1 if v.kind == "late" else 0.0

    def _grid(self, v: SimVehicle, a: float, b: float):
        """Grid times in (a, b] at which ``v`` reports."""
        iv = self.options.interval_s
        k = math.floor((a - v.grid) / iv) + 1
        t = v.grid + k * iv
        while t <= b:
            if self.reports_at(v, t):
                yield t
            k += 1
            t = v.grid + k * iv

    def arriving(self, a: float, b: float) -> list[Fix]:
        """Every fix the server receives in (a, b], in arrival order."""
        out: list[Fix] = []
        for v in self.vehicles:
            for t in self._grid(v, a - self._max_delay(v), b):
                f = self.fix(v, t)
                if a < f.arrival <= b:
                    out.append(f)
        out.sort(key=lambda f: (f.arrival, f.vidx))
        return out

    def last_fix(self, v: SimVehicle, now: float) -> Fix | None:
        """The newest fix of ``v`` that the server holds at ``now``."""
        iv, hb = self.options.interval_s, self.options.heartbeat_s
        t_end = min(now, v.stale_at) if v.stale_at is not None else now
        k = math.floor((t_end - v.grid) / iv)
        for _ in range(10_000):
            t = v.grid + k * iv
            if t < self.epoch - v.period:
                return None
            if self.reports_at(v, t):
                f = self.fix(v, t)
                if f.arrival <= now:
                    return f
                k -= 1
                continue
            # inside a heartbeat gap: jump straight back to the previous heartbeat
            q = ((t - v.phase) % v.period) - v.drive_s
            k -= max(1, int((q % hb) // iv))
        return None

    def history(self, v: SimVehicle, t0: float, t1: float, now: float) -> list[Fix]:
        """Fixes of ``v`` with event time in [t0, t1] that the server holds at ``now``."""
        shift = self.options.future_offset_s if v.kind == "future" else 0.0
        fixes = [self.fix(v, t) for t in self._grid(v, t0 - shift - 1e-9, t1 - shift)]
        return sorted((f for f in fixes if f.arrival <= now), key=lambda f: f.event_time)

    # -- trips -----------------------------------------------------------------------------
    def trips(self, v: SimVehicle, t0: float, t1: float, now: float) -> list[int]:
        """Numbers of the completed trips of ``v`` overlapping [t0, t1]."""
        end_limit = min(now, v.stale_at) if v.stale_at is not None else now
        n_lo = max(0, math.ceil((t0 - v.phase - v.drive_s) / v.period))
        n_hi = math.floor((t1 - v.phase) / v.period)
        return [n for n in range(n_lo, n_hi + 1) if v.phase + n * v.period + v.drive_s <= end_limit]

    def trip_times(self, v: SimVehicle, n: int) -> tuple[float, float]:
        start = v.phase + n * v.period
        return start, start + v.drive_s

    def trips_ending(self, a: float, b: float) -> list[tuple[int, int]]:
        """(vehicle index, trip number) of every trip ending in (a, b], by end time."""
        out = []
        for v in self.vehicles:
            for n in self.trips(v, a - v.drive_s, b, b):
                if a < self.trip_times(v, n)[1] <= b:
                    out.append((self.trip_times(v, n)[1], v.index, n))
        return [(vi, n) for _end, vi, n in sorted(out)]
