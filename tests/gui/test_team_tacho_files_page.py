"""Team mode (#16, docs/team-mode.md §6): on the Tachographs Files page of a second workstation,
"Open folder" on a file another workstation downloaded first writes it into this workstation's
archive folder from the team database (in a background task, verified by sha256), then opens
that folder; a tampered file is refused with a message naming its sha256."""

from __future__ import annotations

import contextlib
import hashlib

import pytest
from PySide6.QtCore import Qt, QUrl

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config
from fleetdesk.tachoshare import store as ts
from tab_support import open_tacho_tab
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desks(tmp_path, pg_url):
    url = f"postgresql://{pg_url.user}@{pg_url.host}:{pg_url.port}/{pg_url.dbname}"
    with contextlib.ExitStack() as stack:
        a = stack.enter_context(tacho_env(Config.load(tmp_path / "a", database=url), FakeClock(), **SMALL))
        vin = a.sim.vehicles[0].vin
        assert a.svc.sync(only={ts.vu_subject(vin)})["failed"] == 0
        b = stack.enter_context(tacho_env(Config.load(tmp_path / "b", database=url), FakeClock(), **SMALL))
        yield a, b


@pytest.fixture
def tab_b(desks, app_context_for, qtbot):
    b = desks[1]
    yield from open_tacho_tab(app_context_for(b.rt), b, qtbot)


def _open_first_file(tab, qtbot) -> list[str]:
    tab.pages.setCurrentWidget(tab.files)
    qtbot.waitUntil(lambda: tab.files.model.rowCount() == 1, timeout=5000)
    opened: list[str] = []
    tab.open_url = opened.append
    tab.files.table.selectRow(0)
    qtbot.mouseClick(tab.files.open_button, LEFT)
    return opened


def test_open_folder_on_a_second_workstation_brings_the_file_from_the_database(desks, tab_b, qtbot):
    a, b = desks
    row = b.rt.store.read(ts.files)[0]
    local = b.svc.archive_root() / row["path"]
    assert not local.exists(), "B never downloaded it"
    opened = _open_first_file(tab_b, qtbot)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == [QUrl.fromLocalFile(str(local.parent)).toString()]
    assert hashlib.sha256(local.read_bytes()).hexdigest() == row["sha256"]
    assert local.read_bytes() == (a.svc.archive_root() / row["path"]).read_bytes()


def test_a_tampered_file_is_not_opened(desks, tab_b, qtbot):
    _a, b = desks
    row = b.rt.store.read(ts.files)[0]
    b.rt.store.write(
        lambda db: db.execute(
            "UPDATE file_blobs SET content = ? WHERE sha256 = ?", [b"forged", row["sha256"]]
        )
    )
    opened = _open_first_file(tab_b, qtbot)
    banner = tab_b.header.banner
    qtbot.waitUntil(lambda: row["sha256"] in banner.label.text(), timeout=5000)
    assert not opened and not (b.svc.archive_root() / row["path"]).exists()
