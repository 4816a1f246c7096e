"""Team mode (#16): every integration's own SQL runs on PostgreSQL. The whole demo — seeding of
the five integrations and the vehicle view, then one `fleetdesk sync` pass against the
simulators — runs on a throw-away PostgreSQL database and ends as it does on SQLite."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import psycopg


def _run(data_dir, *database) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "fleetdesk",
            "--demo",
            "--data-dir",
            str(data_dir),
            *database,
            "sync",
            "--once",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )


def _summary(out: str) -> dict[str, str]:
    lines = dict(
        re.findall(r"^(carpass|tachoshare|thg|highmobility|ctrack|vehicles): (.*)$", out, re.MULTILINE)
    )
    # Ctrack's queue delivers a timing-dependent number of fixes; only its outcome compares
    lines["ctrack"] = lines.get("ctrack", "").split(":")[0]
    return lines


def test_the_demo_seeds_and_syncs_every_integration_on_postgresql(pg_cluster, tmp_path):
    name = pg_cluster.create_database()
    try:
        url = pg_cluster.url(name)
        on_pg = _run(tmp_path / "pg", "--database", url)
        on_sqlite = _run(tmp_path / "sqlite")
        assert on_pg.returncode == 0, on_pg.stderr[-3000:]
        assert "FAILED" not in on_pg.stdout, on_pg.stdout
        assert "Traceback" not in on_pg.stderr and "ERROR" not in on_pg.stderr, on_pg.stderr[-3000:]
        assert _summary(on_pg.stdout) == _summary(on_sqlite.stdout)
        with psycopg.connect(url) as conn:
            counts = {
                table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in (
                    "carpass_readings",
                    "tacho_files",
                    "tacho_file_facts",
                    "thg_vehicles",
                    "hm_vehicles",
                    "ctrack_vehicles",
                    "vehicle_crosschecks",
                    "outbox",
                )
            }
        assert all(counts.values()), counts
        assert not (tmp_path / "pg" / "fleetdesk.sqlite3").exists()  # the team database only
    finally:
        pg_cluster.drop_database(name)
