"""One vehicle's row without loading the fleet (the odometer cross-check, ``fleetdesk vehicle``).

The full join (:func:`fleetdesk.vehicles.join.load`) reads every record of every system, about
3 s at 50,000 vehicles: too slow for a check at each typed reading. Here only the records that
can belong to the row of one VIN or plate are read, by indexed queries, and given to the same
:func:`~fleetdesk.vehicles.join.join`, so the row is the one the full join makes:

- a VIN's records in every system, and the plates they carry;
- a plate's records without a VIN (Ctrack, plate-only Car-Pass readings) and every VIN record
  carrying that plate (an automatic plate join needs exactly one such VIN);
- the stored links and separations that name any of these keys, and the keys they name.

The walk over keys repeats until nothing new turns up (bounded by ``MAX_KEYS``). Plates in
systems that store them as typed (Ctrack, TachoShare) are found through an index on the plate
with the usual separators removed (:func:`plate_expr`; migration ``0003_lookup_indexes``), then
compared by :func:`~fleetdesk.vehicles.sources.plate_key` in Python.
"""

from __future__ import annotations

from datetime import date

from fleetdesk.vehicles import join as vjoin
from fleetdesk.vehicles import sources as src
from fleetdesk.vehicles.sources import _q

MAX_KEYS = 64
#: characters removed by the indexed plate expression; the migration's indexes were built with
#: exactly these (changing them needs a new migration)
PLATE_SEPARATORS = (" ", "-", ".", "/", "_", "·")


def plate_expr(column: str) -> str:
    """SQL for a plate column without separators, upper-cased (indexable: built-ins only)."""
    expr = f"UPPER({column})"
    for sep in PLATE_SEPARATORS:
        expr = f"REPLACE({expr}, '{sep}', '')"
    return expr


class _Reader:
    def __init__(self, db, settings=None):
        self.db = db
        self.have = src.tables(db)
        self.unit = src.ctrack_unit(settings)
        self.facts_odo = "tacho_file_facts" in self.have and "odometer_at" in src.columns(
            db, "tacho_file_facts"
        )

    # -- a VIN's records -------------------------------------------------------------------
    def vin_records(self, vin: str) -> list[dict]:
        db, have, out = self.db, self.have, []
        if "carpass_readings" in have:
            latest = _q(
                db,
                "SELECT vin, plate, plate_key, reading_date, odometer, state, id "
                "FROM carpass_readings WHERE vin = ? ORDER BY reading_date DESC, id DESC "
                "LIMIT 1",
                [vin],
            )
            out += [src.carpass_reading_record(r) for r in latest]
        if "carpass_vehicles" in have:
            seen = {(o["vin"], o["plate_key"]) for o in out}
            for v in _q(db, "SELECT vin, plate, plate_key FROM carpass_vehicles WHERE vin = ?", [vin]):
                rec = src.carpass_vehicle_record(v)
                if not out and (rec["vin"], rec["plate_key"]) not in seen:
                    out.append(rec)
        if "tacho_vehicles" in have:
            for v in _q(
                db,
                "SELECT vin, license_plate, last_activity_date, rdl_status FROM tacho_vehicles "
                "WHERE vin = ? AND listed = 1",
                [vin],
            ):
                spans = []
                if "tacho_files" in have:
                    spans = src.vu_spans(
                        _q(
                            db,
                            "SELECT period_from, period_to FROM tacho_files "
                            "WHERE subject = ? AND kind = 'vu' AND period_from IS NOT NULL "
                            "ORDER BY period_from",
                            [f"vu:{v['vin']}"],
                        )
                    )
                odo = None
                if self.facts_odo:
                    odo = src.tacho_odometers(_q(db, src.TACHO_ODO_SQL + " AND vin = ?", [v["vin"]])).get(vin)
                out.append(src.tacho_record(v, spans, odo))
        if "thg_vehicles" in have:
            out += [
                src.thg_record(v)
                for v in _q(db, f"SELECT {src.THG_COLS} FROM thg_vehicles WHERE UPPER(vin) = ?", [vin])
            ]
        if "hm_vehicles" in have:
            out += [
                src.hm_record(v)
                for v in _q(db, f"SELECT {src.HM_COLS} FROM hm_vehicles WHERE UPPER(vin) = ?", [vin])
            ]
        return out

    # -- a plate's records without a VIN, and the VINs that carry it ------------------------
    def plate_records(self, key: str) -> list[dict]:
        db, have, out = self.db, self.have, []
        if "carpass_readings" in have:
            latest = _q(
                db,
                "SELECT vin, plate, plate_key, reading_date, odometer, state, id "
                "FROM carpass_readings WHERE plate_key = ? AND vin IS NULL "
                "ORDER BY reading_date DESC, id DESC LIMIT 1",
                [key],
            )
            out += [src.carpass_reading_record(r) for r in latest]
        if "carpass_vehicles" in have and not out:
            out += [
                src.carpass_vehicle_record(v)
                for v in _q(
                    db,
                    "SELECT vin, plate, plate_key FROM carpass_vehicles WHERE plate_key = ? AND vin IS NULL",
                    [key],
                )
            ]
        if "ctrack_vehicles" in have:
            recs = (
                src.ctrack_record(v, self.unit)
                for v in _q(db, src.ctrack_sql(have, f"WHERE {plate_expr('v.registration')} = ?"), [key])
            )
            out += [r for r in recs if r["plate_key"] == key]
        return out

    def vins_with_plate(self, key: str) -> set[str]:
        db, have, vins = self.db, self.have, set()
        if "carpass_readings" in have:
            for r in _q(
                db, "SELECT DISTINCT vin FROM carpass_readings WHERE plate_key = ? AND vin IS NOT NULL", [key]
            ):
                vins.add(src.norm_vin(r["vin"]))
        if "carpass_vehicles" in have:
            for r in _q(
                db, "SELECT DISTINCT vin FROM carpass_vehicles WHERE plate_key = ? AND vin IS NOT NULL", [key]
            ):
                vins.add(src.norm_vin(r["vin"]))
        if "tacho_vehicles" in have:
            for r in _q(
                db,
                f"SELECT vin, license_plate FROM tacho_vehicles "
                f"WHERE {plate_expr('license_plate')} = ? AND listed = 1",
                [key],
            ):
                if src.plate_key(r["license_plate"]) == key:
                    vins.add(src.norm_vin(r["vin"]))
        return {v for v in vins if v}

    def links(self, key: str) -> dict[tuple[str, str], str]:
        if "vehicle_links" not in self.have:
            return {}
        return {
            (r["a"], r["b"]): r["kind"]
            for r in _q(
                self.db,
                "SELECT a, b, kind FROM vehicle_links WHERE a = ? UNION "
                "SELECT a, b, kind FROM vehicle_links WHERE b = ?",
                [key, key],
            )
        }


