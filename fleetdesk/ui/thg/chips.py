"""Status chips for THG tables: a delegate that paints a rounded, coloured label in a cell.

The model gives the chip's text (DisplayRole) and its state key (``CHIP_ROLE``); the palette
below maps THG vehicle statuses, upload states and UBA outcomes to calm colours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

CHIP_ROLE = Qt.ItemDataRole.UserRole + 7

#: state key -> (background, foreground)
THG_PALETTE = {
    "pending": ("#fff3e0", "#e65100"),
    "verified": ("#e8f5e9", "#1b5e20"),
    "not_verified": ("#ffebee", "#b71c1c"),
    "unknown": ("#eceff1", "#37474f"),
    "queued": ("#efebe9", "#4e342e"),
    "sending": ("#e3f2fd", "#0d47a1"),
    "uploaded": ("#e3f2fd", "#0d47a1"),
    "attention": ("#ffebee", "#b71c1c"),
    "discarded": ("#eceff1", "#616161"),
    "approved": ("#e8f5e9", "#1b5e20"),
    "rejected": ("#ffebee", "#b71c1c"),
    "hold": ("#ede7f6", "#4527a0"),
    "filed": ("#e3f2fd", "#0d47a1"),
    "withdrawn": ("#eceff1", "#616161"),
    "waiting": ("#fff3e0", "#e65100"),
    "offline": ("#eceff1", "#455a64"),
}


def chip_key(status: str) -> str:
    """The palette key of a vehicle status (unknown not_verified_* statuses stay red)."""
    if status.startswith("not_verified"):
        return "not_verified"
    return status if status in THG_PALETTE else "unknown"


class ChipDelegate(QStyledItemDelegate):
    """Paints DisplayRole text as a chip coloured by ``CHIP_ROLE``."""

    def paint(self, painter: QPainter, option, index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        key = index.data(CHIP_ROLE) or "unknown"
        if not text:
            super().paint(painter, option, index)
            return
        bg, fg = THG_PALETTE.get(key, THG_PALETTE["unknown"])
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        width = min(option.rect.width() - 8, metrics.horizontalAdvance(text) + 16)
        rect = QRectF(
            option.rect.x() + 4,
            option.rect.center().y() - metrics.height() / 2 - 2,
            width,
            metrics.height() + 4,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor(fg))
        painter.setFont(option.font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 12)
        painter.drawText(
            rect.adjusted(8, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown
        )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 20, max(hint.height(), QFontMetrics(option.font).height() + 8))
