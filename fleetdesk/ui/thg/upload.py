"""Upload registration documents: drop files or a folder, see each one checked with a preview,
choose the registrant and references, queue them; then follow each upload in the queue."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.thg.chips import ChipDelegate
from fleetdesk.ui.thg.dropzone import DropZone, expand_paths
from fleetdesk.ui.thg.previews import Staged, describe_kind, placeholder, stage_file
from fleetdesk.ui.thg.queue import UploadQueueModel, batch_progress
from fleetdesk.ui.widgets.table_view import with_empty_state

ICON = 56


class UploadPanel(QWidget):
    sig_new_registrant = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.staged: list[Staged] = []
        self._setup_ui()

    def _setup_ui(self) -> None:
        title = self._setup_drop()
        self._setup_staging()
        self._setup_queue()
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.drop)
        layout.addWidget(self.staging, 3)
        layout.addWidget(QLabel(self.tr("<b>Upload queue</b>")))
        layout.addWidget(self.progress)
        layout.addWidget(self.queue_stack, 2)

    def _setup_drop(self) -> QLabel:
        """The title and the drop zone (files, a folder, or the demo documents)."""
        title = QLabel(self.tr("<b>Upload registration documents</b>"))
        self.drop = DropZone(
            self.tr(
                "Drop scans or photos of the <b>front</b> of the Fahrzeugschein "
                "here, or a whole folder (JPEG, PNG or PDF)."
            )
        )
        self.drop.sig_paths_dropped.connect(self.stage_paths)
        self.drop.sig_choose_files.connect(lambda: self._choose(folder=False))
        self.drop.sig_choose_folder.connect(lambda: self._choose(folder=True))
        self.demo_button = QPushButton(self.tr("Demo documents"))
        self.demo_button.setAccessibleName("Use the demo documents")
        self.demo_button.clicked.connect(self._on_demo_clicked)
        self.demo_button.setVisible(self.ctx.runtime.config.demo)
        self.drop.add_button(self.demo_button)
        return title

    def _setup_staging(self) -> None:
        """The staged documents: preview, list, check note, registrant and references, Upload."""
        self.preview = QLabel()
        self.preview.setAccessibleName("Document preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedHeight(150)
        self.staged_list = QListWidget()
        self.staged_list.setAccessibleName("Documents to upload")
        self.staged_list.setIconSize(QSize(ICON, ICON))
        self.staged_list.setWordWrap(True)
        self.staged_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.staged_list.currentRowChanged.connect(self._on_staged_row_changed)
        self.registrant = QComboBox()
        self.registrant.setAccessibleName("Registrant")
        self.new_registrant = QPushButton(self.tr("New…"))
        self.new_registrant.setAccessibleName("New registrant")
        self.new_registrant.clicked.connect(self.sig_new_registrant)
        reg_row = QHBoxLayout()
        reg_row.addWidget(self.registrant, 1)
        reg_row.addWidget(self.new_registrant)
        self.refs = [QLineEdit() for _ in range(3)]
        for i, edit in enumerate(self.refs, 1):
            edit.setAccessibleName(f"Upload reference {i}")
            edit.setMaxLength(255)
        self.refs[2].setPlaceholderText(self.tr("empty: FleetDesk's upload key"))
        self.refs[2].setToolTip(
            self.tr(
                "Left empty, reference 3 carries a unique key, so an upload "
                "that got no answer is found again instead of sent twice."
            )
        )
        self.ref1_from_name = QCheckBox(self.tr("file name"))
        self.ref1_from_name.setAccessibleName("Reference 1 from the file name")
        self.ref1_from_name.setChecked(True)
        self.ref1_from_name.toggled.connect(self._on_ref1_from_name_toggled)
        self._on_ref1_from_name_toggled(True)
        ref1_row = QHBoxLayout()
        ref1_row.addWidget(self.refs[0], 1)
        ref1_row.addWidget(self.ref1_from_name)
        form = QFormLayout()
        form.addRow(self.tr("Registrant"), reg_row)
        form.addRow(self.tr("Reference 1"), ref1_row)
        form.addRow(self.tr("Reference 2"), self.refs[1])
        form.addRow(self.tr("Reference 3"), self.refs[2])
        self.upload_button = QPushButton(self.tr("Upload"))
        self.upload_button.setAccessibleName("Upload documents")
        self.upload_button.setDefault(True)
        self.upload_button.clicked.connect(self._on_upload_clicked)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName("Clear documents")
        self.clear_button.clicked.connect(self.clear_staged)
        self.stage_note = QLabel()
        self.stage_note.setWordWrap(True)
        self.stage_note.setAccessibleName("Check result")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.upload_button)
        self.staging = QWidget()
        staging = QVBoxLayout(self.staging)
        staging.setContentsMargins(0, 0, 0, 0)
        staging.addWidget(self.preview)
        staging.addWidget(self.staged_list, 1)
        staging.addWidget(self.stage_note)
        staging.addLayout(form)
        staging.addLayout(buttons)
        self.staging.hide()

    def _setup_queue(self) -> None:
        """The upload queue with its progress (or its empty state)."""
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Upload progress")
        self.progress.setTextVisible(True)
        self.queue_model = UploadQueueModel(self)
        self.queue = QTableView()
        self.queue.setAccessibleName("Upload queue")
        self.queue.setModel(self.queue_model)
        self.queue.setItemDelegateForColumn(UploadQueueModel.STATE, ChipDelegate(self.queue))
        self.queue.verticalHeader().hide()
        self.queue.verticalHeader().setDefaultSectionSize(24)
        self.queue.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.queue.setAlternatingRowColors(True)
        header = self.queue.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 180), (2, 54)):
            header.resizeSection(col, width)
        self.queue_stack, self.queue_empty = with_empty_state(
            self.queue,
            self.tr("Uploads appear here with their progress: queued, uploading, being checked, verified."),
        )

    # -- render (data from the tab) ---------------------------------------------------------------
    def show_data(self, uploads: list[dict], registrants: list[dict]) -> None:
        current = self.registrant.currentData()
        self.registrant.blockSignals(True)
        self.registrant.clear()
        for r in registrants:
            name = " ".join(p for p in (r["first_name"], r["last_name_or_organization"]) if p)
            if r["remote_id"]:
                self.registrant.addItem(f"{name} ({r['remote_id']})", r["remote_id"])
        if not self.registrant.count():
            self.registrant.addItem(self.tr("No registrant yet: add one"), None)
        index = self.registrant.findData(current)
        self.registrant.setCurrentIndex(max(0, index))
        self.registrant.blockSignals(False)
        self.queue_model.render(uploads)
        self.queue_stack.setCurrentWidget(self.queue if uploads else self.queue_empty)
        done, total, attention = batch_progress(uploads)
        self.progress.setVisible(total > 0)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        text = self.tr("%1 of %2 uploaded").replace("%1", str(done - attention)).replace("%2", str(total))
        if attention:
            text += " · " + self.tr("%1 need attention").replace("%1", str(attention))
        self.progress.setFormat(text)
        self._update_upload_button()

    # -- staging ------------------------------------------------------------------------------------
    def stage_paths(self, paths: list[str]) -> None:
        self.ctx.tasks.spawn(self._stage(paths), name="thg.stage")

    async def _stage(self, paths: list[str]) -> None:
        files = await run_blocking(expand_paths, paths)
        known = {s.path for s in self.staged}
        files = [f for f in files if f not in known]
        if not files:
            self.ctx.bus.sig_notice.emit(self.tr("No documents found there (JPEG, PNG or PDF)."))
            return
        self.staging.show()
        for n, path in enumerate(files, 1):
            self.stage_note.setText(
                self.tr("Checking %1 of %2…").replace("%1", str(n)).replace("%2", str(len(files)))
            )
            staged = await run_blocking(stage_file, path)
            self._add_staged(staged)
        self._update_upload_button()

    def _add_staged(self, staged: Staged) -> None:
        self.staged.append(staged)
        image = staged.preview or placeholder(ICON * 2, staged.path.suffix.upper().lstrip("."))
        icon = QIcon(
            QPixmap.fromImage(
                image.scaled(
                    ICON, ICON, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        )
        ok = staged.check.ok
        text = f"{staged.path.name}\n" + (
            ("✓ " + describe_kind(staged)) if ok else ("✗ " + staged.check.describe())
        )
        item = QListWidgetItem(icon, text)
        item.setToolTip(staged.check.describe())
        if not ok:
            item.setForeground(Qt.GlobalColor.darkRed)
        self.staged_list.addItem(item)
        if self.staged_list.currentRow() < 0:
            self.staged_list.setCurrentRow(0)

    def _on_ref1_from_name_toggled(self, on: bool) -> None:
        self.refs[0].setEnabled(not on)
        self.refs[0].setPlaceholderText(self.tr("each file's name") if on else "")

    def _on_staged_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.staged):
            self.preview.clear()
            return
        staged = self.staged[row]
        image = staged.preview or placeholder(200, self.tr("no preview"))
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                QSize(340, 146),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def clear_staged(self) -> None:
        self.staged.clear()
        self.staged_list.clear()
        self.preview.clear()
        self.staging.hide()
        self._update_upload_button()

    def _update_upload_button(self) -> None:
        good = sum(1 for s in self.staged if s.check.ok)
        bad = len(self.staged) - good
        self.upload_button.setText(self.tr("Upload %n document(s)", "", good))
        self.upload_button.setEnabled(good > 0 and self.registrant.currentData() is not None)
        if self.staged:
            note = (
                self.tr("%1 refused by the check (see the list)").replace("%1", str(bad))
                if bad
                else self.tr("All documents passed the check.")
            )
            if self.registrant.currentData() is None:
                note = self.tr("Add or sync a registrant first.")
            self.stage_note.setText(note)

    # -- actions ------------------------------------------------------------------------------------
    def _choose(self, *, folder: bool) -> None:
        dialog = QFileDialog(
            self,
            self.tr("Choose a folder of documents") if folder else self.tr("Choose registration documents"),
        )
        if folder:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
            dialog.setNameFilter(self.tr("Documents (*.jpg *.jpeg *.png *.pdf);;All files (*)"))
        dialog.filesSelected.connect(self.stage_paths)
        self._dialog = dialog
        dialog.open()

    def _on_demo_clicked(self) -> None:
        from fleetdesk.thg.demo import demo_documents_dir

        self.stage_paths([str(demo_documents_dir(self.ctx.runtime))])

    def _on_upload_clicked(self) -> None:
        files = [s.path for s in self.staged if s.check.ok]
        registrant = self.registrant.currentData()
        if not files or registrant is None:
            return
        refs = (self.refs[0].text(), self.refs[1].text(), self.refs[2].text())
        self.ctx.tasks.spawn(
            self.upload(files, registrant, refs, self.ref1_from_name.isChecked()), name="thg.upload"
        )

    async def upload(self, files: list[Path], registrant: int, refs, from_name: bool) -> None:
        from fleetdesk.thg.service import ThgService

        svc = ThgService.of(self.ctx.runtime)
        self.upload_button.setEnabled(False)
        try:
            result = await run_blocking(
                svc.queue_uploads,
                files,
                registrant_id=registrant,
                refs=refs,
                ref1_from_name=from_name,
                batch=uuid.uuid4().hex[:8],
            )
        except FleetDeskError as exc:
            self.stage_note.setText(str(exc))
            self._update_upload_button()
            return
        self.clear_staged()
        self.ctx.bus.sig_notice.emit(
            self.tr("%1 document(s) queued for upload").replace("%1", str(len(result.queued)))
        )
        pump = self.ctx.extras.get("pump")
        if pump:
            pump.wake()
