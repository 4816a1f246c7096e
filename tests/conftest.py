"""Every test runs offscreen, with an in-memory keyring, a temporary data dir, no FLEETDESK_*
variables from the developer's shell, and fails if it leaves threads, active timers or
top-level widgets behind."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import gc  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402

# Property tests: no per-example time limit (a busy 2-core CI machine made the default 200 ms
# fail at random) and a fixed example sequence, so CI is green or red for the code, not the luck.
from hypothesis import HealthCheck, settings  # noqa: E402

from fleetdesk.core.secrets import MemoryKeyring  # noqa: E402

# Team mode (#16): the throw-away PostgreSQL cluster and the two-engine fixture, for every test.
from pg_support import engine_url, pg_cluster, pg_url, protected_pg_url  # noqa: E402,F401

settings.register_profile(
    "fleetdesk", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fleetdesk"))

# Threads that live for the whole process by design.
#: Every test (and every subprocess it starts) runs at this pinned instant, and time runs on from
#: there: Monday 23 November 2026, 10:00 in Brussels -- outside Car-Pass's Thursday maintenance
#: window and far from midnight in any time zone a test cares about. A test that needs another
#: instant sets FLEETDESK_FAKE_NOW itself (see fleetdesk/core/clock.py) or uses a FakeClock.
PINNED_NOW = "2026-11-23T09:00:00Z"

LONG_LIVED_THREAD_PREFIXES = ("fleetdesk-io", "MainThread", "pydevd", "asyncio_", "QDnsLookup", "Dummy-")


def pytest_configure(config):
    # QtQuick must use the software scene graph offscreen; it has to be chosen before the
    # QApplication exists, and pytest-qt creates it lazily from the first qtbot/qapp.
    from fleetdesk.ui.qtfix import guard_none_refcount
    from fleetdesk.ui.qtsetup import use_software_scene_graph

    guard_none_refcount()
    use_software_scene_graph()


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    for key in list(os.environ):
        if key.startswith("FLEETDESK_") or key in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("FLEETDESK_DATA_DIR", str(tmp_path / "data"))
    pin_now(monkeypatch, PINNED_NOW)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield
    keyring.set_keyring(previous)


def pin_now(monkeypatch, when: str) -> None:
    """Pin the clock of this process and of the subprocesses it starts at ``when`` (ISO UTC)."""
    from fleetdesk.core.clock import FAKE_NOW_ENV, fake_now_value

    monkeypatch.setenv(FAKE_NOW_ENV, fake_now_value(when))


def _our_threads() -> set[threading.Thread]:
    return {
        t for t in threading.enumerate() if t.is_alive() and not t.name.startswith(LONG_LIVED_THREAD_PREFIXES)
    }


@pytest.fixture(autouse=True)
def _no_leaked_threads():
    before = _our_threads()
    yield
    deadline = time.monotonic() + 3
    leaked = _our_threads() - before
    while leaked and time.monotonic() < deadline:
        time.sleep(0.05)
        leaked = _our_threads() - before
    assert not leaked, f"test left threads running: {sorted(t.name for t in leaked)}"


@pytest.fixture(autouse=True)
def _no_leaked_qt_objects(request):
    """Only for tests that use Qt: top-level widgets and running timers must be gone after."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timers: list = []
    original_init = QTimer.__init__

    def tracking_init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        timers.append(self)

    QTimer.__init__ = tracking_init
    app = QApplication.instance()
    before = set(map(id, app.topLevelWidgets())) if app else set()
    try:
        yield
    finally:
        QTimer.__init__ = original_init
    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    widgets = [w for w in app.topLevelWidgets() if id(w) not in before and w.isVisible()]
    active = []
    for timer in timers:
        try:
            if timer.isActive():
                active.append(timer)
        except RuntimeError:  # already deleted by Qt: fine
            pass
    for w in widgets:
        w.close()
        w.deleteLater()
    for t in active:
        t.stop()
    assert not widgets, f"test left top-level widgets open: {[type(w).__name__ for w in widgets]}"
    assert not active, f"test left {len(active)} QTimer(s) running"


@pytest.fixture
def config(tmp_path):
    from fleetdesk.core.config import Config

    return Config.load(tmp_path / "data")


@pytest.fixture
def fake_clock():
    from fleetdesk.core.clock import FakeClock

    return FakeClock()


@pytest.fixture
def runtime(config, fake_clock):
    from fleetdesk.runtime import Runtime

    rt = Runtime(config, clock=fake_clock, integrations=[])
    yield rt
    rt.close()


# -- Qt + asyncio ---------------------------------------------------------------------------
@pytest.fixture
def qloop(qapp):
    """A qasync loop that runs whenever Qt processes events (qtbot.waitUntil, qWait)."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    deadline = time.monotonic() + 3
    while any(not t.done() for t in pending) and time.monotonic() < deadline:
        qapp.processEvents()
    # Not loop.stop(): with already_running=True it would call QApplication.exit().
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture
def app_context_for(qloop, qtbot):
    """``app_context_for(runtime)`` -> an AppContext; at the end its tasks are cancelled and
    awaited and it is detached from the runtime (after the fixtures that used it)."""
    import asyncio

    from fleetdesk.ui.context import AppContext

    made = []

    def make(runtime):
        ctx = AppContext.create(runtime)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        done = asyncio.ensure_future(ctx.tasks.shutdown())
        qtbot.waitUntil(done.done, timeout=5000)
        ctx.detach()
        ctx.bus.deleteLater()


@pytest.fixture
def app_context(runtime, app_context_for):
    """An AppContext on the test runtime (integrations=[])."""
    return app_context_for(runtime)
