"""Vehicle History Reports: the list of requests, the PDF (navigation, zoom, print), save as,
and the public URL to copy into an advertisement or open in the browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.carpass import store as st
from fleetdesk.carpass.settings import VHR_LANGUAGE_CHOICES
from fleetdesk.carpass.vhr import export_vhr, public_url_ok
from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.ui.carpass.common import km, poller_of, state_label, tr, wire_date
from fleetdesk.ui.carpass.pdf_viewer import PdfViewer
from fleetdesk.ui.widgets.banner import Banner


def item_text(r: st.Reading) -> str:
    status = tr("report ready") if r.vhr_state == "stored" else state_label(r.state)
    return f"{r.vin}\n{km(r.odometer)} · {wire_date(r.reading_date)}\n{status}"


class VhrView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[st.Reading] = []
        self.current: st.Reading | None = None
        self.shown_path: str | None = None
        self.save_dialog: QFileDialog | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.list = QListWidget()
        self.list.setAccessibleName("Vehicle history reports")
        self.list.setMinimumWidth(190)
        self.list.setMaximumWidth(260)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.viewer = PdfViewer(
            empty_text=tr(
                "No report selected.\nTo get a vehicle history report, enter today's odometer "
                "reading with the type “Vehicle history report”. The report appears here once "
                "Car-Pass processed it; print it for the showroom and put its link in your ads."
            )
        )
        self.url = QLabel()
        self.url.setAccessibleName("Public link")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setMinimumWidth(60)
        self.url.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.copy_button = QPushButton(tr("Copy link"))
        self.copy_button.setAccessibleName("Copy public link")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.open_button = QPushButton(tr("Open link"))
        self.open_button.setAccessibleName("Open public link")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.save_button = QPushButton(tr("Save as…"))
        self.save_button.setAccessibleName("Save as")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.language = QComboBox()
        self.language.setAccessibleName("Report language")
        for code in VHR_LANGUAGE_CHOICES:
            self.language.addItem(code, code)
        self.language.activated.connect(self._on_language_activated)
        links = QHBoxLayout()
        links.addWidget(QLabel(tr("Public link:")))
        links.addWidget(self.url, 1)
        links.addWidget(self.copy_button)
        links.addWidget(self.open_button)
        links.addWidget(self.save_button)
        links.addWidget(self.language)
        self.message = Banner()
        self.message.setAccessibleName("Report message")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(links)
        rl.addWidget(self.message)
        rl.addWidget(self.viewer, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self._update_actions()

    # -- data -------------------------------------------------------------------------------
    def show_data(self, rows: list[st.Reading]) -> None:
        keep = self.current.id if self.current else None
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        for r in rows:
            QListWidgetItem(item_text(r), self.list)
        self.list.blockSignals(False)
        index = next((i for i, r in enumerate(rows) if r.id == keep), None)
        if index is None:
            index = next((i for i, r in enumerate(rows) if r.vhr_state == "stored"), 0)
        if rows:
            self.list.setCurrentRow(index)
            self._show(rows[index])
        else:
            self._show(None)

    def select(self, reading_id: int) -> None:
        for i, r in enumerate(self.rows):
            if r.id == reading_id:
                self.list.setCurrentRow(i)

    def _on_list_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self._show(self.rows[row])

    def _show(self, reading: st.Reading | None) -> None:
        self.current = reading
        self._update_actions()
        if reading is None:
            self.shown_path = None
            self.viewer.load_data(None)
            return
        if reading.vhr_state == "stored" and reading.vhr_path:
            self.language.setCurrentIndex(max(0, self.language.findData(reading.vhr_language)))
            if reading.vhr_path != self.shown_path:
                self.ctx.tasks.latest("carpass.vhr.load", self._load(reading.vhr_path, reading.vhr_sha256))
            return
        self.shown_path = None
        self.viewer.load_data(None)
        if reading.state == st.PROCESSED:
            text = tr("Fetching the report from Car-Pass…")
            if reading.vhr_state == "failed":
                text = tr("Car-Pass did not deliver the report: %1").replace("%1", reading.last_error or "")
        else:
            text = tr("The report is available once Car-Pass processed the request. Now: %1.").replace(
                "%1", state_label(reading.state)
            )
        self.viewer.set_empty_text(text)

    def _local_report(self, path: str, sha256: str | None) -> Path:
        """The report's file on this workstation (team mode: out of the database, verified by
        its sha256, when another workstation fetched it). Blocking: call off the UI thread."""
        return self.ctx.runtime.files.local_copy(path, sha256)

    async def _load(self, path: str, sha256: str | None = None) -> None:
        def read() -> bytes | None:
            local = self._local_report(path, sha256)
            return local.read_bytes() if local.exists() else None

        try:
            data = await run_blocking(read)
        except FleetDeskError as exc:  # team mode: not in the database, or its bytes are wrong
            self.shown_path = None
            self.viewer.load_data(None)
            self.viewer.set_empty_text(tr("The stored report cannot be opened: %1").replace("%1", str(exc)))
            return
        self.shown_path = path if data else None
        if not self.viewer.load_data(data, Path(path).name):
            self.viewer.set_empty_text(tr("The stored report file is missing or damaged."))

    def _update_actions(self) -> None:
        r = self.current
        url = r.vhr_url if r else None
        self.url.setText(url or "—")
        self.url.setToolTip(url or "")
        self.copy_button.setEnabled(public_url_ok(url))
        self.open_button.setEnabled(public_url_ok(url))
        ready = bool(r and r.vhr_state == "stored")
        self.save_button.setEnabled(ready)
        self.language.setEnabled(ready)

    # -- actions ----------------------------------------------------------------------------
    def _on_copy_clicked(self) -> None:
        url = self.current.vhr_url if self.current else None
        if url and public_url_ok(url):
            QGuiApplication.clipboard().setText(url)
            self.ctx.bus.sig_notice.emit(tr("Public link copied."))

    def _on_open_clicked(self) -> None:
        url = self.current.vhr_url if self.current else None
        if url and public_url_ok(url):
            QDesktopServices.openUrl(QUrl(url))

    def _on_save_clicked(self) -> None:
        r = self.current
        if not r or not r.vhr_path:
            return
        name = f"car-pass-{r.vin}-{r.reading_date}.pdf"
        dialog = QFileDialog(
            self, tr("Save the vehicle history report"), str(Path.home() / name), tr("PDF files (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setAccessibleName("Save report as")
        dialog.fileSelected.connect(
            lambda target, src=r.vhr_path, sha=r.vhr_sha256: self.ctx.tasks.spawn(
                self.save_to(src, target, sha), name="carpass.vhr.save"
            )
        )
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.save_dialog = dialog
        QDialog.open(dialog)  # QFileDialog.open() itself wants a slot

    async def save_to(self, source: str, target: str, sha256: str | None = None) -> Path | None:
        try:
            path = await run_blocking(lambda: export_vhr(self._local_report(source, sha256), Path(target)))
        except (OSError, FleetDeskError) as exc:
            self.message.show_message(tr("Could not save: %1").replace("%1", str(exc)), "error")
            return None
        self.message.show_message(tr("Saved to %1").replace("%1", str(path)), "info")
        return path

    def _on_language_activated(self, index: int) -> None:
        r = self.current
        if r is not None and r.vhr_state == "stored":
            self.ctx.tasks.latest("carpass.vhr.language", self._refetch(r, self.language.itemData(index)))

    async def _refetch(self, reading: st.Reading, language: str) -> None:
        self.message.show_message(tr("Fetching the report in %1…").replace("%1", language), "info")
        try:
            await run_blocking(poller_of(self.ctx).fetch_vhr, reading, language=language)
        except FleetDeskError as exc:
            self.message.show_message(str(exc), "error")
            return
        self.message.hide()
