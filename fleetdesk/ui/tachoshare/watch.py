"""Following running downloads for the Tachographs tab without flooding the UI thread.

Every 250 ms while the tab is visible, ``DownloadWatch`` reads the download manager's
thread-safe snapshot into the Downloads view (rows that start or end, progress bars); a store
change is fetched at most once a second meanwhile (``sig_fetch``); when the downloads it watched
are over it says so (``sig_finished`` with the manager's report). Each Python->Qt call counts:
see ``progress.py``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from fleetdesk.ui.tachoshare.downloads import DownloadsView

TICK_MS, BUSY_FETCH_SECONDS = 250, 1.0


class DownloadWatch(QObject):
    sig_fetch = Signal()  # time to read the store again
    sig_finished = Signal(dict)  # the downloads it followed are over: the manager's report

    def __init__(self, manager, view: DownloadsView, parent: QObject | None = None):
        super().__init__(parent)
        self.manager = manager
        self.view = view
        self.following = False  # downloads ran since the last sig_finished
        self.running_ids: set[int] = set()
        self._dirty = False
        self._last_fetch = 0.0
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._on_ticker_timeout)

    def follow(self, visible: bool) -> None:
        """Downloads run: tick while the tab is ``visible`` (``resume`` when it is shown)."""
        self.following = True
        if visible and not self.ticker.isActive():
            self.ticker.start()

    def resume(self) -> None:
        if self.following:
            self.ticker.start()

    def pause(self) -> None:
        self.ticker.stop()  # nobody watches: the next show catches up

    def defer_fetch(self) -> bool:
        """While ticking, a store change waits for the next tick (True): at most one fetch a second."""
        if self.ticker.isActive():
            self._dirty = True
            return True
        return False

    def fetched(self) -> None:
        self._dirty = False
        self._last_fetch = time.monotonic()

    def _on_ticker_timeout(self) -> None:
        snapshot = self.manager.snapshot()
        report = snapshot["report"]
        running = set(snapshot["running"])
        if running != self.running_ids:  # a download started or ended: patch those rows
            self.running_ids = running
            self.view.show_running(running)
        live = {jid: {"done": r["done"], "total": r["total"]} for jid, r in snapshot["running"].items()}
        self.view.show_live(live, report["done"] + report["empty"] + report["failed"])
        if not snapshot["active"]:
            self.ticker.stop()
            if self.following:
                self.following = False
                self.sig_finished.emit(report)
            self.sig_fetch.emit()
        elif self._dirty and time.monotonic() - self._last_fetch >= BUSY_FETCH_SECONDS:
            self.sig_fetch.emit()
