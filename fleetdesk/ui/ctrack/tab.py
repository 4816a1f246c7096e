"""The Live map tab: the map beside the vehicle list, details, trips and replay.

Data flow: the background pump commits positions; ``sig_store_changed`` makes ``fetch`` read the
fleet from the store (off the UI thread) and ``render`` update the list model incrementally;
markers are clustered for the current viewport in the worker pool and applied to the map's
model (latest wins). Selection is shared: the list, the map marker and the details follow it.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.ctrack import store as cs
from fleetdesk.ctrack.clustering import bounds_of
from fleetdesk.ctrack.rules import vehicle_state
from fleetdesk.ctrack.service import STATUS_KEY, LiveSettings
from fleetdesk.store.kv import kv_get
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.ctrack.map import FleetMapWidget
from fleetdesk.ui.ctrack.markers import PointView, marker_views
from fleetdesk.ui.ctrack.models import FleetTableModel, tr_live
from fleetdesk.ui.ctrack.trips import TripsPanel
from fleetdesk.ui.ctrack.vehicles import DetailsPanel, VehicleListPanel
from fleetdesk.ui.map_setup import DEFAULT_ATTRIBUTION, tile_cache_dir
from fleetdesk.ui.widgets.banner import Banner, EmptyState

FOLLOW_ZOOM = 14.0
MARKER_CHUNK = 20


def status_text(status: dict | None, configured: tuple[bool, str], has_rows: bool, tr) -> tuple[str, str]:
    """(text, level) for the line above the map: how live the map is, and why."""
    ok, why = configured
    if not ok:
        return tr("Ctrack is not set up: enter its username and password in Settings → Ctrack.") + (
            " " + tr("Showing the last known positions.") if has_rows else ""
        ), "warning"
    mode = (status or {}).get("mode")
    if mode == "queue":
        return tr("Live: positions arrive through the Ctrack positions queue."), "ok"
    if mode == "polling":
        return tr("Live: polling the last positions while the new positions queue starts."), "ok"
    last = (status or {}).get("last_ok_at")
    if mode == "offline":
        when = datetime.fromisoformat(last).astimezone().strftime("%H:%M") if last else tr("never")
        return tr(
            "Offline: showing the last known positions (last contact %1). Retrying automatically."
        ).replace("%1", when), "warning"
    if mode == "limited":
        return tr(
            "Ctrack is limiting requests: showing the last known positions and trying again a little later."
        ), "warning"
    if mode == "signed-out":
        return tr(
            "Ctrack refused the sign-in: check the username and password in Settings → Ctrack."
        ), "error"
    if mode == "error":
        return tr("Ctrack answered with an error: %1").replace(
            "%1", (status or {}).get("message", "")
        ), "error"
    return tr("Connecting to Ctrack…"), "info"


class LiveMapTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.selected: int | None = None
        self.now = 0.0
        self.stale_s = 1800.0
        self._fitted = False
        self._configured = (True, "")
        self._ready_tiles = (-1, 0)
        self._rendered = False
        self._setup_ui()
        ctx.bus.sig_store_changed.connect(self.refresh)
        # "3 min ago" and staleness move with the clock even when no position arrives
        self._ticker = QTimer(self)
        self._ticker.setInterval(15_000)
        self._ticker.timeout.connect(self.refresh)
        self.refresh()

    def _setup_ui(self) -> None:
        rt = self.ctx.runtime
        tile_url = rt.config.base_url("tiles")
        self.map = FleetMapWidget(
            tile_url,
            tile_cache_dir(rt.config.subdir("tile-cache"), tile_url),
            attribution=rt.config.settings.get("tiles.attribution") or DEFAULT_ATTRIBUTION,
        )
        self.map.bridge.sig_marker_clicked.connect(self._on_map_marker_clicked)
        self.map.bridge.sig_viewport_changed.connect(lambda *a: self.recluster())
        self.banner = Banner()
        self.status = QLabel()
        self.status.setAccessibleName("Live status")
        self.status.setWordWrap(True)
        self.fit_button = QPushButton(self.tr("Fit all"))
        self.fit_button.setAccessibleName("Fit all vehicles")
        self.fit_button.clicked.connect(self.fit_all)
        self.follow_button = QPushButton(self.tr("Follow"))
        self.follow_button.setAccessibleName("Follow selected vehicle")
        self.follow_button.setCheckable(True)
        self.follow_button.toggled.connect(self._on_follow_toggled)
        self.pois_box = QCheckBox(self.tr("Points of interest"))
        self.pois_box.setAccessibleName("Show points of interest")
        self.pois_box.toggled.connect(self._on_pois_toggled)
        self.options_button = QPushButton(self.tr("Options…"))
        self.options_button.setAccessibleName("Live map options")
        self.options_button.clicked.connect(self._on_options_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.pois_box)
        bar.addWidget(self.options_button)
        bar.addWidget(self.follow_button)
        bar.addWidget(self.fit_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.banner)
        if self.map.problem:
            left_layout.addWidget(
                EmptyState(self.tr("The map cannot be shown: %1").replace("%1", self.map.problem)), 1
            )
        else:
            left_layout.addWidget(self.map, 1)

        self.vehicles = VehicleListPanel()
        self.vehicles.sig_selected.connect(lambda node: self.select(node, source="list"))
        self.vehicles.sig_activated.connect(self._on_vehicles_activated)
        self.details = DetailsPanel()
        self.trips = TripsPanel(self.ctx, self.map)
        # looking at history: stop chasing the live position (the replay follows on its own)
        self.trips.sig_showing_history.connect(lambda: self.follow_button.setChecked(False))
        self.pages = QTabWidget()
        self.pages.setAccessibleName("Vehicle pages")
        self.pages.addTab(self.details, self.tr("Details"))
        self.pages.addTab(self.trips, self.tr("Trips"))
        right = QSplitter()
        right.setOrientation(right.orientation().Vertical)
        right.addWidget(self.vehicles)
        right.addWidget(self.pages)
        right.setSizes([430, 330])
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setSizes([820, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self._update_buttons()

    # -- fetch / render ----------------------------------------------------------------------
    def _latest(self, name: str, coro) -> None:
        """Start ``coro`` as task ``name`` (latest wins); nothing once the app is shutting down."""
        try:
            self.ctx.tasks.latest(name, coro)
        except RuntimeError:  # the task registry is shut down; spawn() closed the coroutine
            pass

    def refresh(self) -> None:
        if self.isVisible():  # a hidden tab catches up in showEvent
            self._latest("ctrack.refresh", self.fetch())

    async def fetch(self) -> None:
        rt = self.ctx.runtime
        settings = LiveSettings.from_settings(rt.config.settings)
        now, stale_s = rt.clock.now().timestamp(), settings.stale_minutes * 60
        shown = self.vehicles.model.rows

        def read(db):
            # the comparing and counting happen here, in the worker, not on the UI thread
            rows = cs.fleet(db)
            counts = Counter(vehicle_state(r.t, r.ignition, r.speed_kmh, now, stale_s) for r in rows)
            return rows, kv_get(db, STATUS_KEY), (shown, FleetTableModel.diff(shown, rows)), counts

        rows, status, diff, counts = await rt.store.aread(read)
        if status is None or status.get("mode") in (None, "signed-out"):
            self._configured = await run_blocking(rt.integration("ctrack").is_configured, rt)
        else:
            self._configured = (True, "")
        self.show_data(rows, status, now, stale_s, diff=diff, counts=counts)

    def show_data(
        self,
        rows: list[cs.FleetRow],
        status: dict | None,
        now: float,
        stale_s: float,
        diff=None,
        counts: Counter | None = None,
    ) -> None:
        self.now, self.stale_s = now, stale_s
        self._rendered = True
        changed = self.vehicles.show_data(rows, now, stale_s, diff=diff, counts=counts)
        # status_text's tr() literals are filed under lupdate's empty context, which the compiled
        # catalogues copy into the "LiveMap" wrapper context that tr_live asks (see packaging/i18n.py)
        text, level = status_text(status, self._configured, bool(rows), tr_live)
        if level in ("warning", "error"):
            self.banner.show_message(text, level)
            self.status.setText("")
        else:
            self.banner.hide()
            self.status.setText(text)
        if not rows:
            self.status.setText(self.status.text() + " " + self.tr("No vehicles yet."))
        if self.selected is not None:
            row = self.vehicles.model.vehicle(self.selected)
            self.details.show_vehicle(row, self.vehicles.model.state(row) if row else "unknown", now)
            self.trips.set_vehicle(row)
            if self.follow_button.isChecked() and row is not None and self.selected in changed:
                self._center_on_selected()
        if not self._fitted and any(r.latitude is not None for r in rows):
            self._fitted = True
            self.fit_all()
        self.recluster()

    def recluster(self) -> None:
        if self.map.quick is not None and self.isVisible():
            self._latest("ctrack.cluster", self._cluster())

    async def _cluster(self) -> None:
        vp = self.map.bridge.viewport
        zoom, bounds = (vp[0], vp[1:]) if vp else (11.0, None)
        views = await run_blocking(
            marker_views, self.vehicles.model.rows, self.now, self.stale_s, zoom, bounds, self.selected
        )
        # a few dozen marker changes per event-loop turn: the UI keeps drawing in between
        for _ in self.map.markers.apply_steps(views, chunk=MARKER_CHUNK):
            await asyncio.sleep(0)

    # -- selection, follow, fit ----------------------------------------------------------------
    def select(self, node_id: int | None, source: str = "api") -> None:
        """Select a vehicle everywhere: list, map marker (never in a cluster), details, trips."""
        self.selected = node_id
        self.map.bridge.set_selected(node_id)
        if source != "list":
            self.vehicles.select(node_id)
        row = self.vehicles.model.vehicle(node_id) if node_id is not None else None
        self.details.show_vehicle(row, self.vehicles.model.state(row) if row else "unknown", self.now)
        self.trips.set_vehicle(row)
        self._update_buttons()
        if (
            row is not None
            and row.latitude is not None
            and (self.follow_button.isChecked() or (source == "list" and not self._in_view(row)))
        ):
            self._center_on_selected()
        self.recluster()

    def _in_view(self, row: cs.FleetRow) -> bool:
        vp = self.map.bridge.viewport
        if not vp or row.latitude is None or row.longitude is None:
            return False
        _zoom, south, west, north, east = vp
        return south <= row.latitude <= north and west <= row.longitude <= east

    def _center_on_selected(self, zoom: float = 0.0) -> None:
        row = self.vehicles.model.vehicle(self.selected) if self.selected is not None else None
        if row is not None and row.latitude is not None and row.longitude is not None:
            self.map.center_on(row.latitude, row.longitude, zoom)

    def fit_all(self) -> None:
        self.map.fit(
            bounds_of(
                [
                    (r.latitude, r.longitude)
                    for r in self.vehicles.model.rows
                    if r.latitude is not None and r.longitude is not None
                ]
            )
        )

    def _update_buttons(self) -> None:
        self.follow_button.setEnabled(self.selected is not None)
        if self.selected is None:
            self.follow_button.setChecked(False)

    def _on_follow_toggled(self, on: bool) -> None:
        if on:
            vp = self.map.bridge.viewport
            self._center_on_selected(FOLLOW_ZOOM if not vp or vp[0] < FOLLOW_ZOOM else 0.0)

    def _on_vehicles_activated(self, node_id: int) -> None:
        self.select(node_id, source="list")
        vp = self.map.bridge.viewport
        self._center_on_selected(FOLLOW_ZOOM if not vp or vp[0] < FOLLOW_ZOOM else 0.0)

    def _on_map_marker_clicked(self, key: str) -> None:
        if key.startswith("v:"):
            self.select(int(key[2:]), source="map")
            self.pages.setCurrentWidget(self.details)
            return
        marker = self.map.markers.find(key)
        if marker is not None:  # a cluster: zoom in on it
            vp = self.map.bridge.viewport
            self.map.center_on(marker.latitude, marker.longitude, (vp[0] if vp else 10) + 2)

    def _on_options_clicked(self) -> None:
        from fleetdesk.ui.ctrack.options import LiveOptionsDialog

        self.options_dialog = LiveOptionsDialog(self.ctx, self)
        self.options_dialog.finished.connect(self.refresh)
        self.options_dialog.open()

    # -- POIs --------------------------------------------------------------------------------------
    def _on_pois_toggled(self, on: bool) -> None:
        self.map.bridge.set_pois_visible(on)
        if on and not self.map.pois.items:
            self._latest("ctrack.pois", self._fetch_pois())

    async def _fetch_pois(self) -> None:
        rt = self.ctx.runtime
        pois = await rt.store.aread(cs.pois)
        if not pois:
            from fleetdesk.core.errors import FleetDeskError
            from fleetdesk.ctrack.access import get_service

            try:
                await run_blocking(lambda: get_service(rt).refresh_pois())
            except FleetDeskError as exc:
                self.ctx.bus.sig_notice.emit(
                    self.tr("Points of interest not loaded: %1").replace("%1", str(exc))
                )
                return
            pois = await rt.store.aread(cs.pois)
        self.map.pois.set_points(
            [PointView(p.latitude, p.longitude, p.name, f"{p.category}\n{p.address}") for p in pois]
        )

    # -- visibility, screenshots ---------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._ticker.start()
        self.refresh()

    def hideEvent(self, event) -> None:
        self._ticker.stop()
        super().hideEvent(event)

    def screenshot_ready(self) -> bool:
        """True once tiles have stopped arriving and markers are drawn (``fleetdesk screenshots``)."""
        if self.map.quick is None:
            return True
        tiles = self.map.cached_tiles()
        last, stable = self._ready_tiles
        self._ready_tiles = (tiles, stable + 1 if tiles == last else 0)
        positions = any(r.latitude is not None for r in self.vehicles.model.rows)
        markers_ok = self.map.markers.rowCount() > 0 or (self._rendered and not positions)
        return tiles >= 6 and stable >= 10 and markers_ok
