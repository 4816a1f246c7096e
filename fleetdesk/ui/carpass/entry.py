"""The odometer entry form: prechecks inline as the user types, warnings acknowledged, submit.

Keyboard first: a barcode scanner that types the VIN and Enter lands in the odometer field;
Enter there submits. The odometer field takes digits only (Annex 2 f). Nothing here blocks
the UI thread: prechecks and the submit run in the executor.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.carpass import hooks as carpass_hooks
from fleetdesk.carpass.models import ObservationType
from fleetdesk.carpass.overview import vehicle_hint
from fleetdesk.carpass.prechecks import Finding, ReadingEntry, Severity
from fleetdesk.carpass.settings import OPERATION_KINDS, VEHICLE_CATEGORIES
from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.ui.carpass.common import (
    TYPE_LABELS,
    category_label,
    km,
    operation_label,
    service_of,
    type_label,
    wake_pump,
    wire_date,
)
from fleetdesk.ui.widgets.banner import Banner

if TYPE_CHECKING:  # the service (and its HTTP client) is imported when the form submits
    from fleetdesk.carpass.service import SubmitResult

COLORS = {Severity.ERROR: "#b71c1c", Severity.WARNING: "#e65100", Severity.INFO: "#0d47a1"}
MARKS = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}


def findings_html(findings: list[Finding]) -> str:
    """The findings as coloured lines, errors first (already sorted by the prechecks)."""
    rows = [
        f"<div style='color:{COLORS[f.severity]}; margin-bottom:4px'>{MARKS[f.severity]} {f.message}</div>"
        for f in findings
    ]
    return "".join(rows)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EntryForm(QGroupBox):
    """Emits ``sig_submitted(reading_id)`` once a reading is safely stored and queued."""

    sig_submitted = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = service_of(ctx)
        self.findings: list[Finding] = []
        self.hook_codes: set[str] = set()  # warnings from registered hooks (odometer cross-check)
        self.last_result: SubmitResult | None = None
        self._setup_ui()

    # -- layout -------------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        self._setup_fields()
        form = self._setup_form()
        self.hint = QLabel()
        self.hint.setAccessibleName("Vehicle")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")
        self.findings_label = QLabel()
        self.findings_label.setAccessibleName("Precheck findings")
        self.findings_label.setWordWrap(True)
        self.ack = QCheckBox(self.tr("I checked the warnings: the reading is right"))
        self.ack.setAccessibleName("I checked the warnings")
        self.ack.hide()
        self.submit_button = QPushButton(self.tr("Submit reading"))
        self.submit_button.setAccessibleName("Submit reading")
        self.submit_button.setStyleSheet("QPushButton { font-weight: 600; padding: 5px 16px; }")
        self.submit_button.clicked.connect(self._on_submit_clicked)
        self.result = Banner()
        self.result.setAccessibleName("Entry result")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.ack)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        tip = QLabel(
            self.tr(
                "Tip: scan or type the VIN and press Enter, type the odometer "
                "reading and press Enter. Every reading is checked, stored on this "
                "PC first and sent to Car-Pass automatically, also after a network "
                "cut; follow it on the right."
            )
        )
        tip.setWordWrap(True)
        tip.setStyleSheet("color: palette(mid);")
        layout.addWidget(tip)
        self._connect_inputs()

    def _setup_fields(self) -> None:
        """The editors of a reading, old-timer fields (unifier, first use) hidden until needed."""
        self.setTitle(self.tr("New odometer reading"))
        self.type = QComboBox()
        self.type.setAccessibleName("Observation type")
        for value in TYPE_LABELS:
            self.type.addItem(type_label(value), value)
        self.vin = self._line("VIN", self.tr("17 characters, from the vehicle or a scan"))
        self.vin.setMaxLength(24)  # longer ones get an inline error
        self.plate = self._line("Licence plate", self.tr("or the licence plate, e.g. 1-ABC-123"))
        self.plate.setMaxLength(12)
        self.odometer = self._line("Odometer reading", self.tr("exactly as on the dashboard"))
        self.odometer.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,10}")))
        self.date = QDateEdit(to_qdate(self.svc.today()))
        self.date.setAccessibleName("Reading date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.operation = QComboBox()
        self.operation.setAccessibleName("Operation")
        for key in OPERATION_KINDS:
            self.operation.addItem(operation_label(key), key)
        self.category = QComboBox()
        self.category.setAccessibleName("Vehicle category")
        self.category.addItem(self.tr("As in the vehicle register"), None)
        for key in VEHICLE_CATEGORIES:
            self.category.addItem(category_label(key), key)
        self.country = self._line("Plate country", "BE")
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(48)
        self.work = self._line("Work description", self.tr("optional, kept with the reading"))
        self.unifier = QSpinBox()
        self.unifier.setAccessibleName("DIV unifier")
        self.unifier.setRange(0, 99)
        self.unifier.setSpecialValueText(self.tr("none"))
        self.first_use = QDateEdit()
        self.first_use.setAccessibleName("First use date")
        self.first_use.setDisplayFormat("dd/MM/yyyy")
        self.first_use.setMinimumDate(QDate(1900, 1, 1))
        self.first_use.setSpecialValueText(self.tr("unknown"))
        self.first_use.setDate(self.first_use.minimumDate())
        self.short_vin_box = QWidget()
        short = QHBoxLayout(self.short_vin_box)
        short.setContentsMargins(0, 0, 0, 0)
        short.addWidget(QLabel(self.tr("Old-timer: DIV unifier")))
        short.addWidget(self.unifier)
        short.addWidget(QLabel(self.tr("or first use")))
        short.addWidget(self.first_use, 1)
        self.short_vin_box.hide()

    def _setup_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("VIN"), self.vin)
        form.addRow("", self.short_vin_box)
        form.addRow(self.tr("Licence plate"), self.plate)
        odo = QHBoxLayout()
        odo.addWidget(self.odometer, 1)
        odo.addWidget(QLabel(self.tr("km")))
        form.addRow(self.tr("Odometer"), odo)
        form.addRow(self.tr("Reading date"), self.date)
        form.addRow(self.tr("Operation"), self.operation)
        vehicle = QHBoxLayout()
        vehicle.addWidget(self.category, 1)
        vehicle.addWidget(QLabel(self.tr("Country")))
        vehicle.addWidget(self.country)
        form.addRow(self.tr("Vehicle"), vehicle)
        form.addRow(self.tr("Work done"), self.work)
        return form

    def _connect_inputs(self) -> None:
        """Every edit re-runs the precheck (debounced); Enter moves on or submits."""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_precheck)
        for edit in (self.vin, self.plate, self.odometer, self.country):
            edit.textChanged.connect(self._on_input_changed)
        for combo in (self.type, self.operation, self.category):
            combo.currentIndexChanged.connect(self._on_input_changed)
        self.date.dateChanged.connect(self._on_input_changed)
        self.vin.textEdited.connect(lambda text: self._upper(self.vin, text))
        self.plate.textEdited.connect(lambda text: self._upper(self.plate, text))
        self.vin.returnPressed.connect(self._on_vin_return)
        self.odometer.returnPressed.connect(self._on_submit_clicked)
        # PySide6 stub gap: constructors take signal=slot keywords; the stub lists none.
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._on_submit_clicked)  # type: ignore[call-overload]
        self.setTabOrder(self.type, self.vin)
        self.setTabOrder(self.vin, self.plate)
        self.setTabOrder(self.plate, self.odometer)
        self.setTabOrder(self.odometer, self.date)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(name not in ("Plate country",))
        return edit

    @staticmethod
    def _upper(edit: QLineEdit, text: str) -> None:
        if text != text.upper():
            pos = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(pos)

    # -- the entry as typed -----------------------------------------------------------------------
    def entry(self) -> ReadingEntry:
        category = self.category.currentData()
        return ReadingEntry(
            odometer_text=self.odometer.text(),
            reading_date=from_qdate(self.date.date()),
            observation_type=ObservationType(self.type.currentData()),
            vin=self.vin.text(),
            license_plate=self.plate.text(),
            operation_kind=self.operation.currentData(),
            vehicle_category=category,
            plate_country=self.country.text().strip().upper() or None,
        )

    def extras(self) -> dict:
        unifier = self.unifier.value() or None
        first = self.first_use.date()
        return {
            "work_description": self.work.text().strip() or None,
            "unifier": unifier,
            "first_use_date": None if first == self.first_use.minimumDate() else from_qdate(first),
        }

    # -- inline prechecks --------------------------------------------------------------------------
    def _on_input_changed(self, *args) -> None:
        vin = self.vin.text().strip()
        self.short_vin_box.setVisible(0 < len(vin) < 17)
        self._debounce.start()

    def run_precheck(self) -> None:
        if self.ctx.tasks.closed:  # the debounce fired while the app shuts down
            return
        entry = self.entry()
        if not (entry.odometer_text or entry.vin or entry.license_plate):
            self.render_findings([], None)
            return
        self.ctx.tasks.latest("carpass.precheck", self._precheck(entry))

    async def _precheck(self, entry: ReadingEntry) -> None:
        store = self.ctx.runtime.store

        def work():
            findings = self.svc.precheck(entry)
            extra = carpass_hooks.extra_findings(self.ctx.runtime, entry)
            hint = store.read(lambda db: vehicle_hint(db, entry.vin_key, entry.plate_key))
            return findings + extra, {f.code for f in extra}, hint

        findings, hook_codes, hint = await run_blocking(work)
        if entry == self.entry():  # the user may have typed on meanwhile
            self.hook_codes = hook_codes
            self.render_findings(findings, hint)

    def render_findings(self, findings: list[Finding], hint) -> None:
        self.findings = findings
        untouched = not (self.odometer.text() or self.vin.text() or self.plate.text())
        if untouched:
            findings = []
        self.findings_label.setText(findings_html(findings))
        self.findings_label.setVisible(bool(findings))
        warnings = any(f.severity is Severity.WARNING for f in findings)
        self.ack.setVisible(warnings)
        if not warnings:
            self.ack.setChecked(False)
        self.hint.setText(self._hint_text(hint))

    def _hint_text(self, hint) -> str:
        if hint is None or not (hint.description or hint.readings):
            return ""
        parts = [hint.description or self.tr("Known vehicle")]
        if hint.plate and hint.vin:
            parts.append(f"{hint.vin} · {hint.plate}")
        if hint.last_km is not None:
            parts.append(
                self.tr("last reading %1 on %2")
                .replace("%1", km(hint.last_km))
                .replace("%2", wire_date(hint.last_date))
            )
        return " — ".join(parts)

    def _on_vin_return(self) -> None:
        """A scanner typed the VIN and Enter: go on to the odometer."""
        self.odometer.setFocus()
        self._debounce.start()

    # -- submit -------------------------------------------------------------------------------------
    def _on_submit_clicked(self) -> None:
        if not self.submit_button.isEnabled():
            return
        self.submit_button.setEnabled(False)
        self.ctx.tasks.spawn(self.submit(), name="carpass.submit")

    async def submit(self) -> SubmitResult | None:
        entry, extras = self.entry(), self.extras()
        shown = [f.code for f in self.findings if f.severity is Severity.WARNING]
        acknowledge = shown if self.ack.isChecked() else ()
        if self.hook_codes & set(shown) and not self.ack.isChecked():
            # a hook's warning (the odometer cross-check) is accepted like the others
            self.submit_button.setEnabled(True)
            self._ask_to_check_the_warnings()
            return None
        try:
            result = await run_blocking(self.svc.submit, entry, acknowledge=acknowledge, **extras)
        except FleetDeskError as exc:
            self.result.show_message(str(exc), "error")
            return None
        finally:
            self.submit_button.setEnabled(True)
        self.last_result = result
        if result.queued:
            if carpass_hooks.STORED:
                await run_blocking(
                    carpass_hooks.reading_stored, self.ctx.runtime, result.reading_id, entry, acknowledge
                )
            self._after_queued(result)
        else:
            hooked = [f for f in self.findings if f.code in self.hook_codes]
            self.render_findings(result.findings + hooked, None)
            if not result.sendable:
                self.result.show_message(self.tr("Not stored: correct what is marked ✖ above."), "error")
            else:
                self._ask_to_check_the_warnings()
        return result

    def _ask_to_check_the_warnings(self) -> None:
        self.ack.setVisible(True)
        self.ack.setFocus()
        self.result.show_message(
            self.tr(
                "Look at the warnings above. If the reading is right, tick “I checked the "
                "warnings” and submit again."
            ),
            "warning",
        )

    def _after_queued(self, result: SubmitResult) -> None:
        entry = self.entry()
        what = entry.vin_key or entry.plate_key or ""
        text = (
            self.tr(
                "Stored: %1, %2 on %3. It is sent to Car-Pass now, or as soon as Car-Pass can be reached."
            )
            .replace("%1", what)
            .replace("%2", km(int(entry.odometer_text)))
            .replace("%3", wire_date(entry.reading_date.isoformat()))
        )
        if result.not_before is not None:
            text += " " + self.tr("Car-Pass is in maintenance; it goes out after midnight.")
        self.result.show_message(text, "info")
        for edit in (self.vin, self.plate, self.odometer, self.work, self.country):
            edit.clear()
        self.unifier.setValue(0)
        self.first_use.setDate(self.first_use.minimumDate())
        self.date.setDate(to_qdate(self.svc.today()))
        self.ack.setChecked(False)
        self.render_findings([], None)
        self.vin.setFocus()
        wake_pump(self.ctx)
        self.sig_submitted.emit(result.reading_id)

    def prefill(self, *, vin: str = "", plate: str = "", observation_type: str | None = None) -> None:
        """Start an entry for a known vehicle (e.g. 'Request VHR' from the list)."""
        self.vin.setText(vin)
        self.plate.setText("" if vin else plate)
        if observation_type:
            self.type.setCurrentIndex(max(0, self.type.findData(observation_type)))
        self.date.setDate(to_qdate(self.svc.today()))
        self.odometer.clear()
        self.odometer.setFocus()
