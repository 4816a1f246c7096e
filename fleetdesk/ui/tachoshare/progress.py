"""Widgets for the Tachographs tab that need nothing from the app: progress as a cell
background, compliance-level colours and a row of coloured count chips."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient
from PySide6.QtWidgets import QLabel, QWidget

#: compliance level -> (background, foreground); the same colours on the board and in chips
LEVEL_COLORS = {
    "outside_legal": ("#b71c1c", "#ffffff"),
    "never_downloaded": ("#6a1b9a", "#ffffff"),
    "disconnected": ("#546e7a", "#ffffff"),
    "overdue": ("#e65100", "#ffffff"),
    "due_soon": ("#f9a825", "#212121"),
    "ok": ("#2e7d32", "#ffffff"),
}


_COLORS: dict[str, tuple[QColor, QColor]] = {}
_TINTS: dict[str, QColor | None] = {}


def level_colors(level: str) -> tuple[QColor, QColor]:
    """(background, foreground) of a level; cached (models ask for them on every repaint)."""
    colors = _COLORS.get(level)
    if colors is None:
        bg, fg = LEVEL_COLORS.get(level, ("#9e9e9e", "#ffffff"))
        colors = _COLORS[level] = (QColor(bg), QColor(fg))
    return colors


def level_tint(level: str) -> QColor | None:
    """A light row tint for the levels that need action (None for ok); cached."""
    if level not in _TINTS:
        if level in ("ok", ""):
            _TINTS[level] = None
        else:
            color = QColor(LEVEL_COLORS.get(level, ("#9e9e9e", ""))[0])
            color.setAlpha(28)
            _TINTS[level] = color
    return _TINTS[level]


_BRUSHES: dict[tuple[int, int], QBrush] = {}


def progress_brush(percent: int, width: int) -> QBrush:
    """A cell background that fills ``percent`` of a cell ``width`` pixels wide.

    Item views paint it in C++ with the brush origin at the cell's top-left, so a gradient in
    those (logical) coordinates fills the cell from its left edge; no Python painting per
    repaint. Brushes are cached per (percent, width).
    """
    percent, width = max(0, min(100, int(percent))), max(1, int(width))
    key = (percent, width)
    brush = _BRUSHES.get(key)
    if brush is None:
        fill, base = QColor("#2e7d32" if percent >= 100 else "#90caf9"), QColor("#ffffff")
        gradient = QLinearGradient(0, 0, width, 0)
        edge = percent / 100
        gradient.setColorAt(0.0, fill)
        gradient.setColorAt(max(0.0, edge - 0.0001), fill)
        gradient.setColorAt(min(1.0, edge + 0.0001), base)
        gradient.setColorAt(1.0, base)
        brush = _BRUSHES[key] = QBrush(gradient)
    return brush


class CountChips(QLabel):
    """ "3 outside legal compliance · 2 overdue …" as coloured chips (rich text)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)

    def set_counts(self, items: list[tuple[str, int, str]], empty_text: str = "") -> None:
        """``items``: (level, count, label) in display order; zero counts are left out."""
        parts = []
        for level, count, label in items:
            if not count:
                continue
            bg, fg = LEVEL_COLORS.get(level, ("#9e9e9e", "#ffffff"))
            parts.append(
                f'<span style="background:{bg}; color:{fg};">&nbsp;<b>{count}</b> '
                f"{html.escape(label)}&nbsp;</span>"
            )
        self.setText("&nbsp;&nbsp;".join(parts) or html.escape(empty_text))
        plain = ", ".join(f"{c} {label}" for _, c, label in items if c) or empty_text
        self.setAccessibleDescription(plain)
        self.setToolTip(plain)
