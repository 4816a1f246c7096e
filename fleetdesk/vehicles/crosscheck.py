"""Odometer cross-check at Car-Pass entry.

A typed reading is compared with the freshest odometer FleetDesk holds from telematics (Ctrack,
High Mobility, a tachograph VU download) for the same VIN or plate, extrapolated to the reading
date with the recent daily distance. Below it, or far above it, is a warning (source and date
named), never a block; the result is stored with the reading (``vehicle_crosschecks``).

Bounds (documented, deliberately generous; odometers of two systems never agree exactly):
- tolerance ``tol`` = max(20 km, 0.2 % of the telematics value);
- reading on/after the telematics date: below when < telematics value - tol (an odometer does
  not run backwards); far above when > expected + 1,000 km + the extrapolated distance again;
- reading before the telematics date: far above when > telematics value + tol; below when
  < expected - 1,000 km - the extrapolated distance again.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from fleetdesk.store.outbox import created_by
from fleetdesk.vehicles import join as vjoin
from fleetdesk.vehicles import lookup, sources

OK, BELOW, FAR_ABOVE, NO_DATA = "ok", "below", "far_above", "no_data"
HISTORY_DAYS = 30
MARGIN_KM = 1000.0


@dataclass
class CrossCheck:
    level: str
    message: str
    vin: str | None = None
    plate_key: str | None = None
    reading_date: str = ""
    odometer_km: int = 0
    source: str | None = None
    source_date: str | None = None
    source_km: float | None = None
    expected_km: float | None = None
    daily_km: float | None = None

    @property
    def warning(self) -> bool:
        return self.level in (BELOW, FAR_ABOVE)

    def as_dict(self) -> dict:
        return {**asdict(self), "warning": self.warning}


def _slope(points: list[tuple[date, float]]) -> float | None:
    """km per day between the first and last point of a short history, or None."""
    if len(points) < 2:
        return None
    points.sort()
    (d0, k0), (d1, k1) = points[0], points[-1]
    days = (d1 - d0).days
    if days < 1 or k1 < k0:
        return None
    return (k1 - k0) / days


def daily_km(db, row: vjoin.VehicleRow, source: str, unit: str) -> float | None:
    """Recent daily distance of the vehicle from one source's history (None when unknown)."""
    have = sources.tables(db)
    if source == "ctrack" and row.ctrack_nodes:
        return _ctrack_daily_km(db, row.ctrack_nodes, unit, have)
    if (
        source == "tachoshare"
        and row.vin
        and "tacho_file_facts" in have
        and "odometer_days" in sources.columns(db, "tacho_file_facts")
    ):
        return _tacho_daily_km(db, row.vin)
    if source == "highmobility" and row.vin and "hm_readings" in have:
        return _highmobility_daily_km(db, row.vin)
    return None


def _ctrack_daily_km(db, nodes: list, unit: str, have: set[str]) -> float | None:
    """From the odometer of the tracked positions, else from the distance of recent trips."""
    q = sources._q
    marks = ",".join("?" * len(nodes))
    pts: list[tuple[date, float]] = []
    if "ctrack_track" in have:
        last = q(
            db,
            f"SELECT MAX(t) AS t FROM ctrack_track WHERE node_id IN ({marks}) AND odometer_m IS NOT NULL",
            nodes,
        )[0]["t"]
        if last is not None:
            for r in q(
                db,
                f"SELECT t, odometer_m FROM ctrack_track WHERE node_id IN ({marks}) "
                f"AND odometer_m IS NOT NULL AND t >= ? ORDER BY t",
                nodes + [last - HISTORY_DAYS * 86400],
            ):
                day, km = sources.day_of(sources.epoch_iso(r["t"])), sources.to_km(r["odometer_m"], unit)
                if day is not None and km is not None:
                    pts.append((day, km))
    slope = _slope(pts)
    if slope is None and "ctrack_trips" in have:
        r = q(
            db,
            f"SELECT MIN(start_t) AS a, MAX(start_t) AS b, SUM(distance_m) AS d FROM ctrack_trips "
            f"WHERE node_id IN ({marks}) AND start_t >= (SELECT MAX(start_t) FROM ctrack_trips "
            f"WHERE node_id IN ({marks})) - ?",
            nodes + nodes + [HISTORY_DAYS * 86400],
        )[0]
        if r["d"] is not None and r["a"] is not None:
            days = max(1.0, (r["b"] - r["a"]) / 86400 + 1)
            km = sources.to_km(r["d"], unit)
            slope = None if km is None else km / days
    return slope


def _tacho_daily_km(db, vin: str) -> float | None:
    """From the midnight odometers of the newest tachograph files of ``vin``."""
    pts: dict[date, float] = {}
    for r in sources._q(
        db,
        "SELECT odometer_days FROM tacho_file_facts WHERE vin = ? AND error IS NULL "
        "AND odometer_days IS NOT NULL ORDER BY odometer_at DESC LIMIT 10",
        [vin],
    ):
        for day, km in json.loads(r["odometer_days"]):
            pts.setdefault(date.fromisoformat(day), float(km))
    if not pts:
        return None
    newest = max(pts)
    return _slope([(d, k) for d, k in pts.items() if (newest - d).days <= HISTORY_DAYS])


