"""Team mode (#16, "done when"): two FleetDesk windows and a `fleetdesk serve` on one PostgreSQL
database work as one team, against the Car-Pass simulator on loopback.

Desk A and desk B are two runtimes with their own data folders, each with its main window and
the outbox pump the GUI runs (one process, one QApplication: the windows share nothing but the
database); `serve` runs in a subprocess, its clock pinned by FLEETDESK_FAKE_NOW like ours. A
reading typed on A is in B's readings list within 2 s (LISTEN/NOTIFY; measured), its outbox
item is sent exactly once by whichever of the three claims it, and the "processed" status the
poller brings back is seen in both windows."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt

from fleetdesk.carpass import store as st
from fleetdesk.carpass.plugin import PLUGIN, get_service
from fleetdesk.core.clock import wall_time
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.simulators.carpass import DEMO_PASSWORD, DEMO_USERNAME
from fleetdesk.simulators.hub import SimulatorHub
from fleetdesk.store import outbox as ob
from test_carpass_support import ENTERPRISE, GOLF

KM = 177_300


def _serve(url: str, data_dir, sim_url: str) -> subprocess.Popen:
    Config.load(data_dir).settings.set("carpass.enterprise", ENTERPRISE)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        FLEETDESK_CARPASS_URL=sim_url,
        FLEETDESK_CARPASS_USERNAME=DEMO_USERNAME,
        FLEETDESK_CARPASS_PASSWORD=DEMO_PASSWORD,
    )
    cmd = [sys.executable, "-m", "fleetdesk", "--data-dir", str(data_dir), "--database", url]
    return subprocess.Popen(
        [*cmd, "serve", "--interval", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def _desk(url: str, data_dir, sim_url: str) -> Runtime:
    config = Config.load(data_dir, database=url)
    config.overrides["carpass"] = sim_url
    config.settings.set("carpass.enterprise", ENTERPRISE)
    rt = Runtime(config, integrations=[PLUGIN])
    rt.secrets.set("carpass", "username", DEMO_USERNAME)
    rt.secrets.set("carpass", "password", DEMO_PASSWORD)
    return rt


def _ours(tab) -> list[st.Reading]:
    return [r for r in (tab.ov.readings if tab.ov else []) if r.vin == GOLF and r.odometer == KM]


def _wait_for_health_line(serve: subprocess.Popen, timeout: float = 90) -> str:
    """serve's first health line: its migrations of every integration have run."""
    deadline = time.monotonic() + timeout
    assert serve.stderr is not None
    while time.monotonic() < deadline:
        line = serve.stderr.readline()
        if not line and serve.poll() is not None:
            break
        if line.startswith("serve: "):
            return line
    raise AssertionError(f"serve printed no health line (exit code {serve.poll()})")


@pytest.mark.timeout(240)
def test_two_windows_and_serve_work_as_one_team(pg_url, tmp_path, qloop, qtbot):
    from fleetdesk.ui.context import AppContext
    from fleetdesk.ui.shell.main_window import MainWindow
    from fleetdesk.ui.shell.startup import OutboxPump

    hub = SimulatorHub(
        ["carpass"], carpass={"clock": wall_time, "ongoing_seconds": 0.5, "vhr_ongoing_seconds": 1.0}
    ).start()
    sim, sim_url = hub.apps["carpass"], hub.urls["carpass"]
    url = pg_url.display()
    serve = _serve(url, tmp_path / "svc", sim_url)
    runtimes, contexts, windows = [], [], []
    try:
        first = _wait_for_health_line(serve)
        assert "database PostgreSQL" in first, first
        for name in ("a", "b"):
            rt = _desk(url, tmp_path / name, sim_url)
            runtimes.append(rt)
            ctx = AppContext.create(rt)
            contexts.append(ctx)
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            windows.append(window)
            OutboxPump(ctx).start()
        tab_a, tab_b = (w.tab_widgets.pages["carpass"].build() for w in windows)
        qtbot.waitUntil(lambda: tab_a.ov is not None and tab_b.ov is not None, timeout=10000)

        committed: list[float] = []
        unsubscribe = runtimes[0].store.subscribe(lambda: committed.append(time.perf_counter()))
        form = tab_a.entry
        form.vin.setFocus()
        qtbot.keyClicks(form.vin, GOLF)
        qtbot.keyClick(form.vin, Qt.Key.Key_Return)
        qtbot.keyClicks(form.odometer, str(KM))
        qtbot.waitUntil(form.submit_button.isEnabled, timeout=5000)
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(committed), timeout=10000)
        qtbot.waitUntil(lambda: bool(_ours(tab_b)), timeout=5000)
        latency = time.perf_counter() - committed[0]
        unsubscribe()
        print(f"\nA's commit -> the reading in B's readings list: {latency * 1000:.0f} ms")
        assert latency < 2.0

        # sent once, by whichever dispatcher claimed it; the status comes back to both windows
        qtbot.waitUntil(
            lambda: bool(_ours(tab_a)) and all(r.state == st.PROCESSED for r in _ours(tab_a) + _ours(tab_b)),
            timeout=60000,
        )
        posts = sim.requests_to(r"/api/observation$", "POST")
        assert len(posts) == 1, f"{len(posts)} submissions reached Car-Pass"
        items = runtimes[1].store.read(
            lambda db: ob.items(db, states=ob.UNSENT_STATES + (ob.SENT, ob.DISCARDED))
        )
        assert len(items) == 1 and items[0].state == ob.SENT, items
        owners = {runtimes[0].dispatcher.owner: "desk A", runtimes[1].dispatcher.owner: "desk B"}
        print(f"sent once, by {owners.get(items[0].claimed_by or '', 'serve')} (A, B and serve all dispatch)")
        assert items[0].claimed_by
        assert items[0].created_host and items[0].created_user
    finally:
        for ctx in contexts:
            ctx.detach()
            done = asyncio.ensure_future(ctx.tasks.shutdown())
            qtbot.waitUntil(done.done, timeout=10000)
        for window in windows:
            window.close()
        for ctx in contexts:
            ctx.bus._debounce.stop()
        for rt in runtimes:
            get_service(rt).close()
            rt.close()
        serve.terminate()
        _, err = serve.communicate(timeout=60)
        hub.stop()
    assert serve.returncode == 0 and "Traceback" not in err, err[-3000:]
