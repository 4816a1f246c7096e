"""Dialogs for what goes wrong around the app rather than in it: a data folder or database that
cannot be used at start (with a Restore button when there is a backup), and an unexpected
error (one sentence, the log file, and a "Copy details" button; never a bare traceback)."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox


def tr(text: str) -> str:
    return QCoreApplication.translate("FaultDialogs", text)


def damaged_database_dialog(message: str, has_backup: bool) -> bool:
    """Show the damaged-database message; True if the user chose to restore the newest backup."""
    box = QMessageBox(QMessageBox.Icon.Critical, "FleetDesk", message)
    box.setAccessibleName("Damaged database")
    restore = None
    if has_backup:
        restore = box.addButton(tr("Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
        restore.setAccessibleName("Restore the newest backup")
    box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def error_box(exc: BaseException, log_file=None) -> QMessageBox:
    """The unexpected-error dialog (not shown): a plain sentence, details behind a button."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        from fleetdesk.core.redact import redact

        details = redact(details)
    except Exception:  # noqa: BLE001 - never fail while reporting a failure
        pass
    text = tr(
        "Something went wrong that FleetDesk did not expect. What you typed is still on "
        "screen; you can try again."
    )
    if log_file:
        text += "\n\n" + tr("The details are in %1.").replace("%1", str(log_file))
    box = QMessageBox(QMessageBox.Icon.Warning, "FleetDesk", text)
    box.setAccessibleName("Unexpected error")
    box.setDetailedText(details)
    copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.setAccessibleName("Copy details")
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def show_unexpected(exc: BaseException, args=None, parent=None) -> QMessageBox:
    """Log ``exc`` with its traceback to the crash log and open the error dialog (not modal)."""
    from fleetdesk.core.cli_support import log_unexpected

    log_file = log_unexpected(exc, args)
    box = error_box(exc, log_file)
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def install_excepthook(args=None) -> None:
    """Unexpected errors in Qt slots become a dialog (and the log), not a traceback."""

    def hook(kind, exc, tb):
        if issubclass(kind, KeyboardInterrupt):
            return sys.__excepthook__(kind, exc, tb)
        if getattr(args, "debug", False):
            sys.__excepthook__(kind, exc, tb)
        try:
            show_unexpected(exc, args)
        except Exception:  # noqa: BLE001
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook
