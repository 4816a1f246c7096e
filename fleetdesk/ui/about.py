"""The About box."""
from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from fleetdesk import __version__


def about_text(runtime) -> str:
    return (f"<h3>FleetDesk {__version__}</h3>"
            "<p>Car-Pass odometer readings, tachograph downloads, THG-quota claims, connected-car "
            "clearance and a live fleet map — for garages and fleets, offline-proof.</p>"
            f"<p>Data folder: <code>{runtime.config.data_dir}</code><br>"
            f"Secrets: {runtime.secrets.describe()}</p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} (LGPLv3).<br>"
            "Map data © OpenStreetMap contributors.</p>")


def show_about(parent: QWidget, runtime) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("About FleetDesk"), about_text(runtime),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName("About FleetDesk")
    box.open()
    return box
