"""THG sign-in: the device code flow inside the app (Microsoft identity).

The user code is shown large with a Copy button, the verification page opens in the browser,
a countdown shows how long the code stays valid, and Cancel stops the polling at once (the
wait runs in the worker pool and checks a cancel flag every 0.2 s).
"""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fleetdesk.core.aio import run_blocking
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.widgets.chips import Dot


def countdown_text(expires_at: datetime, now: datetime) -> str:
    left = max(0, int((expires_at - now).total_seconds()))
    return f"{left // 60}:{left % 60:02d}"


class SignInPanel(QFrame):
    """Shows who is signed in; runs the device code flow. ``sig_signed_in`` after success."""

    sig_signed_in = Signal()
    sig_signed_out = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.status = None
        self.device = None
        self._cancel: threading.Event | None = None
        self.open_url = QDesktopServices.openUrl  # tests replace it: no browser in CI
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("thgSignIn")
        self.setStyleSheet("QFrame#thgSignIn { background: palette(alternate-base); border-radius: 6px; }")
        self.dot = Dot("unknown")
        self.state_label = QLabel(self.tr("Checking the THG sign-in…"))
        self.state_label.setAccessibleName("THG sign-in state")
        self.state_label.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("Sign in…"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setStyleSheet("QPushButton { font-weight: bold; padding: 3px 14px; }")
        self.sign_in_button.setAccessibleName("Sign in to THG")
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName("Sign out of THG")
        self.sign_out_button.clicked.connect(self._on_sign_out_clicked)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setAccessibleName("Sync THG now")
        row = QHBoxLayout()
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.dot)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.sync_button)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_out_button)

        # the device code box (hidden until a sign-in starts)
        self.code_box = QFrame()
        self.code_box.setObjectName("thgCode")
        self.code_box.setStyleSheet(
            "QFrame#thgCode { background: #e3f2fd; border: 1px solid #90caf9; "
            "border-radius: 6px; }  QLabel { background: transparent; }"
        )
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.code_label = QLabel()
        self.code_label.setAccessibleName("THG user code")
        font = QFont("monospace")
        font.setPointSize(24)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy code"))
        self.copy_button.setAccessibleName("Copy THG code")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.open_button = QPushButton(self.tr("Open sign-in page"))
        self.open_button.setAccessibleName("Open THG sign-in page")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.countdown = QLabel()
        self.countdown.setAccessibleName("THG code countdown")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName("Cancel THG sign-in")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.copy_button)
        code_row.addWidget(self.open_button)
        code_row.addStretch(1)
        code_row.addWidget(self.countdown)
        code_row.addWidget(self.cancel_button)
        box = QVBoxLayout(self.code_box)
        box.addWidget(self.instructions)
        box.addLayout(code_row)
        self.code_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.code_box)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.show_data(None)

    # -- fetch / render -------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.ctx.tasks.latest("thg.signin.status", self.fetch())
        except RuntimeError:  # the app is shutting down: nothing to show any more
            pass

    async def fetch(self) -> None:
        from fleetdesk.thg.service import ThgService

        try:
            status = await run_blocking(lambda: ThgService.of(self.ctx.runtime).account.status())
        except FleetDeskError as exc:
            self.show_data(None, str(exc))
            return
        self.show_data(status)

    def describe(self, status) -> str:
        """thg.account's AccountStatus.describe() in the UI language."""
        from fleetdesk.thg.account import ENVIRONMENT

        if not status.signed_in:
            if status.refresh.lapsed:
                return self.tr("The THG sign-in lapsed (unused for 90 days). Sign in again.")
            return self.tr("Not signed in to the THG service.")
        if status.username:
            text = self.tr("Signed in as %1").replace("%1", status.username)
        else:
            text = self.tr("Signed in to the THG service")
        if status.source == ENVIRONMENT:
            text += " " + self.tr("(refresh token from FLEETDESK_THG_REFRESH_TOKEN)")
        if status.refresh.lapsed:
            return self.tr("%1, but the sign-in lapsed (unused for 90 days). Sign in again.").replace(
                "%1", text
            )
        if status.refresh.warn:
            text += ". " + self.tr(
                "The sign-in lapses in %1 days unless FleetDesk syncs before then: sync now or sign in again"
            ).replace("%1", str(status.days_left))
        return text + "."

    def show_data(self, status, problem: str | None = None) -> None:
        self.status = status
        busy = self.device is not None
        if status is None:
            self.dot.set_state("unknown" if problem is None else "error")
            self.state_label.setText(problem or self.tr("Checking the THG sign-in…"))
        else:
            state = "online" if status.signed_in and not status.refresh.lapsed else "auth"
            if status.signed_in and status.refresh.warn and not status.refresh.lapsed:
                state = "warning"
            self.dot.set_state(state)
            text = self.describe(status)
            if not status.signed_in:
                text += " " + self.tr(
                    "Sign in to upload documents and sync statuses; what you do "
                    "meanwhile waits in the outbox."
                )
            self.state_label.setText(text)
        signed = bool(status and status.signed_in)
        self.sign_in_button.setVisible(not busy)
        self.sign_in_button.setText(self.tr("Sign in again…") if signed else self.tr("Sign in…"))
        self.sign_out_button.setVisible(signed and not busy)
        self.sync_button.setEnabled(signed)

    # -- the device code flow ---------------------------------------------------------------
    def _on_sign_in_clicked(self) -> None:
        self.ctx.tasks.latest("thg.signin.flow", self.sign_in())

    async def sign_in(self) -> None:
        from fleetdesk.thg.auth import SignInCancelled, SignInFailed
        from fleetdesk.thg.service import ThgService

        account = ThgService.of(self.ctx.runtime).account
        self.sign_in_button.setEnabled(False)
        try:
            device = await run_blocking(account.start_device_flow)
        except FleetDeskError as exc:
            self.sign_in_button.setEnabled(True)
            self.state_label.setText(self.tr("Could not start the sign-in: %1").replace("%1", str(exc)))
            self.dot.set_state("error")
            return
        self.sign_in_button.setEnabled(True)
        self._show_code(device)
        cancel = self._cancel = threading.Event()
        try:
            status = await run_blocking(account.wait_for_sign_in, device, cancel)
        except SignInCancelled:
            self._hide_code()
            self.refresh()
            return
        except (SignInFailed, FleetDeskError) as exc:
            self._hide_code()
            self.show_data(self.status)
            self.state_label.setText(str(exc))
            self.dot.set_state("error")
            return
        finally:
            cancel.set()  # the worker stops polling even if this task was cancelled
        self._hide_code()
        self.show_data(status)
        self.ctx.bus.sig_notice.emit(self.tr("THG: %1").replace("%1", status.describe()))
        self.sig_signed_in.emit()

    def _show_code(self, device) -> None:
        self.device = device
        self.instructions.setText(
            self.tr(
                "Open %1 in your browser and enter this code to sign in "
                "to the THG service with your Microsoft account:"
            ).replace("%1", device.verification_uri)
            + (
                " " + self.tr("(Demo: the simulator accepts the code by itself after a few seconds.)")
                if self.ctx.runtime.config.demo
                else ""
            )
        )
        self.code_label.setText(device.user_code)
        self._on_timer_timeout()
        self._timer.start()
        self.code_box.show()
        self.show_data(self.status)
        if not self.ctx.runtime.config.demo:
            self._on_open_clicked()

    def _hide_code(self) -> None:
        self.device = None
        self._cancel = None
        self._timer.stop()
        self.code_box.hide()

    def _on_timer_timeout(self) -> None:
        if self.device is None:
            self._timer.stop()
            return
        text = countdown_text(self.device.expires_at, self.ctx.runtime.clock.now())
        self.countdown.setText(self.tr("Code valid for %1").replace("%1", text))

    def _on_copy_clicked(self) -> None:
        if self.device is not None:
            QGuiApplication.clipboard().setText(self.device.user_code)
            self.ctx.bus.sig_notice.emit(self.tr("Code copied"))

    def _on_open_clicked(self) -> None:
        if self.device is not None:
            self.open_url(QUrl(self.device.verification_uri))

    def _on_cancel_clicked(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _on_sign_out_clicked(self) -> None:
        self.ctx.tasks.spawn(self._sign_out(), name="thg.signin.out")

    async def _sign_out(self) -> None:
        from fleetdesk.thg.service import ThgService

        await run_blocking(ThgService.of(self.ctx.runtime).account.sign_out)
        self.sig_signed_out.emit()
        self.refresh()

    def shutdown(self) -> None:
        """Stop polling and the countdown (the tab is closing)."""
        if self._cancel is not None:
            self._cancel.set()
        self._timer.stop()
