"""The THG tab: sign-in, the vehicles with their status, UBA requests per year, and uploads.

Composition only: the components fetch nothing themselves; this tab reads one snapshot of the
store off the UI thread after every committed write (debounced) and hands each its part.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QSplitter, QTabWidget, QVBoxLayout, QWidget

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.thg import store as ts
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.thg.data import Snapshot, read_snapshot
from fleetdesk.ui.thg.dialogs import RegistrantDialog, UbaRequestDialog
from fleetdesk.ui.thg.signin import SignInPanel
from fleetdesk.ui.thg.uba import UbaView
from fleetdesk.ui.thg.upload import UploadPanel
from fleetdesk.ui.thg.vehicles import VehiclesView
from fleetdesk.ui.widgets.banner import Banner


def _svc(ctx):
    from fleetdesk.thg.service import ThgService

    return ThgService.of(ctx.runtime)


class ThgTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: Snapshot | None = None
        self._revision: int | None = None
        self._rendered = False
        self._setup_ui()
        ctx.bus.sig_store_changed.connect(self.refresh)
        self.signin.refresh()
        self.refresh()

    def _setup_ui(self) -> None:
        self.signin = SignInPanel(self.ctx)
        self.signin.sig_signed_in.connect(self._on_signin_signed_in)
        self.signin.sig_signed_out.connect(self.refresh)
        self.signin.sync_button.clicked.connect(lambda: self.sync_now())
        self.news = Banner(action_text=self.tr("Dismiss"))
        self.news.action_button.setAccessibleName("Dismiss THG news")
        self.news.action_button.clicked.connect(self.news.hide)
        self.vehicles = VehiclesView(self.ctx)
        self.vehicles.sig_request_uba.connect(self.open_uba_dialog)
        self.vehicles.sig_submit_again.connect(self._on_vehicles_submit_again)
        self.uba = UbaView()
        self.uba.sig_new_request.connect(lambda: self.open_uba_dialog(None))
        self.uba.sig_withdraw.connect(self._on_uba_withdraw)
        self.pages = QTabWidget()
        self.pages.setAccessibleName("THG pages")
        self.pages.addTab(self.vehicles, self.tr("Vehicles"))
        self.pages.addTab(self.uba, self.tr("UBA requests"))
        self.upload = UploadPanel(self.ctx)
        self.upload.sig_new_registrant.connect(self.open_registrant_dialog)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.upload)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.signin)
        layout.addWidget(self.news)
        layout.addWidget(splitter, 1)

    # -- fetch / render ------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.ctx.tasks.latest("thg.refresh", self.fetch())
        except RuntimeError:  # the app is shutting down: nothing to show any more
            pass

    async def fetch(self) -> None:
        revision = self._revision
        snapshot = await self.ctx.runtime.store.aread(lambda db: read_snapshot(db, revision))
        self.show_data(snapshot)

    def show_data(self, snap: Snapshot) -> None:
        self.snapshot = snap
        self._revision = snap.revision
        now = self.ctx.runtime.clock.now()
        self.vehicles.show_data(snap.vehicles, snap.uba_by_vehicle, snap.changed)
        total = len(self.vehicles.model.rows)
        self.pages.setTabText(0, self.tr("Vehicles (%1)").replace("%1", f"{total:,}"))
        self.uba.show_data(snap.uba, now)
        self.upload.show_data(snap.uploads, snap.registrants)
        if snap.events:
            self._show_news(snap.events)
        self._rendered = True

    def _show_news(self, events: list[dict]) -> None:
        for event in events[-3:]:
            self.ctx.bus.sig_notice.emit(event["text"])
        lines = [html.escape(e["text"]) for e in events[-3:]]
        if len(events) > 3:
            lines.insert(
                0, "<b>" + self.tr("%1 THG updates; the latest:").replace("%1", str(len(events))) + "</b>"
            )
        text = "<br>".join(lines)
        self.news.show_message(text, "info")
        last = events[-1]["id"]
        self.ctx.tasks.spawn(
            self.ctx.runtime.store.awrite(lambda db: ts.mark_events_seen(db, last)), name="thg.events.seen"
        )

    def screenshot_ready(self) -> bool:
        return self._rendered and self.signin.status is not None

    # -- actions -------------------------------------------------------------------------------
    def sync_now(self) -> None:
        self.ctx.tasks.latest("thg.sync", self._sync())

    async def _sync(self) -> None:
        """Like ``fleetdesk sync`` for THG: a person asks, so every queued THG item is sent now
        (bar waits the server asked for), then the statuses are synced."""
        from fleetdesk.store.dispatcher import send_summary
        from fleetdesk.thg.statussync import sync_all

        rt = self.ctx.runtime
        self.ctx.bus.sig_notice.emit(self.tr("THG: sending and syncing…"))
        try:
            report = await run_blocking(rt.dispatcher.send_now, service="thg")
            summary = await run_blocking(sync_all, _svc(self.ctx))
        except FleetDeskError as exc:
            self.ctx.bus.sig_error.emit(self.tr("THG sync"), str(exc))
            return
        finally:
            self.signin.refresh()
        parts = send_summary(report, rt.clock, sent=self.tr("%1 sent"))
        parts.append(summary.describe())
        self.ctx.bus.sig_notice.emit(self.tr("THG: %1").replace("%1", "; ".join(parts)))
        if summary.notes:  # an optional look-up failed: the vehicles are shown all the same
            self.news.show_message("<br>".join(html.escape(n) for n in summary.notes), "warning")

    def _on_signin_signed_in(self) -> None:
        self.ctx.tasks.spawn(
            self._guard(self._run_write(_svc(self.ctx).retry_waiting_for_sign_in, self.tr("THG: signed in"))),
            name="thg.retry_after_signin",
        )
        self.sync_now()

    def open_uba_dialog(self, vehicle_id: int | None) -> None:
        rows = [r for r in self.vehicles.model.rows if r.status in ("pending", "verified")]
        choices = [(r.id, f"{r.refs[0] or r.vin or r.id} · {r.title}") for r in rows]
        dialog = UbaRequestDialog(choices, self.ctx.runtime.clock.now(), chosen=vehicle_id, parent=self)
        dialog.accepted.connect(lambda: self._queue_uba(*dialog.values()))
        self._dialog: QDialog = dialog
        dialog.open()

    def _queue_uba(self, vehicle_id, year, hold) -> None:
        if vehicle_id is None:
            return
        self.ctx.tasks.spawn(
            self._write(
                lambda: _svc(self.ctx).queue_uba_request(vehicle_id, year, hold),
                self.tr("UBA request queued"),
            ),
            name="thg.uba.request",
        )
        self.pages.setCurrentWidget(self.uba)

    def _on_uba_withdraw(self, request_id: int) -> None:
        self.ctx.tasks.spawn(
            self._write(
                lambda: _svc(self.ctx).queue_uba_delete(request_id), self.tr("UBA request withdrawn")
            ),
            name="thg.uba.withdraw",
        )

    def open_registrant_dialog(self) -> None:
        dialog = RegistrantDialog(self)
        dialog.accepted.connect(
            lambda: self.ctx.tasks.spawn(
                self._write(
                    lambda: _svc(self.ctx).queue_registrant(dialog.values()), self.tr("Registrant queued")
                ),
                name="thg.registrant",
            )
        )
        self._dialog = dialog
        dialog.open()

    def _on_vehicles_submit_again(self, vehicle_id: int) -> None:
        dialog = QFileDialog(self, self.tr("Choose the document to submit again"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Documents (*.jpg *.jpeg *.png *.pdf)"))
        dialog.fileSelected.connect(lambda path: self.submit_again(vehicle_id, path))
        self._dialog = dialog
        dialog.open()

    def submit_again(self, vehicle_id: int, path: str) -> None:
        async def run():
            result = await run_blocking(_svc(self.ctx).resubmit, vehicle_id, path)
            if result.refused:
                self.ctx.bus.sig_error.emit("THG", result.refused[0][1])
                return
            self.ctx.bus.sig_notice.emit(self.tr("Submitted again as a new vehicle"))
            self._wake()

        self.ctx.tasks.spawn(self._guard(run()), name="thg.resubmit")

    async def _write(self, fn, done_text: str) -> None:
        await self._guard(self._run_write(fn, done_text))

    async def _run_write(self, fn, done_text: str) -> None:
        await run_blocking(fn)
        self.ctx.bus.sig_notice.emit(done_text)
        self._wake()

    async def _guard(self, coro) -> None:
        try:
            await coro
        except FleetDeskError as exc:  # BadInput and friends: say what to fix
            self.ctx.bus.sig_error.emit("THG", str(exc))

    def _wake(self) -> None:
        pump = self.ctx.extras.get("pump")
        if pump:
            pump.wake()

    def closeEvent(self, event) -> None:
        self.signin.shutdown()
        try:
            self.ctx.bus.sig_store_changed.disconnect(self.refresh)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
