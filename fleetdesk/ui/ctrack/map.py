"""The Live map widget: ``FleetMap.qml`` (a TileMap) in a QQuickWidget, driven from Python.

Python talks to QML through one ``MapBridge`` object: properties QML binds to (the selected
vehicle, the replay marker, layer visibility) and signals QML acts on (fit, centre, route).
QML talks back through the bridge's slots (a marker was clicked, the viewport changed). The
markers themselves come from a ``MarkerModel`` driving a MapItemView: no QML object is
created per update, only per marker that appears.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fleetdesk.ui.ctrack.markers import MarkerModel, PointModel, PointView
from fleetdesk.ui.map_setup import create_map_widget, map_problem

MAX_STOP_LABELS = 8


class MapBridge(QObject):
    """The one object QML and Python share (see the module docstring)."""

    selectedNodeChanged = Signal()
    replayChanged = Signal()
    poisVisibleChanged = Signal()
    # Python -> QML
    fitRequested = Signal(float, float, float, float)  # south, west, north, east
    centerRequested = Signal(float, float, float)  # lat, lon, zoom (<= 0: keep zoom)
    # PySide6 stub gap: Signal() also takes a C++ type name; the stub allows only Python types.
    routeChanged = Signal("QVariantList")  # type: ignore[arg-type]  # [[lat, lon], ...]
    # QML -> Python (re-emitted by the slots)
    sig_marker_clicked = Signal(str)
    sig_viewport_changed = Signal(float, float, float, float, float)  # zoom, south, west, north, east

    def __init__(self, parent=None):
        super().__init__(parent)
        self._selected = -1
        self._replay = {"visible": False, "lat": 0.0, "lon": 0.0, "heading": -1.0}
        self._pois = False
        self._stop_labels = True
        self.viewport: tuple[float, float, float, float, float] | None = None

    # -- properties -----------------------------------------------------------------------
    def _get_selected(self) -> int:
        return self._selected

    selectedNode = Property(int, _get_selected, notify=selectedNodeChanged)

    def set_selected(self, node_id: int | None) -> None:
        value = -1 if node_id is None else int(node_id)
        if value != self._selected:
            self._selected = value
            self.selectedNodeChanged.emit()

    replayVisible = Property(bool, lambda self: self._replay["visible"], notify=replayChanged)
    replayLat = Property(float, lambda self: self._replay["lat"], notify=replayChanged)
    replayLon = Property(float, lambda self: self._replay["lon"], notify=replayChanged)
    replayHeading = Property(float, lambda self: self._replay["heading"], notify=replayChanged)

    def set_replay(self, lat: float | None, lon: float | None = None, heading: float | None = None) -> None:
        """Show the replay marker at (lat, lon) heading ``heading``; ``None`` hides it."""
        if lat is None or lon is None:
            self._replay = {**self._replay, "visible": False}
        else:
            self._replay = {
                "visible": True,
                "lat": float(lat),
                "lon": float(lon),
                "heading": -1.0 if heading is None else float(heading),
            }
        self.replayChanged.emit()

    poisVisible = Property(bool, lambda self: self._pois, notify=poisVisibleChanged)
    stopLabelsChanged = Signal()
    stopLabels = Property(bool, lambda self: self._stop_labels, notify=stopLabelsChanged)

    def set_stop_labels(self, always: bool) -> None:
        """Show every stop's duration (few stops) or only when zoomed in (a busy day)."""
        if always != self._stop_labels:
            self._stop_labels = bool(always)
            self.stopLabelsChanged.emit()

    def set_pois_visible(self, visible: bool) -> None:
        if visible != self._pois:
            self._pois = bool(visible)
            self.poisVisibleChanged.emit()

    # -- from QML ---------------------------------------------------------------------------
    @Slot(str)
    def markerClicked(self, key: str) -> None:
        self.sig_marker_clicked.emit(key)

    @Slot(float, float, float, float, float)
    def viewportChanged(self, zoom: float, south: float, west: float, north: float, east: float) -> None:
        self.viewport = (zoom, south, west, north, east)
        self.sig_viewport_changed.emit(zoom, south, west, north, east)


class FleetMapWidget(QWidget):
    """The QML map plus its models. ``problem`` says why no map could be shown ("" if fine)."""

    def __init__(
        self, tile_url: str, cache_dir: str | Path, *, attribution: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.bridge = MapBridge(self)
        self.markers = MarkerModel(self)
        self.stops = PointModel(self)
        self.pois = PointModel(self)
        self.cache_dir = Path(cache_dir)
        self.quick: QQuickWidget | None = None
        self.problem = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        try:
            self.quick = create_map_widget(
                tile_url,
                cache_dir,
                attribution=attribution,
                qml="FleetMap.qml",
                zoom=11,
                properties={
                    "bridge": self.bridge,
                    "markerModel": self.markers,
                    "stopModel": self.stops,
                    "poiModel": self.pois,
                },
            )
        except (ValueError, RuntimeError) as exc:
            self.problem = str(exc)
            return
        self.quick.setAccessibleName("Live map")
        layout.addWidget(self.quick)

    # -- commands -----------------------------------------------------------------------------
    def fit(self, bounds: tuple[float, float, float, float] | None) -> None:
        if bounds is not None:
            self.bridge.fitRequested.emit(*bounds)

    def center_on(self, lat: float, lon: float, zoom: float = 0.0) -> None:
        self.bridge.centerRequested.emit(lat, lon, zoom)

    def set_stops(self, stops: list[PointView]) -> None:
        self.bridge.set_stop_labels(len(stops) <= MAX_STOP_LABELS)
        self.stops.set_points(stops)

    def set_route(self, points: list[tuple[float, float]]) -> None:
        self.bridge.routeChanged.emit([[lat, lon] for lat, lon in points])

    # -- state, for the tab and for tests --------------------------------------------------------
    def root_property(self, name: str):
        root = self.quick.rootObject() if self.quick else None
        return None if root is None else root.property(name)

    def current_problem(self) -> str:
        return self.problem or (map_problem(self.quick) if self.quick else "")

    def snapshot(self, what: str = "markers") -> list[dict]:
        """What QML is drawing (``markers``, ``stops``, ``pois`` or ``route``), for tests."""
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject

        root = self.quick.rootObject() if self.quick else None
        if root is None:
            return []
        text = QMetaObject.invokeMethod(root, "snapshot", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", what))
        if hasattr(text, "toVariant"):
            text = text.toVariant()
        return json.loads(cast(str, text) or "[]")

    def cached_tiles(self) -> int:
        try:
            return sum(1 for p in self.cache_dir.iterdir() if p.suffix == ".png")
        except OSError:
            return 0
