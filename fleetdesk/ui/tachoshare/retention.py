"""Files past the retention period, listed for a deliberate removal (never automatic): each
file must be ticked, then "Remove ticked files" asks once more. ``RetentionFlow`` lists them
for the Tachographs tab and removes what was confirmed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fleetdesk.core.aio import run_blocking
from fleetdesk.tachoshare import facts as fx
from fleetdesk.tachoshare.importer import remove_files
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.tachoshare.texts import tr


class RetentionDialog(QDialog):
    sig_remove = Signal(list)  # file ids the user ticked and confirmed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Files past the retention period"))
        self.setAccessibleName("Retention")
        self.resize(720, 420)
        self.confirm = lambda n: (
            QMessageBox.question(
                self,
                tr("Remove files"),
                tr("Remove %1 file(s) from the archive and the disk? This cannot be undone.").replace(
                    "%1", str(n)
                ),
            )
            == QMessageBox.StandardButton.Yes
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Files past retention")
        self.list.itemChanged.connect(self._update_button)
        self.remove_button = QPushButton(tr("Remove ticked files…"))
        self.remove_button.setAccessibleName("Remove ticked files")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_button()

    def show_data(self, rows: list[dict], years: int, cutoff: str) -> None:
        self.intro.setText(
            tr(
                "Files are kept for %1 year(s) (a setting; at least 1). These were archived "
                "before %2 and hold no later day. FleetDesk never removes them by itself: "
                "tick the ones to remove."
            )
            .replace("%1", str(years))
            .replace("%2", cutoff)
        )
        self.list.blockSignals(True)
        self.list.clear()
        for f in rows:
            item = QListWidgetItem(f"{f['archived_at'][:10]}  {f['filename']}  ({f['size']:,} bytes)")
            item.setData(Qt.ItemDataRole.UserRole, f["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not rows:
            self.list.addItem(tr("No file is past the retention period."))
        self.list.blockSignals(False)
        self._update_button()

    def ticked(self) -> list[int]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole) is not None:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _update_button(self, *args) -> None:
        self.remove_button.setEnabled(bool(self.ticked()))

    def _on_remove_clicked(self) -> None:
        ids = self.ticked()
        if ids and self.confirm(len(ids)):
            self.remove_button.setEnabled(False)
            self.sig_remove.emit(ids)


class RetentionFlow:
    """Opens the dialog with the files past the period (read off the UI thread) and removes the
    ones ticked and confirmed. ``say(text)`` tells the result in the tab's banner (its words keep
    the "TachoShareTab" context); ``refresh()`` fetches the tab's data again."""

    def __init__(
        self, ctx: AppContext, svc, parent: QWidget, say: Callable[..., None], refresh: Callable[[], None]
    ):
        self.ctx, self.svc, self.parent = ctx, svc, parent
        self.say, self.refresh = say, refresh
        self.dialog: RetentionDialog | None = None

    def open(self) -> None:
        if self.dialog is None:
            self.dialog = RetentionDialog(self.parent)
            self.dialog.sig_remove.connect(self._on_dialog_remove)
        self.ctx.tasks.latest("tachoshare.retention", self._show())

    async def _show(self) -> None:
        years, today = fx.retention_years(self.svc.settings), self.svc.today()
        rows = await self.ctx.runtime.store.aread(lambda db: fx.expired_files(db, today, years))
        dialog = self.dialog  # made before this task was started
        if dialog is not None:
            dialog.show_data(rows, years, fx.retention_cutoff(today, years).isoformat())
            dialog.show()

    def _on_dialog_remove(self, ids: list) -> None:
        self.ctx.tasks.spawn(self._remove(list(ids)), name="tachoshare.retention_remove")

    async def _remove(self, ids: list[int]) -> None:
        root = await run_blocking(self.svc.archive_root)
        removed = await run_blocking(remove_files, self.ctx.runtime.store, root, ids)
        self.say(
            QCoreApplication.translate(
                "TachoShareTab", "Removed %1 file(s) past the retention period."
            ).replace("%1", str(len(removed)))
        )
        await self._show()
        self.refresh()
