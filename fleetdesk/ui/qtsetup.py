"""Creating the QApplication: scene graph backend, translations, application metadata."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from fleetdesk import __version__

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
if getattr(sys, "frozen", False):  # PyInstaller bundle
    RESOURCES = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("en", "nl", "fr", "de")
DESKTOP_ID = "be.fleetdesk.FleetDesk"  # resources/linux/<id>.desktop (packaging/version_info.py)


def use_software_scene_graph() -> None:
    """QtQuick (the map) must render with the software scene graph offscreen; call before the
    first QQuickWidget exists."""
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


def install_translations(app: QApplication, language: str | None = None) -> list[str]:
    """Qt's own catalogues and ours for ``language`` (default: the system locale)."""
    lang = (language or QLocale.system().name().split("_")[0]).lower()
    loaded: list[str] = []
    catalogues = [("fleetdesk", str(TRANSLATIONS))]
    if lang != "en":  # English is the source language: ours only carries the %n plural forms
        catalogues.insert(0, ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for base, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(f"{base}_{lang}", folder):
            app.installTranslator(translator)
            loaded.append(base)
    return loaded


def create_application(argv: list[str] | None = None, *, language: str | None = None) -> QApplication:
    app = QApplication.instance()
    if app is not None:
        return cast(QApplication, app)  # tests and self-test reuse one (always a QApplication)
    from fleetdesk.ui.qtfix import guard_none_refcount

    guard_none_refcount()
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        use_software_scene_graph()
    QCoreApplication.setOrganizationName("FleetDesk")
    QCoreApplication.setApplicationName("FleetDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv or [sys.argv[0]])
    app.setStyle("Fusion")
    set_window_icon(app)
    install_translations(app, language)
    return app


def set_window_icon(app: QApplication) -> None:
    """The app icon for every window (title bar, task switcher on X11), from resources/icons;
    on Wayland the compositor finds icon and name through the installed .desktop file's id."""
    from PySide6.QtGui import QIcon

    app.setDesktopFileName(DESKTOP_ID)
    icon = QIcon()
    for png in sorted((RESOURCES / "icons").glob("fleetdesk-*.png")):
        icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)
