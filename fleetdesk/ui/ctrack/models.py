"""The Live map's vehicle table model, its search filter, and shared texts and colours.

The model updates *incrementally*: a tick where 40 vehicles moved emits ``dataChanged`` for
those rows only, never a reset (the map's own models are in ``ctrack_markers``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import cast

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from fleetdesk.ctrack.rules import ago, vehicle_state
from fleetdesk.ctrack.store import FleetRow
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.qtfix import guard_none_refcount
from fleetdesk.ui.widgets.table_model import ColumnsModel

guard_none_refcount()  # these models emit dataChanged on every update; see fleetdesk.ui.qtfix

STATE_COLORS = {
    "moving": "#2e7d32",
    "idling": "#ef8f00",
    "off": "#1565c0",
    "stale": "#8d8d8d",
    "unknown": "#bdbdbd",
}
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


def tr_live(text: str, n: int = -1) -> str:
    """Translate in the "LiveMap" context. lupdate does not see calls of this wrapper: literals
    are marked where they are declared (QT_TRANSLATE_NOOP, or a literal translate() call)."""
    return QCoreApplication.translate("LiveMap", text, None, n)


STATE_LABELS = {
    "moving": QT_TRANSLATE_NOOP("LiveMap", "Moving"),
    "idling": QT_TRANSLATE_NOOP("LiveMap", "Idling"),
    "off": QT_TRANSLATE_NOOP("LiveMap", "Ignition off"),
    "stale": QT_TRANSLATE_NOOP("LiveMap", "Not reporting"),
    "unknown": QT_TRANSLATE_NOOP("LiveMap", "No position"),
}


def state_label(state: str) -> str:
    return tr_live(STATE_LABELS[state]) if state in STATE_LABELS else state


def state_count(state: str, n: int) -> str:
    """'14 moving', '1 not reporting': count and state in one plural message, so every language
    chooses its own word order, agreement and capitals."""
    if state == "moving":
        return QCoreApplication.translate("LiveMap", "%n moving", None, n)
    if state == "idling":
        return QCoreApplication.translate("LiveMap", "%n idling", None, n)
    if state == "off":
        return QCoreApplication.translate("LiveMap", "%n ignition off", None, n)
    if state == "stale":
        return QCoreApplication.translate("LiveMap", "%n not reporting", None, n)
    if state == "unknown":
        return QCoreApplication.translate("LiveMap", "%n no position", None, n)
    return f"{n} {state}"


def vehicles_text(n: int) -> str:
    """'25 vehicles' (the fleet summary and the cluster tooltips)."""
    return QCoreApplication.translate("LiveMap", "%n vehicles", None, n)


def ago_text(t: float | None, now: float) -> str:
    """'3 min ago' (translated, with plurals); '—' when never."""
    if t is None:
        return "—"
    n, unit = ago(now - t)
    if unit == "s":
        return (
            QCoreApplication.translate("LiveMap", "just now")
            if n < 10
            else QCoreApplication.translate("LiveMap", "%n s ago", None, n)
        )
    if unit == "min":
        return QCoreApplication.translate("LiveMap", "%n min ago", None, n)
    if unit == "h":
        return QCoreApplication.translate("LiveMap", "%n h ago", None, n)
    return QCoreApplication.translate("LiveMap", "%n d ago", None, n)


_DOTS: dict[str, QPixmap] = {}


def state_dot(state: str) -> QPixmap:
    """A small filled circle in the state's colour (list decoration), made once per state."""
    dot = _DOTS.get(state)
    if dot is None:
        dot = QPixmap(12, 12)
        dot.fill(QColor(0, 0, 0, 0))
        painter = QPainter(dot)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("white"))
        painter.setBrush(QColor(STATE_COLORS.get(state, "#bdbdbd")))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _DOTS[state] = dot
    return dot


def local_time(t: float | None) -> str:
    return "—" if t is None else datetime.fromtimestamp(t).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def search_text(row: FleetRow) -> str:
    """What the search box matches: plate (with and without separators), fleet number, driver, model."""
    plate = row.registration.upper()
    return " ".join(
        [
            plate,
            plate.replace("-", "").replace(" ", ""),
            row.fleet_number.upper(),
            row.driver_name.upper(),
            row.driver_id.upper(),
            row.description.upper(),
        ]
    )


