"""Start-up stays lazy (issue 15): what the first paint does not wait for.

The integrations' HTTP clients, outbox handlers, sign-in libraries (Authlib, MSAL) and the
keyring are imported when first needed: an item of that kind is sent, a tab or the background
pump uses the service. These are structural checks in a fresh interpreter (what is in
``sys.modules`` at that moment), not timings; docs/benchmarks.md has the figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from fleetdesk.integrations import Integration, discover
from fleetdesk.runtime import Runtime
from fleetdesk.store import outbox as ob
from fleetdesk.store.dispatcher import Dispatcher
from fleetdesk.store.handlers import Handlers
from fleetdesk.store.outbox import OutboxHandler

ROOT = Path(__file__).resolve().parents[2]

#: modules the first paint must not wait for (prefixes: a package and all its modules)
NOT_AT_START = (
    "authlib",
    "msal",
    "joserfc",
    "keyring",
    "cryptography",
    "requests",
    "urllib3",
    "fleetdesk.carpass.client",
    "fleetdesk.carpass.handlers",
    "fleetdesk.tachoshare.client",
    "fleetdesk.tachoshare.auth",
    "fleetdesk.tachoshare.rdl",
    "fleetdesk.thg.client",
    "fleetdesk.thg.auth",
    "fleetdesk.thg.handlers",
    "fleetdesk.highmobility.client",
    "fleetdesk.highmobility.handlers",
    "fleetdesk.ctrack.client",
    # the Car-Pass tab's reports view (the PDF viewer) is built when first shown
    "PySide6.QtPdf",
    "fleetdesk.ui.carpass.vhr",
    "fleetdesk.ui.carpass.account",
    # sqlite-utils looks for its plug-ins (every installed package's entry points) unless told not to
    "importlib.metadata",
)

_REPORT = textwrap.dedent(
    """
    def loaded(prefixes):
        return sorted(p for p in prefixes if any(m == p or m.startswith(p + ".") for m in sys.modules))
    """
)

RUNTIME_CHILD = _REPORT + textwrap.dedent(
    """
    from fleetdesk.core.config import Config
    from fleetdesk.runtime import Runtime

    rt = Runtime(Config.load(sys.argv[1]))
    print(json.dumps({"loaded": loaded(PREFIXES + ["PySide6"]), "integrations": len(rt.integrations)}))
    rt.close()
    """
)

GUI_CHILD = _REPORT + textwrap.dedent(
    """
    from PySide6.QtCore import QEvent, QObject

    from fleetdesk.ui.qtsetup import create_application
    from fleetdesk.ui.selftest import wait_until
    from fleetdesk.ui.shell.startup import build_window, open_gui_runtime

    app = create_application()
    args = type("Args", (), {"data_dir": sys.argv[1], "demo": False, "database": None})()
    rt, demo = open_gui_runtime(args)
    ctx, window, pump = build_window(rt, demo)

    class PaintSpy(QObject):
        at_paint = None

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and self.at_paint is None:
                self.at_paint = loaded(PREFIXES)
            return False

    spy = PaintSpy()
    window.installEventFilter(spy)
    window.show()
    wait_until(lambda: spy.at_paint is not None, 20000)
    print(json.dumps({"loaded": spy.at_paint, "tab": window.tabs.currentWidget().objectName()}))
    sys.stdout.flush()
    os._exit(0)
    """
)


def _run_child(code: str, data_dir: Path) -> dict:
    prelude = f"import json, os, sys\nPREFIXES = {list(NOT_AT_START)!r}\n"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", prelude + code, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_opening_the_runtime_imports_no_client_handler_sign_in_library_keyring_or_qt(tmp_path):
    result = _run_child(RUNTIME_CHILD, tmp_path / "data")
    assert result["integrations"] >= 5
    assert result["loaded"] == []


def test_the_main_window_paints_before_any_client_handler_sign_in_library_or_keyring_is_imported(
    tmp_path,
):
    result = _run_child(GUI_CHILD, tmp_path / "data")
    assert result["tab"] == "page_carpass"  # the first tab is built before the paint
    assert result["loaded"] == []


# -- the outbox handlers, built per kind on first need ---------------------------------------
def test_every_integration_declares_exactly_the_outbox_kinds_its_handlers_send(config, fake_clock):
    with Runtime(config, clock=fake_clock) as rt:
        assert [i.name for i in rt.integrations] == [i.name for i in discover()]
        for integration in rt.integrations:
            kinds = [h.kind for h in integration.handlers(rt)]
            assert integration.outbox_kinds is not None, integration.name
            assert sorted(integration.outbox_kinds) == sorted(kinds), integration.name


class _Handler(OutboxHandler):
    def __init__(self, kind: str):
        self.kind = kind


def test_handlers_are_built_per_provider_when_their_kind_is_first_asked_for():
    built: list[str] = []

    def provider(name: str, kinds: list[str]):
        def build():
            built.append(name)
            return [_Handler(k) for k in kinds]

        return build

    handlers = Handlers(
        [_Handler("ready.one")],
        [
            (("a.one", "a.two"), provider("a", ["a.one", "a.two"])),
            (("b.one",), provider("b", ["b.one"])),
            (None, provider("undeclared", ["c.one"])),
            ((), provider("nothing", [])),
        ],
    )
    assert handlers.get("ready.one").kind == "ready.one" and built == []
    assert handlers.get("a.two").kind == "a.two" and built == ["a"]
    assert handlers.get("a.one").kind == "a.one" and built == ["a"], "built once"
    assert handlers.loaded == ["a.one", "a.two", "ready.one"]
    assert handlers.get("c.one").kind == "c.one" and built == ["a", "undeclared"]
    assert handlers.get("nobody.sends") is None
    assert sorted(handlers) == ["a.one", "a.two", "b.one", "c.one", "ready.one"]  # all built
    assert built == ["a", "undeclared", "b", "nothing"]


def test_a_handler_that_cannot_be_built_sets_its_item_aside_saying_why(store, fake_clock):
    def broken():
        raise ImportError("No module named 'authlib'")

    store.write(
        lambda db: ob.enqueue(
            db, service="ledger", kind="x.send", payload={}, label="an item", clock=fake_clock
        )
    )
    dispatcher = Dispatcher(store, Handlers(providers=[(("x.send",), broken)]), fake_clock)
    report = dispatcher.run_once()
    item = store.read(lambda db: ob.items(db))[0]
    assert report.attention == [item.id] and item.state == ob.ATTENTION
    assert "no sender for 'x.send'" in item.last_error and "authlib" in item.last_error


def test_an_integration_without_declared_kinds_still_gets_its_items_sent(config, fake_clock):
    class Legacy(Integration):
        name = "legacy"

        def handlers(self, rt):
            return [_Handler("legacy.send")]

    with Runtime(config, clock=fake_clock, integrations=[Legacy()]) as rt:
        assert rt.dispatcher.handlers.loaded == []
        assert rt.dispatcher.handler("legacy.send").kind == "legacy.send"


def test_the_keyring_is_opened_on_first_use_not_by_handing_out_credentials(config, fake_clock):
    with Runtime(config, clock=fake_clock, integrations=[]) as rt:
        credentials = rt.credentials  # the UI thread may take it: nothing is opened yet
        assert rt._secrets is None
        assert credentials.get("carpass", "password") is None  # a worker's first read opens it
        assert rt._secrets is not None
        credentials.set("carpass", "password", "Pa55word-of-the-test")
        assert rt.secrets.get("carpass", "password") == "Pa55word-of-the-test"
        assert credentials.source("carpass", "password") == "keyring"