def records_around(db, keys: list[str], settings=None) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """The records and links that decide the rows of ``keys`` ("vin:…"/"plate:…")."""
    reader = _Reader(db, settings)
    todo, seen = list(keys), set[str]()
    records: list[dict] = []
    links: dict[tuple[str, str], str] = {}
    while todo and len(seen) < MAX_KEYS:
        key = todo.pop(0)
        if key in seen:
            continue
        seen.add(key)
        more: list[str] = []
        if key.startswith("vin:"):
            recs = reader.vin_records(key[4:])
            more += [f"plate:{r['plate_key']}" for r in recs if r.get("plate_key")]
        else:
            recs = reader.plate_records(key[6:])
            more += [f"vin:{v}" for v in sorted(reader.vins_with_plate(key[6:]))]
        records += recs
        for (a, b), kind in reader.links(key).items():
            links[(a, b)] = kind
            more += [a, b]
        todo += [k for k in more if k not in seen]
    return records, links


def seeds(vin: str | None, plate: str | None) -> list[str]:
    vin_n, key = src.norm_vin(vin), src.plate_key(plate)
    return ([f"vin:{vin_n}"] if vin_n else []) + ([f"plate:{key}"] if key else [])


def row_for(
    db, today: date, *, vin: str | None = None, plate: str | None = None, settings=None
) -> vjoin.VehicleRow | None:
    """The row the full join would give for this VIN (else this plate), or None."""
    keys = seeds(vin, plate)
    if not keys:
        return None
    records, links = records_around(db, keys, settings)
    rows = vjoin.join(records, links, today)
    vin_n = src.norm_vin(vin)
    return (vjoin.find(rows, vin_n) if vin_n else None) or (vjoin.find(rows, plate) if plate else None)


def row_for_ident(db, today: date, ident: str, settings=None) -> vjoin.VehicleRow | None:
    """What :func:`fleetdesk.vehicles.join.find` finds for a VIN, a plate or a row key."""
    ident = (ident or "").strip()
    if ident.startswith(("vin:", "plate:")):
        records, links = records_around(db, [ident], settings)
        return vjoin.find(vjoin.join(records, links, today), ident)
    # as find(): a row whose VIN is the identifier, else one carrying it as a plate
    row = row_for(db, today, vin=ident, settings=settings)
    if row is not None and row.vin == src.norm_vin(ident):
        return row
    return row_for(db, today, plate=ident, settings=settings) or row
