"""The archive: every tachograph file FleetDesk keeps, with its period, size and sha256; open
its folder, export the list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.clock import parse_utc
from fleetdesk.tachoshare.models import country_name
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.tachoshare.downloads import human_size
from fleetdesk.ui.widgets.table_model import FilteredTableModel
from fleetdesk.ui.widgets.table_view import rows_table, with_empty_state
from fleetdesk.ui.widgets.who import row_who


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


class FilesModel(FilteredTableModel):
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

    def __init__(self, parent=None):
        super().__init__(parent, sort_order=Qt.SortOrder.DescendingOrder)

    # a card ZIP can hold hundreds of files: filtered and sorted once per change (the base)
    def search_text(self, f: dict) -> str:
        return f"{f['filename']} {owner(f)} {f['path']} {_mark(f)}"

    def sort_key(self, f: dict, column: int):
        return _sort_key(f, column)

    def cells(self, f: dict) -> tuple[str, ...]:
        return _cells(f)

    def header_text(self, text: str) -> str:
        return tr(text)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        f, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(index.row(), col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 3 and f.get("attention"):
                return tr("%1\nNeeds attention: %2").replace("%1", f["path"]).replace("%2", f["attention"])
            if col == 0 and f.get("created_host"):  # team mode: who archived or imported it
                return tr("Archived by %1").replace("%1", row_who(f))
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
        self.table = rows_table(
            self.model,
            "Archived files",
            (125, 120, 190, 330, 190, 60, 75),
            sort=Qt.SortOrder.DescendingOrder,
            single_selection=False,
        )
        self.stack, self.empty = with_empty_state(
            self.table,
            tr(
                "No files archived yet.\nEvery file a sync downloads is kept here "
                "under its conventional name (M_… vehicle units, C_… driver cards)."
            ),
        )
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
        return self.model.rows[rows[0].row()] if rows[0].row() < len(self.model.rows) else None

    def _on_open_clicked(self) -> None:
        f = self.selected_file()
        if f:
            self.sig_open_file_folder.emit(f)
        else:
            self.sig_open_folder.emit("")
