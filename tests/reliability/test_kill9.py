"""A real kill -9: a child process enqueues and sends against a loopback server and is killed at
several points; after a restart every submission is present and none reached the server twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fleetdesk.simulators.framework import SimServer
from fleetdesk.store import outbox as ob
from fleetdesk.store.db import Store
from fleetdesk.store.schema import core_migrations
from ledger_support import LedgerSim, notes_migrations

CHILD = Path(__file__).with_name("child_sender.py")
N = 12


def start_child(data_dir, url):
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), url, str(N)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_until(proc, predicate, timeout=20.0) -> list[str]:
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
        if predicate(line.strip()):
            return lines
    raise AssertionError(
        f"child never reached the point; saw {lines[-5:]}; "
        f"stderr: {proc.stderr.read() if proc.poll() is not None else ''}"
    )


def kill9(proc):
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_kill_dash_nine_at_several_points_loses_nothing_and_sends_nothing_twice(tmp_path):
    sim = LedgerSim(reply_delay=0.15)  # records exist on the server before the answer leaves
    with SimServer(sim) as server:
        data = tmp_path / "data"
        # 1. killed while enqueueing
        proc = start_child(data, server.url)
        read_until(proc, lambda line: line == "ENQUEUED 4")
        kill9(proc)
        # 2. killed while a request is in flight (the server has it, the client does not know)
        proc = start_child(data, server.url)
        read_until(proc, lambda line: line.startswith("SENT"))
        seen = len(sim.log)
        deadline = time.monotonic() + 10
        while len(sim.log) == seen and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.03)
        kill9(proc)
        # 3. killed right after a send was recorded
        proc = start_child(data, server.url)
        read_until(proc, lambda line: line.startswith("SENT"))
        kill9(proc)
        # 4. a clean run to the end
        proc = start_child(data, server.url)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert out.strip().endswith("DONE")

    store = Store(data / "fleetdesk.sqlite3", [core_migrations, notes_migrations()])
    try:
        notes = store.read(lambda db: list(db.query("SELECT * FROM notes ORDER BY id")))
        items = store.read(lambda db: ob.items(db, states=[ob.SENT, ob.QUEUED, ob.SENDING, ob.ATTENTION]))
    finally:
        store.close()
    assert sorted(n["text"] for n in notes) == sorted(f"n{i}" for i in range(N)), "every note present"
    assert all(i.state == ob.SENT for i in items) and len(items) == N
    assert len(sim.records) == N
    assert set(sim.created.values()) == {1}, f"sent twice: {sim.created}"
    by_key = {r["key"]: r["id"] for r in sim.records.values()}
    assert {i.idempotency_key: i.remote_id for i in items} == by_key
    assert {n["remote_id"] for n in notes} == set(by_key.values())
