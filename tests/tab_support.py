"""Opening an integration's tab for a GUI test (real widgets, the runtime's simulators on
loopback) and closing it cleanly, shared by the tests/gui modules that drive those tabs."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator


def open_carpass_tab(rt, qtbot) -> Iterator:
    """Yield the Car-Pass tab of ``rt`` once its overview is built; then detach it from the
    store, await its tasks and stop its timers (nothing is left running after the test)."""
    from PySide6.QtCore import QTimer

    from fleetdesk.ui.carpass.tab import CarPassTab
    from fleetdesk.ui.context import AppContext

    ctx = AppContext.create(rt)
    widget = CarPassTab(ctx)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.ov is not None, timeout=3000)
    yield widget
    ctx.detach()  # no more store news
    done = asyncio.ensure_future(ctx.tasks.shutdown())
    qtbot.waitUntil(done.done, timeout=5000)
    for timer in widget.findChildren(QTimer) + [ctx.bus._debounce]:
        timer.stop()
    ctx.bus.sig_store_changed.disconnect()
    widget.close()
    widget.deleteLater()
    ctx.bus.deleteLater()


def open_tacho_tab(ctx, env, qtbot, rows: int = 51) -> Iterator:
    """Yield the Tachographs tab on ``ctx`` once its board lists ``rows`` units and cards; then
    stop the TachoShare downloads of ``env``."""
    from fleetdesk.ui.tachoshare.tab import TachoShareTab

    widget = TachoShareTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 740)
    widget.show()
    qtbot.waitUntil(lambda: widget.board.model.rowCount() == rows, timeout=8000)
    yield widget
    env.svc.downloads.stop()
