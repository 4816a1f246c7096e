"""The vehicle view's part of the demo (runs after the integrations have seeded theirs).

The simulators' demo fleets share no VIN, and Ctrack knows plates only. The demo does what a
fleet manager would: imports an earlier Car-Pass reading history (CSV import) that names some
of the fleet's trucks and cars by VIN (joined by VIN with the tachograph, THG and High Mobility
lists) and one truck by its plate only (joined by plate with the tachograph list), links a few
Ctrack vehicles to vehicles the other systems know by hand, and stores the odometer cross-check
of the newest Car-Pass reading of each linked car. So the demo shows vehicles in several systems
joined by VIN, by plate and by hand, and at least one cross-check warning.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from fleetdesk.vehicles import crosscheck as xc
from fleetdesk.vehicles import join as vjoin
from fleetdesk.vehicles import service, sources
from fleetdesk.vehicles.wmi import make_from_vin

log = logging.getLogger(__name__)


def import_history(rt, rows: list[vjoin.VehicleRow]) -> int:
    """Earlier Car-Pass readings of fleet vehicles other systems know (a history CSV import)."""
    from fleetdesk.carpass.importer import HistoryRow, ImportPreview, import_preview
    from fleetdesk.carpass.models import wire_plate

    today = rt.clock.today()
    tacho = [r for r in rows if r.sources == ["tachoshare"] and r.vin and r.plate]
    cars = [
        next((r for r in rows if r.sources == [s] and make_from_vin(r.vin) and len(r.vin) == 17), None)
        for s in ("highmobility", "thg")
    ]
    history: list[HistoryRow] = []
    for i, r in enumerate(tacho[:2]):
        for back, km in ((400, 180_000 + 20_000 * i), (35, 310_000 + 20_000 * i)):
            history.append(HistoryRow(len(history) + 2, r.vin, None, today - timedelta(days=back), km))
    for i, r in enumerate(c for c in cars if c):
        for back, km in ((380, 21_000 + 9_000 * i), (20, 38_500 + 9_000 * i)):
            history.append(HistoryRow(len(history) + 2, r.vin, None, today - timedelta(days=back), km))
    if len(tacho) > 2:  # a truck the garage knew by its plate only
        plate = wire_plate(tacho[2].plate)
        history.append(HistoryRow(len(history) + 2, None, plate, today - timedelta(days=60), 402_500))
    if not history:
        return 0
    return import_preview(rt.store, rt.clock, ImportPreview(encoding="utf-8", rows=history))


def seed(rt) -> None:
    today = rt.clock.today()
    rows = rt.store.read(lambda db: vjoin.load(db, today, rt.config.settings))
    try:
        if import_history(rt, rows):
            rows = rt.store.read(lambda db: vjoin.load(db, today, rt.config.settings))
    except Exception:  # the demo goes on without it
        log.exception("vehicle demo: history import failed")
    pairs = _pairs_to_link(rows)
    if pairs is None:
        log.info("vehicle demo: no Ctrack vehicles to link")
        return
    at = rt.clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")

    def write(db):
        for vin_row, ctrack_row in pairs:
            vjoin.set_link(db, vin_row.key, ctrack_row.key, "link", at)

    rt.store.write(write)
    for vin_row, _ in pairs:
        if vin_row.sources == ["carpass"]:
            _crosscheck_newest_reading(rt, vin_row)


def _pairs_to_link(rows: list[vjoin.VehicleRow]) -> list[tuple[vjoin.VehicleRow, vjoin.VehicleRow]] | None:
    """(vehicle known by VIN, Ctrack vehicle) pairs a fleet manager would link by hand;
    None when there is no Ctrack vehicle with an odometer."""
    ctrack = sorted(
        (r for r in rows if r.sources == ["ctrack"] and "ctrack" in r.odometers), key=lambda r: r.plate
    )
    by_source = {
        s: [r for r in rows if make_from_vin(r.vin) and len(r.vin) == 17 and r.sources == [s]]
        for s in ("carpass", "highmobility", "thg")
    }
    if not ctrack:
        return None
    pairs: list[tuple[vjoin.VehicleRow, vjoin.VehicleRow]] = []
    # a Car-Pass car whose newest reading is above the telematics odometer of a Ctrack vehicle
    for cp in by_source["carpass"]:
        match = next(
            (
                c
                for c in ctrack
                if c not in [p[1] for p in pairs]
                and cp.carpass_km
                and cp.carpass_km > c.odometers["ctrack"]["km"] + 1000
            ),
            None,
        )
        if match:
            pairs.append((cp, match))
            break
    for src in ("highmobility", "thg", "carpass"):
        for other in by_source[src]:
            if other in [p[0] for p in pairs]:
                continue
            free = [c for c in ctrack if c not in [p[1] for p in pairs]]
            if free:
                pairs.append((other, free[0]))
            break
    return pairs


def _crosscheck_newest_reading(rt, vin_row: vjoin.VehicleRow) -> None:
    """Store the odometer cross-check of the car's newest Car-Pass reading (accepted)."""
    reading = rt.store.read(
        lambda db: sources._q(
            db,
            "SELECT id, reading_date, odometer FROM carpass_readings WHERE UPPER(vin) = ? "
            "ORDER BY reading_date DESC, id DESC LIMIT 1",
            [vin_row.vin],
        )
    )
    day = sources.day_of(reading[0]["reading_date"]) if reading else None
    if day is not None:
        r = reading[0]
        result = service.crosscheck(
            rt, vin=vin_row.vin, plate=None, reading_date=day, odometer_km=r["odometer"]
        )
        if result.level != xc.NO_DATA:
            service.record_crosscheck(rt, result, reading_id=r["id"], accepted=True)
