"""The Tachographs tab: compliance board, download queue, archived files, RDL per vehicle.

Composition and wiring only. Nothing here blocks the UI thread: sign-in, list refreshes and
planning run in the shared pool (``run_blocking``); downloads run on the download manager's
own threads, followed by ``watch.DownloadWatch`` (a 250 ms tick, store fetches at most once a
second): progress never floods the UI thread with signals.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QTabWidget, QVBoxLayout, QWidget

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.config import atomic_write_bytes
from fleetdesk.core.errors import AuthExpired, BadInput, FleetDeskError, NotConfigured, TransientError
from fleetdesk.store.dispatcher import send_summary
from fleetdesk.store.kv import kv_get
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.service import LISTED_AT, TachoShareService
from fleetdesk.tachoshare.views import BoardRow, board_csv, board_rows, files_csv
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.tachoshare.board import BoardView
from fleetdesk.ui.tachoshare.downloads import DownloadsView
from fleetdesk.ui.tachoshare.expiry_alert import ExpiryAlert
from fleetdesk.ui.tachoshare.files import FilesView
from fleetdesk.ui.tachoshare.header import TachoHeader
from fleetdesk.ui.tachoshare.remote_download import RemoteDownloads
from fleetdesk.ui.tachoshare.retention import RetentionDialog, RetentionFlow
from fleetdesk.ui.tachoshare.watch import DownloadWatch
from fleetdesk.ui.widgets.save_dialog import save_csv_dialog

RECENT_JOBS, ALL_JOBS = 300, 5000


class _Bridge(QObject):
    """The sign-in's "open this address" from a worker thread, delivered on the UI thread."""

    sig_open_url = Signal(str)


class TachoShareTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rt = ctx.runtime
        self.svc = TachoShareService.of(self.rt)
        self.open_url = lambda url: QDesktopServices.openUrl(QUrl(url))  # tests replace it
        self._fetched = False
        self._listing = False
        self._login_cancel: threading.Event | None = None
        self._board_rows: list[BoardRow] = []
        self._dialog: QFileDialog | None = None
        self._jobs: list[dict] = []
        self._files: tuple[list[dict], str] | None = None
        self.bridge = _Bridge(self)
        self.bridge.sig_open_url.connect(self._on_bridge_open_url)
        self._setup_ui()
        self.watch = DownloadWatch(self.svc.downloads, self.downloads, self)
        self.watch.sig_fetch.connect(self._fetch_now)
        self.watch.sig_finished.connect(self._on_watch_finished)
        self.rdl = RemoteDownloads(self.ctx, self._show, self.refresh)
        ctx.bus.sig_store_changed.connect(self.refresh)
        self.refresh()

    def _setup_ui(self) -> None:
        self.header = TachoHeader()
        self.header.sig_sign_in.connect(self._on_header_sign_in)
        self.header.sig_sync.connect(self._on_header_sync)
        self.header.banner.action_button.clicked.connect(self._on_banner_action_clicked)
        self.board = BoardView()
        self.board.sig_rdl_requested.connect(self._on_board_rdl_requested)
        self.board.sig_export_requested.connect(lambda: self._ask_path("board", "tachograph-compliance.csv"))
        self.downloads = DownloadsView()
        self.downloads.sig_action.connect(self._on_downloads_action)
        self.downloads.sig_pause_all.connect(self._on_downloads_pause_all)
        self.downloads.show_filter.currentIndexChanged.connect(self.refresh)
        self.files = FilesView()
        self.files.sig_open_folder.connect(self._on_files_open_folder)
        self.files.sig_open_file_folder.connect(self._on_files_open_file_folder)
        self.files.sig_export_requested.connect(lambda: self._ask_path("files", "tachograph-files.csv"))
        self.retention_flow = RetentionFlow(self.ctx, self.svc, self, self._show, self.refresh)
        self.files.sig_retention_requested.connect(self.retention_flow.open)
        self.pages = QTabWidget()
        self.pages.setAccessibleName("Tachograph views")
        self.pages.addTab(self.board, self.tr("Compliance board"))
        self.pages.addTab(self.downloads, self.tr("Downloads"))
        self.pages.addTab(self.files, self.tr("Files"))
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        self.expiry_alert = ExpiryAlert(self)  # kept hidden here until the status bar takes it
        self.expiry_alert.clicked.connect(self._on_expiry_alert_clicked)

    def _on_pages_current_changed(self, index: int) -> None:
        if self.pages.widget(index) is self.files and self._files is not None:
            self.files.show_data(*self._files)

    def status_widgets(self) -> list[QWidget]:
        """The card-expiry alert, shown in the main window's status bar."""
        return [self.expiry_alert]

    @property
    def retention(self) -> RetentionDialog | None:
        """The dialog of files past the retention period, once opened."""
        return self.retention_flow.dialog

    @property
    def expiring_count(self) -> int:
        return self.expiry_alert.count

    def _on_expiry_alert_clicked(self) -> None:
        self.ctx.bus.sig_show_tab.emit("tachoshare")
        self.pages.setCurrentWidget(self.board)
        index = self.board.filter.findData("Days missing or card expiring")
        if index >= 0:
            self.board.filter.setCurrentIndex(index)

    def screenshot_ready(self) -> bool:
        # the demo plans its first downloads at start: show the board once they are archived
        return self._fetched and not self._listing and not self.svc.downloads.active

    # -- fetch / render -----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.watch.defer_fetch():  # downloads running: the watch fetches, at most once a second
            return
        self._fetch_now()

    def _fetch_now(self) -> None:
        self.watch.fetched()
        try:
            self.ctx.tasks.latest("tachoshare.refresh", self.fetch())
        except RuntimeError:  # the app is shutting down: nothing to show any more
            pass

    async def fetch(self) -> None:
        state = await run_blocking(self.svc.sign_in_state)
        policy, today, expiry_days = self.svc.policy(), self.svc.today(), self.svc.expiry_days()
        self.board.today = today
        limit = ALL_JOBS if self.downloads.show_filter.currentData() == "all" else RECENT_JOBS
        awaiting = self.rdl.awaiting

        def read(db):
            rdl = (
                list(db.query("SELECT * FROM tacho_rdl_requests WHERE id = ?", [awaiting[0]]))
                if awaiting
                else []
            )
            return (
                board_rows(db, today, policy, expiry_days=expiry_days),
                ts.jobs(db, limit=limit),
                ts.files(db),
                kv_get(db, LISTED_AT),
                rdl[0] if rdl else None,
            )

        rows, jobs, files, listed_at, rdl = await self.rt.store.aread(read)
        archive = str(await run_blocking(self.svc.archive_root))
        snapshot = self.svc.downloads.snapshot()
        self._jobs = jobs
        self.show_data(state, rows, jobs, files, listed_at, archive, snapshot)
        if snapshot["active"]:
            self._watch()
        if rdl is not None:
            self.rdl.report(rdl)
        self._fetched = True
        if state.ok and listed_at is None and not self._listing:
            self.ctx.tasks.spawn(self._refresh_lists(), name="tachoshare.lists")

    def show_data(self, state, rows, jobs, files, listed_at, archive, snapshot) -> None:
        self._board_rows = rows
        self.header.render_sign_in(state)
        self.header.render_counts(rows, listed_at)
        self.board.show_data(rows)
        self.expiry_alert.show_rows(rows, in_status_bar=self.expiry_alert.parentWidget() is not self)
        self._render_downloads(jobs, snapshot)
        self._files = (files, archive)
        if self.pages.currentWidget() is self.files:  # a long list: only when someone looks
            self.files.show_data(files, archive)
        active = sum(j["state"] in (ts.QUEUED, ts.RUNNING) for j in jobs)
        titles = (
            self.tr("Downloads (%1)").replace("%1", str(active)) if active else self.tr("Downloads"),
            self.tr("Files (%1)").replace("%1", str(len(files))),
        )
        if titles != getattr(self, "_titles", None):
            self._titles = titles
            self.pages.setTabText(1, titles[0])
            self.pages.setTabText(2, titles[1])

    def _render_downloads(self, jobs: list[dict], snapshot: dict) -> None:
        running = snapshot["running"]
        # a running download is still "queued" in the store until its outcome is committed
        jobs = [
            dict(j, state=ts.RUNNING) if j["id"] in running and j["state"] == ts.QUEUED else j for j in jobs
        ]
        live = {jid: {"done": r["done"], "total": r["total"]} for jid, r in running.items()}
        report = snapshot["report"]
        note = self.tr("paused") if snapshot["paused"] else (snapshot["halted"] or "")
        self.watch.running_ids = set(running)
        self.downloads.show_data(
            jobs,
            live,
            report["done"] + report["empty"] + report["failed"],
            snapshot["paused"],
            note if note != "stopped" else "",
        )

    async def _refresh_lists(self) -> None:
        self._listing = True
        try:
            counts = await run_blocking(self.svc.refresh_lists)
            if counts.get("notes"):
                self._show(self.tr("TachoShare: %1").replace("%1", "; ".join(counts["notes"])), "warning")
        except FleetDeskError as exc:
            self._show(
                self.tr("Could not update the lists from TachoShare: %1").replace("%1", str(exc)), "warning"
            )
        finally:
            self._listing = False
        self.refresh()

    # -- messages -----------------------------------------------------------------------------
    def _show(self, text: str, level: str = "info", action: str | None = None) -> None:
        banner = self.header.banner
        banner.action_button.setVisible(action is not None)
        if action:
            banner.action_button.setText(action)
        banner.show_message(text, level)

    def _on_banner_action_clicked(self) -> None:
        if self._login_cancel is not None:
            self._login_cancel.set()
        self.header.banner.hide()

    # -- sign-in --------------------------------------------------------------------------------
    def _on_header_sign_in(self) -> None:
        self.ctx.tasks.latest("tachoshare.login", self._login())

    async def _login(self) -> None:
        cancel = self._login_cancel = threading.Event()
        self._show(self.tr("Opening your browser to sign in to TachoShare…"), "info", self.tr("Cancel"))
        self.header.sign_in_button.setEnabled(False)
        try:
            await run_blocking(self.svc.login, self.bridge.sig_open_url.emit, cancel=cancel)
        except asyncio.CancelledError:
            cancel.set()
            raise
        except FleetDeskError as exc:
            self._show(self.tr("Sign-in did not complete: %1").replace("%1", str(exc)), "error")
            return
        finally:
            self._login_cancel = None
            self.header.sign_in_button.setEnabled(True)
        self._show(self.tr("Signed in to TachoShare. Fetching your vehicles and driver cards…"))
        await self._refresh_lists()

    def _on_bridge_open_url(self, url: str) -> None:
        self.open_url(url)
        self._show(
            self.tr(
                "Sign in in the browser window that opened, then come back here. If no "
                "browser opened, open this address: %1"
            ).replace("%1", url),
            "info",
            self.tr("Cancel"),
        )

    # -- sync -----------------------------------------------------------------------------------
    def _on_header_sync(self) -> None:
        self.ctx.tasks.latest("tachoshare.sync", self._sync())

    async def _sync(self) -> None:
        """Like ``fleetdesk sync`` for TachoShare: a person asks, so every queued request (a
        remote download) is sent now, bar waits the server asked for; then what is new is
        downloaded."""
        self.header.sync_button.setEnabled(False)
        self._show(self.tr("Asking TachoShare what is new…"))
        sent = ""
        try:
            sent = await self._send_now()
            result = await run_blocking(self.svc.start_sync)
        except (AuthExpired, NotConfigured) as exc:
            self._show(self.tr("Sign in to TachoShare again to sync: %1").replace("%1", str(exc)), "warning")
            return
        except TransientError as exc:
            self._show(
                self.tr("TachoShare cannot be reached now; nothing was lost. %1").replace("%1", str(exc)),
                "warning",
            )
            return
        finally:
            self.header.sync_button.setEnabled(True)
            self.refresh()
        planned = result["planned"]
        if planned:
            self._show(sent + self.tr("%1 download(s) started.").replace("%1", str(planned)))
            self.pages.setCurrentWidget(self.downloads)
            self._watch()
        else:
            self._show(
                sent + self.tr("Everything is up to date: TachoShare has nothing newer than the archive.")
            )

    async def _send_now(self) -> str:
        """Send the TachoShare outbox now (``Dispatcher.send_now``); a sentence when it did
        something or something still waits, else ""."""
        rt = self.rt
        report = await run_blocking(rt.dispatcher.send_now, service=ts.SERVICE)
        if report.sent or report.attention or report.waiting:
            self.refresh()
        parts = send_summary(
            report,
            rt.clock,
            sent=self.tr("%1 request(s) sent"),
            set_aside=self.tr("%1 refused (see the Outbox)"),
        )
        return self.tr("Outbox: %1. ").replace("%1", "; ".join(parts)) if parts else ""

    # -- downloads ------------------------------------------------------------------------------
    def _watch(self) -> None:
        """Follow running downloads: progress every tick while the tab is visible."""
        self.watch.follow(self.isVisible())

    def _on_watch_finished(self, report: dict) -> None:
        text = (
            self.tr("Sync finished: %1 archived, %2 with nothing new, %3 failed.")
            .replace("%1", str(report["done"]))
            .replace("%2", str(report["empty"]))
            .replace("%3", str(report["failed"]))
        )
        if report.get("halted") and report["halted"] != "stopped":
            self._show(
                self.tr("Downloads stopped: %1. The rest stays queued for the next sync.").replace(
                    "%1", report["halted"]
                ),
                "warning",
            )
        else:
            self._show(text, "warning" if report["failed"] else "info")
        self.ctx.bus.sig_notice.emit(text)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.watch.resume()

    def hideEvent(self, event) -> None:
        self.watch.pause()
        super().hideEvent(event)

    def _on_downloads_action(self, action: str, job_id: int) -> None:
        self.ctx.tasks.spawn(self._job_action(action, job_id), name=f"tachoshare.{action}")

    async def _job_action(self, action: str, job_id: int) -> None:
        try:
            await run_blocking(getattr(self.svc.downloads, action), job_id)
        except BadInput as exc:
            self._show(exc.message, "warning")
        if self.svc.downloads.active:
            self._watch()
        self._fetch_now()

    def _on_downloads_pause_all(self, pause: bool) -> None:
        self.ctx.tasks.spawn(self._pause_all(pause), name="tachoshare.pause_all")

    async def _pause_all(self, pause: bool) -> None:
        manager = self.svc.downloads
        await run_blocking(manager.pause_all if pause else manager.resume_all)
        if manager.active:
            self._watch()
        self._fetch_now()

    # -- remote download ------------------------------------------------------------------------
    def _on_board_rdl_requested(self, vin: str) -> None:
        row = next((r for r in self._board_rows if r.vin == vin), None)
        self.ctx.tasks.spawn(self.rdl.request(vin, row.title if row else vin), name="tachoshare.rdl")

    # -- files and export -----------------------------------------------------------------------
    def _on_files_open_folder(self, rel: str) -> None:
        folder = self.svc.archive_root() / rel if rel else self.svc.archive_root()
        self.open_url(QUrl.fromLocalFile(str(folder)).toString())

    def _on_files_open_file_folder(self, f: dict) -> None:
        if self.rt.store.engine == "sqlite":  # the file is in this workstation's archive
            self._on_files_open_folder(f["path"].rpartition("/")[0])
            return
        self.ctx.tasks.latest("tachoshare.open_file", self._open_team_file_folder(f))

    async def _open_team_file_folder(self, f: dict) -> None:
        """Team mode: a file another workstation downloaded is written into this workstation's
        archive folder from the database (off the UI thread, verified by sha256), then shown."""
        try:
            path = await run_blocking(self.svc.archived_file, f, restore=True)
        except (FleetDeskError, OSError) as exc:
            self._show(
                self.tr("Cannot open %1: %2").replace("%1", f["filename"]).replace("%2", str(exc)), "error"
            )
            return
        self.open_url(QUrl.fromLocalFile(str(path.parent)).toString())

    def _ask_path(self, what: str, default_name: str) -> None:
        self._dialog = save_csv_dialog(
            self,
            self.tr("Export as CSV"),
            self.tr("CSV files (*.csv)"),
            default_name,
            lambda path: self.ctx.tasks.spawn(self.export(what, path), name="tachoshare.export"),
            accessible_name="Export as CSV",
            qt_dialog=True,
        )

    async def export(self, what: str, path: str) -> None:
        """Write the board (as filtered) or the file list to ``path`` off the UI thread."""
        if what == "board":
            text = board_csv(self.board.visible_rows())
        else:
            text = files_csv(await self.rt.store.aread(ts.files))
        await run_blocking(atomic_write_bytes, Path(path), text.encode("utf-8"))
        self._show(self.tr("Saved %1").replace("%1", path))
