"""Small status indicators: a coloured chip with a label, used in tables and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

#: state -> (background, foreground); a calm palette that stays readable in light and dark themes
PALETTE = {
    "ok": ("#2e7d32", "#ffffff"),
    "online": ("#2e7d32", "#ffffff"),
    "sent": ("#2e7d32", "#ffffff"),
    "busy": ("#1565c0", "#ffffff"),
    "sending": ("#1565c0", "#ffffff"),
    "queued": ("#6d4c41", "#ffffff"),
    "warning": ("#ef6c00", "#ffffff"),
    "attention": ("#c62828", "#ffffff"),
    "offline": ("#757575", "#ffffff"),
    "auth": ("#ef6c00", "#ffffff"),
    "error": ("#c62828", "#ffffff"),
    "unknown": ("#9e9e9e", "#ffffff"),
    "discarded": ("#9e9e9e", "#ffffff"),
}


#: Service titles (fleetdesk.core.services.SERVICES, which has no Qt) marked for lupdate: FleetDesk's
#: own here, an integration's in its UI folder (``fleetdesk/ui/<name>/__init__.py``); product
#: names such as Car-Pass or Ctrack are not translated and need no entry.
SERVICE_TITLES = (QT_TRANSLATE_NOOP("Services", "Map tiles"),)


def service_title(key: str) -> str:
    """The translated title of a service key (or the key itself if unknown)."""
    from fleetdesk.core.services import SERVICES

    svc = SERVICES.get(key)
    return QCoreApplication.translate("Services", svc.title) if svc else key


def chip_colors(state: str) -> tuple[QColor, QColor]:
    bg, fg = PALETTE.get(state, PALETTE["unknown"])
    return QColor(bg), QColor(fg)


class Dot(QWidget):
    """A filled circle in a state colour."""

    def __init__(self, state: str = "unknown", parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.setFixedSize(QSize(10, 10))

    def set_state(self, state: str) -> None:
        self._state = state
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(chip_colors(self._state)[0])
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))


class ServiceIndicator(QWidget):
    """Dot + service name, with the state's explanation as tooltip (status bar)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.dot = Dot()
        self.label = QLabel(title)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        self.set_state("unknown", "")

    def set_state(self, state: str, message: str) -> None:
        self.state = state
        self.dot.set_state(state)
        words = {
            "unknown": QCoreApplication.translate("ServiceIndicator", "not contacted yet"),
            "online": QCoreApplication.translate("ServiceIndicator", "connected"),
            "offline": QCoreApplication.translate(
                "ServiceIndicator", "offline: submissions wait in the outbox"
            ),
            "auth": QCoreApplication.translate("ServiceIndicator", "sign-in needed"),
            "error": QCoreApplication.translate("ServiceIndicator", "server problem"),
        }
        text = f"{self.title}: {words.get(state, state)}" + (f"\n{message}" if message else "")
        self.setToolTip(text)
        self.setAccessibleName(f"{self.title} connection")
        self.setAccessibleDescription(text)


def badge_text(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("Badge", "All sent")
    return QCoreApplication.translate("Badge", "%n unsent", "", count)
