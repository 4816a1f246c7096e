"""Import earlier readings from a CSV file into the Car-Pass history, with a preview: how the
file was read (encoding, delimiter), the rows that will be imported, each refused line with its
reason, and warnings to confirm. All or nothing: Import is offered only when no line is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.ui.carpass.common import km, tr


class HistoryImportDialog(QDialog):
    sig_imported = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview = None
        self.setWindowTitle(tr("Import earlier readings"))
        self.setAccessibleName("Import earlier readings")
        self.resize(640, 480)
        self.how = QLabel(tr("Choose a CSV file with VIN (or plate), date and km."))
        self.how.setWordWrap(True)
        self.how.setAccessibleName("How the file was read")
        self.rows = QListWidget()
        self.rows.setAccessibleName("Rows to import")
        self.refused = QListWidget()
        self.refused.setAccessibleName("Refused lines")
        self.notes_label = QLabel(tr("Odometer cross-check warnings (imported all the same; check them):"))
        self.notes_label.setWordWrap(True)
        self.notes = QListWidget()
        self.notes.setAccessibleName("Cross-check warnings")
        self.confirm = QCheckBox(tr("The readings above 2,000,000 km are right"))
        self.confirm.setAccessibleName("Confirm warnings")
        self.confirm.toggled.connect(self._update)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Import result")
        self.buttons = QDialogButtonBox()
        self.choose = self.buttons.addButton(tr("Choose file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.choose.setAccessibleName("Choose file")
        self.choose.clicked.connect(self._on_choose)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName("Import")
        self.import_button.clicked.connect(self._on_import)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        close.clicked.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.how)
        col.addWidget(QLabel(tr("Rows that will be imported:")))
        col.addWidget(self.rows, 2)
        col.addWidget(QLabel(tr("Refused lines (nothing is imported while there are any):")))
        col.addWidget(self.refused, 1)
        col.addWidget(self.notes_label)
        col.addWidget(self.notes, 1)
        col.addWidget(self.confirm)
        col.addWidget(self.status)
        col.addWidget(self.buttons)
        self.notes_label.setVisible(False)
        self.notes.setVisible(False)
        self._update()

    def _on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Earlier readings (CSV)"),
            str(Path.home()),
            tr("CSV or text files (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.load(name)

    def load(self, path: str | Path) -> None:
        self.ctx.tasks.spawn(self._load(Path(path)), name="carpass.import_preview")

    async def _load(self, path: Path) -> None:
        from fleetdesk.carpass.importer import add_notes, preview_file

        self.status.setText(tr("Reading %1…").replace("%1", path.name))
        rt = self.ctx.runtime

        def read():
            preview = preview_file(path)
            return preview if preview.refused else add_notes(preview, rt)

        try:
            preview = await run_blocking(read)
        except FleetDeskError as exc:
            self.preview = None
            self.status.setText(str(exc))
            self._update()
            return
        self.show_preview(preview, path)

    def show_preview(self, preview, path: Path) -> None:
        self.preview = preview
        self.how.setText(
            tr("%1: read as %2, separated by %3.")
            .replace("%1", path.name)
            .replace("%2", preview.encoding)
            .replace(
                "%3",
                {"\t": tr("tabs"), ";": tr("semicolons"), ",": tr("commas")}.get(
                    preview.delimiter, preview.delimiter
                ),
            )
        )
        self.rows.clear()
        for r in preview.rows:
            self.rows.addItem(
                tr("line %1: %2, %3, %4")
                .replace("%1", str(r.line))
                .replace("%2", r.vin or r.plate or "")
                .replace("%3", r.day.strftime("%d/%m/%Y"))
                .replace("%4", km(r.km))
            )
        self.refused.clear()
        for r in preview.refused:
            self.refused.addItem(tr("line %1: %2").replace("%1", str(r.line)).replace("%2", r.reason))
        self.notes.clear()
        for n in preview.notes:
            self.notes.addItem(tr("line %1: %2").replace("%1", str(n.line)).replace("%2", n.reason))
        self.notes_label.setVisible(bool(preview.notes))
        self.notes.setVisible(bool(preview.notes))
        self.confirm.setChecked(False)
        self.confirm.setVisible(bool(preview.warnings))
        self.status.setText(
            tr("%1 row(s) ready, %2 line(s) refused.")
            .replace("%1", str(len(preview.rows)))
            .replace("%2", str(len(preview.refused)))
        )
        self._update()

    def _update(self) -> None:
        p = self.preview
        ok = bool(p and p.rows and not p.refused and (not p.warnings or self.confirm.isChecked()))
        self.import_button.setEnabled(ok)

    def _on_import(self) -> None:
        self.ctx.tasks.spawn(self._import(), name="carpass.import")

    async def _import(self) -> None:
        from fleetdesk.carpass.importer import import_preview, notes_imported

        rt = self.ctx.runtime
        self.import_button.setEnabled(False)
        try:
            count = await run_blocking(
                import_preview, rt.store, rt.clock, self.preview, accept_warnings=self.confirm.isChecked()
            )
        except (FleetDeskError, OSError, sqlite3.Error) as exc:  # disk full: the preview stays
            self.status.setText(str(exc))
            self._update()
            return
        await run_blocking(notes_imported, self.preview, rt)
        self.status.setText(
            tr("Imported %1 earlier reading(s) into the history (not sent to Car-Pass).").replace(
                "%1", str(count)
            )
        )
        self.preview = None
        self._update()
        self.sig_imported.emit(count)
