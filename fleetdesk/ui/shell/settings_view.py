"""Settings / Accounts: per service the environment, base URL, credentials and a connection test."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.services import SERVICES
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.shell.database_setting import DatabaseSetting
from fleetdesk.ui.shell.service_page import ServicePage
from fleetdesk.ui.widgets.banner import Banner
from fleetdesk.ui.widgets.chips import service_title


def secrets_text(secrets) -> str:
    """Where secrets are kept, in the user's language for the usual case (the system keyring)."""
    from fleetdesk.core.secrets import MemoryKeyring

    if secrets.state == "keyring" and isinstance(secrets.backend, MemoryKeyring):
        return QCoreApplication.translate(
            "SettingsView",
            "Demo: passwords and tokens are kept in memory and forgotten when "
            "FleetDesk closes. Your real keyring is not touched.",
        )
    if secrets.state == "keyring":
        return QCoreApplication.translate(
            "SettingsView", "Passwords and tokens are kept in the system keyring (%1)."
        ).replace("%1", secrets.backend.name)
    return secrets.describe()  # the fallbacks explain details only the secrets store knows


LANGUAGE_NAMES = {None: "", "en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}


class SettingsView(QWidget):
    """Accounts and addresses of every service, plus where data and secrets live."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._setup_ui()

    def _setup_ui(self) -> None:
        rt = self.ctx.runtime
        self.keyring_banner = Banner()
        level = "info" if rt.secrets.state == "keyring" else "warning"
        self.keyring_banner.show_message(secrets_text(rt.secrets), level)
        self.language = QComboBox()
        self.language.setAccessibleName("Language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name if code else self.tr("System language"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(rt.config.settings.get("ui.language"))))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        general = QHBoxLayout()
        general.addWidget(QLabel(self.tr("Language")))
        general.addWidget(self.language)
        self.language_note = QLabel()
        general.addWidget(self.language_note, 1)
        data = QLabel(self.tr("Data folder: %1").replace("%1", str(rt.config.data_dir)))
        data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data.setAccessibleName("Data folder")
        self.database = DatabaseSetting(self.ctx)
        self.list = QListWidget()
        self.list.setAccessibleName("Services")
        self.list.setMaximumWidth(220)
        self.pages = QStackedWidget()
        installed = {i.name for i in rt.integrations}
        for svc in SERVICES.values():
            if svc.integration and svc.integration not in installed:
                continue  # settings appear with the integration that uses them
            QListWidgetItem(service_title(svc.key), self.list)
            self.pages.addWidget(ServicePage(self.ctx, svc))
        self.list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.list.setCurrentRow(0)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_banner)
        layout.addLayout(general)
        layout.addWidget(data)
        layout.addWidget(self.database)
        layout.addLayout(body, 1)

    def _on_language_changed(self, index: int) -> None:
        self.ctx.runtime.config.settings.set("ui.language", self.language.itemData(index))
        self.language_note.setText(self.tr("Takes effect the next time FleetDesk starts."))
