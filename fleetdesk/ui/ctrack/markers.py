"""The map's models: vehicle markers and clusters (``MarkerModel``), and point layers.

``MarkerModel`` updates incrementally, naming only the roles that changed, so QML moves the
existing delegate instead of recreating it; ``apply_steps`` spreads a large update over several
event-loop turns. ``marker_views`` (clustering + texts) is pure enough to run off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QAbstractListModel, QByteArray, QCoreApplication, QModelIndex, Qt

from fleetdesk.ctrack.clustering import cluster
from fleetdesk.ctrack.rules import vehicle_state
from fleetdesk.ctrack.store import FleetRow
from fleetdesk.ui.ctrack.models import STATE_COLORS, runs, state_label, vehicles_text

MAX_MARKERS = 300


class MarkerView(NamedTuple):
    key: str
    node_id: int
    latitude: float
    longitude: float
    heading: float  # -1: no heading to show
    state: str
    color: str
    label: str
    vehicle_count: int  # QML role "count" (a field "count" would shadow tuple.count)
    tooltip: str


def marker_views(
    rows: Sequence[FleetRow],
    now: float,
    stale_s: float,
    zoom: float,
    bounds: tuple[float, float, float, float] | None,
    selected: int | None,
    max_markers: int = MAX_MARKERS,
) -> list[MarkerView]:
    """Cluster the vehicles with a position for this viewport, with colours and tooltips; at
    most ``max_markers`` markers (the map's frame time grows with them).

    Pure (Qt's translate is thread-safe): the tab runs it in the worker pool.
    """
    by_node = {r.node_id: r for r in rows if r.latitude is not None and r.longitude is not None}
    points = [
        (n, r.latitude, r.longitude)
        for n, r in by_node.items()
        if r.latitude is not None and r.longitude is not None  # all of them (by_node)
    ]
    cell = 30.0  # markers are 15 px: closer than this they overlap, further apart they need no cluster
    markers = cluster(points, zoom, bounds, selected=selected, cell_px=cell)
    while len(markers) > max_markers and cell < 200:
        # too much for one frame: cluster more coarsely rather than drop frames
        cell *= 1.5
        markers = cluster(points, zoom, bounds, selected=selected, cell_px=cell, max_cluster_zoom=99)
    out = []
    for m in markers:
        if m.count == 1:
            r = by_node[m.node_id]
            state = vehicle_state(r.t, r.ignition, r.speed_kmh, now, stale_s)
            heading = r.heading if (r.heading is not None and state == "moving") else -1.0
            tip = f"{r.label} — {state_label(state)}" + (
                f", {r.speed_kmh:.0f} km/h" if state == "moving" else ""
            )
            out.append(
                MarkerView(
                    m.key,
                    m.node_id,
                    m.latitude,
                    m.longitude,
                    heading,
                    state,
                    STATE_COLORS[state],
                    r.label,
                    1,
                    tip,
                )
            )
            continue
        names = sorted(by_node[n].label for n in m.members)
        shown = names[:12]
        more = len(names) - len(shown)
        tip = (
            vehicles_text(m.count)
            + ":\n"
            + "\n".join(shown)
            + ("\n" + QCoreApplication.translate("LiveMap", "and %n more", None, more) if more else "")
        )
        out.append(
            MarkerView(m.key, 0, m.latitude, m.longitude, -1.0, "cluster", "#37474f", "", m.count, tip)
        )
    return out


_QML_ROLE_NAMES = {"vehicle_count": "count"}  # field -> QML role name where they differ
_MARKER_NAMES = {Qt.ItemDataRole.UserRole + 1 + i: name for i, name in enumerate(MarkerView._fields)}
_MARKER_ROLES = {
    role: QByteArray(_QML_ROLE_NAMES.get(name, name).encode()) for role, name in _MARKER_NAMES.items()
}
_MARKER_ROLE_LIST = list(_MARKER_ROLES)


class MarkerModel(QAbstractListModel):
    """What the map draws: one row per vehicle marker or cluster, keyed for incremental updates.

    ``apply`` removes vanished keys, updates moved or restyled ones in place (``dataChanged``:
    the same QML delegate moves, nothing is recreated) and appends new keys.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[MarkerView] = []
        self._index: dict[str, int] = {}
        self.counts = {"inserted": 0, "removed": 0, "changed": 0}

    def roleNames(self):
        return _MARKER_ROLES

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        name = _MARKER_NAMES.get(role)
        if name is None or not index.isValid():
            return None
        return getattr(self.items[index.row()], name)

    def apply(self, views: list[MarkerView]) -> None:
        """Show ``views`` now (all steps at once)."""
        for _ in self.apply_steps(views):
            pass

    def apply_steps(self, views: list[MarkerView], chunk: int = 10**9):
        """Show ``views`` in steps of at most ``chunk`` changed or inserted markers; yields
        between steps so the caller can let the UI breathe. After every step the model is
        consistent (partly old, partly new), so a newer update may take over at any yield."""
        new = {v.key: v for v in views}
        gone = [i for i, v in enumerate(self.items) if v.key not in new]
        for first, last in reversed(list(runs(gone))):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.items[first : last + 1]
            self.endRemoveRows()
            self.counts["removed"] += last - first + 1
        if gone:
            self._index = {v.key: i for i, v in enumerate(self.items)}
        changed: dict[tuple, list[int]] = {}
        for i, v in enumerate(self.items):
            fresh = new[v.key]
            if fresh != v:
                self.items[i] = fresh
                # name only the roles that changed: QML re-evaluates just those bindings
                roles = tuple(role for role, a, b in zip(_MARKER_ROLE_LIST, v, fresh) if a != b)
                changed.setdefault(roles, []).append(i)
        done = 0
        for roles, rows in changed.items():
            for first, last in runs(rows):
                while first <= last:
                    end = min(last, first + chunk - done - 1)
                    self.dataChanged.emit(self.index(first), self.index(end), list(roles))
                    done += end - first + 1
                    self.counts["changed"] += end - first + 1
                    first = end + 1
                    if done >= chunk:
                        done = 0
                        yield
        added = [v for v in views if v.key not in self._index]
        while added:
            part, added = added[: max(1, chunk - done)], added[max(1, chunk - done) :]
            start = len(self.items)
            self.beginInsertRows(QModelIndex(), start, start + len(part) - 1)
            self.items.extend(part)
            for i, v in enumerate(part, start):
                self._index[v.key] = i
            self.endInsertRows()
            self.counts["inserted"] += len(part)
            done = 0
            if added:
                yield

    def find(self, key: str) -> MarkerView | None:
        i = self._index.get(key)
        return None if i is None else self.items[i]


class PointView(NamedTuple):
    latitude: float
    longitude: float
    label: str
    detail: str


_POINT_ROLES = {
    Qt.ItemDataRole.UserRole + 1 + i: QByteArray(name.encode()) for i, name in enumerate(PointView._fields)
}


class PointModel(QAbstractListModel):
    """A small layer of labelled points (stops with durations, POIs); replaced as a whole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[PointView] = []

    def roleNames(self):
        return _POINT_ROLES

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        name = _POINT_ROLES.get(role)
        if name is None or not index.isValid():
            return None
        return getattr(self.items[index.row()], name.data().decode())

    def set_points(self, points: list[PointView]) -> None:
        self.beginResetModel()
        self.items = list(points)
        self.endResetModel()
