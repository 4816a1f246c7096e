"""A PDF viewer (QtPdf) with page navigation, zoom and printing (QtPrintSupport).

App-independent: give it a file with ``load(path)``. Printing opens the system print dialog
with ``open()`` (never ``exec()``) and renders each page at the printer's resolution.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from fleetdesk.ui.noop import QT_TRANSLATE_NOOP

ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.25, 5.0
#: button (accessible) name -> tooltip, shown through self.tr() (the context is the class name)
TIPS = {
    "Previous page": QT_TRANSLATE_NOOP("PdfViewer", "Previous page"),
    "Next page": QT_TRANSLATE_NOOP("PdfViewer", "Next page"),
    "Zoom out": QT_TRANSLATE_NOOP("PdfViewer", "Zoom out"),
    "Zoom in": QT_TRANSLATE_NOOP("PdfViewer", "Zoom in"),
    "Fit width": QT_TRANSLATE_NOOP("PdfViewer", "Fit width"),
    "Print": QT_TRANSLATE_NOOP("PdfViewer", "Print"),
}


class PdfViewer(QWidget):
    """``sig_printed(pages)`` after a print job was rendered."""

    sig_printed = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = ""):
        super().__init__(parent)
        self.path: Path | None = None
        self._buffer: QBuffer | None = None
        self.printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self.document = QPdfDocument(self)
        self._setup_ui(empty_text)
        self.document.statusChanged.connect(self._on_document_changed)
        self.view.pageNavigator().currentPageChanged.connect(self._on_document_changed)
        self._update_controls()

    def _setup_ui(self, empty_text: str) -> None:
        self.view = QPdfView(self)
        self.view.setAccessibleName("Report pages")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.prev_button = self._button("◀", "Previous page", self.previous_page)
        self.next_button = self._button("▶", "Next page", self.next_page)
        self.page_label = QLabel()
        self.page_label.setAccessibleName("Page")
        self.zoom_out_button = self._button("−", "Zoom out", self.zoom_out)
        self.zoom_in_button = self._button("+", "Zoom in", self.zoom_in)
        self.fit_button = self._button(self.tr("Fit width"), "Fit width", self.fit_width)
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName("Zoom")
        self.print_button = self._button(self.tr("Print…"), "Print", self.open_print_dialog)
        self.toolbar = QHBoxLayout()
        for w in (self.prev_button, self.page_label, self.next_button):
            self.toolbar.addWidget(w)
        self.toolbar.addSpacing(12)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            self.toolbar.addWidget(w)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.print_button)
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); font-size: 14px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.stack, 1)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        if len(text) == 1:  # arrows and +/-: compact
            button.setFixedWidth(34)
        button.setAccessibleName(name)
        button.setToolTip(self.tr(TIPS.get(name, name)))
        button.clicked.connect(slot)
        return button

    # -- document -------------------------------------------------------------------------------
    def load(self, path: Path | str | None) -> bool:
        """Show ``path`` (None: nothing). False if the file is not a readable PDF."""
        self.document.close()
        self.path = Path(path) if path else None
        ok = False
        if self.path is not None and self.path.exists():
            ok = self.document.load(str(self.path)) == QPdfDocument.Error.None_
        self.stack.setCurrentWidget(self.view if ok else self.empty)
        if ok:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.go_to(0)
        self._update_controls()
        return ok

    def load_data(self, data: bytes | None, name: str = "report.pdf") -> bool:
        """Show a PDF already read into memory (read files off the UI thread, then call this)."""
        self.document.close()
        self.path = Path(name) if data else None
        self._buffer = None
        ok = False
        if data:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            ok = self.document.status() == QPdfDocument.Status.Ready
        self.stack.setCurrentWidget(self.view if ok else self.empty)
        if ok:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.go_to(0)
        self._update_controls()
        return ok

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    @property
    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return self.document.pageCount() if self.loaded else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # -- navigation and zoom -----------------------------------------------------------------------
    def go_to(self, page: int) -> None:
        if self.page_count():
            page = max(0, min(page, self.page_count() - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_controls()

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def zoom_factor(self) -> float:
        return self.view.zoomFactor()

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))
        self._update_controls()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_controls()

    def _on_document_changed(self, *args) -> None:
        try:
            self._update_controls()
        except RuntimeError:  # the document is being destroyed with the widget
            pass

    def _update_controls(self) -> None:
        count, page = self.page_count(), self.current_page()
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page + 1 if count else 0)).replace("%2", str(count))
        )
        self.prev_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        for w in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.print_button):
            w.setEnabled(count > 0)
        fit = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.zoom_label.setText(self.tr("fit") if fit else f"{self.zoom_factor() * 100:.0f} %")

    # -- printing --------------------------------------------------------------------------------------
    def open_print_dialog(self) -> None:
        """The system print dialog, opened without blocking; prints when accepted."""
        if not self.page_count():
            return
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self.path.name if self.path else "report.pdf")
        self.print_dialog = QPrintDialog(self.printer, self)
        self.print_dialog.setAccessibleName("Print report")
        self.print_dialog.finished.connect(self._on_print_dialog_finished)
        QDialog.open(self.print_dialog)  # QPrintDialog.open() itself wants a slot

    def _on_print_dialog_finished(self, result: int) -> None:
        dialog, self.print_dialog = self.print_dialog, None
        if result == QDialog.DialogCode.Accepted and self.printer is not None:
            self.print_to(self.printer)
        if dialog is not None:
            dialog.deleteLater()

    def print_to(self, printer: QPrinter) -> int:
        """Render every page (or the chosen range) onto ``printer``; returns pages printed."""
        count = self.page_count()
        if not count:
            return 0
        first = max(1, printer.fromPage() or 1) - 1
        last = min(count, printer.toPage() or count) - 1
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            for page in range(first, last + 1):
                if printed:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                pixels = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.document.render(page, pixels)
                painter.drawImage(0, 0, image)
                printed += 1
        finally:
            painter.end()
        self.sig_printed.emit(printed)
        return printed
