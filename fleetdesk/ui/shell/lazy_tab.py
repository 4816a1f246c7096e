"""A tab page that builds its content the first time it is needed (issue 15: start-up).

The main window paints with only the current tab built; the others are built when the user
opens them, or one at a time after the first paint while the app is idle, so that what a tab
puts in the status bar (e.g. the driver-card expiry alert) still appears soon after start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds ``factory(ctx)``'s widget once built; empty until then."""

    sig_built = Signal(str)

    def __init__(self, name: str, factory: Callable[..., QWidget], ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"page_{name}")
        self._factory = factory
        self._ctx = ctx
        self.content: QWidget | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(0)

    @property
    def built(self) -> bool:
        return self.content is not None

    def build(self) -> QWidget:
        """The tab's widget, built now if it was not yet."""
        if self.content is None:
            self.content = self._factory(self._ctx)
            self.content.setObjectName(f"tab_{self.name}")
            self._box.addWidget(self.content)
            self.sig_built.emit(self.name)
        return self.content
