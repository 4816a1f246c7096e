"""One service's Settings page: environment, base URL, credentials (in the keyring), the
integration's own settings, and a connection test."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import BadInput
from fleetdesk.core.services import ServiceDef
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.widgets.banner import Banner
from fleetdesk.ui.widgets.chips import service_title

SECRET_FIELDS = {"password", "client_secret", "refresh_token"}
# Marked for lupdate; shown through tr() below with the same literal context.
FIELD_LABELS = {
    "username": QT_TRANSLATE_NOOP("ServicePage", "Username"),
    "password": QT_TRANSLATE_NOOP("ServicePage", "Password"),
    "client_id": QT_TRANSLATE_NOOP("ServicePage", "Client ID"),
    "client_secret": QT_TRANSLATE_NOOP("ServicePage", "Client secret"),
    "refresh_token": QT_TRANSLATE_NOOP("ServicePage", "Refresh token"),
}
#: environment names and where an address comes from (Config.url_source); others are shown as-is
SOURCE_WORDS = {
    "production": QT_TRANSLATE_NOOP("ServicePage", "production"),
    "sandbox": QT_TRANSLATE_NOOP("ServicePage", "sandbox"),
    "custom": QT_TRANSLATE_NOOP("ServicePage", "custom address"),
    "override": QT_TRANSLATE_NOOP("ServicePage", "override"),
    "demo": QT_TRANSLATE_NOOP("ServicePage", "demo simulator"),
}


class _PendingSettings:
    """Collects what SettingField.write would store, so a page saves all or nothing."""

    def __init__(self, settings):
        self.settings = settings
        self.values: dict = {}

    def get(self, key, default=None):
        return self.values[key] if key in self.values else self.settings.get(key, default)

    def set(self, key, value) -> None:
        self.values[key] = value


def tr(text: str) -> str:
    return QCoreApplication.translate("ServicePage", text)


def source_word(name: str) -> str:
    return tr(SOURCE_WORDS[name]) if name in SOURCE_WORDS else name


def probe_service(rt, key: str):
    """Blocking reachability check for a service without its own test: any HTTP answer counts."""
    from fleetdesk.core.errors import FleetDeskError, Outcome, Rejected
    from fleetdesk.core.http import ApiClient

    url = rt.config.base_url(key)
    if "{z}" in url:
        url = url.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
    client = ApiClient(url, service=key, monitor=rt.monitor, timeout=(5.0, 10.0))
    status: int | None
    try:
        response = client.request("GET", "")
        status = response.status_code
    except Rejected as exc:
        status = exc.status
    except FleetDeskError as exc:
        return Outcome(False, str(exc) or type(exc).__name__)
    reachable = QCoreApplication.translate("ServicePage", "reachable (HTTP %1)")
    return Outcome(True, reachable.replace("%1", str(status)))


class ServicePage(QWidget):
    """One service's settings; credentials are read and written off the UI thread."""

    def __init__(self, ctx: AppContext, svc: ServiceDef, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = svc
        self.fields: dict[str, QLineEdit] = {}
        self._setup_ui()
        self.ctx.tasks.spawn(self.fetch(), name=f"settings.load.{svc.key}")

    def _setup_ui(self) -> None:
        cfg = self.ctx.runtime.config
        form = QFormLayout()
        self.environment = QComboBox()
        self.environment.setAccessibleName(f"{self.svc.title} environment")
        for name in self.svc.environments:
            self.environment.addItem(source_word(name), name)
        self.environment.setCurrentIndex(max(0, self.environment.findData(cfg.environment(self.svc.key))))
        form.addRow(self.tr("Environment"), self.environment)
        self.url = QLineEdit(cfg.settings.get(f"{self.svc.key}.url", ""))
        self.url.setPlaceholderText(self.svc.environments[cfg.environment(self.svc.key)])
        self.url.setAccessibleName(f"{self.svc.title} base URL")
        if self.svc.auth_of:  # an identity provider: its address is the OpenID issuer
            self.url.setToolTip(
                self.tr(
                    "FleetDesk reads the sign-in endpoints from this address's "
                    ".well-known/openid-configuration"
                )
            )
            form.addRow(self.tr("Issuer (sign-in address)"), self.url)
        else:
            form.addRow(self.tr("Custom address"), self.url)
        if cfg.environ.get(f"{self.svc.env_stem}_URL"):
            self.url.setEnabled(False)
            self.url.setToolTip(
                self.tr("Set by the environment variable %1").replace("%1", f"{self.svc.env_stem}_URL")
            )
        self.effective = QLabel()
        self.effective.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.effective.setWordWrap(True)
        form.addRow(self.tr("In use"), self.effective)
        for name in self.svc.credentials:
            edit = QLineEdit()
            edit.setAccessibleName(f"{self.svc.title} {FIELD_LABELS.get(name, name)}")
            if name in SECRET_FIELDS:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setPlaceholderText(self.tr("unchanged"))
            self.fields[name] = edit
            form.addRow(tr(FIELD_LABELS.get(name, name)), edit)
        self.extra_fields = self._extra_fields()
        for field, editor in self.extra_fields:
            form.addRow(QCoreApplication.translate("Settings", field.label), editor)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(f"Save {self.svc.title} settings")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setAccessibleName(f"Test {self.svc.title} connection")
        self.test_button.clicked.connect(self._on_test_clicked)
        self.result = Banner()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        box = QGroupBox(service_title(self.svc.key))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.result)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self._show_effective()

    def _extra_fields(self) -> list:
        """Editors for the plain settings the owning integration declares for this service."""
        rt = self.ctx.runtime
        fields = [f for i in rt.integrations for f in i.settings_fields().get(self.svc.key, [])]
        editors = []
        for field in fields:
            value = field.read(rt.config.settings)
            editor: QSpinBox | QComboBox | QLineEdit
            if field.kind == "int":
                editor = QSpinBox()
                editor.setRange(field.minimum, field.maximum)
                editor.setValue(int(value or 0))
                if field.unit:
                    editor.setSuffix(" " + QCoreApplication.translate("Settings", field.unit))
            elif field.kind == "choice":
                editor = QComboBox()
                editor.addItems(list(field.choices))
                editor.setCurrentIndex(max(0, editor.findText(str(value))))
            else:
                editor = QLineEdit(str(value or ""))
                if field.kind == "folder":
                    editor.setPlaceholderText(self.tr("default folder in the data directory"))
                elif field.placeholder:
                    editor.setPlaceholderText(QCoreApplication.translate("Settings", field.placeholder))
            editor.setAccessibleName(f"{self.svc.title} {field.label}")
            if field.help:
                editor.setToolTip(QCoreApplication.translate("Settings", field.help))
            if field.env and rt.config.environ.get(field.env):
                if isinstance(editor, QLineEdit):
                    editor.setText(rt.config.environ[field.env])
                editor.setEnabled(False)
                editor.setToolTip(self.tr("Set by the environment variable %1").replace("%1", field.env))
            editors.append((field, editor))
        return editors

    def _check_extra_fields(self, pending: _PendingSettings) -> list[str]:
        """Validate every editor into ``pending``; the problems, each naming its field."""
        problems = []
        for field, editor in self.extra_fields:
            if not editor.isEnabled():  # set by the environment: not a setting to save
                continue
            value = (
                editor.value()
                if isinstance(editor, QSpinBox)
                else editor.currentText()
                if isinstance(editor, QComboBox)
                else editor.text()
            )
            try:
                field.write(pending, value)
            except BadInput as exc:
                problems.append(f"{QCoreApplication.translate('Settings', exc.field)}: {exc.message}")
        return problems

    def _show_effective(self) -> None:
        cfg = self.ctx.runtime.config
        self.effective.setText(f"{cfg.base_url(self.svc.key)}  ({source_word(cfg.url_source(self.svc.key))})")

    async def fetch(self) -> None:
        creds = self.ctx.runtime.credentials
        values = await run_blocking(
            lambda: {
                n: (creds.get(self.svc.key, n), creds.source(self.svc.key, n)) for n in self.svc.credentials
            }
        )
        self.show_data(values)

    def show_data(self, values: dict) -> None:
        for name, (value, source) in values.items():
            edit = self.fields[name]
            if name in SECRET_FIELDS:
                edit.setPlaceholderText(self.tr("stored") if value else self.tr("not set"))
            else:
                edit.setText(value or "")
            if source == "environment":
                edit.setEnabled(False)
                edit.setToolTip(self.tr("Set by the environment variable for unattended runs"))

    def _on_save_clicked(self) -> None:
        from fleetdesk.core.config import insecure_url_problem

        settings = self.ctx.runtime.config.settings
        pending = _PendingSettings(settings)
        problems = []
        url = self.url.text().strip()
        if url and self.url.isEnabled():
            problem = insecure_url_problem(url)
            if problem:
                label = self.tr("Issuer (sign-in address)") if self.svc.auth_of else self.tr("Custom address")
                problems.append(f"{label}: {url!r} {problem}")
        problems += self._check_extra_fields(pending)
        if problems:  # nothing is saved until every field is right
            self.result.show_message("\n".join(problems), "error")
            return
        settings.set(f"{self.svc.key}.environment", self.environment.currentData())
        if self.url.isEnabled():
            settings.set(f"{self.svc.key}.url", url.rstrip("/") or None)
        for key, value in pending.values.items():
            settings.set(key, value)
        for field, editor in self.extra_fields:  # show what was kept (trimmed, normalised)
            if isinstance(editor, QLineEdit) and editor.isEnabled():
                editor.setText(str(field.read(settings) or ""))
        if self.url.isEnabled():
            self.url.setText(settings.get(f"{self.svc.key}.url") or "")
        self._show_effective()
        self._settings_changed()
        updates = {n: e.text() for n, e in self.fields.items() if e.isEnabled() and e.text()}
        self.ctx.tasks.spawn(self._save(updates), name=f"settings.save.{self.svc.key}")

    def _settings_changed(self) -> None:
        """A service that caches what these settings built (the sign-in endpoints) drops it."""
        svc = self.ctx.runtime.services.get(self.svc.auth_of or self.svc.key)
        reset = getattr(svc, "settings_changed", None)
        if callable(reset):
            self.ctx.tasks.spawn(run_blocking(reset), name=f"settings.reset.{self.svc.key}")

    async def _save(self, updates: dict[str, str]) -> None:
        rt = self.ctx.runtime

        def save() -> None:  # the keyring: off the UI thread
            for name, value in updates.items():
                rt.secrets.set(self.svc.key, name, value)

        await run_blocking(save)
        secrets = rt.secrets
        for name in updates:
            if name in SECRET_FIELDS:
                self.fields[name].clear()
        where = secrets.describe()
        self.result.show_message(self.tr("Saved. %1").replace("%1", where), "info")
        await self.fetch()

    def _on_test_clicked(self) -> None:
        self.test_button.setEnabled(False)
        self.result.show_message(self.tr("Testing…"), "info")
        self.ctx.tasks.latest(f"settings.test.{self.svc.key}", self._test())

    async def _test(self) -> None:
        rt = self.ctx.runtime
        try:
            integration = next(
                (i for i in rt.integrations if i.name == self.svc.integration and not self.svc.auth_of), None
            )
            if integration is not None:
                outcome = await run_blocking(integration.test_connection, rt)
            else:
                outcome = await run_blocking(probe_service, rt, self.svc.key)
            self.result.show_message(
                outcome.message or (self.tr("Connected") if outcome.ok else ""),
                "info" if outcome.ok else "error",
            )
        finally:
            self.test_button.setEnabled(True)
