"""The Fleet clearance tab: add VINs, see eligibility and states, follow each VIN's timeline,
revoke or cancel with confirmation; news (approved, rejected, revoked) highlighted calmly."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import BadInput, FleetDeskError
from fleetdesk.highmobility import store as hs
from fleetdesk.highmobility.service import ClearanceService
from fleetdesk.highmobility.views import VehicleRow
from fleetdesk.store import outbox as ob
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.highmobility.add_dialog import AddVinsDialog, plural
from fleetdesk.ui.highmobility.detail import Detail, VehicleDetail
from fleetdesk.ui.highmobility.revoke_dialog import RevokeDialog
from fleetdesk.ui.highmobility.table import ClearanceTable
from fleetdesk.ui.highmobility.texts import notices_line, summary_text
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.widgets.banner import Banner
from fleetdesk.ui.widgets.table_view import with_empty_state

HIGHLIGHT_SECONDS = 600
MODE_STYLE = {"demo": "#6a1b9a", "sandbox": "#6a1b9a", "live": "#2e7d32", "custom": "#546e7a"}
FILTERS = (
    ("all", QT_TRANSLATE_NOOP("FleetClearanceTab", "All vehicles")),
    ("active", QT_TRANSLATE_NOOP("FleetClearanceTab", "Approved")),
    ("moving", QT_TRANSLATE_NOOP("FleetClearanceTab", "In progress")),
    ("attention", QT_TRANSLATE_NOOP("FleetClearanceTab", "Needs attention or rejected")),
    ("ended", QT_TRANSLATE_NOOP("FleetClearanceTab", "Ended")),
)


class FleetClearanceTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ClearanceService.of(ctx.runtime)
        self.rows: list[VehicleRow] = []
        self.highlights: dict[str, tuple[str, float]] = {}  # vin -> (status, until monotonic)
        self._rendered = False
        self._rendering = False
        self._signature: tuple | None = None  # of the data last rendered
        self._signature_vin: str | None = None
        self._configured: bool | None = None
        self._setup_ui()
        ctx.bus.sig_store_changed.connect(self.refresh)
        self.refresh()

    # -- layout -------------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        top = self._setup_top()
        self.banner = Banner(action_text=self.tr("Open Settings"))
        self.banner.action_button.setAccessibleName("Open Settings")
        self.banner.action_button.clicked.connect(lambda: self.ctx.bus.sig_show_tab.emit("settings"))
        self.message = Banner()
        self.message.setAccessibleName("Clearance message")
        self.lookup_note = QLabel()
        self.lookup_note.setAccessibleName("Lookup note")
        self.lookup_note.setWordWrap(True)
        self.lookup_note.setStyleSheet("color: #8a5a00;")
        self.lookup_note.hide()
        splitter = self._setup_table_and_detail()
        settings = self._setup_business_name()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.lookup_note)
        layout.addWidget(splitter, 1)
        layout.addLayout(settings)
        self._render_mode()

    def _setup_top(self) -> QHBoxLayout:
        """The environment badge, the summary, search, filter, Refresh and Add VINs."""
        self.mode = QLabel()
        self.mode.setAccessibleName("Environment")
        self.summary = QLabel()
        self.summary.setAccessibleName("Clearance summary")
        self.search = QLineEdit()
        self.search.setAccessibleName("Search vehicles")
        self.search.setPlaceholderText(self.tr("Search VIN, brand or tag"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(240)
        self.search.textChanged.connect(self._on_filter_changed)
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show vehicles")
        for key, text in FILTERS:
            self.filter.addItem(self.tr(text), key)
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        self.refresh_button = QPushButton(self.tr("Refresh status"))
        self.refresh_button.setAccessibleName("Refresh status")
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.add_button = QPushButton(self.tr("Add VINs…"))
        self.add_button.setAccessibleName("Add VINs")
        self.add_button.setStyleSheet("QPushButton { font-weight: 600; padding: 4px 14px; }")
        self.add_button.clicked.connect(self._on_add_clicked)
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(self.summary, 1)
        top.addWidget(self.search)
        top.addWidget(self.filter)
        top.addWidget(self.refresh_button)
        top.addWidget(self.add_button)
        return top

    def _setup_table_and_detail(self) -> QSplitter:
        """The clearance table (or its empty state) beside the selected vehicle's detail."""
        self.table = ClearanceTable()
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.stack, self.empty = with_empty_state(
            self.table,
            self.tr(
                "No vehicles yet.\nClick “Add VINs…” to paste a list or import a CSV (VIN, brand, "
                "tags). FleetDesk checks which are eligible, requests clearance and follows each "
                "request until it is approved or rejected."
            ),
        )
        self.detail = VehicleDetail()
        self.detail.setMinimumWidth(360)
        self.detail.sig_revoke.connect(self._on_detail_revoke)
        self.detail.sig_retry.connect(self._on_detail_retry)
        self.detail.sig_dismiss.connect(self._on_detail_dismiss)
        self.detail.sig_pull.connect(self._on_detail_pull)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([840, 420])
        return splitter

    def _setup_business_name(self) -> QHBoxLayout:
        """The VW Group business name (the tag's default) and the polling schedule."""
        self.business = QLineEdit(self.svc.business_name() or "")
        self.business.setAccessibleName("Business name")
        self.business.setPlaceholderText(self.tr("fleet operator's business name"))
        self.business.setMinimumWidth(220)
        self.business.setMaximumWidth(280)
        self.business.setCursorPosition(0)
        self.save_business = QPushButton(self.tr("Save"))
        self.save_business.setAccessibleName("Save business name")
        self.save_business.clicked.connect(self._on_save_business_clicked)
        self.schedule = QLabel()
        self.schedule.setStyleSheet("color: palette(mid);")
        self.schedule.setWordWrap(True)
        settings = QHBoxLayout()
        settings.addWidget(QLabel(self.tr("VW Group business name:")))
        settings.addWidget(self.business)
        settings.addWidget(self.save_business)
        settings.addSpacing(16)
        settings.addWidget(self.schedule, 1)
        return settings

    def _render_mode(self) -> None:
        mode = self.svc.mode()
        if mode == getattr(self, "_mode", None):
            return
        self._mode = mode
        text = {
            "demo": self.tr("DEMO · sandbox simulator"),
            "sandbox": self.tr("SANDBOX · simulated vehicles"),
            "live": self.tr("LIVE · real vehicles"),
            "custom": self.tr("Custom address"),
        }[mode]
        self.mode.setText(text)
        self.mode.setToolTip(self.ctx.runtime.config.base_url("highmobility"))
        self.mode.setStyleSheet(
            f"QLabel {{ color: white; background: {MODE_STYLE[mode]}; "
            "border-radius: 3px; padding: 2px 8px; font-weight: 600; }"
        )
        fast = self.svc.poll_interval(True)
        self.schedule.setText(
            self.tr(
                "Added as the vw-group-customer-name tag for Volkswagen Group brands. Statuses are "
                "checked every %1 s while requests are under way, every %2 min otherwise."
            )
            .replace("%1", f"{fast:.0f}")
            .replace("%2", f"{self.svc.poll_interval(False) / 60:.0f}")
        )

    # -- fetch / render -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Fetch again (the latest request wins); nothing once the app is shutting down (a
        store-changed signal can arrive after the task registry closed)."""
        if self.ctx.tasks.closed:
            return
        self.ctx.tasks.latest("hm.refresh", self.fetch())

    async def fetch(self) -> None:
        """Read rows, the selected VIN's detail and new notices off the UI thread; render."""
        vin = self.table.selected_vin()
        configured, why = await run_blocking(self.svc.is_configured)
        last = self._signature if vin == self._signature_vin and configured == self._configured else None

        def read(db):
            sig = hs.signature(db)
            if sig == last:
                return sig, None  # a write that did not concern the clearance views
            return sig, (hs.list_vehicles(db), self._read_detail(db, vin), hs.notices(db, unshown=True))

        sig, data = await self.ctx.runtime.store.aread(read)
        self._render_mode()  # settings may have changed the environment
        self._render_notes(self.svc.notes())
        if data is not None:
            rows, detail, notices = data
            self.show_data(rows, detail, notices, why if not configured else None)
            self._signature, self._signature_vin, self._configured = sig, vin, configured

    @staticmethod
    def _read_detail(db, vin: str | None) -> Detail | None:
        if not vin:
            return None
        rows = hs.list_vehicles(db, vin)
        return Detail(rows[0], hs.timeline(db, vin), hs.readings(db, vin)) if rows else None

    def show_data(
        self,
        rows: list[VehicleRow],
        detail: Detail | None,
        notices: list[dict],
        not_configured: str | None = None,
    ) -> None:
        """Show ``rows`` and ``detail``; announce ``notices``; say when not configured."""
        self._take_notices(notices, rows)
        now = time.monotonic()
        self.highlights = {v: h for v, h in self.highlights.items() if h[1] > now}
        # the user's current choice wins over the one this fetch started with
        selected = self.table.selected_vin() or (detail.row.vin if detail else None)
        self._rendering = True
        try:
            self.rows = rows
            self.table.model_.render(rows, {v: h[0] for v, h in self.highlights.items()})
            if selected is None or not self.table.select_vin(selected):
                if rows and self.table.proxy.rowCount():
                    self.table.selectRow(0)  # show a timeline rather than an empty panel
        finally:
            self._rendering = False
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if detail is None or detail.row.vin != self.table.selected_vin():
            self._fetch_detail()
        else:
            self.detail.show_data(detail)
        self._render_summary(rows)
        if not_configured:
            self.banner.show_message(
                self.tr("High Mobility is not set up yet: %1").replace("%1", not_configured), "warning"
            )
        else:
            self.banner.hide()
        self._rendered = True

    def _render_notes(self, notes: list[str]) -> None:
        """Why optional columns (eligibility, odometer) are empty; hidden when nothing failed."""
        self.lookup_note.setText("\n".join(self.tr("Note: %1").replace("%1", n) for n in notes))
        self.lookup_note.setVisible(bool(notes))

    def _render_summary(self, rows: list[VehicleRow]) -> None:
        self.summary.setText(summary_text(rows))

    def _take_notices(self, notices: list[dict], rows: Sequence[VehicleRow] = ()) -> None:
        """New approved / rejected / revoked news: one calm status-bar line and a row tint."""
        if not notices:
            return
        until = time.monotonic() + HIGHLIGHT_SECONDS
        for n in notices:
            self.highlights[n["vin"]] = (n["status"], until)
        self.ctx.bus.sig_notice.emit(notices_line(notices, rows))
        ids = [n["id"] for n in notices]
        rt = self.ctx.runtime
        self.ctx.tasks.spawn(
            rt.store.awrite(lambda db: hs.mark_notices_shown(db, ids, rt.clock)), name="hm.notices.shown"
        )

    def _fetch_detail(self) -> None:
        self.ctx.tasks.latest("hm.detail", self.fetch_detail(self.table.selected_vin()))

    async def fetch_detail(self, vin: str | None) -> None:
        """Read and show the timeline of ``vin``."""
        detail = await self.ctx.runtime.store.aread(lambda db: self._read_detail(db, vin))
        self.detail.show_data(detail)

    def screenshot_ready(self) -> bool:
        return self._rendered and any(r.status for r in self.rows) and self.detail.detail is not None

    # -- slots --------------------------------------------------------------------------------
    def _on_table_selection_changed(self, *args) -> None:
        if self._rendering:
            return
        vin = self.table.selected_vin()
        if vin in self.highlights:  # seen: stop drawing attention to it
            del self.highlights[vin]
        self._fetch_detail()

    def _on_filter_changed(self, *args) -> None:
        self.table.proxy.set_filter(self.search.text(), self.filter.currentData())

    def _on_add_clicked(self) -> None:
        dialog = AddVinsDialog(self.ctx, self)
        dialog.sig_submit.connect(self._on_add_submitted)
        self.add_dialog = dialog
        dialog.open()

    def _on_add_submitted(self, requests: list) -> None:
        self.ctx.tasks.spawn(self.queue(requests), name="hm.queue")

    async def queue(self, requests: list) -> hs.QueueReport:
        """Store clearance requests with their outbox items and nudge the sender."""
        rt = self.ctx.runtime
        report = await rt.store.awrite(lambda db: hs.queue_additions(db, requests, rt.clock))
        self._wake_pump()
        text = plural(
            len(report.queued),
            self.tr("1 vehicle queued for clearance"),
            self.tr("%n vehicles queued for clearance"),
        )
        if report.unchanged:
            text += " · " + self.tr("%n already requested").replace("%n", str(len(report.unchanged)))
        self.message.show_message(text, "info")
        return report

    def _on_detail_revoke(self, vin: str, action: str) -> None:
        row = next((r for r in self.rows if r.vin == vin), None)
        dialog = RevokeDialog(vin, action, row.brand_name if row else "", self)
        dialog.finished.connect(lambda result, d=dialog: self._on_revoke_finished(d, result))
        self.revoke_dialog = dialog
        dialog.open()

    def _on_revoke_finished(self, dialog: RevokeDialog, result: int) -> None:
        if result == RevokeDialog.DialogCode.Accepted:
            self.ctx.tasks.spawn(self.revoke(dialog.vin, dialog.reason()), name="hm.revoke")

    async def revoke(self, vin: str, reason: str) -> None:
        """Queue a revoke/cancel/withdraw of ``vin``; a refusal is shown, not raised."""
        rt = self.ctx.runtime
        try:
            outcome = await rt.store.awrite(lambda db: hs.queue_revoke(db, vin, reason, rt.clock))
        except BadInput as exc:
            self.message.show_message(exc.message, "error")
            return
        self._wake_pump()
        self.message.show_message(
            {"withdrawn": self.tr("%1: request withdrawn.")}.get(
                outcome, self.tr("%1: revoke queued; it is sent as soon as High Mobility answers.")
            ).replace("%1", vin),
            "info",
        )

    def _on_detail_retry(self, vin: str) -> None:
        row = next((r for r in self.rows if r.vin == vin), None)
        outbox_id = row.outbox_id if row else None
        if outbox_id:
            rt = self.ctx.runtime
            self.ctx.tasks.spawn(
                rt.store.awrite(lambda db: ob.retry_now(db, outbox_id, rt.clock)), name="hm.retry"
            )
            self._wake_pump()

    def _on_detail_dismiss(self, vin: str) -> None:
        rt = self.ctx.runtime
        self.ctx.tasks.spawn(rt.store.awrite(lambda db: hs.dismiss(db, vin, rt.clock)), name="hm.dismiss")

    def _on_detail_pull(self, vin: str) -> None:
        self.ctx.tasks.latest("hm.pull", self._remote(self.svc.pull_data, vin))

    def _on_refresh_clicked(self) -> None:
        self.ctx.tasks.latest("hm.poll", self._remote(self._send_and_poll))

    def _send_and_poll(self) -> None:
        self.svc.send_now()
        self.svc.poll_statuses()

    async def _remote(self, fn, *args) -> None:
        """A blocking call to High Mobility; failures shown in the message strip."""
        self.refresh_button.setEnabled(False)
        try:
            await run_blocking(fn, *args)
            self.message.hide()
        except FleetDeskError as exc:
            self.message.show_message(
                self.tr("High Mobility did not answer as hoped: %1").replace("%1", str(exc)), "warning"
            )
        finally:
            self.refresh_button.setEnabled(True)

    def _on_save_business_clicked(self) -> None:
        self.ctx.tasks.spawn(self._save_business(self.business.text()), name="hm.business")

    async def _save_business(self, name: str) -> None:
        await run_blocking(self.svc.set_business_name, name)
        self.message.show_message(
            self.tr("Business name saved.") if name.strip() else self.tr("Business name cleared."), "info"
        )

    def _wake_pump(self) -> None:
        pump = self.ctx.extras.get("pump")
        if pump is not None:
            pump.wake()
