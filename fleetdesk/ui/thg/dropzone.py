"""A drop zone for documents: files or whole folders, dragged in or chosen with a dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

ACCEPTED_SUFFIXES = (".jpg", ".jpeg", ".png", ".pdf", ".heic", ".tif", ".tiff", ".webp", ".gif", ".bmp")

_IDLE = "QFrame#dropZone { border: 2px dashed #90a4ae; border-radius: 8px; background: palette(base); }"
_HOVER = "QFrame#dropZone { border: 2px dashed #1565c0; border-radius: 8px; background: #e3f2fd; }"


def expand_paths(paths: list[str | Path], limit: int = 5000) -> list[Path]:
    """Files as given, folders expanded (one level deep and sorted); only document-like files.

    Unsupported images (HEIC, TIFF...) are kept so the check can say why they are refused.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            children = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            out.extend(p for p in children if p.suffix.lower() in ACCEPTED_SUFFIXES)
        elif path.is_file():
            out.append(path)
        if len(out) >= limit:
            return out[:limit]
    return out


class DropZone(QFrame):
    """Emits ``sig_paths_dropped`` with the dropped or chosen paths (files and folders)."""

    sig_paths_dropped = Signal(list)
    sig_choose_files = Signal()
    sig_choose_folder = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setStyleSheet(_IDLE)
        self.setAccessibleName("Document drop zone")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("border: none; background: transparent; color: palette(text);")
        self.files_button = QPushButton(self.tr("Choose files…"))
        self.files_button.setAccessibleName("Choose files")
        self.files_button.clicked.connect(self.sig_choose_files)
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.setAccessibleName("Choose folder")
        self.folder_button.clicked.connect(self.sig_choose_folder)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        self.extra_buttons = buttons
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.label)
        layout.addLayout(buttons)

    def add_button(self, button: QPushButton) -> None:
        self.extra_buttons.insertWidget(self.extra_buttons.count() - 1, button)

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            self.setStyleSheet(_HOVER)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self.setStyleSheet(_IDLE)

    def dropEvent(self, event) -> None:
        self.setStyleSheet(_IDLE)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.sig_paths_dropped.emit(paths)
