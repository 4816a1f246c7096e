"""Settings: which database this workstation uses (team mode, issue #16, docs/team-mode.md §1).

The field edits the ``database.url`` setting. It is checked with the same parser as
``--database`` and ``FLEETDESK_DATABASE_URL`` (core/dburl.py), so a wrong URL names the field
and what is allowed, and a URL with a password is refused. The store is opened once, at start:
a change takes effect the next time FleetDesk starts.

The password of a PostgreSQL URL goes to the OS keyring (service ``FleetDesk/database``, account
``USER@HOST:PORT/DB``), never to settings.json; with no OS keyring it is refused with a sentence
pointing to ``PGPASSFILE`` (store/engine.py says why). Storing it and "Test connection" run off
the UI thread (keyring calls and connecting may block).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fleetdesk.core import dburl
from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import BadInput, FleetDeskError
from fleetdesk.store.engine import check_server, save_server_password
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.widgets.banner import Banner


def tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseSetting", text)


class DatabaseSetting(QGroupBox):
    """One line: the database URL, Save, and what is in use now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(tr("Database"), parent)
        self.ctx = ctx
        cfg = ctx.runtime.config
        self.url = QLineEdit(str(cfg.settings.get(dburl.SETTING) or ""))
        self.url.setAccessibleName("Database URL")
        self.url.setPlaceholderText(
            tr("empty: this workstation's own file; for a team: postgresql://user@server:5432/fleetdesk")
        )
        self.url.setToolTip(
            tr(
                "sqlite:///PATH, or postgresql://USER@HOST[:PORT]/DBNAME"
                "[?sslmode=verify-full]. Never put the password in the URL: it "
                "comes from the keyring or PGPASSWORD / PGPASSFILE."
            )
        )
        self.url.returnPressed.connect(self._on_save_clicked)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setAccessibleName("Save database URL")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Database password")
        self.password.setPlaceholderText(tr("kept in the system keyring, never in settings.json"))
        self.password.returnPressed.connect(self._on_password_clicked)
        self.password_button = QPushButton(tr("Store password"))
        self.password_button.setAccessibleName("Store database password")
        self.password_button.clicked.connect(self._on_password_clicked)
        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.setAccessibleName("Test database connection")
        self.test_button.clicked.connect(self._on_test_clicked)
        self.in_use = QLabel()
        self.in_use.setAccessibleName("Database in use")
        self.in_use.setWordWrap(True)
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result = Banner()
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Database URL")))
        row.addWidget(self.url, 1)
        row.addWidget(self.save_button)
        secret_row = QHBoxLayout()
        secret_row.addWidget(QLabel(tr("Password")))
        secret_row.addWidget(self.password, 1)
        secret_row.addWidget(self.password_button)
        secret_row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(secret_row)
        layout.addWidget(self.in_use)
        layout.addWidget(self.result)
        self._show_in_use()

    def _show_in_use(self) -> None:
        cfg = self.ctx.runtime.config
        try:
            db = cfg.database
        except BadInput:  # cannot happen in a running app (the start refused it)
            return
        text = tr("In use: %1").replace("%1", db.display())
        if db.source in (dburl.CLI_FIELD, dburl.ENV_VAR):
            text += " · " + tr("set by %1, which wins over this setting").replace("%1", db.source)
        self.in_use.setText(text)

    def _on_save_clicked(self) -> None:
        cfg = self.ctx.runtime.config
        text = self.url.text().strip()
        if text:
            try:
                dburl.parse(text, source=tr("Database URL"), data_dir=cfg.data_dir)
            except BadInput as exc:
                self.result.show_message(f"{exc.field}: {exc.message}", "error")
                return
        if text == str(cfg.settings.get(dburl.SETTING) or ""):
            self.result.show_message(tr("Unchanged."), "info")
            return
        cfg.settings.set(dburl.SETTING, text or None)
        self.url.setText(text)
        self.result.show_message(
            tr("Saved. FleetDesk uses this database from the next start; restart it now to switch."), "info"
        )

    def _typed_url(self) -> dburl.DatabaseURL | None:
        """The URL in the field (else the one in use); None after saying what is wrong."""
        cfg = self.ctx.runtime.config
        text = self.url.text().strip()
        try:
            return (
                dburl.parse(text, source=tr("Database URL"), data_dir=cfg.data_dir) if text else cfg.database
            )
        except BadInput as exc:
            self.result.show_message(f"{exc.field}: {exc.message}", "error")
            return None

    def _on_password_clicked(self) -> None:
        url = self._typed_url()
        if url is None:
            return
        if url.is_sqlite:
            self.result.show_message(
                tr("Database password: only a postgresql:// URL has a password; type that URL first."),
                "error",
            )
            return
        password = self.password.text()
        self.password.clear()
        self.password_button.setEnabled(False)
        self.ctx.tasks.latest("settings.database.password", self._store_password(url, password))

    async def _store_password(self, url: dburl.DatabaseURL, password: str) -> None:
        try:
            # rt.secrets opens the keyring on first use: in the worker too, not on the UI thread
            await run_blocking(lambda: save_server_password(url, self.ctx.runtime.secrets, password))
        except BadInput as exc:
            self.result.show_message(f"{tr(exc.field)}: {exc.message}", "error")
            return
        finally:
            self.password_button.setEnabled(True)
        if self.ctx.demo is not None:  # the demo's keyring is in memory; the real one is not touched
            text = (
                tr("Demo: the password of %1 is kept in memory until FleetDesk closes.")
                if password
                else tr("Demo: the password of %1 was forgotten.")
            )
        else:
            text = (
                tr("The password of %1 is kept in the system keyring.")
                if password
                else tr("The password of %1 was removed from the system keyring.")
            )
        self.result.show_message(text.replace("%1", url.account), "info")

    def _on_test_clicked(self) -> None:
        url = self._typed_url()
        if url is None:
            return
        self.test_button.setEnabled(False)
        self.result.show_message(tr("Connecting to %1…").replace("%1", url.display()), "info")
        self.ctx.tasks.latest("settings.database.test", self._test(url))

    async def _test(self, url: dburl.DatabaseURL) -> None:
        try:
            said = await run_blocking(lambda: check_server(url, self.ctx.runtime.secrets))
        except FleetDeskError as exc:  # DatabaseUnreachable: already one plain sentence
            self.result.show_message(str(exc), "error")
            return
        finally:
            self.test_button.setEnabled(True)
        self.result.show_message(said, "info")
