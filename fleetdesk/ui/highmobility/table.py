"""The clearance table: one row per VIN with its eligibility, state chip, since, odometer, tags.

Pure text helpers at the top; ``ClearanceModel.render(rows, highlights)`` takes data; the tab
fetches. Column widths are fixed (never "resize to contents"), so 1,000 rows render without a
stall.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from fleetdesk.core.clock import parse_utc
from fleetdesk.highmobility import views as hv
from fleetdesk.highmobility.models import ClearanceStatus as S
from fleetdesk.highmobility.rules import ELIGIBILITY_BRANDS
from fleetdesk.highmobility.views import CHIP, EVENT_TEXT, STATE_TEXT, TimelineEntry, VehicleRow
from fleetdesk.ui.highmobility.chips import CHIP_ROLE, ChipDelegate
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.widgets.table_model import ColumnsModel
from fleetdesk.ui.widgets.who import row_who

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
HIGHLIGHT = {"approved": "#e8f5e9", "rejected": "#ffebee", "revoked": "#f3e5f5"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Clearance", text)


#: display state -> label (the UI's translatable copy of highmobility.views.STATE_TEXT)
STATE_LABELS = {
    hv.QUEUED: QT_TRANSLATE_NOOP("Clearance", "Waiting to send"),
    hv.REVOKE_QUEUED: QT_TRANSLATE_NOOP("Clearance", "Revoke waiting to send"),
    hv.BUSY: QT_TRANSLATE_NOOP("Clearance", "Busy, retrying"),
    hv.ATTENTION: QT_TRANSLATE_NOOP("Clearance", "Needs attention"),
    hv.UNKNOWN: QT_TRANSLATE_NOOP("Clearance", "Unknown"),
    S.PENDING: QT_TRANSLATE_NOOP("Clearance", "Pending"),
    S.APPROVED: QT_TRANSLATE_NOOP("Clearance", "Approved"),
    S.REJECTED: QT_TRANSLATE_NOOP("Clearance", "Rejected"),
    S.REVOKING: QT_TRANSLATE_NOOP("Clearance", "Revoking"),
    S.REVOKED: QT_TRANSLATE_NOOP("Clearance", "Revoked"),
    S.CANCELING: QT_TRANSLATE_NOOP("Clearance", "Canceling"),
    S.CANCELED: QT_TRANSLATE_NOOP("Clearance", "Canceled"),
}
#: local timeline event -> label (highmobility.views.EVENT_TEXT)
EVENT_LABELS = {
    "requested": QT_TRANSLATE_NOOP("Clearance", "Clearance requested in FleetDesk"),
    "sent": QT_TRANSLATE_NOOP("Clearance", "Sent to High Mobility"),
    "refused": QT_TRANSLATE_NOOP("Clearance", "Refused"),
    "revoke-requested": QT_TRANSLATE_NOOP("Clearance", "Revoke requested"),
    "withdrawn": QT_TRANSLATE_NOOP("Clearance", "Withdrawn before it was sent"),
    "found": QT_TRANSLATE_NOOP("Clearance", "Found on the High Mobility account"),
}


def status_text(status: str) -> str:
    """The translated label of a display state or server status (as is when unknown)."""
    return tr(STATE_LABELS[status]) if status in STATE_LABELS else STATE_TEXT.get(status, status)


def state_text(row: VehicleRow) -> str:
    """The translated display state of ``row``."""
    return status_text(row.state)


def event_text(entry: TimelineEntry) -> str:
    """The translated text of a timeline entry (a server status or a local event)."""
    if entry.source == "server":
        return status_text(entry.status)
    return (
        tr(EVENT_LABELS[entry.status])
        if entry.status in EVENT_LABELS
        else EVENT_TEXT.get(entry.status, entry.status)
    )


def local_time(iso: str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """An ISO UTC time in local time (blank for None)."""
    return parse_utc(iso).astimezone().strftime(fmt) if iso else ""


def eligible_text(row: VehicleRow) -> str:
    """What the Eligible column says for ``row``."""
    if row.eligible is None and row.brand not in ELIGIBILITY_BRANDS:
        return tr("n/a")
    if row.eligible is None:
        return tr("not checked") if row.eligibility_note is None else tr("could not check")
    return tr("Eligible") if row.eligible else tr("Not eligible")


def odometer_text(value: float | None, unit: str | None) -> str:
    """``51 230 km`` (narrow no-break space between thousands)."""
    if value is None:
        return ""
    return f"{value:,.0f}".replace(",", "\u202f") + (" mi" if unit == "miles" else " km")


def tags_text(tags: dict[str, str]) -> str:
    """``key=value, key=value``, sorted by key."""
    return ", ".join(f"{k}={v}" for k, v in sorted(tags.items()))


class ClearanceModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Clearance", "VIN"),
        QT_TRANSLATE_NOOP("Clearance", "Brand"),
        QT_TRANSLATE_NOOP("Clearance", "Eligible"),
        QT_TRANSLATE_NOOP("Clearance", "State"),
        QT_TRANSLATE_NOOP("Clearance", "Since"),
        QT_TRANSLATE_NOOP("Clearance", "Odometer"),
        QT_TRANSLATE_NOOP("Clearance", "Tags"),
    )
    WIDTHS = (158, 110, 92, 118, 118, 86, 140)
    STATE_COLUMN = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[VehicleRow] = []
        self.sort_column, self.sort_order = 4, Qt.SortOrder.DescendingOrder
        self.highlights: dict[str, str] = {}  # vin -> status that made news

    def render(self, rows: list[VehicleRow], highlights: dict[str, str] | None = None) -> None:
        rows = self._sorted(list(rows))
        self.highlights = dict(highlights or {})
        if rows and [r.vin for r in rows] == [r.vin for r in self.rows]:
            # same VINs in the same order (a status poll): update in place, which keeps the
            # selection and the scroll position and costs far less than a reset
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here with one Python ``list.sort``: letting a proxy compare 1,000 rows calls
        back into Python some 20,000 times and stalls the UI."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted(self.rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[VehicleRow]) -> list[VehicleRow]:
        col = self.sort_column
        rows.sort(
            key=lambda r: (
                r.vin,
                r.brand_name,
                -1 if r.eligible is None else int(r.eligible),
                r.state,
                r.status_since or r.created_at or "",
                r.odometer or -1.0,
                tags_text(r.tags),
            )[col],
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        return rows

    def row_of(self, vin: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.vin == vin), -1)

    def header_text(self, text: str) -> str:
        return tr(text)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == CHIP_ROLE and col == self.STATE_COLUMN:
            return CHIP.get(row.state, "unknown")
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and row.eligible is not None:
            return QColor("#2e7d32") if row.eligible else QColor("#c62828")
        if role == Qt.ItemDataRole.BackgroundRole and row.vin in self.highlights:
            return QColor(HIGHLIGHT.get(self.highlights[row.vin], "#fffde7"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _display(row: VehicleRow, col: int) -> str:
        if col == 0:
            return row.vin
        if col == 1:
            return row.brand_name
        if col == 2:
            return eligible_text(row)
        if col == 3:
            return state_text(row)
        if col == 4:  # a request not yet sent: since when it waits
            return local_time(row.status_since or row.created_at)
        if col == 5:
            return odometer_text(row.odometer, row.odometer_unit)
        return tags_text(row.tags)

    @staticmethod
    def _tooltip(row: VehicleRow, col: int) -> str | None:
        if col == 0 and row.created_host:  # team mode: who added the VIN here
            return tr("Added by %1").replace("%1", row_who(row))
        if col == ClearanceModel.STATE_COLUMN and row.outbox_error:
            return row.outbox_error
        if col == 2 and row.eligibility_note:
            return row.eligibility_note
        if col == 2 and row.brand not in ELIGIBILITY_BRANDS:
            return tr("High Mobility cannot check the eligibility of %1 vehicles").replace(
                "%1", row.brand_name
            )
        if col == 5 and row.odometer_at:
            return tr("Reported %1").replace("%1", local_time(row.odometer_at))
        return None


class ClearanceFilter(QSortFilterProxyModel):
    """Free text (VIN, brand, tags) and a state group."""

    GROUPS = {
        "all": None,
        "active": {"approved"},
        "moving": {"pending", "revoking", "canceling", "queued", "revoke-queued", "busy"},
        "attention": {"attention", "rejected"},
        "ended": {"revoked", "canceled", "rejected"},
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.group = "all"

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        # the source model sorts (fast); this proxy keeps its order and only filters
        self.sourceModel().sort(column, order)

    def set_filter(self, text: str, group: str) -> None:
        """Show rows containing ``text`` whose state is in ``group``."""
        self.beginFilterChange()
        self.text, self.group = text.strip().upper(), group
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        states = self.GROUPS.get(self.group)
        if states is None and not self.text:
            return True
        row = cast(ClearanceModel, self.sourceModel()).rows[source_row]
        if states is not None and row.state not in states:
            return False
        if self.text:
            hay = f"{row.vin} {row.brand_name} {tags_text(row.tags)}".upper()
            return self.text in hay
        return True


class ClearanceTable(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Clearance table")
        self.model_ = ClearanceModel(self)
        self.proxy = ClearanceFilter(self)
        self.proxy.setSourceModel(self.model_)
        self.setModel(self.proxy)
        self.setItemDelegateForColumn(ClearanceModel.STATE_COLUMN, ChipDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate(ClearanceModel.WIDTHS):
            self.setColumnWidth(col, width)

    def selected_vin(self) -> str | None:
        """The VIN of the selected row, or None."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].data(ROW_ROLE)
        return row.vin if row else None

    def select_vin(self, vin: str) -> bool:
        """Select and show the row of ``vin``; False if it is filtered out or absent."""
        source = self.model_.row_of(vin)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model_.index(source, 0))
        if not index.isValid():
            return False
        self.selectRow(index.row())
        self.scrollTo(index)
        return True
