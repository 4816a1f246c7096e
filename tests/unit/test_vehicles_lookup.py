"""The one-vehicle look-up (indexed queries) gives the same row as the fleet's full join, for
every VIN, plate and row key, on the fixture fleet and on random fleets with shared plates,
plate-only records, separators, manual links and separations."""

from __future__ import annotations

import random
from datetime import date

import pytest

from fleetdesk.vehicles import join as vjoin
from fleetdesk.vehicles import lookup
from vehicle_data import NOW, ctrack_vehicle, reading, seed

TODAY = date(2026, 11, 22)


@pytest.fixture
def rt(config, fake_clock):
    from fleetdesk.runtime import Runtime

    rt = Runtime(config, clock=fake_clock)
    yield rt
    rt.close()


def _essence(row: vjoin.VehicleRow | None):
    if row is None:
        return None
    d = row.as_dict()
    d.pop("plate")  # the first plate seen: depends on reading order
    d["ctrack_nodes"] = sorted(d["ctrack_nodes"])
    return d


def _assert_same(rt):
    def check(db):
        rows = vjoin.load(db, TODAY)
        assert rows
        for row in rows:
            idents = set(row.members) | set(row.plate_keys) | ({row.vin} if row.vin else set())
            for ident in sorted(idents):
                want = _essence(vjoin.find(rows, ident))
                got = _essence(lookup.row_for_ident(db, TODAY, ident))
                assert got == want, ident
            if row.vin:
                got = lookup.row_for(db, TODAY, vin=row.vin)
                assert _essence(got) == _essence(row)
        assert lookup.row_for_ident(db, TODAY, "NOSUCHVIN00000000") is None

    rt.store.read(check)


def test_same_row_as_the_full_join_on_the_fixture_fleet(rt):
    rt.store.write(seed)
    _assert_same(rt)


def test_same_row_with_links_and_a_separation(rt):
    from vehicle_data import PLATE_C, VIN_A, VIN_B

    rt.store.write(seed)

    def links(db):
        vjoin.set_link(db, f"vin:{VIN_B}", f"plate:{PLATE_C.replace('-', '')}", "link", NOW)
        vjoin.set_link(db, f"vin:{VIN_A}", "plate:1ABC123", "unlink", NOW)

    rt.store.write(links)
    _assert_same(rt)


@pytest.mark.parametrize("seed_no", range(12))
def test_same_row_on_random_fleets(rt, seed_no):
    rnd = random.Random(seed_no)
    plates = [
        f"{rnd.randint(1, 9)}-{rnd.choice('ABCDEFG')}{rnd.choice('XYZ')}-{rnd.randint(100, 130)}"
        for _ in range(12)
    ]
    vins = [f"WVWZZZ1KZ8W{n:06d}" for n in range(10)]

    def spell(plate: str) -> str:
        return rnd.choice(
            [plate, plate.replace("-", " "), plate.replace("-", ".").lower(), plate.replace("-", "")]
        )

    def fill(db):
        node = 0
        for _ in range(25):
            what = rnd.random()
            if what < 0.3:
                reading(
                    db,
                    vin=rnd.choice(vins),
                    plate=rnd.choice(plates + [None, None]),
                    day=f"2026-{rnd.randint(1, 11):02d}-{rnd.randint(1, 28):02d}",
                    km=rnd.randint(1000, 200_000),
                )
            elif what < 0.45:
                reading(
                    db,
                    plate=rnd.choice(plates),
                    day=f"2026-{rnd.randint(1, 11):02d}-01",
                    km=rnd.randint(1000, 200_000),
                )
            elif what < 0.6:
                node += 1
                ctrack_vehicle(db, node, spell(rnd.choice(plates)), odometer_m=rnd.randint(10**6, 10**8))
            elif what < 0.7:
                db.execute(
                    "INSERT OR REPLACE INTO tacho_vehicles (vin, license_plate, last_activity_date, "
                    "rdl_status, raw, updated_at) VALUES (?, ?, '2026-11-01', 'connected', '{}', ?)",
                    [rnd.choice(vins), spell(rnd.choice(plates)), NOW],
                )
            elif what < 0.8:
                db.execute(
                    "INSERT OR REPLACE INTO hm_vehicles (vin, brand, status, odometer, odometer_unit,"
                    " odometer_at, created_at, updated_at) VALUES (?, 'vw', 'approved', ?, 'km', ?, ?, ?)",
                    [rnd.choice(vins), rnd.randint(1000, 9000), NOW, NOW, NOW],
                )
            elif what < 0.87:
                db.execute(
                    "INSERT INTO thg_vehicles (vin, status) VALUES (?, 'approved')", [rnd.choice(vins)]
                )
            elif what < 0.93:
                db.execute(
                    "INSERT INTO carpass_vehicles (vin, plate, plate_key) VALUES (?, ?, ?)",
                    [rnd.choice(vins + [None]), p := rnd.choice(plates), p.replace("-", "")],
                )
            else:
                a = rnd.choice([f"vin:{v}" for v in vins] + [f"plate:{p.replace('-', '')}" for p in plates])
                b = rnd.choice([f"vin:{v}" for v in vins] + [f"plate:{p.replace('-', '')}" for p in plates])
                if a != b:
                    vjoin.set_link(db, a, b, rnd.choice(["link", "link", "unlink"]), NOW)

    rt.store.write(fill)
    _assert_same(rt)