# -- the vehicle table -----------------------------------------------------------------------
class FleetTableModel(ColumnsModel):
    """One row per vehicle, in a stable order; ``apply`` updates changed rows only."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("LiveMap", "Vehicle"),
        QT_TRANSLATE_NOOP("LiveMap", "State"),
        QT_TRANSLATE_NOOP("LiveMap", "Speed"),
        QT_TRANSLATE_NOOP("LiveMap", "Driver"),
        QT_TRANSLATE_NOOP("LiveMap", "Last update"),
    )
    UPDATED = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[FleetRow] = []
        self._index: dict[int, int] = {}
        self.now = 0.0
        self.stale_s = 1800.0
        self.resets = 0  # how often membership changed (tests: not on every tick)

    # -- updates --------------------------------------------------------------------------
    @staticmethod
    def diff(old: list[FleetRow], new: list[FleetRow]) -> list[int] | None:
        """Indices of changed rows, or None when vehicles came or went (pure: runs in a worker)."""
        if len(old) != len(new) or any(a.node_id != b.node_id for a, b in zip(old, new)):
            return None
        return [i for i, (a, b) in enumerate(zip(old, new)) if a != b]

    def apply(
        self,
        rows: list[FleetRow],
        now: float,
        stale_s: float,
        diff: tuple[list[FleetRow], list[int] | None] | None = None,
    ) -> list[int]:
        """Show ``rows``; returns the node ids whose data changed (all of them after a reset).

        ``diff`` = (the rows it was computed against, ``FleetTableModel.diff(...)``) lets a worker
        do the comparing; it is used only if the model still shows those rows.
        """
        time_moved = now != self.now or stale_s != self.stale_s
        self.now, self.stale_s = now, stale_s
        changed = diff[1] if diff is not None and diff[0] is self.rows else self.diff(self.rows, rows)
        if changed is None:
            self.beginResetModel()
            self.rows = list(rows)
            self._index = {r.node_id: i for i, r in enumerate(rows)}
            self.endResetModel()
            self.resets += 1
            return [r.node_id for r in rows]
        self.rows = rows
        for first, last in runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
        if time_moved and self.rows:  # "3 min ago" and staleness move with the clock
            self.dataChanged.emit(
                self.index(0, 1),
                self.index(len(self.rows) - 1, self.UPDATED),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, STATE_ROLE],
            )
        return [self.rows[i].node_id for i in changed]

    def row_of(self, node_id: int) -> int:
        return self._index.get(node_id, -1)

    def vehicle(self, node_id: int) -> FleetRow | None:
        i = self._index.get(node_id)
        return None if i is None else self.rows[i]

    def state(self, row: FleetRow) -> str:
        return vehicle_state(row.t, row.ignition, row.speed_kmh, self.now, self.stale_s)

    # -- Qt ---------------------------------------------------------------------------------
    def header_text(self, text: str) -> str:
        return tr_live(text)

    def _display(self, row, col: int) -> str:
        if col == 0:
            return row.label
        state = self.state(row)
        if col == 1:
            return state_label(state)
        if col == 2:
            return (
                "" if row.speed_kmh is None or state in ("stale", "unknown") else f"{row.speed_kmh:.0f} km/h"
            )
        if col == 3:
            return row.driver_name or row.driver_id
        return ago_text(row.t, self.now)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return state_dot(self.state(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{row.label} · {row.fleet_number} · {row.description}\n{row.location}\n{local_time(row.t)}"
            )
        if role == NODE_ROLE:
            return row.node_id
        if role == STATE_ROLE:
            return self.state(row)
        if role == SEARCH_ROLE:
            return search_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def runs(indices: Sequence[int]):
    """Contiguous (first, last) runs of sorted indices."""
    run: list[int] = []  # [first, last] of the current run
    for i in indices:
        if run and i == run[1] + 1:
            run[1] = i
        else:
            if run:
                yield run[0], run[1]
            run = [i, i]
    if run:
        yield run[0], run[1]


class FleetFilterProxy(QSortFilterProxyModel):
    """Search by plate, fleet number, driver or model. Not dynamically re-sorted: thousands of
    rows change every few seconds, and a list that reorders under the mouse is unusable."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.setFilterRole(SEARCH_ROLE)
        self._needle = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().upper()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._needle:
            return True
        model = cast(FleetTableModel, self.sourceModel())
        hay = search_text(model.rows[source_row])
        return all(word in hay for word in self._needle.split())
