"""The compliance board: every vehicle unit and driver card on FleetDesk's legal clock, with
TachoShare's own status, sorting, filtering, CSV export and the RDL action per vehicle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.tachoshare import compliance as c
from fleetdesk.tachoshare.views import BoardRow
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.tachoshare.coverage import CoveragePanel
from fleetdesk.ui.tachoshare.progress import level_colors, level_tint
from fleetdesk.ui.tachoshare.texts import (
    days_text,
    level_text,
    problem_lines,
    problem_note,
    rdl_text,
    reading_text,
    short_date,
    status_text,
    tr,
)
from fleetdesk.ui.widgets.table_model import FilteredTableModel
from fleetdesk.ui.widgets.table_view import rows_table, with_empty_state
from fleetdesk.ui.widgets.who import row_who

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2


_BOLD: list[QFont] = []
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.UserRole + 2,
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


FILTERS = {  # label (English: the key and item data; shown translated) -> predicate on a BoardRow
    QT_TRANSLATE_NOOP("TachoBoard", "Everything"): lambda r: True,
    QT_TRANSLATE_NOOP("TachoBoard", "Needs attention"): lambda r: r.needs_attention,
    QT_TRANSLATE_NOOP("TachoBoard", "Days missing or card expiring"): lambda r: bool(r.problems),
    QT_TRANSLATE_NOOP("TachoBoard", "Vehicle units"): lambda r: r.kind == c.VU,
    QT_TRANSLATE_NOOP("TachoBoard", "Driver cards"): lambda r: r.kind == c.CARD,
    QT_TRANSLATE_NOOP("TachoBoard", "Outside legal compliance"): lambda r: r.reading.level == c.OUTSIDE,
    QT_TRANSLATE_NOOP("TachoBoard", "Overdue"): lambda r: r.reading.level == c.OVERDUE,
    QT_TRANSLATE_NOOP("TachoBoard", "Due soon"): lambda r: r.reading.level == c.DUE_SOON,
    QT_TRANSLATE_NOOP("TachoBoard", "Never downloaded"): lambda r: r.reading.level == c.NEVER,
    QT_TRANSLATE_NOOP("TachoBoard", "Disconnected"): lambda r: r.rdl_status == "DISCONNECTED",
}


def _background(r: BoardRow, col: int):
    level = r.reading.level
    if col == 0:  # a filled chip for what needs action; OK stays quiet
        if level == c.OK and r.problems:  # the files have gaps or the card expires
            return level_colors(c.DUE_SOON)[0]
        return level_colors(level)[0] if level != c.OK else None
    return level_tint(level)


def _foreground(r: BoardRow, col: int):
    level = r.reading.level
    if col == 0:
        if level == c.OK and r.problems:
            return level_colors(c.DUE_SOON)[1]
        return level_colors(level)[1] if level != c.OK else level_colors(c.OK)[0]
    if col == 4 and r.reading.legal_days_left is not None and r.reading.legal_days_left < 0:
        return level_colors(c.OUTSIDE)[0]
    return None


class BoardModel(FilteredTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("TachoBoard", "Status"),
        QT_TRANSLATE_NOOP("TachoBoard", "Type"),
        QT_TRANSLATE_NOOP("TachoBoard", "Plate / card"),
        QT_TRANSLATE_NOOP("TachoBoard", "VIN / country"),
        QT_TRANSLATE_NOOP("TachoBoard", "Legal limit"),
        QT_TRANSLATE_NOOP("TachoBoard", "Fleet interval"),
        QT_TRANSLATE_NOOP("TachoBoard", "Last downloaded"),
        QT_TRANSLATE_NOOP("TachoBoard", "Archived through"),
        QT_TRANSLATE_NOOP("TachoBoard", "TachoShare status"),
        QT_TRANSLATE_NOOP("TachoBoard", "Next scheduled"),
        QT_TRANSLATE_NOOP("TachoBoard", "RDL"),
    )

    def set_filter(self, key: str, text: str) -> None:
        self.predicate = FILTERS.get(key, FILTERS["Everything"])
        self.set_text(text)

    def search_text(self, r: BoardRow) -> str:
        return f"{r.title} {r.detail} {r.rdl_status} {r.holder or ''}"

    HEADER_TIPS = {
        4: QT_TRANSLATE_NOOP(
            "TachoBoard",
            "Days left until the legal download limit "
            "(vehicle units 90 days, driver cards 28; stricter in "
            "some countries)",
        ),
        5: QT_TRANSLATE_NOOP("TachoBoard", "Days left until the fleet's own download interval"),
        6: QT_TRANSLATE_NOOP(
            "TachoBoard", "The last download FleetDesk has archived: the legal clock runs from it"
        ),
        7: QT_TRANSLATE_NOOP("TachoBoard", "The last day whose data FleetDesk has archived"),
        10: QT_TRANSLATE_NOOP("TachoBoard", "Manual remote download (RDL) of the vehicle unit"),
    }

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.HEADER_TIPS:
            return tr(self.HEADER_TIPS[section])
        return None

    def cells(self, r: BoardRow) -> tuple[str, ...]:
        rd = r.reading
        return (
            level_text(rd.level) + problem_note(r),
            tr("Unit") if r.kind == c.VU else tr("Card"),
            r.title,
            f"{r.holder} · {r.detail}" if r.holder else r.detail,
            days_text(rd.legal_days_left),
            days_text(rd.desired_days_left),
            short_date(rd.last),
            short_date(r.archived_through) + ("  ⟳" if r.downloading else ""),
            status_text(r.rdl_status),
            short_date(r.next_scheduled),
            rdl_text(r),
        )

    def sort_key(self, r: BoardRow, col: int):
        rd = r.reading
        big = 10**6
        # within a level, rows whose files have gaps or whose card expires come first
        return [
            (rd.severity * 2 + (0 if r.problems else 1)) * big
            + (rd.legal_days_left if rd.legal_days_left is not None else -big // 2),
            r.kind,
            r.title,
            r.detail,
            rd.legal_days_left if rd.legal_days_left is not None else -big,
            rd.desired_days_left if rd.desired_days_left is not None else -big,
            rd.last.isoformat() if rd.last else "",
            r.archived_through.isoformat() if r.archived_through else "",
            r.rdl_status,
            r.next_scheduled.isoformat() if r.next_scheduled else "~",
            rdl_text(r),
        ][col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        level = r.reading.level
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(index.row(), col)
        if role == LEVEL_ROLE:
            return level
        if role == Qt.ItemDataRole.BackgroundRole:
            return _background(r, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(r, col)
        if role == Qt.ItemDataRole.FontRole and col in (0, 2):
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return _RIGHT
        return None

    def _tooltip(self, r: BoardRow, col: int) -> str:
        rd = r.reading
        if col == 1:
            return tr("Vehicle unit (tachograph)") if r.kind == c.VU else tr("Driver card")
        if col == 0:
            lines = [reading_text(r.reading)] + problem_lines(r)
            if rd.legal_due and rd.desired_due:  # both set from the last download, or neither
                lines.append(
                    tr("Legal limit: %1 days, until %2")
                    .replace("%1", str(rd.legal_limit))
                    .replace("%2", rd.legal_due.isoformat())
                )
                lines.append(
                    tr("Fleet interval: %1 days, until %2")
                    .replace("%1", str(rd.desired_interval))
                    .replace("%2", rd.desired_due.isoformat())
                )
            return "\n".join(lines)
        if col == 6:  # the last download archived here, and TachoShare's own date beside it
            theirs = short_date(r.tachoshare_last) if r.tachoshare_last else tr("none")
            line = (
                tr("TachoShare's last activity downloaded: %1")
                if r.kind == c.VU
                else tr("TachoShare's last download of the card: %1")
            ).replace("%1", theirs)
            if r.clock_from == "tachoshare":
                line += "\n" + tr("Nothing archived yet: the legal clock runs from TachoShare's date.")
            return line
        if col == 10 and r.kind == c.VU:  # RDL: a manual remote download
            if r.last_rdl and r.last_rdl["message"]:
                text = r.last_rdl["message"]
            else:
                text = r.rdl_denial or tr("A manual remote download can be requested.")
            who = row_who(r.last_rdl) if r.last_rdl else ""
            return text + "\n" + tr("Last requested by %1").replace("%1", who) if who else text
        if col == 8:
            return (
                r.rdl_status
                + ": "
                + {
                    "OK": tr("The legal remote downloads are up to date."),
                    "DELAYED": tr("The legal remote downloads are delayed."),
                    "OUTSIDE_LEGAL_COMPLIANCE": tr(
                        "The legal remote downloads are delayed out of legal compliance."
                    ),
                    "NEVER_DOWNLOADED": tr("Never has downloaded any data."),
                    "DISCONNECTED": tr("The telematics link was removed from the vehicle."),
                }.get(r.rdl_status, "")
            )
        if col == 3 and r.kind == c.CARD and r.country is not None:
            return f"0x{r.country:02X}"
        return ""


class BoardView(QWidget):
    """The table with its filter, search and export; asks the tab to request an RDL."""

    sig_rdl_requested = Signal(str)  # VIN
    sig_export_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.filter = QComboBox()
        self.filter.setAccessibleName("Board filter")
        for key in FILTERS:
            self.filter.addItem(tr(key), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search plate, VIN, card, holder or country"))
        self.search.setAccessibleName("Board search")
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(tr("Export CSV…"))
        self.export_button.setAccessibleName("Export board as CSV")
        self.export_button.clicked.connect(self.sig_export_requested)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show:")))
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)

        self.model = BoardModel(self)
        self.table = rows_table(
            self.model,
            "Compliance board",
            (168, 46, 126, 170, 84, 94, 106, 114, 150, 102),
            sort=Qt.SortOrder.AscendingOrder,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_rdl)
        self.table.selectionModel().selectionChanged.connect(self._update_coverage)
        self.coverage = CoveragePanel()
        self.today = None  # the tab sets the service's UTC day
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.stack, self.empty = with_empty_state(
            self.table,
            tr(
                "No vehicle units or driver cards yet.\nSign in to TachoShare and "
                "press “Sync now” to see which are due."
            ),
        )

        self.rdl_button = QPushButton(tr("Request remote download"))
        self.rdl_button.setAccessibleName("Request remote download")
        self.rdl_button.clicked.connect(self._on_rdl_clicked)
        self.rdl_reason = QLabel()
        self.rdl_reason.setAccessibleName("Remote download explanation")
        self.rdl_reason.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.rdl_button)
        bottom.addWidget(self.rdl_reason, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.coverage)
        layout.addLayout(bottom)
        self._update_rdl()

    def show_data(self, rows: list[BoardRow]) -> None:
        if rows == self.model.all_rows and rows:
            return  # unchanged: no reset, no repaint
        selected = self.selected_row()
        self.model.render(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if selected is not None:
            self.select_subject(selected.subject)
        self._update_rdl()
        self._update_coverage()

    def _update_coverage(self, *args) -> None:
        if self.today is None:  # the tab sets the service's day before the first rows
            return
        self.coverage.show_row(self.selected_row(), self.today)

    def select_subject(self, subject: str) -> bool:
        for row, board_row in enumerate(self.model.rows):
            if board_row.subject == subject:
                self.table.selectRow(row)
                return True
        return False

    def selected_row(self) -> BoardRow | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows:
            return None
        return self.model.rows[rows[0].row()] if 0 <= rows[0].row() < len(self.model.rows) else None

    def visible_rows(self) -> list[BoardRow]:
        return list(self.model.rows)

    def _apply_filter(self, *args) -> None:
        selected = self.selected_row()
        self.model.set_filter(self.filter.currentData(), self.search.text())
        if selected is not None:
            self.select_subject(selected.subject)
        self._update_rdl()

    def _update_rdl(self, *args) -> None:
        row = self.selected_row()
        if row is None or row.kind != c.VU:
            self.rdl_button.setEnabled(False)
            why = (
                tr("Select a vehicle unit to request a remote download.")
                if row is None
                else tr(
                    "Remote downloads are requested per vehicle; a driver card is read when it is in one."
                )
            )
            self._set_reason(why)
            return
        self.rdl_button.setEnabled(row.rdl_denial is None)
        last = row.last_rdl
        if row.rdl_denial is None and last and last["state"] == "refused":
            self._set_reason(
                tr("TachoShare refused the last request for %1: %2. You can ask again once that is resolved.")
                .replace("%1", row.title)
                .replace("%2", last["message"] or "")
            )
        elif row.rdl_denial is not None:
            self._set_reason(
                tr("Not possible for %1: %2").replace("%1", row.title).replace("%2", row.rdl_denial)
            )
        else:
            left = row.manual_attempts
            self._set_reason(
                tr(
                    "%1 can be asked to download now (%2 manual attempts left); TachoShare "
                    "starts it when the ignition is next on."
                )
                .replace("%1", row.title)
                .replace("%2", "?" if left is None else str(left))
            )

    def _set_reason(self, text: str) -> None:
        self.rdl_reason.setText(text)
        self.rdl_button.setToolTip(text)
        self.rdl_button.setAccessibleDescription(text)

    def _on_rdl_clicked(self) -> None:
        row = self.selected_row()
        if row is not None and row.vin and row.rdl_denial is None:
            self.rdl_button.setEnabled(False)  # one click, one request
            self.sig_rdl_requested.emit(row.vin)
