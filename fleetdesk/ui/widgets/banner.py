"""A calm, dismissable message strip (offline warnings, unsent items, hints)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLES = {
    "info": "background:#e3f2fd; color:#0d47a1; border:1px solid #90caf9;",
    "warning": "background:#fff3e0; color:#e65100; border:1px solid #ffcc80;",
    "error": "background:#ffebee; color:#b71c1c; border:1px solid #ef9a9a;",
}


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None, *, action_text: str | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action = QPushButton(action_text) if action_text else None
        self.row = QHBoxLayout(self)  # the label, then any buttons
        self.row.setContentsMargins(10, 6, 10, 6)
        self.row.addWidget(self.label, 1)
        if self.action:
            self.row.addWidget(self.action)
        self.setAccessibleName("Banner")
        self.hide()

    @property
    def action_button(self) -> QPushButton:
        """The action button of a banner made with ``action_text``."""
        if self.action is None:
            raise AttributeError("this Banner was made without action_text: it has no action button")
        return self.action

    def show_message(self, text: str, level: str = "info") -> None:
        self.setStyleSheet(
            f"QFrame {{{STYLES.get(level, STYLES['info'])} border-radius:4px;}}"
            " QLabel { border: none; background: transparent; }"
        )
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()


class EmptyState(QLabel):
    """A friendly centred message for an empty list."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setMargin(24)
        self.setStyleSheet("color: palette(mid); font-size: 14px;")
        from PySide6.QtCore import Qt

        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
