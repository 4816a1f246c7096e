"""A real kill -9 of ``fleetdesk tacho sync`` mid-download and between files; after a restart
every file is archived exactly once, the index matches the disk, and every cursor is right."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.tachoshare import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, TachoShareSim


def child_env(sim: TachoShareSim, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLEETDESK_")}
    env.update(
        {
            "FLEETDESK_TACHOSHARE_URL": url,
            "FLEETDESK_TACHOSHARE_AUTH_URL": url + "/auth/realms/webfleet",
            "FLEETDESK_TACHOSHARE_CLIENT_ID": DEMO_CLIENT_ID,
            "FLEETDESK_TACHOSHARE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
            # each run starts unattended with its own token (the keyring below keeps nothing)
            "FLEETDESK_TACHOSHARE_REFRESH_TOKEN": sim.issue_tokens()["refresh_token"],
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }
    )
    return env


def start(data: Path, sim: TachoShareSim, url: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "fleetdesk", "--data-dir", str(data), "tacho", "sync", "--json"],
        env=child_env(sim, url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def indexed_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT COUNT(*) FROM tacho_files").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def wait_for(proc: subprocess.Popen, predicate, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if proc.poll() is not None:
            raise AssertionError(f"the child ended before {what}: {proc.stderr.read()[-2000:]}")
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def kill9(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def partial_files(root: Path, minimum: int) -> list[Path]:
    return [p for p in root.rglob("*.part") if p.exists() and p.stat().st_size >= minimum]


@pytest.mark.slow
def test_kill_dash_nine_mid_sync_loses_and_duplicates_nothing(tmp_path):
    sim = TachoShareSim(rate_limit=None, vu_base_bytes=150_000, vu_day_bytes=50, card_file_bytes=400)
    big = sim.vehicles[0]
    sim.file_sizes[big.vin] = 4 * 2**20  # 64 chunks: a long window to die in
    sim.stream_delay = 0.03
    data = tmp_path / "data"
    root, db = data / "tachographs", data / "fleetdesk.sqlite3"
    with SimServer(sim) as server:
        # 1. killed while a file is streaming (its temporary file is half written)
        proc = start(data, sim, server.url)
        wait_for(proc, lambda: partial_files(root, 256 * 1024), "a half-written download")
        kill9(proc)
        assert partial_files(root, 1), "the kill really left a half file behind"
        # 2. killed between files, with some archived and the rest queued
        proc = start(data, sim, server.url)
        wait_for(proc, lambda: indexed_count(db) >= 30, "some files archived")
        kill9(proc)
        # 3. killed again soon after the restart (whatever it was doing)
        proc = start(data, sim, server.url)
        wait_for(proc, lambda: partial_files(root, 64 * 1024) or indexed_count(db) >= 200, "more progress")
        kill9(proc)
        # 4. a clean run to the end
        sim.stream_delay = 0.0
        proc = start(data, sim, server.url)
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-3000:]
        result = json.loads(out)
        assert result["ok"] and result["failed"] == 0

    conn = sqlite3.connect(str(db))
    conn.row_factory = sqlite3.Row
    try:
        files = [dict(r) for r in conn.execute("SELECT * FROM tacho_files")]
        cursors = {r[0]: r[1] for r in conn.execute("SELECT subject, last_date FROM tacho_cursors")}
        jobs = [dict(r) for r in conn.execute("SELECT * FROM tacho_jobs")]
    finally:
        conn.close()
    # nothing half-done is left: every job finished, no temporary files, the index is the disk
    assert {j["state"] for j in jobs} <= {"done", "empty"}
    on_disk = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert on_disk == sorted(f["path"] for f in files), "every file on disk is indexed, and only those"
    for f in files:
        assert hashlib.sha256((root / f["path"]).read_bytes()).hexdigest() == f["sha256"], f["path"]
    # exactly one file per vehicle unit, one ZIP per card, no member twice
    with_data = [v for v in sim.vehicles if v.last_activity is not None]
    vu = [f for f in files if f["kind"] == "vu"]
    assert sorted(f["vin"] for f in vu) == sorted(v.vin for v in with_data)
    assert len({f["sha256"] for f in vu}) == len(vu)
    zips = [f for f in files if f["kind"] == "card_zip"]
    assert len(zips) == sum(bool(c.downloads) for c in sim.cards) == len({f["card_number"] for f in zips})
    members = [f for f in files if f["kind"] == "card"]
    assert len({f["path"] for f in members}) == len(members)
    by_vin = {f["vin"]: f for f in vu}
    assert by_vin[big.vin]["size"] == 4 * 2**20
    # every cursor sits on the last day the server had, and only where a file proves it
    for v in with_data:
        assert cursors[f"vu:{v.vin}"] == v.last_activity.isoformat()
        assert (root / by_vin[v.vin]["path"]).read_bytes()[:2] in (b"\x76\x01", b"\x76\x21", b"\x76\x31")
    for c in sim.cards:
        if c.downloads:
            assert (
                cursors[f"card:{c.country.upper().replace('0X', '0x')}:{c.card}"]
                == c.downloads[-1].date().isoformat()
            )
