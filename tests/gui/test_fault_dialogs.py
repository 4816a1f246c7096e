"""GUI side of issue 19: the settings-reset banner, the damaged-database dialog with its Restore
button, and the unexpected-error dialog with "Copy details" (never a bare traceback)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.ui.shell.fault_dialogs import damaged_database_dialog, error_box
from fleetdesk.ui.shell.main_window import MainWindow


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


# -- start-up with a damaged database (the GUI path of `fleetdesk` without a verb) ------------
class _Stopped(Exception):
    pass


def _damaged_store(folder, with_backup: bool):
    from fleetdesk.store.db import Store, backup

    store = Store(folder / "fleetdesk.sqlite3")
    store.write(lambda db: db.execute("CREATE TABLE kept (x)"))
    store.write(lambda db: db.execute("INSERT INTO kept VALUES (42)"))
    if with_backup:
        store.write(lambda db: backup(db, store.path, "test"))
    store.close()
    for extra in ("-wal", "-shm"):
        folder.joinpath(store.path.name + extra).unlink(missing_ok=True)
    store.path.write_bytes(b"garbage header!!" + bytes(4080))
    return store.path


def _start_gui_pressing(tmp_path, monkeypatch, qtbot, choice: str):
    """Run the GUI's start-up; press ``choice`` in the dialog; stop before the main loop."""
    import asyncio
    import sys

    import qasync

    from fleetdesk import app as app_module
    from fleetdesk.cli import build_parser

    loops, seen, opened = [], [], []
    real_loop = qasync.QEventLoop
    monkeypatch.setattr(qasync, "QEventLoop", lambda *a, **k: loops.append(real_loop(*a, **k)) or loops[-1])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def build_window(rt, demo=None, loop=None):
        opened.append(rt.store.read(lambda db: db.execute("SELECT x FROM kept").fetchall()))
        rt.close()
        raise _Stopped

    monkeypatch.setattr(app_module, "build_window", build_window)

    def press() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                _press(choice)
                return
        QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)
    args = build_parser().parse_args(["--data-dir", str(tmp_path)])
    try:
        code = app_module.run_gui(args)
    except _Stopped:
        code = "started"
    finally:
        for loop in loops:
            loop.close()
        asyncio.set_event_loop(None)
    return code, seen, opened


def test_gui_start_with_a_damaged_database_says_so_and_changes_nothing(tmp_path, monkeypatch, qtbot):
    path = _damaged_store(tmp_path, with_backup=False)
    before = path.read_bytes()
    code, seen, opened = _start_gui_pressing(tmp_path, monkeypatch, qtbot, "Close")
    assert code == 1 and not opened
    [text] = seen
    assert str(path) in text and "damaged" in text and "no backup" in text
    assert path.read_bytes() == before


def test_gui_start_restores_the_newest_backup_when_asked(tmp_path, monkeypatch, qtbot):
    path = _damaged_store(tmp_path, with_backup=True)
    before = path.read_bytes()
    code, seen, opened = _start_gui_pressing(tmp_path, monkeypatch, qtbot, "Restore the newest backup")
    assert code == "started" and opened == [[(42,)]]  # the app went on with the backup's data
    assert "The newest backup is" in seen[0]
    [aside] = tmp_path.glob("fleetdesk.sqlite3.damaged-*")
    assert aside.read_bytes() == before  # the damaged file kept, unchanged


# -- unexpected errors in background tasks ---------------------------------------------------
def test_an_unexpected_error_in_a_background_task_opens_the_error_dialog(
    tmp_path, app_context_for, qtbot, fake_clock
):
    rt = Runtime(Config.load(tmp_path), clock=fake_clock, integrations=[])
    try:
        window = MainWindow(app_context_for(rt))
        qtbot.addWidget(window)

        async def broken() -> None:
            raise ZeroDivisionError("inner detail")

        async def plain() -> None:
            from fleetdesk.core.errors import Offline

            raise Offline("THG could not be reached")

        window.ctx.tasks.spawn(plain(), name="thg.sync")
        qtbot.waitUntil(lambda: "could not be reached" in window.statusBar().currentMessage(), timeout=3000)
        assert not _visible_boxes()  # expected trouble: the status bar only
        window.ctx.tasks.spawn(broken(), name="some.task")
        qtbot.waitUntil(lambda: bool(_visible_boxes()), timeout=3000)
        [box] = _visible_boxes()
        assert box.accessibleName() == "Unexpected error"
        assert "Traceback" not in box.text() and "fleetdesk-errors.log" in box.text()
        assert "ZeroDivisionError: inner detail" in box.detailedText()
        log = tmp_path / "logs" / "fleetdesk-errors.log"
        assert "ZeroDivisionError: inner detail" in log.read_text("utf-8")
        box.close()
    finally:
        rt.close()


def _visible_boxes() -> list[QMessageBox]:
    widgets = QApplication.topLevelWidgets()
    found = {
        id(w): w
        for w in widgets + [c for top in widgets for c in top.findChildren(QMessageBox)]
        if isinstance(w, QMessageBox) and w.isVisible()
    }
    return list(found.values())
