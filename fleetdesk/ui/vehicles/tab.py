"""Vehicles: every vehicle any system knows, joined by VIN (or plate), with a detail pane.

Reading and joining run off the UI thread; filtering and sorting are done by the fast proxy
(``VehicleFilterProxy``) on the UI thread, a few ms for 50,000 rows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import BadInput
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.vehicles.models import VehicleFilterProxy, VehicleTableModel
from fleetdesk.ui.widgets.save_dialog import save_csv_dialog
from fleetdesk.vehicles import service
from fleetdesk.vehicles.export import rows_csv
from fleetdesk.vehicles.join import VehicleRow
from fleetdesk.vehicles.sources import SOURCE_TITLES, ctrack_unit
from fleetdesk.vehicles.timeline import Entry, timeline

SHOW_CHOICES = (
    ("all", QT_TRANSLATE_NOOP("VehiclesTab", "All vehicles")),
    ("several", QT_TRANSLATE_NOOP("VehiclesTab", "In several systems")),
    ("single", QT_TRANSLATE_NOOP("VehiclesTab", "In one system only")),
    ("plate", QT_TRANSLATE_NOOP("VehiclesTab", "Joined by plate only")),
    ("manual", QT_TRANSLATE_NOOP("VehiclesTab", "Linked by hand")),
    ("tacho_due", QT_TRANSLATE_NOOP("VehiclesTab", "Tachograph due within 14 days")),
)


class VehiclesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = VehicleTableModel(self)
        self.proxy = VehicleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.current: VehicleRow | None = None
        self.entries: list[Entry] = []
        self.save_dialog: QFileDialog | None = None
        self._setup_ui()
        ctx.bus.sig_store_changed.connect(self.refresh)
        self.refresh()

    # -- layout -------------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        bar = self._setup_bar()
        self._setup_table()
        detail = self._setup_detail()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._render_detail(None)

    def _setup_bar(self) -> QHBoxLayout:
        """Search, what to show, the count and Export CSV."""
        self.search = QLineEdit()
        self.search.setAccessibleName("Search vehicles")
        self.search.setPlaceholderText(self.tr("Search VIN, plate, make, status or place"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.textChanged.connect(self._apply_filter)
        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName("Show vehicles")
        for key, text in SHOW_CHOICES:
            self.show_combo.addItem(self.tr(text), key)
        self.show_combo.currentIndexChanged.connect(self._apply_filter)
        self.count = QLabel()
        self.count.setAccessibleName("Vehicle count")
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAccessibleName("Export vehicles as CSV")
        self.export_button.clicked.connect(self._on_export)
        bar = QHBoxLayout()
        bar.addWidget(self.search)
        bar.addWidget(self.show_combo)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.export_button)
        return bar

    def _setup_table(self) -> None:
        self.table = QTableView()
        self.table.setAccessibleName("Vehicles table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for col, width in enumerate(
            (150, 84, 110, 300, 92, 88, 84, 70, 62, 90, 84, 74, 110, 150, 150, 150, 150)
        ):
            text = self.proxy.headerData(col, Qt.Orientation.Horizontal) or ""
            self.table.setColumnWidth(col, max(width, metrics.horizontalAdvance(text) + 28))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.proxy.modelReset.connect(self._after_reset)

    def _setup_detail(self) -> QWidget:
        """The selected vehicle: its facts, its timeline, and linking or separating records."""
        self.title = QLabel()
        self.title.setAccessibleName("Vehicle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setAccessibleName("Vehicle facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline = QListWidget()
        self.timeline.setAccessibleName("Vehicle timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(3)
        self.timeline.setToolTip(self.tr("Double-click an entry to open the tab where it lives"))
        self.timeline.itemActivated.connect(self._on_entry_activated)
        self.link_edit = QLineEdit()
        self.link_edit.setAccessibleName("Link with VIN or plate")
        self.link_edit.setPlaceholderText(self.tr("VIN or plate of the same vehicle"))
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.setAccessibleName("Link vehicles")
        self.link_button.clicked.connect(self._on_link)
        self.member_combo = QComboBox()
        self.member_combo.setAccessibleName("Joined record")
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setAccessibleName("Unlink record")
        self.unlink_button.clicked.connect(self._on_unlink)
        self.message = QLabel()
        self.message.setAccessibleName("Vehicle message")
        self.message.setWordWrap(True)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.link_button)
        unlink_row = QHBoxLayout()
        unlink_row.addWidget(self.member_combo, 1)
        unlink_row.addWidget(self.unlink_button)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(8, 0, 0, 0)
        dl.addWidget(self.title)
        dl.addWidget(self.facts)
        dl.addWidget(QLabel(self.tr("Timeline (newest first)")))
        dl.addWidget(self.timeline, 1)
        dl.addLayout(link_row)
        dl.addLayout(unlink_row)
        dl.addWidget(self.message)
        self.detail = detail
        return detail

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fetch again; nothing once the app is shutting down (a store-changed signal can
        arrive after the task registry closed)."""
        if self.ctx.tasks.closed:
            return
        self.ctx.tasks.latest("vehicles.refresh", self.fetch())

    async def fetch(self) -> None:
        def read():
            rows = service.rows(self.ctx.runtime)
            return rows, [r.search_text() for r in rows]

        rows, search = await run_blocking(read)
        self.set_rows(rows, search)

    def set_rows(self, rows: list[VehicleRow], search: list[str] | None = None) -> None:
        keep = self.current.key if self.current else None
        first_load = not self.model.rows
        self.model.set_rows(rows, self.ctx.runtime.clock.now(), search)
        if keep:
            self.select_key(keep)
        elif first_load and rows:
            # start on a vehicle several systems know: what this view is for
            start = next((r for r in self.proxy.visible_rows() if len(r.sources) > 1), rows[0])
            self.select_key(start.key)

    def select_key(self, key: str) -> bool:
        row = self.proxy.proxy_row_of(key)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))
        return True

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.show_combo.currentData() or "all")

    def _after_reset(self) -> None:
        total, shown = len(self.model.rows), self.proxy.rowCount()
        self.count.setText(
            self.tr("%1 of %2 vehicles").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )
        if self.current is not None and not self.select_key(self.current.key):
            self._render_detail(None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.proxy.row_at(current.row())
        if self.current is None or row.key != self.current.key or not self.entries:
            self.current = row
            self._render_detail(row)
            self.ctx.tasks.latest("vehicles.detail", self._load_timeline(row))
        else:
            self.current = row
            self._render_detail(row, keep_timeline=True)

    async def _load_timeline(self, row: VehicleRow) -> None:
        unit = ctrack_unit(self.ctx.runtime.config.settings)
        entries = await self.ctx.runtime.store.aread(lambda db: timeline(db, row, ctrack_unit=unit))
        if self.current is not None and self.current.key == row.key:
            self.render_timeline(entries)

    # -- detail -------------------------------------------------------------------------------
    def _render_detail(self, row: VehicleRow | None, keep_timeline: bool = False) -> None:
        enabled = row is not None
        for w in (self.link_edit, self.link_button):
            w.setEnabled(enabled)
        if row is None:
            self.current = None
            self.title.setText(self.tr("Select a vehicle"))
            self.facts.setText(self.tr("One row per vehicle, joined by VIN, or by plate."))
            self.render_timeline([])
            self.member_combo.clear()
            self.member_combo.setEnabled(False)
            self.unlink_button.setEnabled(False)
            return
        self.title.setText(" · ".join(x for x in (row.vin or self.tr("no VIN"), row.plate, row.make) if x))
        lines = [self.tr("Systems: %1").replace("%1", ", ".join(SOURCE_TITLES[s] for s in row.sources))]
        if row.join == "plate":
            lines.append(self.tr("Joined by plate only: check it is the same vehicle, or unlink it."))
        elif row.join == "manual":
            lines.append(self.tr("Linked by hand."))
        for src, odo in row.odometers.items():
            lines.append(
                self.tr("Odometer %1: %2 km on %3")
                .replace("%1", SOURCE_TITLES[src])
                .replace("%2", f"{odo['km']:,.0f}")
                .replace("%3", odo["date"][:10])
            )
        if row.tacho_days_left is not None:
            lines.append(
                self.tr("Tachograph: %1 days to the legal limit, coverage gaps: %2")
                .replace("%1", str(row.tacho_days_left))
                .replace("%2", str(row.tacho_gaps or 0))
            )
        if row.position_place:
            lines.append(self.tr("Last position: %1").replace("%1", row.position_place))
        self.facts.setText("\n".join(lines))
        self.member_combo.clear()
        for key in row.members:
            if key != row.key:
                self.member_combo.addItem(key.split(":", 1)[1], key)
        self.member_combo.setEnabled(self.member_combo.count() > 0)
        self.unlink_button.setEnabled(self.member_combo.count() > 0)
        if not keep_timeline:
            self.render_timeline([])

    def render_timeline(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.timeline.clear()
        for e in entries:
            when = (e.at or "")[:16].replace("T", " ")
            item = QListWidgetItem(f"{when}  {SOURCE_TITLES.get(e.source, e.source)}\n{e.text}")
            item.setData(Qt.ItemDataRole.UserRole, e.tab)
            item.setToolTip(self.tr("Open in its tab"))
            self.timeline.addItem(item)
        if not entries and self.current is not None:
            self.timeline.addItem(self.tr("Nothing recorded yet"))

    def _on_entry_activated(self, item: QListWidgetItem) -> None:
        tab = item.data(Qt.ItemDataRole.UserRole)
        if tab:
            try:
                self.ctx.bus.sig_show_tab.emit(tab)
            except KeyError:
                self.message.setText(self.tr("That tab is not installed."))

    # -- link / unlink ------------------------------------------------------------------------
    def _on_link(self) -> None:
        if self.current is None:
            return
        other = self.link_edit.text().strip()
        if not other:
            self.message.setText(self.tr("Type the VIN or plate of the same vehicle first."))
            return
        self.ctx.tasks.spawn(self._link(self.current.key, other, "link"), "vehicles.link")

    def _on_unlink(self) -> None:
        if self.current is None or self.member_combo.currentData() is None:
            return
        self.ctx.tasks.spawn(
            self._link(self.current.key, self.member_combo.currentData(), "unlink"), "vehicles.unlink"
        )

    async def _link(self, key: str, other: str, kind: str) -> None:
        try:
            await run_blocking(service.set_link, self.ctx.runtime, key, other, kind)
        except BadInput as exc:
            self.message.setText(exc.message)
            return
        self.link_edit.clear()
        self.message.setText(self.tr("Linked.") if kind == "link" else self.tr("Separated."))
        self.entries = []
        await self.fetch()

    # -- export -------------------------------------------------------------------------------
    def _on_export(self) -> None:
        self.save_dialog = save_csv_dialog(
            self,
            self.tr("Export vehicles"),
            self.tr("CSV files (*.csv)"),
            "vehicles.csv",
            lambda path: self.ctx.tasks.spawn(self.export_to(Path(path)), "vehicles.export"),
        )

    async def export_to(self, path: Path) -> None:
        """Write the rows as shown (filtered and sorted) to ``path`` (temp file, then rename)."""
        text = rows_csv(self.proxy.visible_rows())

        def write() -> None:
            tmp = path.with_name(path.name + ".part")
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
                fh.flush()
                import os

                os.fsync(fh.fileno())
            tmp.replace(path)

        try:
            await run_blocking(write)
        except OSError as exc:
            self.message.setText(
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return
        self.message.setText(
            self.tr("Exported %1 vehicles to %2")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(path))
        )
