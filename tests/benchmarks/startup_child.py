"""Child process of test_startup_bench: start the GUI the way ``fleetdesk`` does (the Qt-free
runtime imported first, then Qt, the runtime opened, the window built and shown, the pump
started after the first paint), print the times as one JSON line, exit.

Stages are ms since the interpreter started (wall clock); ``cpu_first_paint`` is the CPU time
this process had used by then (all threads), which a busy machine disturbs far less
(``cpu_<stage>`` for every stage).
``--eager`` builds every tab before the first paint (start-up before issue 15);
``--data-dir DIR`` starts on that folder (default: a new empty one).
"""

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


def cpu() -> float:
    return round(time.process_time() * 1000, 1)


def main() -> None:
    marks, cpus = {}, {}
    from fleetdesk.ui.shell.startup import build_window, open_gui_runtime, preload

    preload()  # as fleetdesk.app.run_gui does, before Qt
    from PySide6.QtCore import QEvent, QObject

    from fleetdesk.ui.qtsetup import create_application
    from fleetdesk.ui.selftest import wait_until

    marks["imports"], cpus["imports"] = ms(), cpu()
    app = create_application()  # noqa: F841  (kept referenced: a collected QApplication ends Qt)
    marks["qapplication"], cpus["qapplication"] = ms(), cpu()
    if "--data-dir" in sys.argv:
        data_dir = sys.argv[sys.argv.index("--data-dir") + 1]
    else:
        tmp = tempfile.TemporaryDirectory(prefix="fleetdesk-startup-")
        data_dir = tmp.name
    args = type("Args", (), {"data_dir": data_dir, "demo": False, "database": None})()
    rt, demo = open_gui_runtime(args)
    marks["runtime"], cpus["runtime"] = ms(), cpu()
    ctx, window, pump = build_window(rt, demo)
    if EAGER:  # what start-up did before issue 15: every tab built before the first paint
        window.build_all_tabs()
    marks["window"], cpus["window"] = ms(), cpu()

    class PaintSpy(QObject):
        painted = None
        cpu = None

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and self.painted is None:
                self.painted = ms()
                self.cpu = cpu()
            return False

    spy = PaintSpy()
    window.installEventFilter(spy)
    window.show()
    pump.start_after_first_paint(window)
    wait_until(lambda: spy.painted is not None, 10000)
    marks["first_paint"] = spy.painted
    cpus["first_paint"] = spy.cpu
    marks.update({f"cpu_{k}": v for k, v in cpus.items()})
    print(json.dumps(marks))
    sys.stdout.flush()
    os._exit(0)  # the figure is taken; skip the orderly shutdown


main()
