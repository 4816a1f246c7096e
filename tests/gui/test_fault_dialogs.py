"""GUI side of issue 19: the settings-reset banner, the damaged-database dialog with its Restore
button, and the unexpected-error dialog with "Copy details" (never a bare traceback)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.ui.fault_dialogs import damaged_database_dialog, error_box
from fleetdesk.ui.main_window import MainWindow


def test_a_broken_settings_file_shows_a_banner_once(tmp_path, app_context_for, qtbot, fake_clock):
    (tmp_path / "settings.json").write_text("{oops", "utf-8")
    rt = Runtime(Config.load(tmp_path), clock=fake_clock, integrations=[])
    try:
        window = MainWindow(app_context_for(rt))
        qtbot.addWidget(window)
        assert not window.banner.isHidden()
        assert "settings.json.broken-" in window.banner_label.text()
    finally:
        rt.close()
    rt = Runtime(Config.load(tmp_path), clock=fake_clock, integrations=[])
    try:
        window = MainWindow(app_context_for(rt))
        qtbot.addWidget(window)
        assert window.banner.isHidden()
    finally:
        rt.close()


def _press(name: str) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            for button in widget.buttons():
                if button.accessibleName() == name or button.text() == name:
                    button.click()
                    return


def test_damaged_database_dialog_offers_restore_only_with_a_backup(qtbot):
    QTimer.singleShot(50, lambda: _press("Restore the newest backup"))
    assert damaged_database_dialog("The FleetDesk database x is damaged", True) is True
    QTimer.singleShot(50, lambda: _press("Close"))
    assert damaged_database_dialog("The FleetDesk database x is damaged", False) is False


def test_unexpected_error_dialog_copies_details(qtbot, tmp_path):
    try:
        raise ZeroDivisionError("inner detail")
    except ZeroDivisionError as exc:
        box = error_box(exc, tmp_path / "fleetdesk-errors.log")
    qtbot.addWidget(box)
    assert "Traceback" not in box.text() and "fleetdesk-errors.log" in box.text()
    [copy] = [b for b in box.buttons() if b.accessibleName() == "Copy details"]
    copy.click()
    assert "ZeroDivisionError: inner detail" in QApplication.clipboard().text()
