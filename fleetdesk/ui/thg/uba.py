"""The UBA view per year: one row per vehicle and year, the request (hold, sent, withdrawn) and
the Umweltbundesamt's answer (pending, approved, rejected with the reason)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.clock import parse_utc
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.thg.chips import CHIP_ROLE, ChipDelegate
from fleetdesk.ui.widgets.confirm import confirm_box
from fleetdesk.ui.widgets.table_model import ColumnsModel
from fleetdesk.ui.widgets.table_view import with_empty_state
from fleetdesk.ui.widgets.who import row_who

SHOW = [
    (QT_TRANSLATE_NOOP("UbaView", "All"), ""),
    (QT_TRANSLATE_NOOP("UbaView", "Sent to the UBA since"), "sent"),
    (QT_TRANSLATE_NOOP("UbaView", "Answered since"), "reply"),
]


def _day(stamp: str | None) -> str:
    return parse_utc(stamp).astimezone().strftime("%Y-%m-%d") if stamp else ""


def request_state(row: dict, now: datetime) -> tuple[str, str]:
    """(chip key, text marked for translation: UbaModel shows it through tr())."""
    state = row.get("request_state")
    if state is None:
        return "filed", QT_TRANSLATE_NOOP("UbaModel", "Filed (elsewhere)")
    if state == "queued":
        return "queued", QT_TRANSLATE_NOOP("UbaModel", "Waiting to send")
    if state == "attention":
        return "attention", QT_TRANSLATE_NOOP("UbaModel", "Refused by the service")
    if state == "deleting":
        return "waiting", QT_TRANSLATE_NOOP("UbaModel", "Withdrawing…")
    if state == "deleted":
        return "withdrawn", QT_TRANSLATE_NOOP("UbaModel", "Withdrawn")
    if state == "removed":
        return "withdrawn", QT_TRANSLATE_NOOP("UbaModel", "Removed by the service")
    if row.get("sent"):
        return "filed", QT_TRANSLATE_NOOP("UbaModel", "Sent to the UBA")
    if row.get("ready_for_uba") and parse_utc(row["ready_for_uba"]) > now:
        return "hold", QT_TRANSLATE_NOOP("UbaModel", "On hold")
    return "filed", QT_TRANSLATE_NOOP("UbaModel", "Filed; waiting to be sent")


def answer_state(row: dict) -> tuple[str, str]:
    if not row.get("sent"):
        return "", ""
    if row.get("confirmed") is None:
        return "pending", QT_TRANSLATE_NOOP("UbaModel", "Waiting for the UBA")
    return (
        ("approved", QT_TRANSLATE_NOOP("UbaModel", "Approved"))
        if row["confirmed"]
        else ("rejected", QT_TRANSLATE_NOOP("UbaModel", "Rejected"))
    )


def withdrawable(row: dict) -> bool:
    return not row.get("sent") and row.get("request_state") in ("queued", "filed", "attention")


def year_summary(rows: list[dict]) -> dict[str, int]:
    out = {"requests": len(rows), "approved": 0, "rejected": 0, "waiting": 0}
    for r in rows:
        key = answer_state(r)[0]
        if key in ("approved", "rejected"):
            out[key] += 1
        elif r.get("request_state") not in ("deleted", "removed"):
            out["waiting"] += 1
    return out


class UbaModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("UbaModel", "Vehicle"),
        QT_TRANSLATE_NOOP("UbaModel", "Request"),
        QT_TRANSLATE_NOOP("UbaModel", "Hold until"),
        QT_TRANSLATE_NOOP("UbaModel", "Sent to UBA"),
        QT_TRANSLATE_NOOP("UbaModel", "Answer"),
        QT_TRANSLATE_NOOP("UbaModel", "Answered"),
        QT_TRANSLATE_NOOP("UbaModel", "Reason"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.now = datetime.now(UTC)

    def render(self, rows: list[dict], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = rows, now
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r, col = self.rows[index.row()], index.column()
        req, ans = request_state(r, self.now), answer_state(r)
        if role == Qt.ItemDataRole.DisplayRole:
            name = r.get("customer_reference1") or r.get("vin") or f"#{r['vehicle_id']}"
            return (
                f"{name} · {r['vehicle_id']}",
                self.tr(req[1]),
                _day(r.get("ready_for_uba")),
                _day(r.get("sent")),
                self.tr(ans[1]),
                _day(r.get("reply")),
                r.get("rejected_reason") or r.get("problem") or "",
            )[col]
        if role == CHIP_ROLE:
            return req[0] if col == 1 else ans[0] if col == 4 else None
        if role == Qt.ItemDataRole.ToolTipRole and col == 1 and r.get("created_host"):
            # team mode: who filed it (the table has no room for one more column)
            filed = self.tr("Filed by %1").replace("%1", row_who(r))
            return "\n".join(t for t in (r.get("problem") or r.get("rejected_reason"), filed) if t)
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 6):
            return r.get("problem") or r.get("rejected_reason") or None
        return None


class UbaView(QWidget):
    """Rendered by the tab; asks it to create (``sig_new_request``) or withdraw requests."""

    sig_new_request = Signal()
    sig_withdraw = Signal(int)  # local UBA request id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.all_rows: list[dict] = []
        self.now = datetime.now(UTC)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.year = QComboBox()
        self.year.setAccessibleName("UBA year")
        self.year.currentIndexChanged.connect(self._apply)
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName("UBA filter")
        for text, key in SHOW:
            self.show_filter.addItem(self.tr(text), key)
        self.show_filter.currentIndexChanged.connect(self._apply)
        self.since = QDate.currentDate().addMonths(-1)
        self.since_edit = QDateEdit(self.since)
        self.since_edit.setAccessibleName("UBA since")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.dateChanged.connect(self._apply)
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setAccessibleName("New UBA request")
        self.new_button.clicked.connect(self.sig_new_request)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setAccessibleName("Withdraw UBA request")
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.show_filter)
        top.addWidget(self.since_edit)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.withdraw_button)
        self.summary = QLabel()
        self.summary.setAccessibleName("UBA summary")
        self.model = UbaModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("UBA requests and answers")
        self.table.setModel(self.model)
        for col in (1, 4):
            self.table.setItemDelegateForColumn(col, ChipDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, width in enumerate((170, 190, 90, 95, 150, 90)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.stack, self.empty = with_empty_state(
            self.table,
            self.tr(
                "No UBA requests for this year yet.\nSelect a verified vehicle "
                "and choose “Request UBA quota”, or click “New request…”."
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary)
        self._update_buttons()

    def show_data(self, rows: list[dict], now: datetime) -> None:
        self.all_rows, self.now = rows, now
        years = sorted({r["year"] for r in rows} | {now.year}, reverse=True)
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(current if current in years else years[0])))
        self.year.blockSignals(False)
        self._apply()

    def visible_rows(self) -> list[dict]:
        year, mode = self.year.currentData(), self.show_filter.currentData()
        since = self.since_edit.date().toString("yyyy-MM-dd")
        rows = [r for r in self.all_rows if r["year"] == year]
        if mode:
            rows = [r for r in rows if r.get(mode) and r[mode][:10] >= since]
        return rows

    def _apply(self, *args) -> None:
        self.since_edit.setEnabled(bool(self.show_filter.currentData()))
        rows = self.visible_rows()
        self.model.render(rows, self.now)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        s = year_summary([r for r in self.all_rows if r["year"] == self.year.currentData()])
        self.summary.setText(
            self.tr("%1: %2 vehicles · %3 approved · %4 rejected · %5 waiting")
            .replace("%1", str(self.year.currentData()))
            .replace("%2", str(s["requests"]))
            .replace("%3", str(s["approved"]))
            .replace("%4", str(s["rejected"]))
            .replace("%5", str(s["waiting"]))
        )
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *args) -> None:
        row = self.selected()
        self.withdraw_button.setEnabled(row is not None and withdrawable(row))

    def _on_withdraw_clicked(self) -> None:
        row = self.selected()
        if row is None or not withdrawable(row):
            return
        self._confirm = confirm_box(
            self,
            self.tr("Withdraw UBA request?"),
            self.tr(
                "The request for %1, %2 will be withdrawn. This is possible only until it is sent to the UBA."
            )
            .replace("%1", str(row.get("customer_reference1") or row["vehicle_id"]))
            .replace("%2", str(row["year"])),
            partial(self.sig_withdraw.emit, row["request_id"]),
            accessible_name="Confirm withdraw",
            icon=QMessageBox.Icon.Question,
            cancel_by_default=False,
        )
