"""Previews of registration documents: ``QImageReader`` for images (decoded at the preview size,
which is fast even for big photos), ``QPdfDocument`` for the first page of a PDF.

Both run in a worker thread (``run_blocking``): QImage and a QPdfDocument created in that
thread are safe there, and a folder of 200 scans never stalls the UI. The check
(``fleetdesk.thg.filecheck``) runs in the same step, so one read of each file does both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument

from fleetdesk.thg.filecheck import PDF, FileCheck, Problem, check_document


@dataclass
class Staged:
    """A file the user dropped: its check and its preview (None when it cannot be drawn)."""

    path: Path
    check: FileCheck
    preview: QImage | None


def render_preview(path: Path, content: bytes, size: int) -> QImage | None:
    """A preview fitting ``size`` x ``size`` pixels, or None."""
    if content.startswith(b"%PDF-"):
        doc = QPdfDocument()
        try:
            if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() < 1:
                return None
            page = doc.pagePointSize(0)
            target = QSize(int(page.width()), int(page.height())).scaled(
                QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio
            )
            image = doc.render(0, target)
            return None if image.isNull() else image
        finally:
            doc.close()
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def stage_file(path: Path | str, size: int = 240) -> Staged:
    """Check a file and draw its preview (blocking: call it through ``run_blocking``)."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        problem = Problem("unreadable_file", f"The file cannot be read: {exc.strerror or exc}")
        return Staged(path, FileCheck(None, 0, problems=[problem]), None)
    check = check_document(content)
    preview = render_preview(path, content, size) if check.kind is not None else None
    return Staged(path, check, preview)


def placeholder(size: int, text: str = "?") -> QImage:
    """A grey card for files without a preview (HEIC, damaged files)."""
    image = QImage(size, int(size * 0.7), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#eceff1"))
    painter = QPainter(image)
    painter.setPen(QColor("#78909c"))
    font = painter.font()
    font.setPointSize(max(8, size // 8))
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def describe_kind(staged: Staged) -> str:
    c = staged.check
    if c.kind is PDF:
        return (
            QCoreApplication.translate("UploadPanel", "PDF, %1 page(s), %2 KB")
            .replace("%1", str(c.pages or "?"))
            .replace("%2", f"{c.size / 1024:.0f}")
        )
    if c.kind is not None and c.width:
        return f"{c.kind.name}, {c.width} × {c.height}, {c.size / 1024:.0f} KB"
    return f"{c.size / 1024:.0f} KB"
