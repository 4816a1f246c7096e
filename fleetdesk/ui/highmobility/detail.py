"""The selected VIN: state, what is unsent or refused, eligibility, latest odometer, timeline and
the revoke / cancel action. ``render(detail)`` takes data; the tab fetches and handles signals."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.highmobility.views import CHIP, TimelineEntry, VehicleRow
from fleetdesk.ui.highmobility.chips import StateChip
from fleetdesk.ui.highmobility.table import (
    eligible_text,
    event_text,
    local_time,
    odometer_text,
    state_text,
    tags_text,
)
from fleetdesk.ui.highmobility.timeline import Step, TimelineView
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.widgets.banner import Banner, EmptyState
from fleetdesk.ui.widgets.who import row_who


def tr(text: str) -> str:
    return QCoreApplication.translate("Clearance", text)


ACTION_TEXT = {
    "revoke": QT_TRANSLATE_NOOP("Clearance", "Revoke…"),
    "cancel": QT_TRANSLATE_NOOP("Clearance", "Cancel request…"),
    "withdraw": QT_TRANSLATE_NOOP("Clearance", "Withdraw…"),
}


@dataclass
class Detail:
    row: VehicleRow
    timeline: list[TimelineEntry] = field(default_factory=list)
    readings: list[dict] = field(default_factory=list)


def steps_of(timeline: list[TimelineEntry]) -> list[Step]:
    """Timeline entries as steps: server statuses in their chip colour, local events hollow."""
    chips = {"refused": "attention", "withdrawn": "discarded", "revoke-requested": "warning"}
    return [
        Step(
            local_time(e.at, "%Y-%m-%d %H:%M:%S"),
            event_text(e),
            " · ".join(
                t for t in (e.note, tr("by %1").replace("%1", row_who(e)) if e.created_host else "") if t
            ),
            CHIP.get(e.status, "unknown") if e.source == "server" else chips.get(e.status, "queued"),
            local=e.source == "local",
        )
        for e in timeline
    ]


class VehicleDetail(QWidget):
    sig_revoke = Signal(str, str)  # vin, action ("revoke", "cancel", "withdraw")
    sig_retry = Signal(str)
    sig_dismiss = Signal(str)
    sig_pull = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: Detail | None = None
        self._setup_ui()
        self.show_data(None)

    def _setup_ui(self) -> None:
        self.vin = QLabel()
        self.vin.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.vin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vin.setAccessibleName("Selected VIN")
        self.chip = StateChip()
        self.brand = QLabel()
        self.brand.setStyleSheet("color: palette(mid);")
        head = QHBoxLayout()
        head.addWidget(self.vin)
        head.addWidget(self.chip)
        head.addStretch(1)

        self.problem = Banner()
        self.retry_button = QPushButton(tr("Try again"))
        self.retry_button.setAccessibleName("Try again")
        self.retry_button.clicked.connect(lambda: self._emit(self.sig_retry))
        self.dismiss_button = QPushButton(tr("Dismiss"))
        self.dismiss_button.setAccessibleName("Dismiss")
        self.dismiss_button.clicked.connect(lambda: self._emit(self.sig_dismiss))
        self.problem.row.addWidget(self.retry_button)
        self.problem.row.addWidget(self.dismiss_button)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.eligibility = QLabel()
        self.eligibility.setAccessibleName("Eligibility")
        self.tags = QLabel()
        self.tags.setWordWrap(True)
        self.reason = QLabel()
        self.odometer = QLabel()
        self.odometer.setAccessibleName("Latest odometer")
        self.pull_button = QPushButton(tr("Pull data now"))
        self.pull_button.setAccessibleName("Pull vehicle data")
        self.pull_button.clicked.connect(lambda: self._emit(self.sig_pull))
        odo = QHBoxLayout()
        odo.addWidget(self.odometer, 1)
        odo.addWidget(self.pull_button)
        form.addRow(tr("Eligibility:"), self.eligibility)
        form.addRow(tr("Tags:"), self.tags)
        form.addRow(tr("Odometer:"), odo)
        self.added_by = QLabel()  # team mode: who added the VIN (hidden when nobody here did)
        self.added_by.setAccessibleName("Added by")
        self.added_by_label = QLabel(tr("Added by:"))
        form.addRow(self.added_by_label, self.added_by)
        self.reason_label = QLabel(tr("Revoked because:"))
        form.addRow(self.reason_label, self.reason)

        self.timeline = TimelineView()
        timeline_title = QLabel(tr("Timeline"))
        timeline_title.setStyleSheet("font-weight: 600; margin-top: 6px;")

        self.revoke_button = QPushButton(tr("Revoke…"))
        self.revoke_button.setAccessibleName("Revoke")
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.revoke_hint = QLabel()
        self.revoke_hint.setWordWrap(True)
        self.revoke_hint.setStyleSheet("color: palette(mid);")
        actions = QHBoxLayout()
        actions.addWidget(self.revoke_hint, 1)
        actions.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignTop)

        page = QWidget()
        inner = QVBoxLayout(page)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(head)
        inner.addWidget(self.brand)
        inner.addWidget(self.problem)
        inner.addLayout(form)
        inner.addWidget(timeline_title)
        inner.addWidget(self.timeline, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        inner.addWidget(line)
        inner.addLayout(actions)
        self.empty = EmptyState(
            tr("Select a vehicle to see its timeline, its latest odometer and to revoke its clearance.")
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty)
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- render -------------------------------------------------------------------------------
    def show_data(self, detail: Detail | None) -> None:
        self.detail = detail
        if detail is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.page)
        row = detail.row
        self.vin.setText(row.vin)
        self.chip.set_state(CHIP.get(row.state, "unknown"), state_text(row))
        self.brand.setText(
            row.brand_name
            + ("  ·  " + tr("found on the High Mobility account") if row.origin == "server" else "")
        )
        self._render_problem(row)
        note = f" — {row.eligibility_note}" if row.eligibility_note else ""
        self.eligibility.setText(eligible_text(row) + note)
        self.tags.setText(tags_text(row.tags) or tr("none"))
        if row.odometer is not None:
            self.odometer.setText(
                tr("%1, reported %2")
                .replace("%1", odometer_text(row.odometer, row.odometer_unit))
                .replace("%2", local_time(row.odometer_at))
            )
        else:
            self.odometer.setText(
                tr("no data yet") if row.status == "approved" else tr("available once approved")
            )
        self.pull_button.setEnabled(row.status == "approved" and not row.unsent)
        who = row_who(row)
        self.added_by.setText(who)
        self.added_by.setVisible(bool(who))
        self.added_by_label.setVisible(bool(who))
        self.reason.setText(row.revoke_reason or "")
        self.reason.setVisible(bool(row.revoke_reason))
        self.reason_label.setVisible(bool(row.revoke_reason))
        self.timeline.show_data(steps_of(detail.timeline))
        self._render_action(row)

    def _render_problem(self, row: VehicleRow) -> None:
        attention = row.outbox_state == "attention"
        self.retry_button.setVisible(attention)
        self.dismiss_button.setVisible(attention)
        if attention:
            self.problem.show_message(
                tr("High Mobility refused this request: %1").replace("%1", row.outbox_error or ""), "error"
            )
        elif row.state == "busy":
            self.problem.show_message(
                tr("High Mobility is still changing this clearance; FleetDesk tries again at %1.").replace(
                    "%1", local_time(row.next_attempt_at, "%H:%M:%S")
                ),
                "info",
            )
        elif row.outbox_state in ("queued", "sending") and row.outbox_error:
            self.problem.show_message(
                tr("Not sent yet (%1). It stays queued and is sent automatically.").replace(
                    "%1", row.outbox_error
                ),
                "warning",
            )
        else:
            self.problem.hide()

    def _render_action(self, row: VehicleRow) -> None:
        action = row.revoke_action()
        self.revoke_button.setText(tr(ACTION_TEXT.get(action or "revoke", "Revoke…")))
        self.revoke_button.setAccessibleName("Revoke")
        hint = ""
        enabled = action is not None
        if action == "cancel":
            hint = tr("The request is still pending: canceling stops it.")
        elif action == "revoke":
            hint = tr("Revoking ends data access at once (use it when a vehicle leaves the fleet).")
        elif action == "withdraw":
            hint = tr("This request never reached High Mobility: withdrawing just drops it.")
        elif row.state == "revoke-queued":
            hint = tr("A revoke is waiting to be sent.")
        self.revoke_button.setEnabled(enabled)
        self.revoke_hint.setText(hint)

    # -- signals ------------------------------------------------------------------------------
    def _emit(self, signal) -> None:
        if self.detail is not None:
            signal.emit(self.detail.row.vin)

    def _on_revoke_clicked(self) -> None:
        if self.detail is not None:
            action = self.detail.row.revoke_action()
            if action:
                self.sig_revoke.emit(self.detail.row.vin, action)
