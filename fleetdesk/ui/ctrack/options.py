"""Live map options: how often to read positions, when a vehicle counts as not reporting, and
how long history is kept. Stored as ``ctrack.*`` settings; the service reads them every step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from fleetdesk.core.aio import run_blocking
from fleetdesk.ctrack.service import LiveSettings
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP

#: setting key -> (label, suffix, minimum, maximum, LiveSettings field)
FIELDS = {
    "ctrack.poll_interval_s": (
        QT_TRANSLATE_NOOP("LiveOptionsDialog", "Read positions every"),
        QT_TRANSLATE_NOOP("LiveOptionsDialog", " s"),
        2,
        3600,
        "poll_interval_s",
    ),
    "ctrack.stale_minutes": (
        QT_TRANSLATE_NOOP("LiveOptionsDialog", "Not reporting after"),
        QT_TRANSLATE_NOOP("LiveOptionsDialog", " min"),
        1,
        7 * 1440,
        "stale_minutes",
    ),
    "ctrack.retention_days": (
        QT_TRANSLATE_NOOP("LiveOptionsDialog", "Keep trips and tracks for"),
        QT_TRANSLATE_NOOP("LiveOptionsDialog", " days"),
        1,
        366,
        "retention_days",
    ),
}


class LiveOptionsDialog(QDialog):
    """Opened with ``open()``; saves off the UI thread when accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Live map options"))
        self.setAccessibleName("Live map options")
        current = LiveSettings.from_settings(ctx.runtime.config.settings)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        for key, (label, suffix, low, high, attr) in FIELDS.items():
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setSuffix(self.tr(suffix))
            spin.setValue(int(getattr(current, attr)))
            spin.setAccessibleName(label)
            self.spins[key] = spin
            form.addRow(self.tr(label), spin)
        note = QLabel(self.tr("The last known position of every vehicle is always kept."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName("Save live map options")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.accepted.connect(self._on_accepted)

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def _on_accepted(self) -> None:
        self.ctx.tasks.spawn(self.save(self.values()), name="ctrack.options")

    async def save(self, values: dict[str, int]) -> None:
        settings = self.ctx.runtime.config.settings

        def write() -> None:  # settings.json is written and fsynced: not on the UI thread
            for key, value in values.items():
                settings.set(key, value)

        await run_blocking(write)
        self.ctx.bus.sig_notice.emit(self.tr("Live map options saved."))
        self.ctx.bus.sig_store_changed.emit()  # views re-read what depends on them
