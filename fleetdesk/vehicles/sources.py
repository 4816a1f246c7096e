"""What each integration's tables know about vehicles, read with plain SQL.

Every reader tolerates a missing table (an integration that is not installed, or failed to load)
and returns plain dicts. Odometers are converted to km here, with the unit made explicit per
source: Car-Pass km (its spec), High Mobility the unit it reports, Ctrack a setting (its spec does
not state the unit), a tachograph VU km (Annex IC: OdometerValueMidnight, OdometerShort in km).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

#: settings key of the unit assumed for Ctrack's odometer values (its spec does not state it)
CTRACK_UNIT_KEY = "ctrack.odometer_unit"
CTRACK_UNITS = ("m", "km", "mi")
CTRACK_DEFAULT_UNIT = "m"
_TO_KM = {
    "m": 0.001,
    "meters": 0.001,
    "km": 1.0,
    "kilometers": 1.0,
    "kilometres": 1.0,
    "mi": 1.609344,
    "miles": 1.609344,
}

SOURCE_TITLES = {
    "carpass": "Car-Pass",
    "tachoshare": "Tachograph",
    "thg": "THG quota",
    "highmobility": "High Mobility",
    "ctrack": "Ctrack",
    "vehicles": "Vehicles",  # the view's own entries (links made by hand), never a row's source
}


def to_km(value: float | None, unit: str | None) -> float | None:
    if value is None:
        return None
    factor = _TO_KM.get((unit or "km").strip().lower())
    return None if factor is None else float(value) * factor


def plate_key(plate: str | None) -> str | None:
    """Plates compare without separators or case: '1-abc-123' == '1ABC123'."""
    if not plate:
        return None
    key = "".join(ch for ch in str(plate).upper() if ch.isalnum())
    return key or None


def norm_vin(vin: str | None) -> str | None:
    vin = (vin or "").strip().upper()
    return vin or None


def tables(db) -> set[str]:
    return set(db.table_names())


def columns(db, table: str) -> set[str]:
    cursor = db.execute(f"SELECT * FROM {table} WHERE 1 = 0")  # both engines name the columns
    return {d[0] for d in cursor.description}


def _q(db, sql: str, args: Iterable[Any] = ()) -> list[dict]:
    cur = db.execute(sql, list(args))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def epoch_iso(t: float | None) -> str | None:
    if t is None:
        return None
    return datetime.fromtimestamp(float(t), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def day_of(value: str | None) -> date | None:
    """The calendar day of an ISO date/timestamp (UTC), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# -- per-source records ------------------------------------------------------------------------
def carpass_reading_record(r: dict) -> dict:
    return {
        "source": "carpass",
        "vin": norm_vin(r["vin"]),
        "plate": r["plate"],
        "plate_key": r["plate_key"] or plate_key(r["plate"]),
        "carpass_km": r["odometer"],
        "carpass_date": r["reading_date"],
        "carpass_state": r["state"],
        "carpass_id": r["id"],
    }


def carpass_vehicle_record(v: dict) -> dict:
    return {
        "source": "carpass",
        "vin": norm_vin(v["vin"]),
        "plate": v["plate"],
        "plate_key": v["plate_key"] or plate_key(v["plate"]),
    }


def carpass_records(db, have: set[str]) -> list[dict]:
    """One record per Car-Pass vehicle key (VIN, else plate), with its latest reading."""
    if "carpass_readings" not in have:
        return []
    latest = _q(
        db,
        """
        SELECT vin, plate, plate_key, reading_date, odometer, state, id FROM (
          SELECT r.*, ROW_NUMBER() OVER (PARTITION BY COALESCE(UPPER(vin), 'P:' || plate_key)
                 ORDER BY reading_date DESC, id DESC) AS n
          FROM carpass_readings r WHERE vin IS NOT NULL OR plate_key IS NOT NULL) AS latest
          WHERE n = 1""",
    )
    out = [carpass_reading_record(r) for r in latest]
    if "carpass_vehicles" in have:
        seen = {(o["vin"], o["plate_key"]) for o in out}
        seen_vins = {o["vin"] for o in out if o["vin"]}
        seen_plates = {o["plate_key"] for o in out if o["plate_key"] and not o["vin"]}
        for v in _q(db, "SELECT vin, plate, plate_key, description FROM carpass_vehicles"):
            rec = carpass_vehicle_record(v)
            vin, key = rec["vin"], rec["plate_key"]
            if (vin, key) in seen or (vin and vin in seen_vins) or (not vin and key in seen_plates):
                continue
            if vin or key:
                out.append(rec)
    return out


def tacho_odometers(rows: Iterable[dict]) -> dict[str, tuple[float, str]]:
    """VIN -> (km, at) of the newest VU odometer among file-facts rows (vin, odometer_km, at)."""
    odo: dict[str, tuple[float, str]] = {}
    for r in rows:
        vin = norm_vin(r["vin"])
        if vin and r["at"] and (vin not in odo or r["at"] > odo[vin][1]):
            odo[vin] = (float(r["odometer_km"]), r["at"])
    return odo


TACHO_ODO_SQL = (
    "SELECT vin, odometer_km, odometer_at AS at FROM tacho_file_facts "
    "WHERE vin IS NOT NULL AND odometer_km IS NOT NULL AND error IS NULL"
)


