"""The Live map's side panels: the searchable vehicle list and the selected vehicle's details."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from fleetdesk.ctrack.rules import STATES
from fleetdesk.ctrack.store import FleetRow
from fleetdesk.ui.ctrack.models import (
    NODE_ROLE,
    STATE_COLORS,
    FleetFilterProxy,
    FleetTableModel,
    ago_text,
    local_time,
    state_count,
    state_label,
    vehicles_text,
)
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP


def counts_html(counts: Counter, total: int, tr=None) -> str:
    """'25 vehicles  ● 14 moving  ● 2 idling …' with each dot in its state colour.
    (``tr`` is unused: the texts are plural messages of the "LiveMap" context.)"""
    parts = [f"<b>{vehicles_text(total)}</b>"]
    for state in STATES:
        if counts.get(state):
            # non-breaking inside a part ("1 zonder signaal"): the line wraps only between parts
            text = state_count(state, counts[state]).replace(" ", "&nbsp;")
            parts.append(f"<span style='color:{STATE_COLORS[state]}'>●</span>&nbsp;{text}")
    return "&nbsp; ".join(parts)


class VehicleListPanel(QWidget):
    """Search box, state counts and the vehicle table. ``sig_selected(node_id)`` on user choice."""

    sig_selected = Signal(int)
    sig_activated = Signal(int)  # Enter in the search box, or a double click: go there

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = FleetTableModel(self)
        self.proxy = FleetFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a vehicle: plate, fleet number or driver"))
        self.search.setAccessibleName("Find vehicle")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.counts = QLabel()
        self.counts.setAccessibleName("Fleet summary")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.table = QTableView()
        self.table.setAccessibleName("Vehicles")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((86, 100, 60, 104)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(lambda index: self.sig_activated.emit(int(index.data(NODE_ROLE))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)

    # -- render ------------------------------------------------------------------------------
    def show_data(
        self, rows: list[FleetRow], now: float, stale_s: float, *, diff=None, counts: Counter | None = None
    ) -> list[int]:
        """Show ``rows``; keeps the selection. Returns the node ids whose data changed.
        ``diff`` and ``counts`` may come precomputed from a worker (see FleetTableModel.apply)."""
        selected = self.selected_node()
        changed = self.model.apply(rows, now, stale_s, diff)
        if counts is None:
            counts = Counter(self.model.state(r) for r in rows)
        self.counts.setText(counts_html(counts, len(rows), self.tr))
        if selected is not None and self.selected_node() != selected:
            self.select(selected)
        return changed

    def select(self, node_id: int | None) -> None:
        """Highlight ``node_id`` (no signal: the caller already knows)."""
        self.table.blockSignals(True)
        self.table.selectionModel().blockSignals(True)
        try:
            self.table.clearSelection()
            row = self.model.row_of(node_id) if node_id is not None else -1
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.selectionModel().select(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self.table.scrollTo(index)
        finally:
            self.table.selectionModel().blockSignals(False)
            self.table.blockSignals(False)
        self.table.viewport().update()

    def selected_node(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(NODE_ROLE)) if rows else None

    def visible_nodes(self) -> list[int]:
        return [int(self.proxy.index(i, 0).data(NODE_ROLE)) for i in range(self.proxy.rowCount())]

    # -- slots -------------------------------------------------------------------------------
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if self.proxy.rowCount() == 1:  # typing a plate finds the one vehicle: select it
            node = int(self.proxy.index(0, 0).data(NODE_ROLE))
            if node != self.selected_node():
                self.select(node)
                self.sig_selected.emit(node)

    def _on_search_return_pressed(self) -> None:
        if self.proxy.rowCount():
            node = int(self.proxy.index(0, 0).data(NODE_ROLE))
            self.select(node)
            self.sig_selected.emit(node)
            self.sig_activated.emit(node)

    def _on_table_selection_changed(self, *args) -> None:
        node = self.selected_node()
        if node is not None:
            self.sig_selected.emit(node)


class DetailsPanel(QWidget):
    """Registration, fleet number, driver, speed, odometer, location, status text, last update."""

    FIELDS = (
        QT_TRANSLATE_NOOP("DetailsPanel", "Registration"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Fleet number"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Vehicle"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Driver"),
        QT_TRANSLATE_NOOP("DetailsPanel", "State"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Speed"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Odometer"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Location"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Status"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Last update"),
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self.hint = QLabel(self.tr("Select a vehicle on the map or in the list to see its details."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in self.FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(f"Vehicle {name.lower()}")
            self.values[name] = value
            form.addRow(self.tr(name), value)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #e65100;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.form)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        self.show_vehicle(None)

    def show_vehicle(self, row: FleetRow | None, state: str = "unknown", now: float = 0.0) -> None:
        self.hint.setVisible(row is None)
        self.form.setVisible(row is not None)
        if row is None:
            for value in self.values.values():
                value.setText("")
            self.warning.hide()
            return
        has_fix = row.t is not None
        colour = STATE_COLORS[state]
        texts = {
            "Registration": row.registration or f"#{row.node_id}",
            "Fleet number": row.fleet_number,
            "Vehicle": row.description,
            "Driver": row.driver_name or row.driver_id or self.tr("none reported"),
            "State": f"<span style='color:{colour}'>●</span> {state_label(state)}",
            "Speed": f"{row.speed_kmh:.0f} km/h" if has_fix and row.speed_kmh is not None else "—",
            "Odometer": f"{row.odometer_m / 1000:,.1f} km".replace(",", " ")
            if row.odometer_m is not None
            else "—",
            "Location": row.location or "—",
            "Status": row.status_text or "—",
            "Last update": f"{ago_text(row.t, now)} ({local_time(row.t)})" if has_fix else self.tr("never"),
        }
        for name, text in texts.items():
            self.values[name].setText(text)
        if row.future_fixes:
            self.warning.setText(
                self.tr(
                    "%n position(s) ignored: this unit's clock is ahead, so its times cannot be trusted.",
                    "",
                    row.future_fixes,
                )
            )
        self.warning.setVisible(bool(row.future_fixes))
