"""Add VINs: paste a list or import a CSV, see every row checked (and whether it is eligible),
then request clearance for the good ones. Parsing and eligibility run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import BadInput
from fleetdesk.highmobility.importing import ImportRow, parse_tags, parse_vehicles, requests_of, warnings_of
from fleetdesk.highmobility.models import Eligibility
from fleetdesk.highmobility.rules import BRANDS, ELIGIBILITY_BRANDS
from fleetdesk.highmobility.service import ClearanceService
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.widgets.table_model import ColumnsModel


def plural(n: int, one: str, many: str) -> str:
    """The singular or the plural text, both given already translated, with %n filled in (no
    English catalogue is installed for Qt's %n numerus forms)."""
    return (one if n == 1 else many).replace("%n", str(n))


AUTO_CHECK_MAX = 30  # check eligibility by itself for lists up to this size
CHECK_CHUNK = 8


def eligibility_text(row: ImportRow, answer: Eligibility | str | None) -> str:
    """What the preview's Eligible column says for ``row`` (translated in the dialog's context)."""
    if row.request is None:  # not ok
        return ""
    if row.request.brand not in ELIGIBILITY_BRANDS:
        return QCoreApplication.translate("AddVinsDialog", "not checkable for this brand")
    if answer is None:
        return ""
    if isinstance(answer, str):
        return QCoreApplication.translate("AddVinsDialog", "could not check: %1").replace("%1", answer)
    if answer.eligible:
        return QCoreApplication.translate("AddVinsDialog", "Eligible")
    return QCoreApplication.translate("AddVinsDialog", "Not eligible")


class PreviewModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("PreviewModel", "Line"),
        QT_TRANSLATE_NOOP("PreviewModel", "VIN"),
        QT_TRANSLATE_NOOP("PreviewModel", "Brand"),
        QT_TRANSLATE_NOOP("PreviewModel", "Tags"),
        QT_TRANSLATE_NOOP("PreviewModel", "Check"),
        QT_TRANSLATE_NOOP("PreviewModel", "Eligible"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ImportRow] = []
        self.eligibility: dict[str, Eligibility | str] = {}

    def render(self, rows: list[ImportRow], eligibility: dict[str, Eligibility | str]) -> None:
        self.beginResetModel()
        self.rows, self.eligibility = rows, eligibility
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        col = index.column()
        answer = self.eligibility.get(row.vin)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            brand = BRANDS.get(row.request.brand, row.brand) if row.ok else row.brand
            tags = row.request.tags if row.ok else row.tags
            check = (self.tr("OK") + (f" ({row.note})" if row.note else "")) if row.ok else row.error
            if row.ok and row.warning:
                short = (
                    self.tr("Warning: unknown brand")
                    if row.request.brand not in BRANDS
                    else self.tr("Warning: no vw-group-customer-name tag")
                )
                check = short if role == Qt.ItemDataRole.DisplayRole else row.warning
            return (
                str(row.line),
                row.vin,
                brand,
                ", ".join(f"{k}={v}" for k, v in tags.items()),
                check,
                eligibility_text(row, answer),
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 4:
                if row.ok and row.warning:
                    return QColor("#b26a00")
                return QColor("#2e7d32") if row.ok else QColor("#c62828")
            if col == 5 and isinstance(answer, Eligibility):
                return QColor("#2e7d32") if answer.eligible else QColor("#c62828")
        return None


class AddVinsDialog(QDialog):
    """Emits ``sig_submit(requests)`` when the user asks for clearance; open it with ``open()``."""

    sig_submit = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ClearanceService.of(ctx.runtime)
        self.rows: list[ImportRow] = []
        self.eligibility: dict[str, Eligibility | str] = {}
        self._checking = False
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Add vehicles for clearance"))
        self.setAccessibleName("Add VINs")
        self.resize(900, 620)
        self.paste = QPlainTextEdit()
        self.paste.setAccessibleName("VIN list")
        self.paste.setPlaceholderText(
            self.tr(
                "Paste VINs, one per line, or lines like\n"
                "WBA8E9G51HNU00001, bmw, cost-centre=North\n"
                "2HM00000000000001, sandbox, odometer=2050\n"
                "…or import a CSV with the columns VIN, brand, tags."
            )
        )
        self.paste.setMaximumHeight(140)
        self.paste.textChanged.connect(self._on_paste_text_changed)
        self.brand = QComboBox()
        self.brand.setAccessibleName("Default brand")
        self.brand.addItem(self.tr("(from each line)"), "")
        for key, name in sorted(BRANDS.items(), key=lambda kv: kv[1].lower()):
            self.brand.addItem(name, key)
        self.brand.currentIndexChanged.connect(self._on_paste_text_changed)
        self.tags = QLineEdit()
        self.tags.setAccessibleName("Tags for all")
        self.tags.setPlaceholderText(self.tr("key=value; key=value (optional)"))
        self.tags.textChanged.connect(self._on_paste_text_changed)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setAccessibleName("Import CSV")
        self.import_button.clicked.connect(self._on_import_clicked)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.brand, 1)
        row.addWidget(QLabel(self.tr("Tags for all:")))
        row.addWidget(self.tags, 2)
        row.addWidget(self.import_button)
        form.addRow(self.tr("Default brand:"), row)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Preview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        for col, width in enumerate((50, 170, 120, 200, 200)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self.tr("Nothing pasted yet."))
        self.summary.setAccessibleName("Add summary")
        self.summary.setWordWrap(True)

        self.check_button = QPushButton(self.tr("Check eligibility"))
        self.check_button.setAccessibleName("Check eligibility")
        self.check_button.clicked.connect(self._on_check_clicked)
        self.submit_button = QPushButton(self.tr("Request clearance"))
        self.submit_button.setAccessibleName("Request clearance")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._on_submit_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName("Close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.paste)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._update_buttons()

    # -- parse ------------------------------------------------------------------------------
    def _on_paste_text_changed(self, *args) -> None:
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        self.ctx.tasks.latest("hm.add.parse", self.parse())

    async def parse(self) -> None:
        """Parse and check the pasted text in a worker thread, then render the preview."""
        text, brand = self.paste.toPlainText(), self.brand.currentData() or ""
        try:
            tags = parse_tags(self.tags.text())
        except BadInput as exc:
            self.summary.setText(self.tr("Tags for all: %1").replace("%1", exc.message))
            return
        rows = await run_blocking(
            parse_vehicles,
            text,
            default_brand=brand,
            default_tags=tags,
            business_name=self.svc.business_name(),
        )
        self.show_data(rows)
        if rows and len(requests_of(rows)) <= AUTO_CHECK_MAX:
            self._on_check_clicked()

    def show_data(self, rows: list[ImportRow]) -> None:
        self.rows = rows
        self.model.render(rows, self.eligibility)
        ok = sum(1 for r in rows if r.ok)
        bad = len(rows) - ok
        text = plural(ok, self.tr("1 vehicle ready"), self.tr("%n vehicles ready"))
        if bad:
            text += " · " + plural(
                bad,
                self.tr("1 with a problem (skipped unless fixed)"),
                self.tr("%n with a problem (skipped unless fixed)"),
            )
        warned = len(warnings_of(rows))
        if warned:
            text += " · " + plural(
                warned,
                self.tr("1 with a warning (asks before sending)"),
                self.tr("%n with a warning (asks before sending)"),
            )
        checked = [a for r in rows if r.ok and isinstance(a := self.eligibility.get(r.vin), Eligibility)]
        if checked:
            text += " · " + self.tr("%1 of %2 checked are eligible").replace(
                "%1", str(sum(a.eligible for a in checked))
            ).replace("%2", str(len(checked)))
        self.summary.setText(text if rows else self.tr("Nothing pasted yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = sum(1 for r in self.rows if r.ok)
        self.submit_button.setEnabled(ok > 0)
        self.submit_button.setText(
            plural(
                ok, self.tr("Request clearance for 1 vehicle"), self.tr("Request clearance for %n vehicles")
            )
            if ok
            else self.tr("Request clearance")
        )
        self.check_button.setEnabled(ok > 0 and not self._checking)

    # -- CSV ----------------------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Import vehicles"), "", self.tr("CSV files (*.csv *.txt)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_file)
        self._file_dialog = dialog
        dialog.open()

    def import_file(self, path: str) -> None:
        """Read a CSV (off the UI thread) into the paste box and check it."""
        self.ctx.tasks.latest("hm.add.import", self._import(path))

    async def _import(self, path: str) -> None:
        try:
            text = await run_blocking(Path(path).read_text, "utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.summary.setText(self.tr("Could not read %1: %2").replace("%1", path).replace("%2", str(exc)))
            return
        self.paste.blockSignals(True)  # parse once, now, not again after the debounce
        self.paste.setPlainText(text)
        self.paste.blockSignals(False)
        await self.parse()

    # -- eligibility --------------------------------------------------------------------------
    def _on_check_clicked(self) -> None:
        pairs = [
            (r.request.vin, r.request.brand)
            for r in self.rows
            if r.request is not None  # ok
            and r.request.brand in ELIGIBILITY_BRANDS
            and r.vin not in self.eligibility
        ]
        if pairs:
            self.ctx.tasks.latest("hm.add.eligibility", self._check(pairs))

    async def _check(self, pairs: list[tuple[str, str]]) -> None:
        self._checking = True
        self._update_buttons()
        try:
            for start in range(0, len(pairs), CHECK_CHUNK):
                answers = await run_blocking(self.svc.check_many, pairs[start : start + CHECK_CHUNK])
                self.eligibility.update(answers)
                self.show_data(self.rows)
                if len(answers) < len(pairs[start : start + CHECK_CHUNK]):
                    break  # offline or not signed in: the rest would fail the same way
        finally:
            self._checking = False
            self._update_buttons()

    # -- submit -------------------------------------------------------------------------------
    def _on_submit_clicked(self) -> None:
        requests = requests_of(self.rows)
        if not requests:
            return
        warned = warnings_of(self.rows)
        if not warned:
            self._submit(requests)
            return
        lines = "\n\n".join(f"{r.vin}: {r.warning}" for r in warned[:3])
        more = len(warned) - 3
        if more > 0:
            lines += "\n" + self.tr("…and %n more").replace("%n", str(more))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Send despite the warnings?"),
            plural(len(warned), self.tr("1 vehicle has a warning:"), self.tr("%n vehicles have a warning:"))
            + "\n\n"
            + lines
            + "\n\n"
            + self.tr(
                "If High Mobility refuses them, the reason is shown and you can "
                "request them again. Send anyway?"
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        send = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        send.setAccessibleName("Send anyway")
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        back.setAccessibleName("Go back")
        box.setDefaultButton(back)
        box.setAccessibleName("Confirm warnings")
        box.buttonClicked.connect(lambda clicked, r=requests: self._submit(r) if clicked is send else None)
        self.confirm_box = box
        box.open()

    def _submit(self, requests: list) -> None:
        self.sig_submit.emit(requests)
        self.accept()

    def done(self, result: int) -> None:
        self._debounce.stop()
        for name in ("hm.add.parse", "hm.add.import", "hm.add.eligibility"):
            self.ctx.tasks.cancel(name)
        super().done(result)
