"""The vehicle view's operations on a Runtime (used by the CLI, the tab and the Car-Pass hook)."""

from __future__ import annotations

from datetime import date

from fleetdesk.core.errors import BadInput
from fleetdesk.vehicles import crosscheck as xc
from fleetdesk.vehicles import join as vjoin
from fleetdesk.vehicles import lookup, sources
from fleetdesk.vehicles.timeline import timeline


def _at(rt) -> str:
    return rt.clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")


def rows(rt) -> list[vjoin.VehicleRow]:
    today = rt.clock.today()
    return rt.store.read(lambda db: vjoin.load(db, today, rt.config.settings))


def resolve(rows_: list[vjoin.VehicleRow], ident: str) -> vjoin.VehicleRow:
    row = vjoin.find(rows_, ident)
    if row is None:
        raise BadInput(
            "vehicle",
            f"no vehicle {ident!r} in any system; give a VIN, a plate or a row key from 'fleetdesk vehicles'",
        )
    return row


def find_one(rt, ident: str) -> vjoin.VehicleRow:
    """The row a VIN, plate or row key names, by indexed look-ups (not the fleet's join)."""
    today = rt.clock.today()
    row = rt.store.read(lambda db: lookup.row_for_ident(db, today, ident, rt.config.settings))
    return resolve([row] if row else [], ident)


def detail(rt, ident: str) -> dict:
    row = find_one(rt, ident)
    unit = sources.ctrack_unit(rt.config.settings)
    entries = rt.store.read(lambda db: timeline(db, row, ctrack_unit=unit))
    return {"vehicle": row.as_dict(), "timeline": [e.as_dict() for e in entries]}


def set_link(rt, a: str, b: str, kind: str) -> tuple[str, str]:
    """Link (or unlink) the rows two identifiers name; stores the row keys involved."""
    all_rows = rows(rt)
    ra, rb = resolve(all_rows, a), resolve(all_rows, b)
    if kind == "link":
        if ra.key == rb.key:
            raise BadInput("other", f"{a!r} and {b!r} are already one vehicle ({ra.key})")
        key_a, key_b = ra.key, rb.key
    else:
        if ra.key != rb.key:
            raise BadInput("other", f"{a!r} and {b!r} are not joined; nothing to unlink")
        # separate the member the second identifier names from the row's own key
        key_b = _member_for(rb, b)
        key_a = ra.key if key_b != ra.key else _member_for(ra, a)
        if key_a == key_b:
            raise BadInput("other", "name two different records of the row (e.g. its VIN and a plate)")
    rt.store.write(lambda db: vjoin.set_link(db, key_a, key_b, kind, _at(rt)))
    return key_a, key_b


def _member_for(row: vjoin.VehicleRow, ident: str) -> str:
    vin = sources.norm_vin(ident)
    if f"vin:{vin}" in row.members:
        return f"vin:{vin}"
    key = sources.plate_key(ident)
    if f"plate:{key}" in row.members:
        return f"plate:{key}"
    return ident if ident in row.members else row.key


def crosscheck(
    rt, *, vin: str | None, plate: str | None, reading_date: date, odometer_km: int
) -> xc.CrossCheck:
    today = rt.clock.today()
    return rt.store.read(
        lambda db: xc.check(
            db,
            vin=vin,
            plate=plate,
            reading_date=reading_date,
            odometer_km=odometer_km,
            today=today,
            settings=rt.config.settings,
        )
    )


def record_crosscheck(rt, result: xc.CrossCheck, *, reading_id: int | None, accepted: bool) -> int:
    return rt.store.write(
        lambda db: xc.record(db, result, at=_at(rt), reading_id=reading_id, accepted=accepted)
    )


def crosscheck_many(rt, readings) -> list[xc.CrossCheck]:
    """Checks of many ``(vin, plate, date, km)`` readings (a history import)."""
    today = rt.clock.today()
    return rt.store.read(lambda db: xc.check_many(db, readings, today=today, settings=rt.config.settings))


def record_imported(rt, results: list[xc.CrossCheck]) -> int:
    """Store the checks of imported readings, each with the reading it is about."""
    at = _at(rt)

    def tx(db) -> int:
        n = 0
        for r in results:
            arg: str | None
            if r.vin:
                where, arg = "vin = ?", r.vin
            else:
                where, arg = "vin IS NULL AND plate_key = ?", r.plate_key
            ids = db.execute(
                f"SELECT id FROM carpass_readings WHERE {where} AND reading_date = ? "
                f"AND odometer = ? AND origin = 'import' ORDER BY id DESC LIMIT 1",
                [arg, r.reading_date, r.odometer_km],
            ).fetchall()
            xc.record(db, r, at=at, reading_id=ids[0][0] if ids else None, accepted=False)
            n += 1
        return n

    return rt.store.write(tx)