def _highmobility_daily_km(db, vin: str) -> float | None:
    """From the odometer readings High Mobility reported for ``vin``."""
    rows = sources._q(
        db,
        "SELECT odometer, unit, reported_at FROM hm_readings WHERE UPPER(vin) = ? "
        "AND reported_at IS NOT NULL ORDER BY reported_at DESC LIMIT 60",
        [vin],
    )
    points: list[tuple[date, float]] = []
    newest: date | None = None
    for r in rows:  # newest first
        day = sources.day_of(r["reported_at"])
        if day is None:
            continue
        newest = newest or day
        km = sources.to_km(r["odometer"], r["unit"])
        if km is not None and (newest - day).days <= HISTORY_DAYS:
            points.append((day, km))
    return _slope(points)


def freshest(row: vjoin.VehicleRow) -> tuple[str, dict] | None:
    best = None
    for src in vjoin.TELEMATICS_SOURCES:
        odo = row.odometers.get(src)
        if odo and (best is None or odo["date"] > best[1]["date"]):
            best = (src, odo)
    return best


@dataclass
class Telematics:
    """What a check compares with: the freshest telematics odometer of one vehicle and its
    recent daily distance (None when the vehicle has none)."""

    source: str
    date: str
    km: float
    daily: float


def telematics(db, *, vin: str | None, plate: str | None, today: date, settings=None) -> Telematics | None:
    """Look up the vehicle (only its records, by indexed queries) and its freshest odometer."""
    key = sources.plate_key(plate)
    row = lookup.row_for(
        db, today, vin=sources.norm_vin(vin), plate=plate if key else None, settings=settings
    )
    best = freshest(row) if row else None
    if row is None or best is None:
        return None
    src, odo = best
    unit = sources.ctrack_unit(settings)
    daily = None
    for candidate in (src,) + tuple(s for s in vjoin.TELEMATICS_SOURCES if s != src):
        daily = daily_km(db, row, candidate, unit)
        if daily is not None:
            break
    return Telematics(src, odo["date"], float(odo["km"]), daily or 0.0)


def evaluate(
    tele: Telematics | None, *, vin: str | None, plate: str | None, reading_date: date, odometer_km: int
) -> CrossCheck:
    base: dict[str, Any] = dict(
        vin=sources.norm_vin(vin),
        plate_key=sources.plate_key(plate),
        reading_date=reading_date.isoformat(),
        odometer_km=int(odometer_km),
    )
    if tele is None:
        return CrossCheck(NO_DATA, "No telematics odometer for this vehicle.", **base)
    src, daily, src_km = tele.source, tele.daily, tele.km
    src_day = sources.day_of(tele.date) or reading_date
    days = (reading_date - src_day).days
    expected = src_km + daily * days
    tol = max(20.0, 0.002 * src_km)
    driven = abs(daily * days)
    if days >= 0:
        below, above = odometer_km < src_km - tol, odometer_km > expected + MARGIN_KM + driven
    else:
        below, above = odometer_km < expected - MARGIN_KM - driven, odometer_km > src_km + tol
    title = sources.SOURCE_TITLES[src]
    facts = f"{title} odometer {src_km:,.0f} km on {src_day.isoformat()}" + (
        f", about {daily:,.0f} km a day: expected about {expected:,.0f} km on {reading_date.isoformat()}"
        if daily and days
        else ""
    )
    level = BELOW if below else FAR_ABOVE if above else OK
    message = {
        BELOW: f"Lower than telematics: {facts}.",
        FAR_ABOVE: f"Far above telematics: {facts}.",
        OK: f"Consistent with telematics: {facts}.",
    }[level]
    return CrossCheck(
        level,
        message,
        source=src,
        source_date=tele.date,
        source_km=round(src_km, 1),
        expected_km=round(expected, 1),
        daily_km=round(daily, 1),
        **base,
    )


def check(
    db,
    *,
    vin: str | None,
    plate: str | None,
    reading_date: date,
    odometer_km: int,
    today: date,
    settings=None,
) -> CrossCheck:
    tele = telematics(db, vin=vin, plate=plate, today=today, settings=settings)
    return evaluate(tele, vin=vin, plate=plate, reading_date=reading_date, odometer_km=odometer_km)


def check_many(db, readings, *, today: date, settings=None) -> list[CrossCheck]:
    """Checks of many readings ``(vin, plate, reading_date, km)``; each vehicle looked up once."""
    cache: dict[tuple, Telematics | None] = {}
    out = []
    for vin, plate, day, km in readings:
        k = (sources.norm_vin(vin), sources.plate_key(plate))
        if k not in cache:
            cache[k] = telematics(db, vin=vin, plate=plate, today=today, settings=settings)
        out.append(evaluate(cache[k], vin=vin, plate=plate, reading_date=day, odometer_km=km))
    return out


def record(db, result: CrossCheck, *, at: str, reading_id: int | None = None, accepted: bool = False) -> int:
    """Store a check (inside the caller's write transaction); returns its id."""
    table = db["vehicle_crosschecks"]  # insert().last_pk: the new id on both engines
    table.insert(
        {
            "reading_id": reading_id,
            "vin": result.vin,
            "plate_key": result.plate_key,
            "reading_date": result.reading_date,
            "odometer_km": result.odometer_km,
            "level": result.level,
            "source": result.source,
            "source_date": result.source_date,
            "source_km": result.source_km,
            "expected_km": result.expected_km,
            "daily_km": result.daily_km,
            "message": result.message,
            "accepted": 1 if accepted else 0,
            "checked_at": at,
            **created_by(),  # team mode: who typed (or imported) the reading checked
        }
    )
    return table.last_pk


def for_reading(db, reading_id: int) -> list[dict]:
    return sources._q(db, "SELECT * FROM vehicle_crosschecks WHERE reading_id = ? ORDER BY id", [reading_id])
