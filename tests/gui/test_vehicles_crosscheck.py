"""The odometer cross-check at Car-Pass entry: a reading below the freshest telematics odometer
(extrapolated to the reading date) is a warning naming the source and date, accepted like the
other warnings, and stored with the reading. Real Car-Pass tab, simulator on loopback."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from fleetdesk.carpass import store as st
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.vehicles import crosscheck as xc
from tab_support import open_carpass_tab
from test_carpass_support import DEMO_PASSWORD, DEMO_USERNAME, ENTERPRISE, CarPassWorld
from vehicle_data import VIN_A, seed

LEFT = Qt.MouseButton.LeftButton


class AllSystemsWorld(CarPassWorld):
    """The Car-Pass world with every installed plug-in (the vehicle view included)."""

    def open(self) -> Runtime:
        config = Config.load(self.data_dir)
        config.overrides["carpass"] = self.url
        self.rt = Runtime(config, clock=self.clock)
        self.rt.secrets.set("carpass", "username", DEMO_USERNAME)
        self.rt.secrets.set("carpass", "password", DEMO_PASSWORD)
        config.settings.set("carpass.enterprise", ENTERPRISE)
        return self.rt


@pytest.fixture
def world(tmp_path):
    with AllSystemsWorld(tmp_path / "data") as w:
        w.rt.store.write(seed)
        yield w


@pytest.fixture
def tab(world, qloop, qtbot):
    yield from open_carpass_tab(world.rt, qtbot)


def submit_button(tab) -> QPushButton:
    return next(b for b in tab.findChildren(QPushButton) if b.accessibleName() == "Submit reading")


def type_reading(qtbot, tab, vin, km):
    qtbot.keyClicks(tab.entry.vin, vin)
    qtbot.keyClick(tab.entry.vin, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.entry.odometer, str(km))


def checks(world) -> list[dict]:
    return world.rt.store.read(
        lambda db: [
            dict(zip([d[0] for d in c.description], r))
            for c in [db.execute("SELECT * FROM vehicle_crosschecks ORDER BY id")]
            for r in c.fetchall()
        ]
    )


def new_readings(world) -> list[st.Reading]:
    return [r for r in world.rt.store.read(st.list_readings) if r.reading_date == "2026-11-23"]


def test_below_telematics_warns_with_source_and_date_and_is_stored_when_accepted(tab, world, qtbot):
    type_reading(qtbot, tab, VIN_A, 104_000)
    qtbot.waitUntil(lambda: "odometer_crosscheck" in [f.code for f in tab.entry.findings], timeout=5000)
    text = tab.entry.findings_label.text()
    assert "Lower than telematics: Ctrack odometer 105,000 km on 2026-11-20" in text
    assert "expected about 105,300 km on 2026-11-23" in text
    assert tab.entry.ack.isVisible()
    qtbot.mouseClick(submit_button(tab), LEFT)  # a warning, not a block: needs the tick
    qtbot.waitUntil(lambda: "I checked the warnings" in tab.entry.result.label.text(), timeout=3000)
    assert new_readings(world) == []
    tab.entry.ack.setChecked(True)
    qtbot.mouseClick(submit_button(tab), LEFT)
    qtbot.waitUntil(lambda: len(new_readings(world)) == 1 and bool(checks(world)), timeout=5000)
    [check] = checks(world)
    assert check["reading_id"] == new_readings(world)[0].id
    assert (check["level"], check["accepted"], check["source"]) == (xc.BELOW, 1, "ctrack")
    assert check["source_date"].startswith("2026-11-20") and check["odometer_km"] == 104_000


def test_consistent_reading_has_no_warning_and_the_check_is_still_recorded(tab, world, qtbot):
    type_reading(qtbot, tab, VIN_A, 105_400)
    # the precheck renders the hint and the findings together: once the hint shows, they are in
    qtbot.waitUntil(lambda: "last reading" in tab.entry.hint.text(), timeout=3000)
    assert "odometer_crosscheck" not in [f.code for f in tab.entry.findings]
    qtbot.mouseClick(submit_button(tab), LEFT)
    qtbot.waitUntil(lambda: len(new_readings(world)) == 1 and bool(checks(world)), timeout=5000)
    [check] = checks(world)
    assert (check["level"], check["accepted"]) == (xc.OK, 0)


def test_history_import_preview_lists_crosscheck_warnings_and_imports_anyway(tab, world, qtbot, tmp_path):
    from fleetdesk.ui.carpass.import_preview import HistoryImportDialog

    csv = tmp_path / "h.csv"
    csv.write_text(f"vin,date,km\n{VIN_A},2026-11-18,60000\n{VIN_A},2026-11-19,104800\n")
    dialog = HistoryImportDialog(tab.ctx, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(csv)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert dialog.notes.isVisible() and dialog.notes.count() == 1
    assert "line 2:" in dialog.notes.item(0).text() and "Ctrack" in dialog.notes.item(0).text()
    assert not dialog.confirm.isVisible() and dialog.import_button.isEnabled()  # never a block
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.preview is None, timeout=5000)
    qtbot.waitUntil(lambda: len(checks(world)) == 1, timeout=5000)
    [c] = checks(world)
    assert c["level"] == "below" and c["odometer_km"] == 60_000 and c["reading_id"]


def test_carpass_tab_refresh_after_shutdown_starts_nothing(tab, qtbot):
    # the flaky "TaskRegistry is shut down" at teardown: a debounced store change after shutdown
    done = asyncio.ensure_future(tab.ctx.tasks.shutdown())
    qtbot.waitUntil(done.done, timeout=5000)
    tab.refresh()
    qtbot.keyClicks(tab.entry.odometer, "1")
    tab.entry.run_precheck()  # the entry form's debounced precheck, fired late
