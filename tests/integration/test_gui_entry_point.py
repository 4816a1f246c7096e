"""`fleetdesk --demo` as a user starts it: the real qasync event loop (not the test fixtures' loop
riding on pytest-qt) builds the window, runs the outbox pump and stays up without a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time


def sent_count(db_path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM outbox WHERE state = 'sent'").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_the_demo_gui_starts_sends_its_outbox_and_keeps_running(tmp_path):
    data = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "fleetdesk", "--demo", "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while (
            time.monotonic() < deadline
            and proc.poll() is None
            and sent_count(data / "fleetdesk.sqlite3") == 0
        ):
            time.sleep(0.5)
        time.sleep(2)
        alive = proc.poll() is None
    finally:
        proc.terminate()  # SIGTERM, as at logout: the window closes like a user would close it
        _, err = proc.communicate(timeout=30)
    assert alive, f"the GUI exited early (code {proc.returncode}):\n{err[-3000:]}"
    assert "Traceback" not in err, err[-3000:]
    assert proc.returncode == 0, f"no clean shutdown (code {proc.returncode}):\n{err[-3000:]}"
    assert sent_count(data / "fleetdesk.sqlite3") > 0, "the outbox pump never sent anything"
