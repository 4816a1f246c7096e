"""The Vehicles tab: joined rows (VIN, plate, by hand), search as you type, the timeline that
opens the tab an entry lives in, linking/unlinking, CSV export. Real store, real widgets."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.store import outbox as ob
from fleetdesk.ui.vehicles.tab import VehiclesTab
from vehicle_data import PLATE_C, VIN_A, VIN_B, seed


@pytest.fixture
def rt(tmp_path, fake_clock):
    runtime = Runtime(Config.load(tmp_path / "data"), clock=fake_clock)
    runtime.store.write(seed)
    yield runtime
    runtime.close()


@pytest.fixture
def tab(rt, app_context_for, qtbot):
    ctx = app_context_for(rt)
    widget = VehiclesTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.proxy.rowCount() == 3, timeout=5000)
    return widget


def _texts(tab, col):
    return [tab.proxy.index(r, col).data() for r in range(tab.proxy.rowCount())]


def test_rows_joined_by_vin_and_plate(tab):
    assert VIN_A in _texts(tab, 0)
    row_a = tab.proxy.proxy_row_of(f"vin:{VIN_A}")
    systems = tab.proxy.index(row_a, 3).data()
    assert systems.startswith("Car-Pass, Tachograph, High Mobility, Ctrack")
    assert "joined by plate only" in systems
    assert tab.proxy.index(row_a, 2).data() == "Volkswagen"
    assert tab.proxy.index(row_a, 16).data() == "105,000 km (2026-11-20)"
    assert tab.proxy.index(row_a, 4).data() == "100,000 km"
    assert tab.count.text() == "3 of 3 vehicles"


def test_search_as_you_type_show_filter_and_sort(tab, qtbot):
    qtbot.keyClicks(tab.search, "antw")
    assert tab.proxy.rowCount() == 1 and _texts(tab, 1) == [PLATE_C]
    tab.search.clear()
    tab.show_combo.setCurrentIndex(tab.show_combo.findData("plate"))
    assert tab.proxy.rowCount() == 2  # A (Ctrack by plate) and the plate-only row
    tab.show_combo.setCurrentIndex(tab.show_combo.findData("all"))
    tab.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # Car-Pass km, empty last
    assert _texts(tab, 4) == ["100,000 km", "50,000 km", ""]


def test_timeline_newest_first_and_entries_open_their_tab(tab, qtbot):
    shown = []
    tab.ctx.bus.sig_show_tab.connect(shown.append)
    tab.select_key(f"vin:{VIN_A}")
    qtbot.waitUntil(lambda: tab.timeline.count() >= 5, timeout=3000)
    first = tab.timeline.item(0).text()
    assert first.startswith("2026-11-20") and "Ctrack" in first and "Trip Gent → Brugge" in first
    sources = [tab.timeline.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.timeline.count())]
    assert {"carpass", "tachoshare", "highmobility", "ctrack"} <= set(sources)
    download = next(i for i, s in enumerate(sources) if s == "tachoshare")
    tab.timeline.itemActivated.emit(tab.timeline.item(download))
    assert shown == ["tachoshare"]
    assert "Odometer Ctrack: 105,000 km on 2026-11-20" in tab.facts.text()


def test_link_and_unlink_by_hand(tab, qtbot):
    tab.select_key(f"vin:{VIN_B}")
    qtbot.keyClicks(tab.link_edit, PLATE_C)
    tab.link_button.click()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 2, timeout=3000)
    row_b = tab.proxy.proxy_row_of(f"vin:{VIN_B}")
    assert "linked by hand" in tab.proxy.index(row_b, 3).data()
    assert tab.current is not None and tab.current.key == f"vin:{VIN_B}"
    assert tab.member_combo.count() == 1 and tab.member_combo.currentData() == "plate:2XYZ999"
    host, user = ob.actor()  # team mode (#16 §7): the timeline says who linked them
    linked = f"Vehicles\nLinked by hand: 2XYZ999 and {VIN_B} — by {user} on {host}"
    qtbot.waitUntil(
        lambda: any(tab.timeline.item(i).text().endswith(linked) for i in range(tab.timeline.count())),
        timeout=3000,
    )
    tab.unlink_button.click()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 3, timeout=3000)
    assert tab.message.text() == "Separated."


def test_link_to_an_unknown_vehicle_says_so(tab, qtbot):
    tab.select_key(f"vin:{VIN_B}")
    qtbot.keyClicks(tab.link_edit, "NOPE")
    tab.link_button.click()
    qtbot.waitUntil(lambda: "no vehicle" in tab.message.text(), timeout=3000)
    assert tab.proxy.rowCount() == 3


def test_csv_export_writes_the_visible_rows(tab, qtbot, tmp_path):
    qtbot.keyClicks(tab.search, "volkswagen")
    out = tmp_path / "v.csv"
    task = tab.ctx.tasks.spawn(tab.export_to(out))
    qtbot.waitUntil(task.done, timeout=3000)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["vin"] for r in rows] == [VIN_A]
    assert rows[0]["odometer_ctrack_km"] == "105000.0" and rows[0]["join"] == "plate"


def test_ctrack_odometer_unit_is_shown_and_changed_in_settings(rt, app_context_for, qtbot):
    from PySide6.QtWidgets import QComboBox, QPushButton

    from fleetdesk.ui.shell.settings_view import SettingsView
    from fleetdesk.vehicles import join as vjoin
    from fleetdesk.vehicles import service

    view = SettingsView(app_context_for(rt))
    qtbot.addWidget(view)
    view.show()
    titles = [view.list.item(i).text() for i in range(view.list.count())]
    view.list.setCurrentRow(titles.index("Ctrack"))
    page = view.pages.currentWidget()
    combo = next(w for w in page.findChildren(QComboBox) if w.accessibleName() == "Ctrack Odometer unit")
    assert combo.currentText() == "m"  # the assumption, shown
    combo.setCurrentText("km")
    save = next(b for b in page.findChildren(QPushButton) if b.accessibleName() == "Save Ctrack settings")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert rt.config.settings.get("ctrack.odometer_unit") == "km"
    assert vjoin.find(service.rows(rt), VIN_A).odometers["ctrack"]["km"] == 105_000_000


def test_tachograph_vu_odometer_column_and_timeline(rt, app_context_for, qtbot):
    # the facts of VIN A's newest VU file carry its OdometerValueMidnight (end of 21 November)
    def facts(db):
        file_id = db.execute(
            "SELECT id FROM tacho_files WHERE vin = ? ORDER BY period_to DESC", [VIN_A]
        ).fetchone()[0]
        db.execute(
            "INSERT INTO tacho_file_facts (file_id, parsed_at, kind, generation, vin, odometer_km,"
            " odometer_at, odometer_days) VALUES (?, '2026-11-22T07:00:00Z', 'vehicle', 'gen2', ?,"
            " 106000, '2026-11-22T00:00:00Z', '[[\"2026-11-21\", 106000]]')",
            [file_id, VIN_A],
        )

    rt.store.write(facts)
    widget = VehiclesTab(app_context_for(rt))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.proxy.rowCount() == 3, timeout=5000)
    row_a = widget.proxy.proxy_row_of(f"vin:{VIN_A}")
    assert widget.proxy.index(row_a, 14).data() == "106,000 km (2026-11-22)"
    widget.select_key(f"vin:{VIN_A}")
    qtbot.waitUntil(lambda: widget.timeline.count() >= 5, timeout=3000)
    texts = [widget.timeline.item(i).text() for i in range(widget.timeline.count())]
    assert any("VU odometer 106,000 km at 2026-11-22 00:00 UTC" in t for t in texts)
    assert "Odometer Tachograph: 106,000 km on 2026-11-22" in widget.facts.text()


def test_a_late_store_change_after_shutdown_starts_nothing(tab, qtbot):
    import asyncio

    done = asyncio.ensure_future(tab.ctx.tasks.shutdown())
    qtbot.waitUntil(done.done, timeout=5000)
    tab.refresh()  # a store-changed signal arriving late: used to raise
