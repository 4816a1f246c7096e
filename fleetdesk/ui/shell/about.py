"""The About box."""

from __future__ import annotations

from html import escape

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from fleetdesk import __version__


def about_text(runtime) -> str:
    data_dir = f"<code>{escape(str(runtime.config.data_dir))}</code>"
    return (
        f"<h3>FleetDesk {__version__}</h3><p>"
        + QCoreApplication.translate(
            "About",
            "Car-Pass odometer readings, tachograph downloads, "
            "THG-quota claims, connected-car clearance and a live fleet "
            "map — for garages and fleets, offline-proof.",
        )
        + "</p><p>"
        + QCoreApplication.translate("About", "Data folder: %1").replace("%1", data_dir)
        + "<br>"
        + QCoreApplication.translate("About", "Secrets: %1").replace("%1", escape(runtime.secrets.describe()))
        + f"</p><p>Qt {qVersion()} · PySide6 {PySide6.__version__} (LGPLv3).<br>"
        + QCoreApplication.translate("About", "Map data © OpenStreetMap contributors.")
        + "</p>"
    )


def show_about(parent: QWidget, runtime) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("About", "About FleetDesk"),
        about_text(runtime),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName("About FleetDesk")
    box.open()
    return box
