"""The archive: every tachograph file FleetDesk keeps, with its period, size and sha256; open
its folder, export the list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.clock import parse_utc
from fleetdesk.tachoshare.models import country_name
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.tachoshare.downloads import human_size
from fleetdesk.ui.widgets.banner import EmptyState
from fleetdesk.ui.widgets.table_model import ColumnsModel


def tr(text: str) -> str:
    return QCoreApplication.translate("TachoFiles", text)


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)
#: the mark and colour of a file that needs attention (a driver ZIP with members refused)
ATTENTION_MARK = "⚠ "
ATTENTION_COLOR = "#b45309"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
KIND_TEXT = {
    "vu": QT_TRANSLATE_NOOP("TachoFiles", "Vehicle unit"),
    "card_zip": QT_TRANSLATE_NOOP("TachoFiles", "Driver card (ZIP)"),
    "card": QT_TRANSLATE_NOOP("TachoFiles", "Driver card"),
}


def period(f: dict) -> str:
    """``first → last`` (the index keeps the end exclusive); ``… → last`` when only the end is
    known (a driver-card file not parsed: it ends with its download day)."""
    if not f["period_to"]:
        return ""
    last = date.fromisoformat(f["period_to"]) - timedelta(days=1)
    return f"{f['period_from'] or '…'} → {last.isoformat()}"


def owner(f: dict) -> str:
    if f["vin"]:
        return f["vin"]
    if f["country"] is None:
        return f["card_number"] or ""
    return f"{f['card_number']} ({country_name(f['country'])})"


def _cells(f: dict) -> tuple[str, ...]:
    when = parse_utc(f["archived_at"]).astimezone().strftime("%Y-%m-%d %H:%M")
    name = ATTENTION_MARK + f["filename"] if f.get("attention") else f["filename"]
    return (
        when,
        tr(KIND_TEXT.get(f["kind"], f["kind"])),
        owner(f),
        name,
        period(f),
        f["fmt"],
        human_size(f["size"]),
        f["sha256"][:16] + "…",
    )


def _mark(f: dict) -> str:
    return f"{ATTENTION_MARK}{f['attention']}" if f.get("attention") else ""


def _sort_key(f: dict, col: int):
    return [
        (f["archived_at"], f["id"]),
        f["kind"],
        owner(f),
        f["filename"],
        f["period_from"] or "",
        f["fmt"],
        f["size"],
        f["sha256"],
    ][col]


class FilesModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("TachoFiles", "Archived"),
        QT_TRANSLATE_NOOP("TachoFiles", "Type"),
        QT_TRANSLATE_NOOP("TachoFiles", "Vehicle / card"),
        QT_TRANSLATE_NOOP("TachoFiles", "File"),
        QT_TRANSLATE_NOOP("TachoFiles", "Period"),
        QT_TRANSLATE_NOOP("TachoFiles", "Format"),
        QT_TRANSLATE_NOOP("TachoFiles", "Size"),
        QT_TRANSLATE_NOOP("TachoFiles", "SHA-256"),
    )
    ROWS = "files"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all_files: list[dict] = []
        self.files: list[dict] = []  # shown: filtered and sorted
        self._cells: dict[int, tuple[str, ...]] = {}
        self.text = ""
        self.sort_column, self.sort_order = 0, Qt.SortOrder.DescendingOrder

    # Filter and sort in plain Python once per change; a proxy model would call data() back
    # for every row and comparison, and a card ZIP can hold hundreds of files.
    def render(self, files: list[dict]) -> None:
        self.all_files = files
        self._apply()

    def set_text(self, text: str) -> None:
        self.text = text.strip().casefold()
        self._apply()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._apply()

    def _apply(self) -> None:
        text = self.text
        files = [
            f
            for f in self.all_files
            if not text or text in f"{f['filename']} {owner(f)} {f['path']} {_mark(f)}".casefold()
        ]
        files.sort(
            key=lambda f: _sort_key(f, self.sort_column),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.beginResetModel()
        self.files = files
        self._cells = {}  # row -> texts, made when first shown (data() runs on every repaint)
        self.endResetModel()

    def header_text(self, text: str) -> str:
        return tr(text)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        f, col = self.files[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._cells.get(index.row())
            if cells is None:
                cells = self._cells[index.row()] = _cells(f)
            return cells[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 3 and f.get("attention"):
                return tr("%1\nNeeds attention: %2").replace("%1", f["path"]).replace("%2", f["attention"])
            return {3: f["path"], 7: f["sha256"]}.get(col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(ATTENTION_COLOR) if col == 3 and f.get("attention") else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 6:
            return _RIGHT
        return None


class FilesView(QWidget):
    sig_open_folder = Signal(str)  # path relative to the archive ("" = the archive itself)
    sig_open_file_folder = Signal(object)  # the selected file's row: open the folder holding it
    sig_export_requested = Signal()
    sig_retention_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.summary = QLabel()
        self.summary.setAccessibleName("Files summary")
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search file name, VIN or card"))
        self.search.setAccessibleName("Files search")
        self.search.setClearButtonEnabled(True)
        self.open_button = QPushButton(tr("Open folder"))
        self.open_button.setAccessibleName("Open folder")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.export_button = QPushButton(tr("Export list…"))
        self.export_button.setAccessibleName("Export file list")
        self.export_button.clicked.connect(self.sig_export_requested)
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.export_button)
        self.retention_button = QPushButton(tr("Past retention…"))
        self.retention_button.setAccessibleName("Files past retention")
        self.retention_button.clicked.connect(self.sig_retention_requested)
        top.addWidget(self.retention_button)

        self.model = FilesModel(self)
        self.search.textChanged.connect(self.model.set_text)
        self.table = QTableView()
        self.table.setAccessibleName("Archived files")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((125, 120, 190, 330, 190, 60, 75)):
            self.table.setColumnWidth(col, width)
        self.empty = EmptyState(
            tr(
                "No files archived yet.\nEvery file a sync downloads is kept here "
                "under its conventional name (M_… vehicle units, C_… driver cards)."
            )
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def show_data(self, files: list[dict], archive: str) -> None:
        if (files, archive) == getattr(self, "_shown", None):
            return
        self._shown = (files, archive)
        self.model.render(files)
        self.stack.setCurrentWidget(self.table if files else self.empty)
        total = sum(f["size"] for f in files)
        text = (
            tr("%1 files, %2 in %3")
            .replace("%1", str(len(files)))
            .replace("%2", human_size(total))
            .replace("%3", archive)
        )
        attention = sum(1 for f in files if f.get("attention"))
        if attention:  # search "⚠" to list them; each one's tooltip says why
            text += tr(" — %1 need attention (⚠)").replace("%1", str(attention))
        self.summary.setText(text)

    def selected_file(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.files[rows[0].row()] if rows[0].row() < len(self.model.files) else None

    def _on_open_clicked(self) -> None:
        f = self.selected_file()
        if f:
            self.sig_open_file_folder.emit(f)
        else:
            self.sig_open_folder.emit("")
