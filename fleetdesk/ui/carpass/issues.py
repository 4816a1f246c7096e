"""The issue inbox (Annex 2: every outstanding issue with its number, type and description),
with Correct (a dialog with inline prechecks) and Confirm (warns: it cannot be undone)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.carpass import store as st
from fleetdesk.carpass.models import ObservationType
from fleetdesk.carpass.prechecks import Finding, ReadingEntry, Severity
from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.ui.carpass.common import issue_language, km, service_of, tr, wake_pump, wire_date
from fleetdesk.ui.carpass.entry import findings_html, from_qdate, to_qdate
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.widgets.banner import Banner
from fleetdesk.ui.widgets.confirm import confirm_box
from fleetdesk.ui.widgets.table_model import ColumnsModel
from fleetdesk.ui.widgets.table_view import with_empty_state


class IssueModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("CarPass", "Problem no."),
        QT_TRANSLATE_NOOP("CarPass", "Issue type"),
        QT_TRANSLATE_NOOP("CarPass", "Description"),
        QT_TRANSLATE_NOOP("CarPass", "Vehicle"),
        QT_TRANSLATE_NOOP("CarPass", "Odometer"),
        QT_TRANSLATE_NOOP("CarPass", "Reading date"),
        QT_TRANSLATE_NOOP("CarPass", "State"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[st.IssueRow, st.Reading]] = []
        self.language = "nl"

    def render(self, rows, language: str) -> None:
        self.beginResetModel()
        self.rows, self.language = rows, language
        self.endResetModel()

    def header_text(self, text: str) -> str:
        return tr(text)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        issue, reading = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            state = tr("open") if reading.state == st.ISSUE else tr("answer on its way")
            return (
                issue.number or "—",
                issue.type,
                issue.text(self.language),
                reading.vehicle,
                km(reading.odometer),
                wire_date(reading.reading_date),
                state,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return "\n\n".join(f"{lang.upper()}: {issue.text(lang)}" for lang in ("nl", "fr", "de"))
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return tr("requestGuid %1").replace("%1", issue.request_guid)
        return None


class CorrectionDialog(QDialog):
    """New VIN, odometer and/or date for a reading with issues, checked as they are typed."""

    def __init__(
        self, ctx, reading: st.Reading, issues: Sequence[st.IssueRow] = (), parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx, self.reading = ctx, reading
        self.svc = service_of(ctx)
        self.findings: list[Finding] = []
        self.setWindowTitle(tr("Correct reading"))
        self.setAccessibleName("Correct reading")
        self.vin = QLineEdit(reading.vin or "")
        self.vin.setAccessibleName("Corrected VIN")
        self.plate = QLineEdit(reading.plate or "")
        self.plate.setAccessibleName("Corrected licence plate")
        self.odometer = QLineEdit(str(reading.odometer))
        self.odometer.setAccessibleName("Corrected odometer reading")
        self.odometer.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,7}")))
        self.date = QDateEdit(to_qdate(reading.day))
        self.date.setAccessibleName("Corrected reading date")
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.unifier = QSpinBox()
        self.unifier.setAccessibleName("Corrected DIV unifier")
        self.unifier.setRange(0, 99)
        self.unifier.setSpecialValueText(tr("none"))
        self.unifier.setValue(reading.unifier or 0)
        form = QFormLayout()
        language = issue_language(ctx)
        type_word = tr("type")  # lupdate does not look into f-strings
        said = "".join(
            f"<p><b>{i.number or ''} ({type_word} {i.type})</b> {i.text(language)}</p>" for i in issues
        )
        intro = QLabel(
            said
            + "<p>"
            + tr(
                "Change what was typed wrongly; everything else is sent "
                "again as it was. One correction closes every issue of "
                "this reading."
            )
            + "</p>"
        )
        intro.setWordWrap(True)
        intro.setAccessibleName("Issues to correct")
        form.addRow(intro)
        form.addRow(tr("VIN"), self.vin)
        form.addRow(tr("Licence plate"), self.plate)
        form.addRow(tr("Odometer (km)"), self.odometer)
        form.addRow(tr("Reading date"), self.date)
        form.addRow(tr("DIV unifier"), self.unifier)
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setAccessibleName("Correction findings")
        self.ack = QCheckBox(tr("I checked the warnings: the corrected reading is right"))
        self.ack.setAccessibleName("I checked the correction warnings")
        self.ack.hide()
        self.message = Banner()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            tr("Send correction"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setAccessibleName("Send correction")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self._on_send_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.ack)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._run_precheck)
        for edit in (self.vin, self.plate, self.odometer):
            edit.textChanged.connect(self._debounce.start)
        self.date.dateChanged.connect(self._debounce.start)

    def values(self) -> dict:
        vin, plate = self.vin.text().strip().upper(), self.plate.text().strip().upper()
        return {
            "vin": vin or None,
            "plate": None if vin else (plate or None),
            "km": self.odometer.text(),
            "reading_date": from_qdate(self.date.date()),
            "unifier": self.unifier.value() or None,
        }

    def _run_precheck(self) -> None:
        v = self.values()
        entry = ReadingEntry(
            v["km"],
            v["reading_date"],
            ObservationType(self.reading.observation_type),
            vin=v["vin"] or "",
            license_plate=v["plate"] or "",
        )
        self.ctx.tasks.latest("carpass.correction.precheck", self._precheck(entry))

    async def _precheck(self, entry: ReadingEntry) -> None:
        findings = await run_blocking(self.svc.precheck, entry, exclude_id=self.reading.id)
        self.show_findings(findings)

    def show_findings(self, findings) -> None:
        self.findings = findings
        self.findings_label.setText(findings_html(findings))
        warnings = any(f.severity is Severity.WARNING for f in findings)
        self.ack.setVisible(warnings)

    def _on_send_clicked(self) -> None:
        self.send_button.setEnabled(False)
        self.ctx.tasks.spawn(self._send(), name="carpass.correct")

    async def _send(self) -> None:
        v = self.values()
        acknowledge = (
            [f.code for f in self.findings if f.severity is Severity.WARNING] if self.ack.isChecked() else ()
        )
        try:
            result = await run_blocking(
                self.svc.correct,
                self.reading.id,
                vin=v["vin"],
                plate=v["plate"],
                km=v["km"],
                reading_date=v["reading_date"],
                unifier=v["unifier"],
                acknowledge=acknowledge,
            )
        except FleetDeskError as exc:
            self.message.show_message(getattr(exc, "message", str(exc)), "error")
            return
        finally:
            self.send_button.setEnabled(True)
        if result.queued:
            wake_pump(self.ctx)
            self.accept()
            return
        self.show_findings(result.findings)
        if result.unacknowledged:
            self.ack.setVisible(True)
            self.message.show_message(
                tr("Look at the warnings; tick the box if the corrected reading is right, then send again."),
                "warning",
            )
        else:
            self.message.show_message(tr("Not sent: correct what is marked ✖."), "error")


class IssueInbox(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = service_of(ctx)
        self.dialog: CorrectionDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.summary = QLabel()
        self.summary.setAccessibleName("Issues summary")
        self.summary.setWordWrap(True)
        self.correct_button = QPushButton(tr("Correct…"))
        self.correct_button.setAccessibleName("Correct")
        self.correct_button.clicked.connect(self._on_correct_clicked)
        self.confirm_button = QPushButton(tr("Confirm…"))
        self.confirm_button.setAccessibleName("Confirm")
        self.confirm_button.setToolTip(tr("Tell Car-Pass the data as sent is right. This cannot be undone."))
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.correct_button)
        top.addWidget(self.confirm_button)
        self.model = IssueModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Outstanding issues")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((80, 75, 330, 150, 90, 85, 105)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda *_: self._on_correct_clicked())
        self.stack, self.empty = with_empty_state(
            self.table,
            tr(
                "No outstanding Car-Pass issues.\nWhen Car-Pass questions a "
                "reading, the issue appears here with its number, type and "
                "description, to correct or confirm."
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    def show_data(self, rows: list[tuple[st.IssueRow, st.Reading]]) -> None:
        selected = self.selected()
        self.model.render(rows, issue_language(self.ctx))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        readings = {r.id for _, r in rows}
        self.summary.setText(
            tr(
                "%1 outstanding issue(s) on %2 reading(s). One correction or "
                "confirmation closes all issues of a reading."
            )
            .replace("%1", str(len(rows)))
            .replace("%2", str(len(readings)))
            if rows
            else ""
        )
        if selected is not None:
            for i, (issue, _) in enumerate(rows):
                if issue.id == selected[0].id:
                    self.table.selectRow(i)
        self._update_buttons()

    def selected(self) -> tuple[st.IssueRow, st.Reading] | None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.model.rows):
            return self.model.rows[rows[0].row()]
        return None

    def _update_buttons(self) -> None:
        pick = self.selected()
        can = pick is not None and pick[1].state == st.ISSUE
        self.correct_button.setEnabled(can)
        self.confirm_button.setEnabled(can)

    def _on_correct_clicked(self) -> None:
        pick = self.selected()
        if pick is None or pick[1].state != st.ISSUE:
            return
        issues = [i for i, r in self.model.rows if r.id == pick[1].id]
        self.dialog = CorrectionDialog(self.ctx, pick[1], issues, self)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.ctx.bus.sig_notice.emit(tr("Correction stored and queued for Car-Pass."))
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _on_confirm_clicked(self) -> None:
        pick = self.selected()
        if pick is None or pick[1].state != st.ISSUE:
            return
        reading = pick[1]
        self.confirm_box = confirm_box(
            self,
            tr("Confirm the reading?"),
            tr(
                "You tell Car-Pass that %1 with %2 on %3 is right as it was sent. Car-Pass "
                "registers it (it may check it by hand first).\n\nA confirmation cannot be undone."
            )
            .replace("%1", reading.vehicle)
            .replace("%2", km(reading.odometer))
            .replace("%3", wire_date(reading.reading_date)),
            partial(self._on_confirmed, reading.id),
            accessible_name="Confirm cannot be undone",
            confirm_text=tr("Confirm"),
        )

    def _on_confirmed(self, reading_id: int) -> None:
        self.ctx.tasks.spawn(self._confirm(reading_id), name="carpass.confirm")

    async def _confirm(self, reading_id: int) -> None:
        try:
            await run_blocking(self.svc.confirm, reading_id)
        except FleetDeskError as exc:
            self.summary.setText(getattr(exc, "message", str(exc)))
            return
        wake_pump(self.ctx)
        self.ctx.bus.sig_notice.emit(tr("Confirmation stored and queued for Car-Pass."))
