"""A calendar strip: one cell per day, coloured by a state function (days held, days missing,
not yet downloaded). App-independent: give it a day range and ``state(day) -> str``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: state -> fill colour (the legend uses the same)
STATE_COLORS = {
    "held": "#2e7d32",
    "record": "#1b5e20",
    "missing": "#c62828",
    "after": "#f9a825",
    "before": "#e0e0e0",
    "none": "#eeeeee",
}


class CoverageStrip(QWidget):
    """Days ``first..last`` left to right; month starts are marked and labelled."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.first, self.last = date.max, date.min  # no days until show_days (not the wall clock's)
        self.state: Callable[[date], str] = lambda d: "none"
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Coverage calendar")

    def sizeHint(self) -> QSize:
        return QSize(600, 34)

    def show_days(self, first: date, last: date, state: Callable[[date], str], description: str = "") -> None:
        self.first, self.last, self.state = first, max(first, last), state
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def days(self) -> list[date]:
        n = (self.last - self.first).days + 1
        return [self.first + timedelta(days=i) for i in range(n)]

    def paintEvent(self, event) -> None:
        days = self.days()
        if not days:
            return
        p = QPainter(self)
        width = self.width() / len(days)
        top, height = 2.0, self.height() - 16.0
        colors = {k: QColor(v) for k, v in STATE_COLORS.items()}
        p.setPen(Qt.PenStyle.NoPen)
        for i, day in enumerate(days):
            p.setBrush(colors.get(self.state(day), colors["none"]))
            gap = 1.0 if width >= 4 else 0.0
            p.drawRect(QRectF(i * width, top, max(width - gap, 1.0), height))
        p.setPen(QPen(self.palette().color(self.foregroundRole())))
        font = p.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        p.setFont(font)
        for i, day in enumerate(days):
            if day.day == 1 or (i == 0 and day.day <= 20):
                x = i * width
                p.drawLine(int(x), int(top + height), int(x), int(top + height + 3))
                p.drawText(
                    QRectF(x + 2, top + height, 80, 14),
                    Qt.AlignmentFlag.AlignLeft,
                    day.strftime("%b %Y") if day.month == 1 or i == 0 else day.strftime("%b"),
                )
        p.end()
