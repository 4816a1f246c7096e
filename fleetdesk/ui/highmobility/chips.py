"""State chips for tables and headers: a rounded, coloured label (no app dependencies).

``ChipDelegate`` paints the display text of a cell as a chip; the model gives the palette key
(``fleetdesk.ui.widgets.chips.PALETTE``) under ``CHIP_ROLE``.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fleetdesk.ui.widgets.chips import chip_colors

CHIP_ROLE = Qt.ItemDataRole.UserRole + 7
_PAD_X, _PAD_Y = 8, 3


class ChipDelegate(QStyledItemDelegate):
    """Paints ``DisplayRole`` text in a chip coloured by ``CHIP_ROLE``."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        key = index.data(CHIP_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not key or not text:
            super().paint(painter, option, index)
            return
        # the row's background and selection first, so a chip sits on a selected row nicely
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        bg, fg = chip_colors(key)
        metrics = QFontMetrics(option.font)
        width = min(metrics.horizontalAdvance(text) + 2 * _PAD_X + 2, option.rect.width() - 8)
        height = metrics.height() + 2 * _PAD_Y
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setFont(option.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, height / 2, height / 2)
        painter.fillPath(path, bg)
        painter.setPen(fg)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 2 * _PAD_X)),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * _PAD_X + 8, max(size.height(), option.fontMetrics.height() + 10))


class StateChip(QLabel):
    """A chip as a label, for headers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_state("unknown", "")

    def set_state(self, key: str, text: str) -> None:
        """Colour the chip for ``key`` and show ``text`` (hidden when empty)."""
        bg, fg = chip_colors(key)
        self.setText(text)
        self.setVisible(bool(text))
        self.setStyleSheet(
            f"QLabel {{ background: {bg.name()}; color: {fg.name()}; "
            "border-radius: 10px; padding: 2px 10px; font-weight: 600; }"
        )
        self.setAccessibleName("State")
        self.setAccessibleDescription(text)
