"""``fleetdesk screenshots DIR``: the demo, one 1280x800 PNG per tab (for docs and review)."""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from fleetdesk.ui.selftest import shutdown_context, wait_events, wait_until


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "")).strip("-")


def screenshot_ready_of(page) -> Callable[[], bool] | None:
    """The page's ``screenshot_ready()`` (the tab's, when the page is a LazyTab: it builds the
    tab when shown), or None when it has none and a short wait is enough."""
    build = getattr(page, "build", None)
    tab = build() if callable(build) else page
    ready = getattr(tab, "screenshot_ready", None)
    return ready if callable(ready) else None


def take_screenshots(args) -> int:
    import asyncio

    import qasync

    from fleetdesk.ui.qtsetup import create_application
    from fleetdesk.ui.shell.startup import build_window, open_gui_runtime

    out = Path(args.dir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    tmp = tempfile.TemporaryDirectory(prefix="fleetdesk-shots-")
    ns = type("Args", (), {"data_dir": tmp.name, "demo": True})()
    rt, demo = open_gui_runtime(ns)
    ctx, window, pump = build_window(rt, demo)
    written: list[Path] = []
    try:
        window.resize(1280, 800)
        window.show()
        pump.start()
        wait_events(1500)  # let the pump send demo submissions and the views fetch
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            ready = screenshot_ready_of(window.tabs.currentWidget())
            if ready is not None:
                wait_until(ready, 8000)
            wait_events(400)
            path = out / f"{i + 1:02d}-{slug(window.tabs.tabText(i))}.png"
            if not window.grab().save(str(path)):
                print(f"could not write {path}", file=sys.stderr)
                return 1
            written.append(path)
    finally:
        window.close()
        shutdown_context(ctx)
        rt.close()
        demo.stop()
        tmp.cleanup()
    for path in written:
        print(path)
    return 0
