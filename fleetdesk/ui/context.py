"""What UI components need: the runtime, the task registry, and a Qt bus for cross-thread news."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fleetdesk.core.aio import TaskRegistry
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.core.netstate import ServiceState
from fleetdesk.runtime import Runtime

log = logging.getLogger(__name__)


class Bus(QObject):
    """Signals from worker threads arrive on the UI thread through queued connections."""

    sig_store_changed = Signal()  # debounced: any committed write
    sig_connection_changed = Signal(object)  # ServiceState
    sig_error = Signal(str, str)  # title, message (shown in the status bar)
    sig_unexpected = Signal(object)  # an exception nobody expected: the error dialog
    sig_notice = Signal(str)  # calm news for the status bar
    sig_show_tab = Signal(str)  # ask the main window to show a tab by name
    _sig_raw_store_change = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.sig_store_changed)
        self._sig_raw_store_change.connect(self._debounce.start)

    def store_changed_from_any_thread(self) -> None:
        self._sig_raw_store_change.emit()

    def connection_changed_from_any_thread(self, state: ServiceState) -> None:
        self.sig_connection_changed.emit(state)


@dataclass
class AppContext:
    """Handed to every component and tab; no globals."""

    runtime: Runtime
    tasks: TaskRegistry
    bus: Bus
    demo: Any = None  # DemoEnvironment in demo mode
    extras: dict[str, Any] = field(default_factory=dict)
    _unsubscribe: list = field(default_factory=list)

    @classmethod
    def create(cls, runtime: Runtime, *, demo=None, parent: QObject | None = None, loop=None) -> AppContext:
        """``loop``: the qasync loop, for widgets that start tasks while the window is built,
        before the loop runs (defaults to the running loop, or the current event loop)."""
        import asyncio

        if loop is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = asyncio.get_event_loop_policy().get_event_loop()
        bus = Bus(parent)

        def on_error(exc: BaseException, name: str) -> None:
            log.error("background task %s failed: %s", name, exc, exc_info=exc)
            if isinstance(exc, FleetDeskError):  # already in plain words: the status bar
                bus.sig_error.emit(name, str(exc))
            else:  # a bug: one sentence, the log file and "Copy details", never a traceback
                bus.sig_unexpected.emit(exc)

        ctx = cls(runtime, TaskRegistry(error_hook=on_error, loop=loop), bus, demo)
        ctx._unsubscribe.append(runtime.store.subscribe(bus.store_changed_from_any_thread))
        ctx._unsubscribe.append(runtime.monitor.subscribe(bus.connection_changed_from_any_thread))
        return ctx

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
