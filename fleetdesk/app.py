"""GUI composition root: QApplication, the qasync loop, the runtime, the main window.

The loop is created here and only here; shutdown is awaited before the process exits.
"""

from __future__ import annotations

import asyncio
import logging
import sys

from fleetdesk.ui.shell.startup import (  # noqa: F401
    OutboxPump,
    build_window,
    close_on_signals,
    open_gui_runtime,
    preload,
)

log = logging.getLogger(__name__)


def run_gui(args) -> int:
    preload()  # the Qt-free modules first: cheaper to import before PySide6 (issue 15)
    import qasync
    from PySide6.QtWidgets import QMessageBox

    from fleetdesk.core.config import Config
    from fleetdesk.core.errors import FleetDeskError
    from fleetdesk.store.db import DatabaseDamaged, backups_of, restore_backup
    from fleetdesk.ui.qtsetup import create_application
    from fleetdesk.ui.shell.fault_dialogs import damaged_database_dialog, install_excepthook

    try:
        config = Config.load(args.data_dir, demo=args.demo, database=getattr(args, "database", None))
    except FleetDeskError as exc:  # data folder is a file, not writable: say so, change nothing
        create_application(language=None)
        QMessageBox.critical(None, "FleetDesk", str(exc))
        return 1
    for notice in config.notices:
        print(f"fleetdesk: {notice}", file=sys.stderr)
    app = create_application(language=config.settings.get("ui.language"))
    install_excepthook(args)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    while True:
        try:
            rt, demo = open_gui_runtime(args, config=config)
            break
        except DatabaseDamaged as exc:  # the file is left untouched unless the user restores
            if not damaged_database_dialog(str(exc), bool(backups_of(config.db_path))):
                return 1
            try:
                restore_backup(config.db_path)
            except FleetDeskError as failed:
                QMessageBox.critical(None, "FleetDesk", str(failed))
                return 1
        except FleetDeskError as exc:  # already running: say so, change nothing
            QMessageBox.critical(None, "FleetDesk", str(exc))
            return 1
    ctx, window, pump = build_window(rt, demo, loop=loop)
    window.show()
    pump.start_after_first_paint(window)
    close_on_signals(window)
    closed = asyncio.Event()
    # We end the loop ourselves once background tasks have stopped; Qt quitting on its own at
    # the last window would stop the loop under the shutdown coroutine.
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)

    async def main() -> None:
        await closed.wait()
        await ctx.tasks.shutdown()

    try:
        with loop:
            loop.run_until_complete(main())
    finally:
        rt.close()
        if demo:
            demo.stop()
    return 0