def tacho_record(v: dict, spans: list[tuple[str, str]], odo: tuple[float, str] | None) -> dict:
    last = v["last_activity_date"] or (max(s[1] for s in spans) if spans else None)
    rec = {
        "source": "tachoshare",
        "vin": norm_vin(v["vin"]),
        "plate": v["license_plate"],
        "plate_key": plate_key(v["license_plate"]),
        "tacho_last": last,
        "tacho_gaps": coverage_gaps(spans),
        "tacho_rdl": v["rdl_status"],
    }
    if odo:
        rec["tacho_km"], rec["tacho_date"] = odo
    return rec


def vu_spans(rows: Iterable[dict]) -> list[tuple[str, str]]:
    return [(f["period_from"][:10], (f["period_to"] or f["period_from"])[:10]) for f in rows]


def tacho_records(db, have: set[str]) -> list[dict]:
    if "tacho_vehicles" not in have:
        return []
    periods: dict[str, list[dict]] = {}
    if "tacho_files" in have:
        for f in _q(
            db,
            "SELECT vin, period_from, period_to FROM tacho_files "
            "WHERE kind = 'vu' AND vin IS NOT NULL AND period_from IS NOT NULL "
            "ORDER BY period_from",
        ):
            periods.setdefault(norm_vin(f["vin"]) or "", []).append(f)
    odo: dict[str, tuple[float, str]] = {}
    if "tacho_file_facts" in have and "odometer_at" in columns(db, "tacho_file_facts"):
        odo = tacho_odometers(_q(db, TACHO_ODO_SQL))
    return [
        tacho_record(
            v, vu_spans(periods.get(norm_vin(v["vin"]) or "", [])), odo.get(norm_vin(v["vin"]) or "")
        )
        for v in _q(
            db,
            "SELECT vin, license_plate, last_activity_date, rdl_status FROM tacho_vehicles WHERE listed = 1",
        )
    ]


def coverage_gaps(spans: list[tuple[str, str]]) -> int:
    """How many holes of at least one whole day lie between the archived VU periods."""
    gaps, end = 0, None
    for start, stop in sorted(spans):
        s, e = day_of(start), day_of(stop)
        if s is None or e is None:
            continue
        if end is not None and (s - end).days > 1:
            gaps += 1
        end = e if end is None or e > end else end
    return gaps


def thg_record(v: dict) -> dict:
    return {
        "source": "thg",
        "vin": norm_vin(v["vin"]),
        "plate": None,
        "plate_key": None,
        "thg_status": v["status"],
        "thg_since": v["status_update"] or v["created"],
        "thg_id": v["id"],
    }


THG_COLS = "id, vin, status, status_update, created"


def thg_records(db, have: set[str]) -> list[dict]:
    if "thg_vehicles" not in have:
        return []
    return [thg_record(v) for v in _q(db, f"SELECT {THG_COLS} FROM thg_vehicles") if norm_vin(v["vin"])]


HM_COLS = "vin, brand, status, status_since, odometer, odometer_unit, odometer_at"


def hm_record(v: dict) -> dict:
    rec = {
        "source": "highmobility",
        "vin": norm_vin(v["vin"]),
        "plate": None,
        "plate_key": None,
        "hm_status": v["status"],
        "hm_since": v["status_since"],
        "hm_brand": v["brand"],
    }
    km = to_km(v["odometer"], v["odometer_unit"])
    if km is not None and v["odometer_at"]:
        rec["hm_km"], rec["hm_date"] = km, v["odometer_at"]
    return rec


def hm_records(db, have: set[str]) -> list[dict]:
    if "hm_vehicles" not in have:
        return []
    return [hm_record(v) for v in _q(db, f"SELECT {HM_COLS} FROM hm_vehicles")]


def ctrack_unit(settings) -> str:
    unit = settings.get(CTRACK_UNIT_KEY) if settings is not None else None
    return unit if unit in CTRACK_UNITS else CTRACK_DEFAULT_UNIT


def ctrack_sql(have: set[str], where: str = "") -> str:
    join = "LEFT JOIN ctrack_latest l ON l.node_id = v.node_id" if "ctrack_latest" in have else ""
    cols = ", l.t, l.location, l.latitude, l.longitude, l.odometer_m" if join else ""
    return f"SELECT v.node_id, v.registration, v.description{cols} FROM ctrack_vehicles v {join} {where}"


def ctrack_record(v: dict, unit: str) -> dict:
    rec = {
        "source": "ctrack",
        "vin": None,
        "plate": v["registration"] or None,
        "plate_key": plate_key(v["registration"]),
        "ctrack_node": v["node_id"],
        "ctrack_description": v["description"],
    }
    if v.get("t") is not None:
        rec["position_at"] = epoch_iso(v["t"])
        rec["position_place"] = v["location"] or f"{v['latitude']:.4f}, {v['longitude']:.4f}"
        km = to_km(v["odometer_m"], unit)
        if km is not None:
            rec["ctrack_km"], rec["ctrack_date"] = km, rec["position_at"]
    return rec


def ctrack_records(db, have: set[str], unit: str = CTRACK_DEFAULT_UNIT) -> list[dict]:
    if "ctrack_vehicles" not in have:
        return []
    recs = (ctrack_record(v, unit) for v in _q(db, ctrack_sql(have)))
    return [r for r in recs if r["plate_key"]]


def read_all(db, settings=None) -> list[dict]:
    have = tables(db)
    return (
        carpass_records(db, have)
        + tacho_records(db, have)
        + thg_records(db, have)
        + hm_records(db, have)
        + ctrack_records(db, have, ctrack_unit(settings))
    )
