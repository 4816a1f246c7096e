"""Trips of the selected vehicle on a day, their route on the map, stops, and a replay.

Replay: a slider over the trips' driving time (stops take no replay time; they are marked on
the map with their durations), play/pause and 1x-20x. While it plays, the map follows the
replayed vehicle. ``step(seconds)`` advances it exactly (the timer calls it; tests too).
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from typing import cast

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.ctrack.clustering import bounds_of
from fleetdesk.ctrack.replay import SPEEDS, ReplayTimeline
from fleetdesk.ctrack.rules import duration_text
from fleetdesk.ctrack.service import DayTrips
from fleetdesk.ctrack.store import FleetRow
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.ctrack.map import FleetMapWidget
from fleetdesk.ui.ctrack.markers import PointView

TICK_MS = 100


def clock_text(t: float | None) -> str:
    return "—" if t is None else datetime.fromtimestamp(t).astimezone().strftime("%H:%M")


def trip_text(trip, tr) -> str:
    """'08:02–08:31 · 14.2 km · 29 min' and the from → to line."""
    km = (trip.distance_m or 0) / 1000
    span = duration_text((trip.end_t or trip.start_t) - trip.start_t)
    return (
        f"{clock_text(trip.start_t)}–{clock_text(trip.end_t)} · {km:.1f} km · {span}\n"
        f"{trip.start_location.split(';')[0]} → {trip.end_location.split(';')[0]}"
    )


class TripsPanel(QWidget):
    """Trips of the selected vehicle; ``sig_showing_history`` when a day's trips are shown."""

    sig_showing_history = Signal()

    def __init__(self, ctx: AppContext, fleet_map: FleetMapWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.map = fleet_map
        self.vehicle: FleetRow | None = None
        self.day: DayTrips | None = None
        self.timeline: ReplayTimeline | None = None
        self.position = 0.0  # replay seconds
        self._last_tick: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._setup_ui()
        self.set_vehicle(None)

    def _setup_ui(self) -> None:
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.date = QDateEdit()
        self.date.setAccessibleName("Trip day")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = self.ctx.runtime.clock.now().astimezone().date()
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.set_day(today - timedelta(days=1))
        self.show_button = QPushButton(self.tr("Show trips"))
        self.show_button.setAccessibleName("Show trips")
        self.show_button.clicked.connect(self._on_show_clicked)
        row = QHBoxLayout()
        row.addWidget(self.date, 1)
        row.addWidget(self.show_button)
        self.list = QListWidget()
        self.list.setAccessibleName("Trips")
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(mid);")

        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setAccessibleName("Play replay")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.speed = QComboBox()
        self.speed.setAccessibleName("Replay speed")
        for s in SPEEDS:
            self.speed.addItem(f"{s}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(10))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName("Replay position")
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.replay_label = QLabel("—")
        self.replay_label.setAccessibleName("Replay time")
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.speed)
        controls.addWidget(self.slider, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(controls)
        layout.addWidget(self.replay_label)

    # -- vehicle and day ------------------------------------------------------------------------
    def set_vehicle(self, row: FleetRow | None) -> None:
        if row is not None and self.vehicle is not None and row.node_id == self.vehicle.node_id:
            self.vehicle = row
            return
        self.vehicle = row
        self.clear()
        self.show_button.setEnabled(row is not None)
        self.title.setText(
            self.tr("Trips of %1").replace("%1", row.label)
            if row
            else self.tr("Select a vehicle to see its trips.")
        )

    def set_day(self, day: date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def selected_day(self) -> date:
        return cast(date, self.date.date().toPython())  # stub: toPython() -> object

    def clear(self) -> None:
        self.pause()
        self.day, self.timeline = None, None
        self.list.clear()
        self.message.setText("")
        self.map.set_route([])
        self.map.set_stops([])
        self.map.bridge.set_replay(None)
        self._update_controls()

    def _on_show_clicked(self) -> None:
        if self.vehicle is not None:
            self.ctx.tasks.latest("ctrack.trips", self.fetch(self.vehicle.node_id, self.selected_day()))

    async def fetch(self, node_id: int, day: date) -> None:
        from fleetdesk.ctrack.access import get_service

        self.message.setText(self.tr("Loading trips…"))
        rt = self.ctx.runtime
        try:
            result = await run_blocking(lambda: get_service(rt).load_day(node_id, day))
        except FleetDeskError as exc:
            self.message.setText(str(exc))
            return
        self.show_data(result)

    def show_data(self, result: DayTrips) -> None:
        self.clear()
        self.day = result
        item = QListWidgetItem(self.tr("Whole day: %n trip(s)", "", len(result.trips)))
        self.list.addItem(item)
        for trip in result.trips:
            self.list.addItem(QListWidgetItem(trip_text(trip, self.tr)))
        notes = []
        if result.offline:
            notes.append(self.tr("Ctrack could not be reached; showing what is stored."))
        if not result.trips:
            notes.append(self.tr("No trips on this day."))
        self.message.setText(" ".join(notes))
        self.sig_showing_history.emit()
        self.list.setCurrentRow(0)

    def _on_list_row_changed(self, row: int) -> None:
        """Row 0 is the whole day; any other row one trip: its route, its stops, its replay."""
        if self.day is None or row < 0:
            return
        day = self.day
        if row == 0:
            trips, points, stops = day.trips, day.points, day.stops
        else:
            trip = day.trips[row - 1]
            end = trip.end_t or trip.start_t
            trips = [trip]
            points = [p for p in day.points if trip.start_t <= p.t <= end]
            stops = [s for s in day.stops if s.end_t == trip.start_t or s.start_t == end]
        self.map.set_route([(p.latitude, p.longitude) for p in points])
        self.map.set_stops(
            [
                PointView(
                    s.latitude,
                    s.longitude,
                    duration_text(s.duration_s),
                    self.tr("Stopped %1–%2 (%3)\n%4")
                    .replace("%1", clock_text(s.start_t))
                    .replace("%2", clock_text(s.end_t))
                    .replace("%3", duration_text(s.duration_s))
                    .replace("%4", s.location),
                )
                for s in stops
            ]
        )
        self.map.fit(bounds_of([(p.latitude, p.longitude) for p in points]))
        self.timeline = ReplayTimeline(day.points, [(t.start_t, t.end_t) for t in trips if t.end_t])
        self.pause()
        self.seek(0.0)

    # -- replay ---------------------------------------------------------------------------------
    def _update_controls(self) -> None:
        ok = bool(self.timeline)
        for w in (self.play_button, self.speed, self.slider):
            w.setEnabled(ok)
        self.slider.blockSignals(True)
        self.slider.setRange(0, int(self.timeline.duration) if self.timeline else 0)
        self.slider.setValue(int(self.position))
        self.slider.blockSignals(False)

    def seek(self, seconds: float) -> None:
        """Show the replay at ``seconds`` of driving time (clamped)."""
        if not self.timeline:
            self._update_controls()
            return
        self.position = max(0.0, min(self.timeline.duration, seconds))
        frame = self.timeline.at(self.position)
        if frame is None:  # a timeline with points always has a frame
            self._update_controls()
            return
        self.map.bridge.set_replay(frame.latitude, frame.longitude, frame.heading)
        if self.play_button.isChecked():
            self.map.center_on(frame.latitude, frame.longitude)
        self.replay_label.setText(
            f"{datetime.fromtimestamp(frame.t).astimezone():%H:%M:%S} · {frame.speed_kmh:.0f} km/h"
        )
        self._update_controls()

    def speed_factor(self) -> int:
        return int(self.speed.currentData())

    def step(self, real_seconds: float) -> None:
        """Advance the replay by ``real_seconds`` of wall time at the chosen speed."""
        self.seek(self.position + real_seconds * self.speed_factor())
        if self.timeline and self.position >= self.timeline.duration:
            self.pause()

    def play(self) -> None:
        if self.timeline:
            self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    def _on_play_toggled(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        if playing and self.timeline:
            if self.position >= self.timeline.duration:
                self.position = 0.0
            self._last_tick = time.monotonic()
            self._timer.start()
            self.seek(self.position)
        else:
            self._timer.stop()

    def _on_timer_timeout(self) -> None:
        now = time.monotonic()
        elapsed = now - (self._last_tick or now)
        self._last_tick = now
        self.step(elapsed)

    def _on_slider_value_changed(self, value: int) -> None:
        self.seek(float(value))

    def hideEvent(self, event) -> None:
        self.pause()
        super().hideEvent(event)
