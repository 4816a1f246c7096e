"""The Outbox tab: every queued, failed or set-aside submission across services."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.clock import parse_utc
from fleetdesk.store import outbox as ob
from fleetdesk.store.dispatcher import send_summary
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.widgets.chips import chip_colors, service_title
from fleetdesk.ui.widgets.confirm import confirm_box
from fleetdesk.ui.widgets.table_model import ColumnsModel
from fleetdesk.ui.widgets.table_view import with_empty_state

# Labels kept in tables are marked with QT_TRANSLATE_NOOP so lupdate extracts them, and are
# translated where shown with the same literal context, "Outbox".
STATE_TEXT = {
    ob.QUEUED: QT_TRANSLATE_NOOP("Outbox", "Waiting to send"),
    ob.SENDING: QT_TRANSLATE_NOOP("Outbox", "Sending"),
    ob.SENT: QT_TRANSLATE_NOOP("Outbox", "Sent"),
    ob.ATTENTION: QT_TRANSLATE_NOOP("Outbox", "Needs attention"),
    ob.DISCARDED: QT_TRANSLATE_NOOP("Outbox", "Discarded"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Outbox", text)


def state_text(state: str) -> str:
    """The user's word for an outbox state."""
    return tr(STATE_TEXT[state]) if state in STATE_TEXT else state


def who_text(host: str | None, user: str | None) -> str:
    """'anna on RECEPTION-1': who queued it (team mode); empty for rows from before."""
    if not host and not user:
        return ""
    return tr("%1 on %2").replace("%1", user or "?").replace("%2", host or "?")


def local_time(iso: str | None) -> str:
    if not iso:
        return ""
    return parse_utc(iso).astimezone().strftime("%Y-%m-%d %H:%M")


FILTERS = {  # combo label (untranslated, also the item's data) -> states
    QT_TRANSLATE_NOOP("Outbox", "Unsent"): ob.UNSENT_STATES,
    QT_TRANSLATE_NOOP("Outbox", "Needs attention"): (ob.ATTENTION,),
    QT_TRANSLATE_NOOP("Outbox", "Sent"): (ob.SENT,),
    QT_TRANSLATE_NOOP("Outbox", "All"): (ob.QUEUED, ob.SENDING, ob.SENT, ob.ATTENTION, ob.DISCARDED),
}


class OutboxModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Outbox", "Service"),
        QT_TRANSLATE_NOOP("Outbox", "Submission"),
        QT_TRANSLATE_NOOP("Outbox", "State"),
        QT_TRANSLATE_NOOP("Outbox", "Tries"),
        QT_TRANSLATE_NOOP("Outbox", "Next try"),
        QT_TRANSLATE_NOOP("Outbox", "Date of work"),
        QT_TRANSLATE_NOOP("Outbox", "Queued by"),
        QT_TRANSLATE_NOOP("Outbox", "Last error"),
    )
    WHO, ERROR = 6, 7
    ROWS = "items"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[ob.OutboxItem] = []

    def render(self, items: list[ob.OutboxItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def header_text(self, text: str) -> str:
        return tr(text)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                service_title(item.service),
                item.label,
                state_text(item.state),
                str(item.attempts),
                local_time(item.next_attempt_at) if item.state == ob.QUEUED else "",
                item.work_date or local_time(item.created_at),
                who_text(item.created_host, item.created_user),
                item.last_error or "",
            ][col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return chip_colors(item.state)[0]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ERROR and item.last_error:
            return item.last_error
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WHO and item.created_host:
            return (
                tr("Queued %1 by %2 on the workstation %3")
                .replace("%1", local_time(item.created_at))
                .replace("%2", item.created_user or "?")
                .replace("%3", item.created_host)
            )
        if role == Qt.ItemDataRole.BackgroundRole and item.state == ob.ATTENTION:
            return QColor("#fff5f5")
        return None


class OutboxView(QWidget):
    """Fetches outbox rows off the UI thread and renders them; retry now and discard."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._setup_ui()
        ctx.bus.sig_store_changed.connect(self.refresh)
        self.refresh()

    def _setup_ui(self) -> None:
        self.summary = QLabel()
        self.summary.setAccessibleName("Outbox summary")
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show")
        for key in FILTERS:
            self.filter.addItem(tr(key), key)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setAccessibleName("Retry now")
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.send_all_button = QPushButton(self.tr("Send all now"))
        self.send_all_button.setAccessibleName("Send all now")
        self.send_all_button.clicked.connect(self._on_send_all_clicked)
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setAccessibleName("Discard")
        self.discard_button.clicked.connect(self._on_discard_clicked)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter)
        top.addWidget(self.retry_button)
        top.addWidget(self.send_all_button)
        top.addWidget(self.discard_button)

        self.model = OutboxModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Outbox items")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OutboxModel.ERROR, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.stack, self.empty = with_empty_state(
            self.table,
            self.tr(
                "Nothing is waiting to be sent.\nEverything you submit is "
                "stored here first and sent as soon as the service answers."
            ),
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # -- fetch / render ---------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.tasks.closed:  # a store-changed signal queued before the app shut down
            return
        self.ctx.tasks.latest("outbox.refresh", self.fetch())

    async def fetch(self) -> None:
        states = FILTERS[self.filter.currentData()]
        items, counts = await self.ctx.runtime.store.aread(
            lambda db: (ob.items(db, states=states, limit=5000), ob.counts(db))
        )
        self.show_data(items, counts)

    def show_data(self, items: list[ob.OutboxItem], counts: dict[str, dict[str, int]]) -> None:
        selected = self.selected_item()
        self.model.render(items)
        self.stack.setCurrentWidget(self.table if items else self.empty)
        waiting = sum(c.get(ob.QUEUED, 0) + c.get(ob.SENDING, 0) for c in counts.values())
        attention = sum(c.get(ob.ATTENTION, 0) for c in counts.values())
        text = (
            self.tr("%n waiting to send", "", waiting)
            if waiting or attention
            else self.tr("Everything has been sent")
        )
        if attention:
            text += " · " + self.tr("%n need your attention", "", attention)
        self.summary.setText(text)
        if selected is not None:
            for row, item in enumerate(items):
                if item.id == selected.id:
                    self.table.selectRow(row)
        self._update_buttons()

    def selected_item(self) -> ob.OutboxItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.items[rows[0].row()] if rows and rows[0].row() < len(self.model.items) else None

    def _update_buttons(self, *args) -> None:
        item = self.selected_item()
        can = item is not None and item.state in (ob.QUEUED, ob.ATTENTION)
        self.retry_button.setEnabled(can)
        self.discard_button.setEnabled(can)

    # -- actions ------------------------------------------------------------------------
    def _on_retry_clicked(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.ctx.tasks.spawn(self._retry(item.id), name="outbox.retry")

    async def _retry(self, item_id: int) -> None:
        rt = self.ctx.runtime
        await rt.store.awrite(lambda db: ob.retry_now(db, item_id, rt.clock))
        await run_blocking(rt.dispatcher.run_once)

    def _on_send_all_clicked(self) -> None:
        self.ctx.tasks.spawn(self._send_all(), name="outbox.send_all")

    async def _send_all(self) -> None:
        """Like ``fleetdesk sync``: every queued item goes now, except where the server asked to
        wait; the status bar says what was sent and what still waits, until when and why."""
        rt = self.ctx.runtime
        report = await run_blocking(rt.dispatcher.send_now)
        parts = send_summary(
            report, rt.clock, sent=self.tr("%1 sent"), set_aside=self.tr("%1 set aside (see the list)")
        )
        self.ctx.bus.sig_notice.emit(
            self.tr("Send all now: %1").replace(
                "%1", "; ".join(parts) if parts else self.tr("nothing was waiting")
            )
        )

    def _on_discard_clicked(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        self._confirm_box = confirm_box(
            self,
            self.tr("Discard submission?"),
            self.tr(
                "“%1” will not be sent. What you entered stays in the history, "
                "but the service will never receive it. This cannot be undone."
            ).replace("%1", item.label),
            partial(self._discard, item.id),
            accessible_name="Confirm discard",
            confirm=QMessageBox.StandardButton.Discard,
        )

    def _discard(self, item_id: int) -> None:
        rt = self.ctx.runtime
        self.ctx.tasks.spawn(
            rt.store.awrite(lambda db: ob.discard(db, item_id, rt.clock)), name="outbox.discard"
        )
