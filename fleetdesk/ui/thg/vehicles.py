"""The THG vehicles view: filters, the table with status chips and inline reference editing,
a detail pane that explains the status in plain words, and the two CSV exports."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.thg.models import STATUS_EXPLANATIONS
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.thg.chips import ChipDelegate
from fleetdesk.ui.thg.vehicles_model import (
    CHANGED,
    ID,
    OWNER,
    STATUS,
    VIN,
    LocalFilter,
    VehicleRow,
    VehicleTableModel,
    status_title,
)
from fleetdesk.ui.widgets.table_view import with_empty_state

STATUS_CHOICES = [
    (QT_TRANSLATE_NOOP("VehiclesView", "All statuses"), ""),
    (QT_TRANSLATE_NOOP("VehiclesView", "Being checked"), "pending"),
    (QT_TRANSLATE_NOOP("VehiclesView", "Verified"), "verified"),
    (QT_TRANSLATE_NOOP("VehiclesView", "Not verified (any reason)"), "not_verified"),
] + [(e.title, key) for key, e in STATUS_EXPLANATIONS.items() if key.startswith("not_verified")]
translate = QCoreApplication.translate
WIDTHS = {ID: 46, STATUS: 196, 2: 84, 3: 94, 4: 92, VIN: 150, OWNER: 106, CHANGED: 116}


def detail_html(row: VehicleRow, uba: list[dict]) -> str:
    """The selected vehicle in plain words (pure; tested without a window)."""
    r = row.raw
    e = html.escape
    facts = (
        translate("VehiclesView", "Vehicle %1 · VIN %2 · %3")
        .replace("%1", str(row.id))
        .replace("%2", row.vin or translate("VehiclesView", "not read yet"))
        .replace("%3", row.owner or translate("VehiclesView", "owner not read yet"))
    )
    if r.get("vehicle_registration"):
        facts += " · " + translate("VehiclesView", "first registered %1").replace(
            "%1", r["vehicle_registration"]
        )
    parts = [f"<b>{e(row.title)}</b> — {e(row.explanation)}", e(facts)]
    if uba:
        answers = []
        for a in uba:
            outcome = (
                translate("VehiclesView", "waiting for the UBA")
                if a["confirmed"] is None
                else translate("VehiclesView", "approved")
                if a["confirmed"]
                else translate("VehiclesView", "rejected: %1").replace(
                    "%1", a["rejected_reason"] or translate("VehiclesView", "no reason given")
                )
            )
            answers.append(f"{a['year']}: {e(outcome)}")
        parts.append(e(translate("VehiclesView", "UBA:")) + " " + "; ".join(answers))
    return "<br>".join(parts)


class VehiclesView(QWidget):
    """Renders vehicle rows given by the tab; edits and exports go through ``ctx``."""

    sig_request_uba = Signal(int)  # vehicle id
    sig_submit_again = Signal(int)  # vehicle id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.uba_by_vehicle: dict[int, list[dict]] = {}
        self._setup_ui()

    def _setup_ui(self) -> None:
        filters = self._setup_filters()
        self._setup_table()
        detail_box = self._setup_detail()
        self.count = QLabel()
        self.count.setAccessibleName("Vehicle count")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_remote_button)
        bottom.addWidget(self.export_local_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([440, 100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def _setup_filters(self) -> QHBoxLayout:
        """Search, status, "changed since", and the two exports (placed at the bottom)."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search references, VIN, owner…"))
        self.search.setAccessibleName("Search vehicles")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_filter_changed)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Status filter")
        for text, key in STATUS_CHOICES:
            label = status_title(key) if key.startswith("not_verified_") else self.tr(text)
            self.status_filter.addItem(label, key)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.since_check = QCheckBox(self.tr("Changed since"))
        self.since_check.setAccessibleName("Filter by status change time")
        self.since_check.toggled.connect(self._on_filter_changed)
        self.since = QDateTimeEdit()
        self.since.setAccessibleName("Changed since")
        self.since.setToolTip(self.tr("Your local time; FleetDesk converts it to UTC for the service"))
        self.since.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.since.setCalendarPopup(True)
        self.since.setDateTime(QDateTime.currentDateTime().addDays(-7))
        self.since.dateTimeChanged.connect(self._on_filter_changed)
        self.export_remote_button = QPushButton(self.tr("Export CSV…"))
        self.export_remote_button.setAccessibleName("Export CSV from the service")
        self.export_remote_button.setToolTip(
            self.tr("The service's own export (/vehicles/export) with the status and change-time filters")
        )
        self.export_remote_button.clicked.connect(lambda: self._choose_export(remote=True))
        self.export_local_button = QPushButton(self.tr("Export this list…"))
        self.export_local_button.setAccessibleName("Export the shown vehicles")
        self.export_local_button.clicked.connect(lambda: self._choose_export(remote=False))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 2)
        filters.addWidget(self.since_check)
        filters.addWidget(self.since)
        return filters

    def _setup_table(self) -> None:
        self.model = VehicleTableModel(self)
        self.model.sig_reference_edited.connect(self._on_model_reference_edited)
        self.table = QTableView()
        self.table.setAccessibleName("THG vehicles")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(STATUS, ChipDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ID, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in WIDTHS.items():
            header.resizeSection(col, width)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.stack, self.empty = with_empty_state(
            self.table,
            self.tr(
                "No vehicles yet.\nDrop registration documents on the right: "
                "each one becomes a vehicle the THG service checks."
            ),
        )

    def _setup_detail(self) -> QWidget:
        """What the selected vehicle's status means, and what can be done with it."""
        self.detail = QLabel(self.tr("Select a vehicle to see what its status means."))
        self.detail.setAccessibleName("Vehicle details")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.uba_button = QPushButton(self.tr("Request UBA quota…"))
        self.uba_button.setAccessibleName("Request UBA quota for the vehicle")
        self.uba_button.clicked.connect(lambda: self._emit_selected(self.sig_request_uba))
        self.again_button = QPushButton(self.tr("Submit again…"))
        self.again_button.setAccessibleName("Submit the vehicle again")
        self.again_button.clicked.connect(lambda: self._emit_selected(self.sig_submit_again))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName("Delete vehicle")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.uba_button, self.again_button, self.delete_button):
            buttons.addWidget(b)
        detail_box = QWidget()
        detail_col = QVBoxLayout(detail_box)
        detail_col.setContentsMargins(4, 6, 4, 2)
        detail_col.addWidget(self.detail, 1)
        detail_col.addLayout(buttons)
        return detail_box

    # -- render ---------------------------------------------------------------------------------
    def show_data(
        self,
        rows: list[VehicleRow] | None,
        uba_by_vehicle: dict[int, list[dict]],
        changed: Sequence[VehicleRow] = (),
    ) -> None:
        """``rows``: the whole list; or None and ``changed``: only these rows are new."""
        self.uba_by_vehicle = uba_by_vehicle
        if rows is not None or changed:
            selected = self.selected()
            if rows is not None:
                self.model.render(rows)
            else:
                self.model.merge(list(changed))
            self.stack.setCurrentWidget(self.table if self.model.rows else self.empty)
            if selected is not None:
                self.select_vehicle(selected.id)
        self._update_count()
        self._on_selection_changed()

    def current_filter(self) -> LocalFilter:
        since = None
        if self.since_check.isChecked():
            since = self.since.dateTime().toUTC().toString("yyyy-MM-ddTHH:mm:ss") + "Z"
        return LocalFilter(self.status_filter.currentData() or "", since, self.search.text())

    def _on_filter_changed(self, *args) -> None:
        self.since.setEnabled(self.since_check.isChecked())
        self.model.set_filter(self.current_filter())
        self._update_count()
        self._on_selection_changed()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.rows)
        text = (
            self.tr("%1 vehicles").replace("%1", f"{total:,}")
            if shown == total
            else self.tr("%1 of %2 vehicles shown").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )
        waiting = sum(1 for r in self.model.rows if r.pending)
        if waiting:
            text += " · " + self.tr("%1 reference edits waiting to be sent").replace("%1", str(waiting))
        self.count.setText(text)

    def selected(self) -> VehicleRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_vehicle(self, vehicle_id: int) -> bool:
        for i, index in enumerate(self.model.visible):
            if self.model.rows[index].id == vehicle_id:
                self.table.selectRow(i)
                return True
        return False

    def _on_selection_changed(self, *args) -> None:
        row = self.selected()
        if row is None:
            self.detail.setText(
                self.tr(
                    "Select a vehicle to see what its status means. Double-click a reference to change it."
                )
            )
        else:
            self.detail.setText(detail_html(row, self.uba_by_vehicle.get(row.id, [])))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.uba_button.setEnabled(row is not None and row.status in ("pending", "verified"))
        self.again_button.setEnabled(row is not None and row.status.startswith("not_verified"))
        self.delete_button.setEnabled(row is not None)

    def _emit_selected(self, signal) -> None:
        row = self.selected()
        if row is not None:
            signal.emit(row.id)

    # -- actions ------------------------------------------------------------------------------
    def _on_model_reference_edited(self, vehicle_id: int, name: str, value: str) -> None:
        self.ctx.tasks.spawn(self._queue_edit(vehicle_id, name, value), name="thg.refs.edit")
        self._update_count()

    async def _queue_edit(self, vehicle_id: int, name: str, value: str) -> None:
        from fleetdesk.thg.service import ThgService

        svc = ThgService.of(self.ctx.runtime)
        await run_blocking(svc.queue_reference_edit, vehicle_id, {name: value})
        pump = self.ctx.extras.get("pump")
        if pump:
            pump.wake()

    def _on_delete_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Vehicles cannot be deleted"),
            self.tr(
                "The THG service keeps every validation request, so a vehicle cannot "
                "be deleted. If its document was wrong or unreadable, submit the "
                "document again: that creates a new vehicle."
            ),
            QMessageBox.StandardButton.Close,
            self,
        )
        again = box.addButton(self.tr("Submit again…"), QMessageBox.ButtonRole.AcceptRole)
        again.setAccessibleName("Submit again instead")
        box.setAccessibleName("Vehicles cannot be deleted")

        def finished(_result: int, v=row.id) -> None:
            if box.clickedButton() is again:
                self.sig_submit_again.emit(v)

        box.finished.connect(finished)
        self._delete_box = box
        box.open()

    def _choose_export(self, *, remote: bool) -> None:
        dialog = QFileDialog(self, self.tr("Export vehicles as CSV"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("thg-vehicles.csv")
        dialog.fileSelected.connect(lambda path: self.export_to(path, remote=remote))
        self._export_dialog = dialog
        dialog.open()

    def export_to(self, path: str, *, remote: bool) -> None:
        self.ctx.tasks.latest("thg.export", self._export(path, remote))

    async def _export(self, path: str, remote: bool) -> None:
        from fleetdesk.thg.client import VehicleFilter
        from fleetdesk.thg.export import export_local, export_remote
        from fleetdesk.thg.service import ThgService

        flt = self.current_filter()
        notice = self.ctx.bus.sig_notice.emit
        try:
            if remote:
                from fleetdesk.core.clock import parse_utc

                status = flt.status if flt.status not in ("", "not_verified") else None
                filters = VehicleFilter(
                    status=status, changed_since=parse_utc(flt.since) if flt.since else None
                )
                size = await run_blocking(
                    export_remote, ThgService.of(self.ctx.runtime).client(), path, filters
                )
                notice(
                    self.tr("Exported to %1").replace("%1", path)
                    if size
                    else self.tr("No vehicles match: nothing exported")
                )
            else:
                rows = [r.raw for r in self.model.visible_rows()]
                await run_blocking(export_local, rows, path)
                notice(
                    self.tr("Exported %1 vehicles to %2").replace("%1", str(len(rows))).replace("%2", path)
                )
        except (FleetDeskError, OSError) as exc:
            self.ctx.bus.sig_error.emit(self.tr("THG export"), str(exc))
