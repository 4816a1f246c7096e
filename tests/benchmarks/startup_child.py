"""Child process of test_startup_bench: start the GUI on an empty data folder (no demo), show
the window, print the times (ms since the interpreter started) as one JSON line, exit."""

import time

T0 = time.perf_counter()
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
EAGER = "--eager" in sys.argv


def ms() -> float:
    return round((time.perf_counter() - T0) * 1000, 1)


def main() -> None:
    marks = {}
    from PySide6.QtCore import QEvent, QObject

    from fleetdesk.ui.qtsetup import create_application
    from fleetdesk.ui.selftest import wait_until
    from fleetdesk.ui.shell.startup import build_window, open_gui_runtime

    marks["imports"] = ms()
    app = create_application()  # noqa: F841  (kept referenced: a collected QApplication ends Qt)
    marks["qapplication"] = ms()
    tmp = tempfile.TemporaryDirectory(prefix="fleetdesk-startup-")
    args = type("Args", (), {"data_dir": tmp.name, "demo": False, "database": None})()
    rt, demo = open_gui_runtime(args)
    marks["runtime"] = ms()
    ctx, window, pump = build_window(rt, demo)
    if EAGER:  # what start-up did before issue 15: every tab built before the first paint
        window.build_all_tabs()
    marks["window"] = ms()

    class PaintSpy(QObject):
        painted = None

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and self.painted is None:
                self.painted = ms()
            return False

    spy = PaintSpy()
    window.installEventFilter(spy)
    window.show()
    wait_until(lambda: spy.painted is not None, 10000)
    marks["first_paint"] = spy.painted
    print(json.dumps(marks))
    sys.stdout.flush()
    os._exit(0)  # the figure is taken; skip the orderly shutdown


main()
