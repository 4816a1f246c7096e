"""The Car-Pass tab: entry form on the left; readings, issue inbox, vehicle history reports and
the account on the right; a banner whenever readings are waiting to be sent, and why."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from fleetdesk.carpass import store as st
from fleetdesk.carpass.overview import Overview, overview
from fleetdesk.core import netstate
from fleetdesk.store import outbox as ob
from fleetdesk.ui.carpass.common import issue_language, service_of, tr, wake_pump, wire_date
from fleetdesk.ui.carpass.entry import EntryForm
from fleetdesk.ui.carpass.issues import IssueInbox
from fleetdesk.ui.carpass.readings import ReadingsView
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.shell.lazy_tab import LazyTab
from fleetdesk.ui.widgets.banner import Banner

if TYPE_CHECKING:  # built when first shown (issue 15: start-up)
    from fleetdesk.ui.carpass.account import AccountView
    from fleetdesk.ui.carpass.vhr import VhrView

READINGS, ISSUES, VHRS, ACCOUNT = range(4)


def unsent_message(
    ov: Overview, connection: str, connection_message: str, maintenance_end: datetime | None
) -> tuple[str, str] | None:
    """(text, level) for the banner, or None when everything was sent."""
    if not ov.unsent_total:
        return None
    waiting = ov.unsent_total
    attention = ov.unsent.get(ob.ATTENTION, 0)
    text = tr("%1 reading(s) not sent to Car-Pass yet.").replace("%1", str(waiting))
    if maintenance_end is not None:
        text += " " + tr(
            "Car-Pass is in its weekly maintenance (Thursday 19:00–24:00); sending resumes after midnight."
        )
    elif connection == netstate.OFFLINE:
        text += " " + tr("Car-Pass cannot be reached (%1).").replace(
            "%1", connection_message or tr("no connection")
        )
    elif ov.last_error:
        text += " " + tr("Last problem: %1.").replace("%1", ov.last_error)
    text += " " + tr(
        "They are kept with their date of work%1 and sent automatically as soon "
        "as Car-Pass answers: nothing needs to be typed again. Keep the vehicle's "
        "file open until they are sent."
    ).replace("%1", tr(" (oldest %1)").replace("%1", wire_date(ov.oldest_unsent)) if ov.oldest_unsent else "")
    if attention:
        text += " " + tr("%1 were refused and need your attention (see the Outbox).").replace(
            "%1", str(attention)
        )
    return text, "error" if attention else "warning"


def _make_account(ctx) -> QWidget:
    from fleetdesk.ui.carpass.account import AccountView

    return AccountView(ctx)


class CarPassTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = service_of(ctx)
        self.ov: Overview | None = None
        self._setup_ui()
        ctx.bus.sig_store_changed.connect(self.refresh)
        ctx.bus.sig_connection_changed.connect(self._on_bus_connection_changed)
        self.refresh()

    def _setup_ui(self) -> None:
        self.banner = Banner(action_text=tr("Send now"))
        self.banner.setAccessibleName("Unsent readings")
        self.banner.action_button.setAccessibleName("Send now")
        self.banner.action_button.clicked.connect(self._on_send_now_clicked)
        self.entry = EntryForm(self.ctx)
        self.entry.sig_submitted.connect(self._on_entry_submitted)
        scroll = QScrollArea()
        scroll.setWidget(self.entry)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.entry.minimumSizeHint().width() + 12)
        self.readings = ReadingsView()
        self.readings.sig_request_vhr.connect(self._on_readings_request_vhr)
        self.readings.sig_show_vhr.connect(self._on_readings_show_vhr)
        self.readings.sig_selected.connect(self._on_readings_selected)
        self.readings.sig_record_outcome.connect(self._on_record_outcome)
        self.readings.sig_import_history.connect(self.open_import)
        self.issues = IssueInbox(self.ctx)
        # The reports (with the PDF viewer: QtPdf) and the account are built when first shown,
        # or while the app is idle after the first paint (``lazy_pages``; issue 15).
        self._vhr_page = LazyTab("carpass_vhr", self._make_vhr, self.ctx)
        self._account_page = LazyTab("carpass_account", _make_account, self.ctx)
        self.views = QTabWidget()
        self.views.setAccessibleName("Car-Pass views")
        self.views.addTab(self.readings, tr("Readings"))
        self.views.addTab(self.issues, tr("Issues"))
        self.views.addTab(self._vhr_page, tr("Vehicle history reports"))
        self.views.addTab(self._account_page, tr("Account and rules"))
        self.views.currentChanged.connect(self._on_views_current_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    @property
    def vhr(self) -> VhrView:
        """The vehicle history reports view (built now if it was not yet)."""
        return cast("VhrView", self._vhr_page.build())

    @property
    def account(self) -> AccountView:
        """The account and rules view (built now if it was not yet)."""
        return cast("AccountView", self._account_page.build())

    def lazy_pages(self) -> list[LazyTab]:
        """Pages not built with the tab: the main window builds them while idle."""
        return [self._vhr_page, self._account_page]

    def _make_vhr(self, ctx) -> QWidget:
        from fleetdesk.ui.carpass.vhr import VhrView

        view = VhrView(ctx)
        if self.ov is not None:
            view.show_data(self.ov.vhrs)
        return view

    def _on_views_current_changed(self, index: int) -> None:
        page = self.views.widget(index)
        if isinstance(page, LazyTab):
            page.build()

    # -- fetch / render --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fetch again; nothing once the app is shutting down (a store-changed signal can
        arrive after the task registry closed)."""
        if self.ctx.tasks.closed:
            return
        self.ctx.tasks.latest("carpass.refresh", self.fetch())

    async def fetch(self) -> None:
        ov = await self.ctx.runtime.store.aread(overview)
        self.show_data(ov)

    def show_data(self, ov: Overview) -> None:
        self.ov = ov
        selected = self.readings.selected()
        self.readings.show_data(ov.readings, ov.counts)
        self.issues.show_data(ov.issues)
        if self._vhr_page.built:
            self.vhr.show_data(ov.vhrs)
        n = len(ov.issues)
        self.views.setTabText(ISSUES, tr("Issues (%1)").replace("%1", str(n)) if n else tr("Issues"))
        self._render_banner()
        if selected is not None:
            self._on_readings_selected(selected.id)

    def _render_banner(self) -> None:
        if self.ov is None:
            return
        state = self.ctx.runtime.monitor.get("carpass")
        message = unsent_message(self.ov, state.state, state.message, self.svc.window_end())
        if message is None:
            self.banner.hide()
        else:
            self.banner.show_message(*message)

    def _on_bus_connection_changed(self, state) -> None:
        if state.service == "carpass":
            self._render_banner()

    def screenshot_ready(self) -> bool:
        busy = (st.QUEUED, st.ONGOING, st.CORRECTING, st.CONFIRMING)
        return self.ov is not None and not any(
            r.state in busy or r.vhr_state == "pending" for r in self.ov.readings
        )

    # -- cross-component actions ------------------------------------------------------------------
    def _on_entry_submitted(self, reading_id: int) -> None:
        self.views.setCurrentIndex(READINGS)
        self.refresh()

    def _on_readings_request_vhr(self, vin: str) -> None:
        from fleetdesk.carpass.models import ObservationType

        self.entry.prefill(vin=vin, observation_type=ObservationType.VEHICLE_HISTORY_DOCUMENT.value)

    def open_import(self):
        from fleetdesk.ui.carpass.import_preview import HistoryImportDialog

        self.import_dialog = HistoryImportDialog(self.ctx, self)
        self.import_dialog.sig_imported.connect(lambda _n: self.refresh())
        self.import_dialog.open()
        return self.import_dialog

    def _on_record_outcome(self, reading_id: int, found: str) -> None:
        self.ctx.tasks.spawn(self._record_outcome(reading_id, found), name="carpass.outcome")

    async def _record_outcome(self, reading_id: int, found: str) -> None:
        from fleetdesk.core.aio import run_blocking
        from fleetdesk.core.errors import FleetDeskError

        try:
            await run_blocking(service_of(self.ctx).record_outcome, str(reading_id), found)
        except FleetDeskError as exc:
            self.readings.summary.setText(str(exc))
            return
        self.refresh()

    def _on_readings_selected(self, reading_id: int) -> None:
        self.ctx.tasks.latest("carpass.detail", self._fetch_detail(reading_id))

    async def _fetch_detail(self, reading_id: int) -> None:
        reading, requests, issues = await self.ctx.runtime.store.aread(
            lambda db: (
                st.get_reading(db, reading_id),
                st.requests_of(db, reading_id),
                st.issues(db, states=(st.OPEN, st.RESOLVING, st.RESOLVED, st.INFO), reading_id=reading_id),
            )
        )
        if reading is not None:
            self.readings.render_detail(reading, requests, issues, issue_language(self.ctx))

    def _on_readings_show_vhr(self, reading_id: int) -> None:
        self.views.setCurrentIndex(VHRS)
        self.vhr.select(reading_id)

    def _on_send_now_clicked(self) -> None:
        self.ctx.tasks.spawn(self._send_now(), name="carpass.send_now")

    async def _send_now(self) -> None:
        rt = self.ctx.runtime

        def due_now(db):
            ids = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM outbox WHERE service = 'carpass' AND state = ?", [ob.QUEUED]
                )
            ]
            for item_id in ids:
                ob.retry_now(db, item_id, rt.clock)

        await rt.store.awrite(due_now)
        wake_pump(self.ctx)
