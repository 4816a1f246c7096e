"""A vertical timeline: a coloured dot per step, what happened, when, and an optional note."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from fleetdesk.ui.widgets.chips import chip_colors


@dataclass(frozen=True)
class Step:
    when: str  # already formatted for the user's locale
    title: str
    note: str = ""
    chip: str = "unknown"  # palette key of the dot
    local: bool = False  # something FleetDesk did (shown lighter) rather than the server


def dot_icon(color: QColor, hollow: bool = False, size: int = 14) -> QIcon:
    """A filled (or hollow) circle icon in ``color``."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color)
    painter.setBrush(Qt.GlobalColor.white if hollow else color)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pix)


class TimelineView(QListWidget):
    """Oldest first, newest at the bottom (scrolled into view)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Timeline")
        self.setIconSize(QSize(14, 14))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setStyleSheet("QListWidget { border: none; background: transparent; }")
        self._icons: dict[tuple[str, bool], QIcon] = {}

    def show_data(self, steps: list[Step]) -> None:
        """Show ``steps``, oldest first, scrolled to the newest."""
        self.clear()
        for step in steps:
            key = (step.chip, step.local)
            if key not in self._icons:
                self._icons[key] = dot_icon(chip_colors(step.chip)[0], hollow=step.local)
            text = f"{step.title}\n{step.when}" + (f" · {step.note}" if step.note else "")
            item = QListWidgetItem(self._icons[key], text, self)
            item.setToolTip(text)
            if step.local:
                item.setForeground(QColor("#555555"))
            else:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if steps:
            self.scrollToBottom()

    def texts(self) -> list[str]:
        """The items' texts (for tests and accessibility checks)."""
        return [self.item(i).text() for i in range(self.count())]
