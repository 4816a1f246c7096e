"""The driver-card expiry alert the Tachographs tab puts in the main window's status bar.

Its words keep the "TachoShareTab" translation context they have always had (the catalogues
file them there), hence the explicit ``QCoreApplication.translate`` calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget


def alert_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("TachoShareTab", "⚠ 1 driver card expiring")
    return QCoreApplication.translate("TachoShareTab", "⚠ %1 driver cards expiring").replace("%1", str(count))


def expiry_line(row) -> str:
    """ "Holder (vehicle or card): expires on <date>" for one board row with a card expiring."""
    day = row.card_expiry.isoformat()
    if row.expiry_days_left < 0:
        when = QCoreApplication.translate("TachoShareTab", "expired on %1").replace("%1", day)
    else:
        when = QCoreApplication.translate("TachoShareTab", "expires on %1").replace("%1", day)
    return f"{row.holder or row.title} ({row.title}): {when}"


class ExpiryAlert(QPushButton):
    """A flat, bold button: "⚠ 2 driver cards expiring", the cards in its tooltip; hidden while
    none expires. ``count`` is how many expire."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.count = 0
        self.setFlat(True)
        self.setAccessibleName("Driver card expiry alert")
        self.setStyleSheet("QPushButton { color: #b26a00; font-weight: bold; padding: 0 8px; }")
        self.hide()

    def show_rows(self, rows, *, in_status_bar: bool) -> None:
        expiring = [r for r in rows if r.expiry_days_left is not None]
        self.count = len(expiring)
        if in_status_bar:
            self.setVisible(bool(expiring))
        if not expiring:
            self.setText("")
            return
        self.setText(alert_text(len(expiring)))
        self.setToolTip("\n".join(expiry_line(r) for r in sorted(expiring, key=lambda r: r.expiry_days_left)))
