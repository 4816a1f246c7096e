"""The observation list: state, vehicle, reading, dates and the requestGuid of every reading."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationType
from fleetdesk.ui.carpass.common import (
    issue_state_label,
    km,
    local_time,
    request_kind_label,
    state_label,
    state_palette,
    tr,
    type_label,
    wire_date,
)
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.widgets.banner import EmptyState
from fleetdesk.ui.widgets.chips import chip_colors
from fleetdesk.ui.widgets.table_model import ColumnsModel

FILTERS = {  # the English label is the key (item data); shown translated
    QT_TRANSLATE_NOOP("CarPass", "All readings"): None,
    QT_TRANSLATE_NOOP("CarPass", "Not final yet"): (
        st.QUEUED,
        st.ONGOING,
        st.REVIEWING,
        st.UNKNOWN,
        st.CORRECTING,
        st.CONFIRMING,
        st.ATTENTION,
        st.ISSUE,
        st.OUTCOME_UNKNOWN,
    ),
    QT_TRANSLATE_NOOP("CarPass", "Processed"): (st.PROCESSED,),
    QT_TRANSLATE_NOOP("CarPass", "Issues and errors"): (st.ISSUE, st.ERROR, st.ATTENTION, st.OUTCOME_UNKNOWN),
}


def detail_text(reading: st.Reading) -> str:
    """The last column: what the user should know about the reading now."""
    if reading.last_error and reading.state in (st.QUEUED, st.ATTENTION, st.ISSUE, st.ONGOING):
        return reading.last_error
    if reading.note:
        return reading.note
    if reading.vhr_state == "stored":
        return tr("Vehicle history report ready")
    if reading.vhr_state == "pending":
        return tr("Fetching the vehicle history report…")
    return reading.work_description or ""


def created_by_text(reading: st.Reading) -> str:
    """Who created the reading (team mode): 'Entered by anna on RECEPTION-1'; empty before."""
    if not reading.created_host and not reading.created_user:
        return ""
    text = tr("Imported by %1 on %2") if reading.origin == "import" else tr("Entered by %1 on %2")
    return text.replace("%1", reading.created_user or "?").replace("%2", reading.created_host or "?")


class ReadingsModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("CarPass", "State"),
        QT_TRANSLATE_NOOP("CarPass", "Vehicle"),
        QT_TRANSLATE_NOOP("CarPass", "Odometer"),
        QT_TRANSLATE_NOOP("CarPass", "Reading date"),
        QT_TRANSLATE_NOOP("CarPass", "Type"),
        QT_TRANSLATE_NOOP("CarPass", "Entered"),
        QT_TRANSLATE_NOOP("CarPass", "Request GUID"),
        QT_TRANSLATE_NOOP("CarPass", "Details"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[st.Reading] = []

    def render(self, rows: list[st.Reading]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def header_text(self, text: str) -> str:
        return tr(text)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                state_label(r.state),
                r.vehicle,
                km(r.odometer),
                wire_date(r.reading_date),
                type_label(r.observation_type),
                local_time(r.created_at),
                r.request_guid or "",
                detail_text(r),
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 0:
            return chip_colors(state_palette(r.state))[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return created_by_text(r) or None
        if role == Qt.ItemDataRole.ToolTipRole and col in (6, 7):
            return (r.request_guid, detail_text(r))[col == 7] or None
        if role == Qt.ItemDataRole.BackgroundRole and r.state in st.NEEDS_USER_STATES:
            return QColor("#fff8e1")
        return None


class ReadingsView(QWidget):
    """The list; ``sig_request_vhr(vin)`` asks the entry form for a VHR of the selected car."""

    sig_request_vhr = Signal(str)
    sig_show_vhr = Signal(int)
    sig_selected = Signal(int)
    sig_import_history = Signal()
    sig_record_outcome = Signal(int, str)  # reading id, registered / not_registered

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.all_rows: list[st.Reading] = []
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.summary = QLabel()
        self.summary.setAccessibleName("Readings summary")
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show readings")
        for key in FILTERS:
            self.filter.addItem(tr(key), key)
        self.filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.copy_button = QPushButton(tr("Copy GUID"))
        self.copy_button.setAccessibleName("Copy GUID")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.vhr_button = QPushButton(tr("Request VHR…"))
        self.vhr_button.setAccessibleName("Request VHR")
        self.vhr_button.setToolTip(
            tr("Start a vehicle history report request for this vehicle with today's odometer reading")
        )
        self.vhr_button.clicked.connect(self._on_vhr_clicked)
        # defect 1: a reading "sent earlier, outcome unknown" is checked by the user in the
        # Car-Pass portal; he records here what he found
        self.outcome_button = QPushButton(tr("Record what you found…"))
        self.outcome_button.setAccessibleName("Record outcome")
        self.outcome_button.setToolTip(
            tr(
                "For a reading sent earlier whose outcome is unknown: "
                "record what the Car-Pass portal or helpdesk says"
            )
        )
        self.outcome_button.clicked.connect(self._on_outcome_clicked)
        self.outcome_box: QMessageBox | None = None
        self.import_button = QPushButton(tr("Import earlier readings…"))
        self.import_button.setAccessibleName("Import earlier readings")
        self.import_button.setToolTip(
            tr(
                "Add readings from another system (CSV) to the history "
                "the prechecks use; they are not sent to Car-Pass"
            )
        )
        self.import_button.clicked.connect(self.sig_import_history.emit)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        top.addWidget(self.copy_button)
        top.addWidget(self.vhr_button)
        top.addWidget(self.outcome_button)
        top.addWidget(self.import_button)
        self.model = ReadingsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Readings")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((115, 165, 88, 82, 135, 118, 270)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty = EmptyState(
            tr(
                "No readings yet.\nEnter the odometer reading of a vehicle in "
                "the workshop on the left: it is checked, stored and sent to "
                "Car-Pass, and you can follow it here."
            )
        )
        self.detail = QLabel()
        self.detail.setAccessibleName("Reading details")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setText(tr("Select a reading to see its Car-Pass requests and issues."))
        detail_box = QGroupBox(tr("Selected reading"))
        dl = QVBoxLayout(detail_box)
        dl.addWidget(self.detail)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.empty)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    def show_data(self, rows: list[st.Reading], counts: dict[str, int]) -> None:
        self.all_rows = rows
        processed, following = (
            counts.get(st.PROCESSED, 0),
            sum(counts.get(s, 0) for s in (st.ONGOING, st.REVIEWING, st.UNKNOWN)),
        )
        waiting = counts.get(st.QUEUED, 0) + counts.get(st.CORRECTING, 0) + counts.get(st.CONFIRMING, 0)
        parts = [tr("%1 processed").replace("%1", str(processed))]
        if following:
            parts.append(tr("%1 being validated").replace("%1", str(following)))
        if waiting:
            parts.append(tr("%1 waiting to send").replace("%1", str(waiting)))
        problems = sum(counts.get(s, 0) for s in st.NEEDS_USER_STATES)
        if problems:
            parts.append(tr("%1 with an issue").replace("%1", str(problems)))
        self.summary.setText(" · ".join(parts))
        self._apply_filter()

    def _apply_filter(self) -> None:
        selected = self.selected()
        states = FILTERS[self.filter.currentData()]
        rows = [r for r in self.all_rows if states is None or r.state in states]
        self.model.render(rows)
        self.stack.setCurrentWidget(self.split if rows or self.all_rows else self.empty)
        if selected is not None:
            for i, r in enumerate(rows):
                if r.id == selected.id:
                    self.table.selectRow(i)
        self._update_buttons()

    def selected(self) -> st.Reading | None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.model.rows):
            return self.model.rows[rows[0].row()]
        return None

    def _on_selection_changed(self, *args) -> None:
        self._update_buttons()
        r = self.selected()
        if r is not None:
            self.sig_selected.emit(r.id)

    def render_detail(
        self, reading: st.Reading, requests: list[dict], issues: list[st.IssueRow], language: str
    ) -> None:
        """The selected reading: values, work, notes, its requestGuids and issues."""
        lines = [
            f"<b>{reading.vehicle}</b> · {km(reading.odometer)} · "
            f"{wire_date(reading.reading_date)} · {type_label(reading.observation_type)}"
            f" — <b>{state_label(reading.state)}</b>"
        ]
        who = created_by_text(reading)
        if who:
            lines.append(f"{who} · {local_time(reading.created_at)}")
        if reading.work_description:
            lines.append(tr("Work: %1").replace("%1", reading.work_description))
        for text in (reading.note, reading.last_error if reading.state not in (st.PROCESSED,) else None):
            if text:
                lines.append(f"<i>{text}</i>")
        if reading.original:
            lines.append(tr("Corrected; first sent as: %1").replace("%1", reading.original))
        for req in requests:
            lines.append(
                f"{request_kind_label(req['kind'])} · <code>{req['guid']}</code> · "
                f"{local_time(req['received_at'])} · {req.get('status_text') or req['status']}"
            )
        issue_word, type_word = tr("Issue"), tr("type")  # lupdate does not look into f-strings
        for issue in issues:
            lines.append(
                f"{issue_word} {issue.number or ''} ({type_word} {issue.type}, "
                f"{issue_state_label(issue.state)}): {issue.text(language)}"
            )
        self.detail.setText("<br>".join(lines))

    def _update_buttons(self) -> None:
        r = self.selected()
        self.copy_button.setEnabled(bool(r and r.request_guid))
        self.vhr_button.setEnabled(bool(r and r.vin))
        self.outcome_button.setVisible(any(row.state == st.OUTCOME_UNKNOWN for row in self.all_rows))
        self.outcome_button.setEnabled(bool(r and r.state == st.OUTCOME_UNKNOWN))

    def _on_outcome_clicked(self) -> None:
        r = self.selected()
        if r is None or r.state != st.OUTCOME_UNKNOWN:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("What did Car-Pass say?"),
            tr(
                "%1 with %2 on %3 was sent earlier, but its answer was lost. Check it in the "
                "Car-Pass portal or with the helpdesk, then record what you found."
            )
            .replace("%1", r.vehicle)
            .replace("%2", km(r.odometer))
            .replace("%3", wire_date(r.reading_date)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        registered = box.addButton(tr("Registered"), QMessageBox.ButtonRole.AcceptRole)
        registered.setAccessibleName("Outcome registered")
        missing = box.addButton(tr("Not registered"), QMessageBox.ButtonRole.RejectRole)
        missing.setAccessibleName("Outcome not registered")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName("Record outcome")

        def clicked(button, rid=r.id):
            if button is registered:
                self.sig_record_outcome.emit(rid, st.OUTCOME_REGISTERED)
            elif button is missing:
                self.sig_record_outcome.emit(rid, st.OUTCOME_NOT_REGISTERED)

        box.buttonClicked.connect(clicked)
        self.outcome_box = box
        box.open()

    def _on_copy_clicked(self) -> None:
        r = self.selected()
        if r and r.request_guid:
            QGuiApplication.clipboard().setText(r.request_guid)

    def _on_vhr_clicked(self) -> None:
        r = self.selected()
        if r and r.vin:
            self.sig_request_vhr.emit(r.vin)

    def _on_table_double_clicked(self, index) -> None:
        r = self.model.rows[index.row()]
        if r.observation_type == ObservationType.VEHICLE_HISTORY_DOCUMENT.value:
            self.sig_show_vhr.emit(r.id)
