"""Small THG dialogs (opened with ``open()``, answered through ``accepted``): a UBA request
with its hold, and a new registrant."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.thg.service import HOLD_BUFFER_DAYS, WITHDRAWAL_DAYS, default_hold
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP


class UbaRequestDialog(QDialog):
    """Vehicle (chosen beforehand or from a list), year, and the optional hold."""

    def __init__(
        self,
        vehicles: list[tuple[int, str]],
        now: datetime,
        *,
        chosen: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request the THG quota from the UBA"))
        self.setAccessibleName("UBA request")
        self.vehicle = QComboBox()
        self.vehicle.setAccessibleName("UBA request vehicle")
        for vid, name in vehicles:
            self.vehicle.addItem(name, vid)
        if chosen is not None:
            self.vehicle.setCurrentIndex(max(0, self.vehicle.findData(chosen)))
        self.year = QSpinBox()
        self.year.setAccessibleName("UBA request year")
        self.year.setRange(2022, now.year + 1)
        self.year.setValue(now.year)
        self.hold_check = QCheckBox(self.tr("Hold until"))
        self.hold_check.setAccessibleName("Hold the UBA request")
        self.hold_check.setChecked(True)
        self.hold = QDateTimeEdit()
        self.hold.setAccessibleName("Hold until (UTC)")
        self.hold.setTimeZone(QTimeZone.utc())
        self.hold.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        self.hold.setCalendarPopup(True)
        self.hold.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(default_hold(now).timestamp()), QTimeZone.utc())
        )
        self.hold.setMinimumDateTime(
            QDateTime.fromSecsSinceEpoch(int(now.timestamp()) + 3600, QTimeZone.utc())
        )
        self.hold_check.toggled.connect(self.hold.setEnabled)
        note = QLabel(
            self.tr(
                "The hold keeps the request from being sent to the UBA before the "
                "vehicle's owner can no longer withdraw (%1 days) plus a buffer (%2 days). "
                "It can be set only now and never changed later; until the request is "
                "sent it can be withdrawn."
            )
            .replace("%1", str(WITHDRAWAL_DAYS))
            .replace("%2", str(HOLD_BUFFER_DAYS))
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Vehicle"), self.vehicle)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.hold_check, self.hold)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Request"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName("Send UBA request")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel UBA request")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def values(self) -> tuple[int | None, int, datetime | None]:
        hold = None
        if self.hold_check.isChecked():
            hold = datetime.fromtimestamp(self.hold.dateTime().toSecsSinceEpoch(), tz=UTC)
        return self.vehicle.currentData(), self.year.value(), hold


class RegistrantDialog(QDialog):
    FIELDS = (
        ("first_name", QT_TRANSLATE_NOOP("RegistrantDialog", "First name")),
        ("last_name_or_organization", QT_TRANSLATE_NOOP("RegistrantDialog", "Last name or organisation")),
        ("street", QT_TRANSLATE_NOOP("RegistrantDialog", "Street")),
        ("postal_code", QT_TRANSLATE_NOOP("RegistrantDialog", "Postal code")),
        ("city", QT_TRANSLATE_NOOP("RegistrantDialog", "City")),
        ("country", QT_TRANSLATE_NOOP("RegistrantDialog", "Country")),
        ("email", QT_TRANSLATE_NOOP("RegistrantDialog", "E-mail")),
        ("customer_reference", QT_TRANSLATE_NOOP("RegistrantDialog", "Your reference")),
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New vehicle registrant"))
        self.setAccessibleName("New registrant")
        self.type = QComboBox()
        self.type.setAccessibleName("Registrant type")
        self.type.addItem(self.tr("Organisation"), "organization")
        self.type.addItem(self.tr("Person"), "person")
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.type)
        self.edits: dict[str, QLineEdit] = {}
        for name, label in self.FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(f"Registrant {label.lower()}")
            self.edits[name] = edit
            form.addRow(self.tr(label), edit)
        self.edits["country"].setText("DE")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName("Create registrant")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel registrant")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {"type": self.type.currentData(), **{k: e.text() for k, e in self.edits.items()}}
