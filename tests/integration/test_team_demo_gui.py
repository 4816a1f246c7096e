"""Team mode (#16): the README's "demo as a team" — two `fleetdesk --demo --database
postgresql://…` windows and a `--demo … serve`, each with its own data folder, started as the
README says (the second desk and the service while the first is still seeding) against one
throw-away PostgreSQL database. All three stay up without a traceback, the demo data is seeded
once, the windows' pumps send the outbox, serve prints its health lines, and SIGTERM (logout)
closes each cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest


def _start(url: str, data_dir, *command: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fleetdesk",
            "--demo",
            "--data-dir",
            str(data_dir),
            "--database",
            url,
            *command,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _count(url: str, sql: str) -> int:
    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            return conn.execute(sql).fetchone()[0]
    except psycopg.Error:  # tables not migrated yet
        return 0


@pytest.mark.timeout(300)
def test_the_readme_team_demo_two_windows_and_serve(pg_cluster, tmp_path):
    name = pg_cluster.create_database()
    url = pg_cluster.url(name)
    procs: dict[str, subprocess.Popen] = {}
    try:
        procs["desk1"] = _start(url, tmp_path / "desk1")
        time.sleep(1.0)  # a second terminal, a moment later: the first desk is still seeding
        procs["desk2"] = _start(url, tmp_path / "desk2")
        procs["serve"] = _start(url, tmp_path / "svc", "serve", "--interval", "2")
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline and all(p.poll() is None for p in procs.values()):
            if _count(url, "SELECT COUNT(*) FROM outbox WHERE state = 'sent'") and _count(
                url, "SELECT COUNT(*) FROM kv WHERE key = 'demo.seeded'"
            ):
                break
            time.sleep(0.5)
        time.sleep(3)  # a few more passes of every pump and of serve
        alive = {n: p.poll() is None for n, p in procs.items()}
        readings = _count(url, "SELECT COUNT(*) FROM carpass_readings")
        vehicles = _count(url, "SELECT COUNT(*) FROM carpass_vehicles")
        distinct = _count(url, "SELECT COUNT(DISTINCT vin) FROM carpass_vehicles")
        sent = _count(url, "SELECT COUNT(*) FROM outbox WHERE state = 'sent'")
    finally:
        outputs = {}
        for p in procs.values():
            p.terminate()  # SIGTERM, as at logout
        for n, p in procs.items():
            out, err = p.communicate(timeout=60)
            outputs[n] = (p.returncode, out, err)
            if os.environ.get("TEAM_DEMO_DUMP"):
                Path(os.environ["TEAM_DEMO_DUMP"], f"{n}.err").write_text(err)
        pg_cluster.drop_database(name)
    for n, (code, _out, err) in outputs.items():
        assert alive[n], f"{n} exited early (code {code}):\n{err[-3000:]}"
        assert "Traceback" not in err, f"{n}:\n{err[-3000:]}"
        assert code == 0, f"{n}: no clean shutdown (code {code}):\n{err[-3000:]}"
    assert sent > 0, "no outbox item was sent"
    assert readings > 0 and vehicles == distinct, (readings, vehicles, distinct)  # seeded once
    health = [line for line in outputs["serve"][2].splitlines() if line.startswith("serve: ")]
    assert health and "database PostgreSQL" in health[0], outputs["serve"][2][-2000:]
