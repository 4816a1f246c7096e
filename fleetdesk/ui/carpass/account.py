"""Annex 2 account screen (username = establishment number, enterprise number, password in the
keyring, e-mail, Car-Pass helpdesk), "test connection", and the reporting rules: excluded
operations and vehicle categories, foreign plates, the km-per-day limit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.carpass.prechecks import ExclusionRules
from fleetdesk.carpass.settings import (
    HELPDESK_URL,
    OPERATION_KINDS,
    SERVICE,
    VEHICLE_CATEGORIES,
    VHR_LANGUAGE_CHOICES,
    Account,
    Rules,
    load_account,
    load_rules,
    save_rules,
    validate_org,
    validate_username,
)
from fleetdesk.core.aio import run_blocking
from fleetdesk.core.services import SERVICES
from fleetdesk.ui.carpass.common import category_label, environment_label, operation_label, service_of, tr
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.widgets.banner import Banner

CHANGE_WARNING = QT_TRANSLATE_NOOP(
    "CarPass",
    "You changed the Car-Pass %1 in FleetDesk. Change it on the Car-Pass website "
    "too (your professional account at car-pass.be): the two must be the same, or "
    "Car-Pass refuses every reading FleetDesk sends.",
)


class AccountView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = service_of(ctx)
        self.account: Account | None = None
        self._setup_ui()
        self.render_rules(load_rules(ctx.runtime.config))
        self.ctx.tasks.spawn(self.fetch(), name="carpass.account.load")

    # -- layout -------------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        account_box = self._setup_account()
        rules_box = self._setup_rules()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(account_box, 1)
        layout.addWidget(rules_box, 1)

    def _setup_account(self) -> QGroupBox:
        """The Car-Pass account: environment, username, password, check and save."""
        self.username = self._line("Username (establishment number)", "2xxxxxxxx1")
        self.password = self._line("Password", tr("not set"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # Annex 2: "The user must be able to check his username and password": the stored
        # password is shown only after a deliberate click, and never logged.
        self._revealed: str | None = None
        self.show_password = QPushButton(tr("Show"))
        self.show_password.setAccessibleName("Show password")
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(self._on_show_password_toggled)
        self.enterprise = self._line("Enterprise number (VAT)", "04xxxxxxx1")
        self.establishment = self._line("Establishment number", tr("same as the username"))
        self.email = self._line("E-mail", tr("as given when the account was activated"))
        self.environment = QComboBox()
        self.environment.setAccessibleName("Car-Pass environment")
        for name in SERVICES[SERVICE].environments:
            self.environment.addItem(environment_label(name), name)
        self.phone = self._line("Helpdesk telephone", tr("Car-Pass helpdesk number"))
        helpdesk = QLabel(
            tr("Car-Pass helpdesk: <a href='%1'>car-pass.be</a> (contact form)").replace("%1", HELPDESK_URL)
        )
        helpdesk.setOpenExternalLinks(True)
        helpdesk.setWordWrap(True)
        helpdesk.setAccessibleName("Car-Pass helpdesk")
        self.username.textEdited.connect(lambda *_: self._warn_change())
        self.password.textEdited.connect(lambda *_: self._warn_change())
        form = QFormLayout()
        form.addRow(tr("Username\n(establishment no.)"), self.username)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        form.addRow(tr("Password"), password_row)
        form.addRow(tr("Enterprise no.\n(VAT)"), self.enterprise)
        form.addRow(tr("Establishment no."), self.establishment)
        form.addRow(tr("E-mail"), self.email)
        form.addRow(tr("Environment"), self.environment)
        form.addRow(tr("Helpdesk telephone"), self.phone)
        form.addRow("", helpdesk)
        self.save_button = QPushButton(tr("Save account"))
        self.save_button.setAccessibleName("Save account")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.setAccessibleName("Test connection")
        self.test_button.clicked.connect(self._on_test_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        self.change_warning = Banner()
        self.change_warning.setAccessibleName("Account warning")
        self.result = Banner()
        self.result.setAccessibleName("Account result")
        account_box = QGroupBox(tr("Car-Pass account"))
        al = QVBoxLayout(account_box)
        al.addLayout(form)
        al.addLayout(buttons)
        al.addWidget(self.change_warning)
        al.addWidget(self.result)
        al.addStretch(1)
        return account_box

    def _setup_rules(self) -> QGroupBox:
        """The reporting rules: the km/day limit and the operations and categories not sent."""
        self.km_per_day = QSpinBox()
        self.km_per_day.setAccessibleName("Kilometres per day limit")
        self.km_per_day.setRange(50, 5000)
        self.km_per_day.setSingleStep(50)
        self.km_per_day.setSuffix(" " + tr("km/day"))
        self.operations: dict[str, QCheckBox] = {}
        self.categories: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Do not send these operations:")), 0, 0)
        for i, (key, label) in enumerate(OPERATION_KINDS.items(), start=1):
            box = QCheckBox(operation_label(key))
            box.setAccessibleName(f"Exclude operation {label}")
            self.operations[key] = box
            grid.addWidget(box, i, 0)
        grid.addWidget(QLabel(tr("Do not send these vehicles:")), 0, 1)
        for i, (key, label) in enumerate(VEHICLE_CATEGORIES.items(), start=1):
            box = QCheckBox(category_label(key))
            box.setAccessibleName(f"Exclude vehicle {label}")
            self.categories[key] = box
            grid.addWidget(box, i, 1)
        self.foreign = QCheckBox(tr("Foreign number plates"))
        self.foreign.setAccessibleName("Exclude foreign plates")
        grid.addWidget(self.foreign, len(VEHICLE_CATEGORIES) + 1, 1)
        self.vhr_language = QComboBox()
        self.vhr_language.setAccessibleName("Report language default")
        for code in VHR_LANGUAGE_CHOICES:
            self.vhr_language.addItem(code, code)
        rules_form = QFormLayout()
        rules_form.addRow(tr("Warn above"), self.km_per_day)
        rules_form.addRow(tr("Vehicle history report in"), self.vhr_language)
        self.save_rules_button = QPushButton(tr("Save rules"))
        self.save_rules_button.setAccessibleName("Save rules")
        self.save_rules_button.clicked.connect(self._on_save_rules_clicked)
        self.rules_result = Banner()
        rules_box = QGroupBox(tr("Reporting rules"))
        rl = QVBoxLayout(rules_box)
        note = QLabel(
            tr(
                "Car-Pass covers cars and vans up to 3.5 t registered in Belgium. "
                "Excluded readings are kept from Car-Pass; the prechecks say so."
            )
        )
        note.setWordWrap(True)
        rl.addWidget(note)
        rl.addLayout(grid)
        rl.addLayout(rules_form)
        rb = QHBoxLayout()
        rb.addWidget(self.save_rules_button)
        rb.addStretch(1)
        rl.addLayout(rb)
        rl.addWidget(self.rules_result)
        rl.addStretch(1)
        return rules_box

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    # -- account ------------------------------------------------------------------------------
    async def fetch(self) -> None:
        rt = self.ctx.runtime
        account = await run_blocking(load_account, rt.config, rt.credentials)
        self.render_account(account)

    def render_account(self, account: Account) -> None:
        cfg = self.ctx.runtime.config
        self.account = account
        self.username.setText(account.username or "")
        self.show_password.setChecked(False)
        self.password.clear()
        self.password.setPlaceholderText(tr("stored") if account.password_set else tr("not set"))
        self.enterprise.setText(account.enterprise or "")
        self.establishment.setText(account.establishment or "")
        self.email.setText(account.email or "")
        self.phone.setText(cfg.settings.get("carpass.helpdesk_phone", "") or "")
        self.environment.setCurrentIndex(max(0, self.environment.findData(cfg.environment(SERVICE))))
        for name, edit in (
            ("username", self.username),
            ("password", self.password),
            ("enterprise", self.enterprise),
            ("establishment", self.establishment),
        ):
            from_env = account.sources.get(name) == "environment"
            edit.setEnabled(not from_env)
            edit.setToolTip(
                tr("Set by FLEETDESK_CARPASS_%1 for unattended runs").replace("%1", name.upper())
                if from_env
                else ""
            )

    # -- show the stored password (Annex 2) -------------------------------------------------
    def _on_show_password_toggled(self, shown: bool) -> None:
        self.show_password.setText(tr("Hide") if shown else tr("Show"))
        if shown:
            self.password.setEchoMode(QLineEdit.EchoMode.Normal)
            if not self.password.text():
                self.ctx.tasks.latest("carpass.account.reveal", self._reveal())
            return
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if self._revealed is not None and self.password.text() == self._revealed:
            self.password.clear()  # the stored password does not linger in the field
        self._revealed = None

    async def _reveal(self) -> None:
        rt = self.ctx.runtime
        password = await run_blocking(rt.credentials.get, SERVICE, "password")
        if not self.show_password.isChecked() or self.password.text():
            return
        if not password:
            self.password.setPlaceholderText(tr("not set"))
            return
        self._revealed = password
        self.password.setText(password)

    def _changed_credentials(self) -> list[str]:
        old = self.account.username if self.account else None
        changed = []
        if self.username.isEnabled() and self.username.text().strip() != (old or ""):
            changed.append(tr("username"))
        if self.password.isEnabled() and self.password.text() and self.password.text() != self._revealed:
            changed.append(tr("password"))
        return changed

    def _warn_change(self) -> None:
        changed = self._changed_credentials()
        if changed:
            self.change_warning.show_message(
                tr(CHANGE_WARNING).replace("%1", tr(" and ").join(changed)), "warning"
            )
        else:
            self.change_warning.hide()

    def _on_save_clicked(self) -> None:
        try:
            enterprise = validate_org(tr("Enterprise number"), self.enterprise.text())
            establishment = validate_org(tr("Establishment number"), self.establishment.text())
            validate_username(tr("Username"), self.username.text())
        except ValueError as exc:
            self.result.show_message(str(exc), "error")
            return
        changed = self._changed_credentials()
        values = {
            "username": self.username.text().strip() if self.username.isEnabled() else None,
            "password": self.password.text()
            if self.password.isEnabled() and self.password.text() != self._revealed
            else None,
            "carpass.email": self.email.text().strip() or None,
            "carpass.helpdesk_phone": self.phone.text().strip() or None,
            "carpass.environment": self.environment.currentData(),
        }
        if self.enterprise.isEnabled():
            values["carpass.enterprise"] = enterprise
        if self.establishment.isEnabled():
            values["carpass.establishment"] = establishment
        self.ctx.tasks.spawn(self._save(values, changed), name="carpass.account.save")

    async def _save(self, values: dict, changed: list[str]) -> None:
        rt = self.ctx.runtime

        def work():
            for key, value in values.items():
                if key.startswith("carpass."):
                    rt.config.settings.set(key, value)
            for name in ("username", "password"):
                if values[name]:
                    rt.credentials.set(SERVICE, name, values[name])
            self.svc.invalidate()
            return load_account(rt.config, rt.credentials), rt.secrets.describe()

        account, where = await run_blocking(work)
        self.render_account(account)
        self.result.show_message(tr("Saved. %1").replace("%1", where), "info")
        if changed:
            self.change_warning.show_message(
                tr(CHANGE_WARNING).replace("%1", tr(" and ").join(changed)), "warning"
            )

    def _on_test_clicked(self) -> None:
        self.test_button.setEnabled(False)
        self.result.show_message(tr("Testing the connection to Car-Pass…"), "info")
        self.ctx.tasks.latest("carpass.account.test", self._test())

    async def _test(self) -> None:
        rt = self.ctx.runtime
        try:
            outcome = await run_blocking(rt.integration("carpass").test_connection, rt)
        finally:
            self.test_button.setEnabled(True)
        self.result.show_message(outcome.message, "info" if outcome.ok else "error")

    # -- rules --------------------------------------------------------------------------------------
    def render_rules(self, rules: Rules) -> None:
        self.km_per_day.setValue(rules.km_per_day)
        for key, box in self.operations.items():
            box.setChecked(key in rules.exclusions.operation_kinds)
        for key, box in self.categories.items():
            box.setChecked(key in rules.exclusions.vehicle_categories)
        self.foreign.setChecked(rules.exclusions.exclude_foreign_plates)
        self.vhr_language.setCurrentIndex(max(0, self.vhr_language.findData(rules.vhr_language)))

    def rules(self) -> Rules:
        return Rules(
            self.km_per_day.value(),
            ExclusionRules(
                operation_kinds=frozenset(k for k, b in self.operations.items() if b.isChecked()),
                vehicle_categories=frozenset(k for k, b in self.categories.items() if b.isChecked()),
                exclude_foreign_plates=self.foreign.isChecked(),
            ),
            self.vhr_language.currentData(),
        )

    def _on_save_rules_clicked(self) -> None:
        self.ctx.tasks.spawn(self._save_rules(self.rules()), name="carpass.rules.save")

    async def _save_rules(self, rules: Rules) -> None:
        await run_blocking(save_rules, self.ctx.runtime.config, rules)
        self.rules_result.show_message(tr("Saved: the prechecks use these rules from now on."), "info")
