"""The command line: --version without Qt, queue, sync, usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from fleetdesk import __version__
from fleetdesk.cli import main
from fleetdesk.core.clock import Clock
from fleetdesk.store import outbox as ob


def run_cli(args, env=None, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "fleetdesk", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def test_version_is_fast_and_never_imports_qt():
    code = (
        "import sys, time; t=time.perf_counter(); from fleetdesk.cli import main; "
        "rc = main(['--version']); print(round((time.perf_counter()-t)*1000, 1)); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'; "
        "assert 'sqlite_utils' not in sys.modules and 'requests' not in sys.modules; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"FleetDesk {__version__}"
    started = time.perf_counter()
    assert run_cli(["--version"]).stdout.strip() == f"FleetDesk {__version__}"
    print(f"fleetdesk --version: {(time.perf_counter() - started) * 1000:.0f} ms wall (incl. interpreter)")


def test_queue_json_lists_unsent_items(runtime, capsys, tmp_path):
    runtime.store.write(
        lambda db: ob.enqueue(
            db,
            service="carpass",
            kind="k",
            payload={"a": 1},
            label="Reading 1",
            clock=Clock(),
            work_date="2026-11-21",
        )
    )
    runtime.close()
    assert main(["--data-dir", str(runtime.config.data_dir), "queue", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["count"] == 1
    assert out["items"][0]["label"] == "Reading 1" and out["items"][0]["state"] == "queued"
    assert out["items"][0]["work_date"] == "2026-11-21"


def test_queue_on_an_empty_data_dir_says_nothing_waits(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "empty"), "queue"]) == 0
    assert "Nothing waiting" in capsys.readouterr().err


def test_sync_once_reports_json_and_exit_code(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "d"), "sync", "--once", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["outbox"] == {
        "sent": 0,
        "queued": 0,
        "needs_attention": 0,
        "skipped_services": {},
        "waiting": [],
        "waiting_summary": [],
    }
    assert out["unsent"] == 0


def test_sync_refuses_while_another_instance_holds_the_data_dir(tmp_path, capsys):
    from fleetdesk.store.lock import InstanceLock

    with InstanceLock(tmp_path / "d"):
        assert main(["--data-dir", str(tmp_path / "d"), "sync", "--once"]) == 1
    assert "already running" in capsys.readouterr().err


def test_bad_usage_exits_2(capsys):
    assert main(["no-such-command"]) == 2
    assert main(["sync", "--interval", "soon"]) == 2
