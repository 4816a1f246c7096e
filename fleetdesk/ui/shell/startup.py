"""Opening the GUI's runtime and building its window: shared by the app, the self-test and the
screenshots (which all live above this module; it imports none of them).

Also the background pump that sends the outbox and lets integrations poll, off the UI thread.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.clock import Clock

log = logging.getLogger(__name__)


class OutboxPump:
    """Background loop: reconcile at start, then send whatever is due and let integrations poll.

    It wakes when the store changes or when the next item falls due (at least every 30 s).
    """

    def __init__(self, ctx, *, max_sleep: float = 30.0):
        self.ctx = ctx
        self.max_sleep = max_sleep
        self._wake = asyncio.Event()
        self._poll_due: dict[str, float] = {}
        self._started = False
        self._at_latest: Any = None  # start_after_first_paint's QTimer
        ctx.bus.sig_store_changed.connect(self._wake.set)

    def start(self) -> None:
        if self._at_latest is not None:
            self._at_latest.stop()
        if self._started or self.ctx.tasks.closed:
            return
        self._started = True
        self.ctx.tasks.spawn(self.run(), name="outbox.pump")

    def start_after_first_paint(self, window, *, at_latest_ms: int = 2000) -> None:
        """Start once ``window`` has painted (at the latest after ``at_latest_ms``, e.g. when it
        opens minimised), so that recovery, polling and sends, which import the integrations'
        clients on first use, do not compete with the first paint for the CPU (issue 15)."""
        from PySide6.QtCore import QEvent, QObject, QTimer

        pump = self

        class _FirstPaint(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
                if event.type() == QEvent.Type.Paint:
                    window.removeEventFilter(self)
                    QTimer.singleShot(0, pump.start)  # after this paint, not inside it
                return False

        self._paint_watch = _FirstPaint(window)
        window.installEventFilter(self._paint_watch)
        timer = self._at_latest = QTimer(window)
        timer.setSingleShot(True)
        timer.timeout.connect(self.start)
        timer.start(at_latest_ms)

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        rt = self.ctx.runtime
        await run_blocking(rt.recover)
        while True:
            self._wake.clear()
            await run_blocking(rt.dispatcher.run_once)
            wait = await run_blocking(self._poll_integrations)
            next_due = await run_blocking(rt.dispatcher.next_due_at)
            if next_due is not None:
                wait = min(wait, (next_due - rt.clock.now()).total_seconds())
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=max(0.5, min(wait, self.max_sleep)))
            except TimeoutError:
                pass

    def _poll_integrations(self) -> float:
        rt = self.ctx.runtime
        now = time.monotonic()
        wait = self.max_sleep
        for integration in rt.integrations:
            due = self._poll_due.get(integration.name, 0.0)
            if due <= now:
                try:
                    again = integration.poll(rt)
                except Exception:
                    log.exception("background poll of %s failed", integration.name)
                    again = 60.0
                due = now + (again if again is not None else self.max_sleep)
                self._poll_due[integration.name] = due
            wait = min(wait, due - now)
        return wait


def preload() -> None:
    """Import the Qt-free runtime and the plug-ins before PySide6 is imported.

    PySide6's import hook reads the source of every module imported after it (to see whether it
    uses PySide6); importing these ~150 modules first spares that work at start-up. A plug-in
    that fails to import is left to ``discover()``, which reports it.
    """
    import importlib

    import fleetdesk.runtime  # noqa: F401
    from fleetdesk import registry

    for name in registry.names():
        try:
            plugin = getattr(importlib.import_module(f"fleetdesk.{name}.plugin"), "PLUGIN", None)
            if plugin is not None:
                plugin.migrations()
        except Exception:  # noqa: BLE001, S112 - reported by discover() when the runtime opens
            continue


def open_gui_runtime(args, clock: Clock | None = None, config=None):
    """(runtime, demo environment or None) for the GUI; raises AlreadyRunning/DatabaseDamaged."""
    from fleetdesk.core.config import Config
    from fleetdesk.runtime import Runtime

    config = config or Config.load(args.data_dir, demo=args.demo, database=getattr(args, "database", None))
    demo = None
    if args.demo:
        from fleetdesk.demo import DemoEnvironment

        demo = DemoEnvironment(config, explicit_dir=bool(args.data_dir)).start()
    try:
        rt = Runtime(config, clock=clock, secrets=demo.secrets if demo else None)
    except BaseException:
        if demo:
            demo.stop()
        raise
    if demo:
        demo.seed(rt)
    return rt, demo


def build_window(rt, demo=None, loop=None):
    """Context, main window and pump for an open runtime (used by the GUI, self-test, screenshots)."""
    from fleetdesk.ui.context import AppContext
    from fleetdesk.ui.shell.main_window import MainWindow

    ctx = AppContext.create(rt, demo=demo, loop=loop)
    window = MainWindow(ctx)
    pump = OutboxPump(ctx)
    ctx.extras["pump"] = pump
    # Everything built so far lives as long as the window: keep it out of the collector's
    # full passes, which otherwise stall the UI thread for tens of milliseconds.
    import gc

    gc.collect()
    gc.freeze()
    return ctx, window, pump


def close_on_signals(window) -> None:
    """Ctrl-C in a terminal, or SIGTERM at logout, closes the window like the user would, so
    tasks stop and the store closes cleanly instead of the process just dying."""
    import signal

    from PySide6.QtCore import QTimer

    def request_close(*_args) -> None:
        QTimer.singleShot(0, window.close)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, request_close)
    # Python runs signal handlers only when the interpreter has control: give it a regular turn.
    tick = QTimer(window)
    tick.timeout.connect(lambda: None)
    tick.start(250)
