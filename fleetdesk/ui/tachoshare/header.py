"""The top of the Tachographs tab: sign-in state with a clear way to sign in, "Sync now", and
the board's counts at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fleetdesk.core.clock import parse_utc
from fleetdesk.tachoshare import compliance as c
from fleetdesk.tachoshare.service import SignInState
from fleetdesk.tachoshare.views import BoardRow
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.tachoshare.progress import CountChips
from fleetdesk.ui.widgets.banner import Banner
from fleetdesk.ui.widgets.chips import Dot


def tr(text: str) -> str:
    return QCoreApplication.translate("TachoHeader", text)


SIGN_IN_TEXT = {
    "signed_in": ("ok", QT_TRANSLATE_NOOP("TachoHeader", "Signed in to TachoShare")),
    "signed_out": ("warning", QT_TRANSLATE_NOOP("TachoHeader", "Not signed in to TachoShare")),
    "expired": ("attention", QT_TRANSLATE_NOOP("TachoHeader", "The TachoShare sign-in has expired")),
    "not_configured": ("unknown", QT_TRANSLATE_NOOP("TachoHeader", "TachoShare is not set up")),
}
COUNT_LABELS = (
    (c.OUTSIDE, QT_TRANSLATE_NOOP("TachoHeader", "outside legal compliance")),
    (c.NEVER, QT_TRANSLATE_NOOP("TachoHeader", "never downloaded")),
    (c.DISCONNECTED, QT_TRANSLATE_NOOP("TachoHeader", "disconnected")),
    (c.OVERDUE, QT_TRANSLATE_NOOP("TachoHeader", "overdue")),
    (c.DUE_SOON, QT_TRANSLATE_NOOP("TachoHeader", "due soon")),
    (c.OK, QT_TRANSLATE_NOOP("TachoHeader", "up to date")),
)


def level_counts(rows: list[BoardRow]) -> list[tuple[str, int, str]]:
    counts = {level: 0 for level, _ in COUNT_LABELS}
    for r in rows:
        counts[r.reading.level] = counts.get(r.reading.level, 0) + 1
    return [(level, counts[level], tr(label)) for level, label in COUNT_LABELS]


class TachoHeader(QWidget):
    sig_sign_in = Signal()
    sig_sync = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.dot = Dot("unknown")
        self.state_label = QLabel(tr("Checking the TachoShare sign-in…"))
        self.state_label.setAccessibleName("TachoShare sign-in state")
        self.sign_in_button = QPushButton(tr("Sign in…"))
        self.sign_in_button.setAccessibleName("Sign in to TachoShare")
        self.sign_in_button.clicked.connect(self.sig_sign_in)
        self.sign_in_button.hide()
        self.listed_label = QLabel()
        self.listed_label.setStyleSheet("color: palette(mid);")
        self.sync_button = QPushButton(tr("Sync now"))
        self.sync_button.setAccessibleName("Sync now")
        self.sync_button.setToolTip(tr("Ask TachoShare what is new and download it (F5 syncs every service)"))
        self.sync_button.clicked.connect(self.sig_sync)
        self.sync_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.dot)
        row.addWidget(self.state_label)
        row.addWidget(self.sign_in_button)
        row.addStretch(1)
        row.addWidget(self.listed_label)
        row.addWidget(self.sync_button)
        self.counts = CountChips()
        self.counts.setAccessibleName("Compliance summary")
        self.banner = Banner(action_text=tr("Cancel"))
        self.banner.action_button.setAccessibleName("Banner action")
        self.banner.action_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.counts)
        layout.addWidget(self.banner)

    def render_sign_in(self, state: SignInState) -> None:
        if state == getattr(self, "_state", None):
            return
        self._state = state
        chip, text = SIGN_IN_TEXT.get(state.state, ("unknown", None))
        self.dot.set_state(chip)
        self.state_label.setText(tr(text) if text else state.message)
        self.state_label.setToolTip(state.message)
        self.sign_in_button.setVisible(state.state in ("signed_out", "expired"))
        self.sign_in_button.setText(tr("Sign in again…") if state.state == "expired" else tr("Sign in…"))
        self.sync_button.setEnabled(state.ok)

    def render_counts(self, rows: list[BoardRow], listed_at: str | None) -> None:
        shown = ([r.reading.level for r in rows], listed_at)
        if shown == getattr(self, "_counts", None):
            return
        self._counts = shown
        self.counts.set_counts(level_counts(rows), tr("No vehicle units or driver cards listed yet."))
        self.listed_label.setText(
            tr("Lists updated %1").replace("%1", parse_utc(listed_at).astimezone().strftime("%H:%M"))
            if listed_at
            else ""
        )
