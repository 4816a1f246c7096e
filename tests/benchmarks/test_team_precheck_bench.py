"""Benchmark (#16, team mode): the Car-Pass precheck with 1,000,000 readings of 100,000 vehicles,
on PostgreSQL vs SQLite — the path the app uses (``CarPassService.precheck``: the vehicle
register, then the readings by VIN or plate key, on the store's reader connection).

Seeding: SQLite by ``executemany`` in one transaction (as tests/benchmarks/test_carpass_bench.py),
PostgreSQL by ``COPY``; then ANALYZE. The query plans are printed and must use the indexes of the
Car-Pass migration (``carpass_readings_vin`` / ``_plate``, ``carpass_vehicles_vin`` / ``_plate``).
Prints p50/p99 per engine; no timed asserts. Run:
    nice uv run pytest tests/benchmarks/test_team_precheck_bench.py -m benchmark -s
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import timedelta

import pytest
from test_carpass_bench import READINGS, TODAY, VEHICLES, fill, plate_of, vin_of

from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationType
from fleetdesk.carpass.plugin import PLUGIN, get_service
from fleetdesk.carpass.prechecks import ReadingEntry
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime

pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(1200)]
SAMPLES = 2000
RESULTS: dict[str, dict[str, float]] = {}


def fill_pg(rt: Runtime, vehicles: int = VEHICLES, readings: int = READINGS) -> float:
    """The same history as ``test_carpass_bench.fill``, by COPY into PostgreSQL."""
    per = readings // vehicles
    stamp = "2026-11-23T08:00:00.000000Z"
    kind = ObservationType.REPAIR_MAINTENANCE_SERVICE.value
    started = time.perf_counter()

    def tx(db):
        cur = db.pg.cursor()
        with cur.copy(
            "COPY carpass_vehicles (vin, plate, plate_key, category, plate_country) FROM STDIN"
        ) as cp:
            for i in range(vehicles):
                cp.write_row((vin_of(i), plate_of(i), st.plate_key(plate_of(i)), "car", "BE"))
        with cur.copy(
            "COPY carpass_readings (vin, reading_date, odometer, observation_type, origin, state, "
            "created_at, updated_at) FROM STDIN"
        ) as cp:
            for i in range(vehicles):
                for k in range(per):
                    day = (TODAY - timedelta(days=60 * (per - k))).isoformat()
                    cp.write_row(
                        (
                            vin_of(i),
                            day,
                            10_000 + i % 50_000 + 2_400 * k,
                            kind,
                            "import",
                            "history",
                            stamp,
                            stamp,
                        )
                    )

    rt.store.write(tx)
    rt.store.write(lambda db: db.execute("ANALYZE"))
    return time.perf_counter() - started


PLANS = {
    "vehicle by VIN": ("SELECT * FROM carpass_vehicles WHERE vin = ? LIMIT 2", "carpass_vehicles_vin"),
    "vehicle by plate": (
        "SELECT * FROM carpass_vehicles WHERE plate_key = ? LIMIT 1",
        "carpass_vehicles_plate",
    ),
    "readings by VIN": (
        "SELECT reading_date, odometer FROM carpass_readings WHERE vin = ? AND state != 'discarded'",
        "carpass_readings_vin",
    ),
    "readings by plate": (
        "SELECT reading_date, odometer FROM carpass_readings WHERE plate_key = ? AND state != 'discarded'",
        "carpass_readings_plate",
    ),
}


def check_plans(rt: Runtime, engine: str) -> None:
    """Every query of the precheck uses its index (a full scan of 1 M rows would be ~100 ms)."""
    for name, (sql, index) in PLANS.items():
        arg = "ABC123" if "plate" in name else vin_of(7)
        if engine == "sqlite":
            rows = rt.store.read(
                lambda db, q=f"EXPLAIN QUERY PLAN {sql}", a=arg: db.execute(q, [a]).fetchall()
            )
            plan = " | ".join(str(r[-1]) for r in rows)
        else:
            rows = rt.store.read(lambda db, q=f"EXPLAIN {sql}", a=arg: db.execute(q, [a]).fetchall())
            plan = " | ".join(r[0].strip() for r in rows)
        print(f"  {engine} plan, {name}: {plan}")
        assert index in plan, f"{engine}: {name} does not use {index}: {plan}"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def big(request, tmp_path_factory):
    data = tmp_path_factory.mktemp(f"bench-{request.param}") / "data"
    name = None
    if request.param == "postgresql":
        cluster = request.getfixturevalue("pg_cluster")
        name = cluster.create_database()
        config = Config.load(data, database=cluster.url(name))
    else:
        config = Config.load(data)
    config.settings.set("carpass.enterprise", "0412345614")
    rt = Runtime(config, clock=FakeClock(), integrations=[PLUGIN])
    seconds = (fill_pg if name else fill)(rt)
    how = "COPY" if name else "executemany"
    print(
        f"\n{request.param}: {READINGS:,} readings of {VEHICLES:,} vehicles written in {seconds:.1f} s ({how})"
    )
    check_plans(rt, request.param)
    yield request.param, rt
    get_service(rt).close()
    rt.close()
    if name:
        cluster.drop_database(name)


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * len(ordered))) - 1)]


def test_precheck_with_a_million_readings_on_each_engine(big):
    engine, rt = big
    svc = get_service(rt)
    rng = random.Random(5)
    svc.precheck(ReadingEntry("1", TODAY, vin=vin_of(1)))  # warm the reader connection
    samples: dict[str, list[float]] = {"by VIN": [], "by plate": []}
    for n in range(SAMPLES):
        i = rng.randrange(VEHICLES)
        by_plate = n % 2 == 1
        entry = ReadingEntry(
            str(10_000 + i % 50_000 + 24_000 + rng.randrange(-3000, 3000)),
            TODAY,
            vin="" if by_plate else vin_of(i),
            license_plate=plate_of(i) if by_plate else "",
        )
        started = time.perf_counter()
        findings = svc.precheck(entry)
        samples["by plate" if by_plate else "by VIN"].append(time.perf_counter() - started)
        assert all(f.code != "NO_IDENTIFIER" for f in findings)
    every = samples["by VIN"] + samples["by plate"]
    for name, values in [*samples.items(), ("all", every)]:
        ms = [v * 1000 for v in values]
        print(
            f"{engine}: precheck {name}, {READINGS:,} readings: p50 {statistics.median(ms):.3f} ms, "
            f"p99 {_p(ms, 99):.3f} ms, max {max(ms):.3f} ms (n={len(ms)})"
        )
    RESULTS[engine] = {"p50": statistics.median(every), "p99": _p(every, 99)}
    if len(RESULTS) == 2:
        s, p = RESULTS["sqlite"], RESULTS["postgresql"]
        print(
            f"PostgreSQL / SQLite: p50 x{p['p50'] / s['p50']:.1f}, p99 x{p['p99'] / s['p99']:.1f} "
            f"(PostgreSQL over loopback TCP: each precheck is 3-5 round trips)"
        )
