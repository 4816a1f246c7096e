"""The Car-Pass tab as a garage clerk uses it: real widgets, the simulator on loopback, one
FakeClock for FleetDesk and the simulator (the test drives sending and polling with it)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from fleetdesk.carpass import store as st
from fleetdesk.carpass.settings import load_rules
from fleetdesk.simulators.carpass import DEMO_PASSWORD
from tab_support import open_carpass_tab
from test_carpass_support import BMW, GOLF, PANDA, VHR, CarPassWorld

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def world(tmp_path):
    with CarPassWorld(tmp_path / "data") as w:
        yield w


@pytest.fixture
def tab(world, qloop, qtbot):
    yield from open_carpass_tab(world.rt, qtbot)


def button(widget, name) -> QPushButton:
    for b in widget.findChildren(QPushButton):
        if b.accessibleName() == name:
            return b
    raise AssertionError(f"no button named {name!r}")


def stored(world) -> list[st.Reading]:
    return world.rt.store.read(lambda db: st.list_readings(db))


def type_reading(qtbot, tab, vin, km):
    tab.entry.vin.setFocus()
    qtbot.keyClicks(tab.entry.vin, vin)
    qtbot.keyClick(tab.entry.vin, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.entry.odometer, str(km))


def test_entry_form_has_the_accessible_names_of_the_issue(tab):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    names = (
        {w.accessibleName() for w in tab.findChildren(QLineEdit)}
        | {w.accessibleName() for w in tab.findChildren(QComboBox)}
        | {w.accessibleName() for w in tab.findChildren(QAbstractButton)}
        | {tab.entry.date.accessibleName()}
    )
    assert {
        "VIN",
        "Licence plate",
        "Odometer reading",
        "Reading date",
        "Observation type",
        "Submit reading",
    } <= names
    unnamed = [
        type(w).__name__
        for cls in (QAbstractButton, QLineEdit, QComboBox)
        for w in tab.findChildren(cls)
        if not w.accessibleName()
        and w.isVisibleTo(tab)
        and type(w).__name__ not in ("QTabBar", "QToolButton")
        and not isinstance(w.parent(), (QComboBox,))
        and "qt_spinbox_lineedit" != w.objectName()
    ]
    assert not unnamed, unnamed


def test_annex2_f_odometer_field_accepts_digits_only(tab, qtbot):
    qtbot.keyClicks(tab.entry.odometer, "12a 3.4-5")
    assert tab.entry.odometer.text() == "12345"


def test_keyboard_only_entry_with_a_barcode_scanner(tab, world, qtbot):
    type_reading(qtbot, tab, GOLF.lower(), 177_300)
    assert tab.entry.vin.text() == GOLF  # upper-cased as typed
    assert tab.entry.odometer.hasFocus()  # the scanner's Enter moved on
    qtbot.keyClick(tab.entry.odometer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored(world)) == 1, timeout=3000)
    reading = stored(world)[0]
    assert (reading.vin, reading.odometer, reading.state) == (GOLF, 177_300, st.QUEUED)
    assert reading.reading_date == world.today().isoformat()
    qtbot.waitUntil(lambda: tab.entry.vin.text() == "", timeout=3000)  # cleared after the
    assert tab.entry.vin.hasFocus()  # store answered: next car


def test_annex2_a_precheck_warning_inline_needs_an_acknowledgement(tab, world, qtbot):
    world.add_history(GOLF, 40, 176_420)
    type_reading(qtbot, tab, GOLF, 170_000)
    qtbot.waitUntil(lambda: [f.code for f in tab.entry.findings] == ["LOWER_THAN_PREVIOUS"], timeout=3000)
    assert "lower than the previous" in tab.entry.findings_label.text()
    assert tab.entry.ack.isVisible() and "176 420 km" in tab.entry.hint.text()
    qtbot.mouseClick(button(tab, "Submit reading"), LEFT)
    qtbot.waitUntil(lambda: tab.entry.result.isVisible(), timeout=3000)
    assert "I checked the warnings" in tab.entry.result.label.text()
    assert stored(world) == []
    tab.entry.ack.setChecked(True)
    qtbot.mouseClick(button(tab, "Submit reading"), LEFT)
    qtbot.waitUntil(lambda: len(stored(world)) == 1, timeout=3000)
    assert "LOWER_THAN_PREVIOUS" in stored(world)[0].acknowledged


def test_annex2_d_an_error_blocks_sending(tab, world, qtbot):
    type_reading(qtbot, tab, GOLF, 177_300)
    tab.entry.date.setDate(tab.entry.date.date().addDays(1))
    qtbot.waitUntil(lambda: "DATE_IN_FUTURE" in [f.code for f in tab.entry.findings], timeout=3000)
    assert not tab.entry.ack.isVisible()
    qtbot.mouseClick(button(tab, "Submit reading"), LEFT)
    qtbot.waitUntil(lambda: "Not stored" in tab.entry.result.label.text(), timeout=3000)
    assert stored(world) == []


def test_observation_list_shows_state_guid_and_dates(tab, world, qtbot):
    world.submit(177_300, work_description="Service")
    world.run_for(15)
    qtbot.waitUntil(
        lambda: tab.readings.model.rowCount() == 1 and tab.readings.model.rows[0].state == st.PROCESSED,
        timeout=3000,
    )
    model = tab.readings.model
    guid = stored(world)[0].request_guid
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0] == "Processed" and row[1] == GOLF and row[2] == "177 300 km"
    assert row[3] == world.today().strftime("%d/%m/%Y") and row[6] == guid
    tab.readings.table.selectRow(0)
    qtbot.waitUntil(lambda: guid in tab.readings.detail.text(), timeout=3000)
    assert "Service" in tab.readings.detail.text()


def test_team_mode_the_list_shows_who_entered_a_reading(tab, world, qtbot):
    """#16 §7: the workstation and OS user are shown in the detail and the Entered tooltip."""
    from fleetdesk.store import outbox as ob

    host, user = ob.actor()
    world.submit(177_300, work_description="Service")
    qtbot.waitUntil(lambda: tab.readings.model.rowCount() == 1, timeout=3000)
    model = tab.readings.model
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole) == f"Entered by {user} on {host}"
    tab.readings.table.selectRow(0)
    qtbot.waitUntil(lambda: f"Entered by {user} on {host}" in tab.readings.detail.text(), timeout=3000)


def test_offline_banner_then_sent_later_with_nothing_retyped(tab, world, qtbot):
    world.sim.faults.offline = True
    type_reading(qtbot, tab, GOLF, 177_300)
    qtbot.mouseClick(button(tab, "Submit reading"), LEFT)
    qtbot.waitUntil(lambda: len(stored(world)) == 1, timeout=3000)
    world.step()  # the send fails: offline
    qtbot.waitUntil(lambda: tab.banner.isVisible(), timeout=3000)
    text = tab.banner.label.text()
    assert "1 reading(s) not sent" in text and "cannot be reached" in text
    assert "date of work" in text
    world.sim.faults.offline = False
    world.clock.advance(3600)
    world.run_for(15)
    qtbot.waitUntil(lambda: not tab.banner.isVisible(), timeout=3000)
    assert stored(world)[0].state == st.PROCESSED


def with_issue(world, km=113_870, vin=BMW) -> int:
    result = world.submit(km, vin)
    world.run_for(15)
    return result.reading_id


def test_annex2_issue_inbox_shows_number_type_and_description_and_corrects(tab, world, qtbot):
    reading_id = with_issue(world)
    qtbot.waitUntil(lambda: tab.issues.model.rowCount() == 1, timeout=3000)
    assert tab.views.tabText(1) == "Issues (1)"
    model = tab.issues.model
    [issue] = world.issues(reading_id)
    assert model.data(model.index(0, 0)) == issue.number
    assert model.data(model.index(0, 1)) == "001"
    assert "lager" in model.data(model.index(0, 2))  # NL: the UI language is not nl/fr/de
    tab.views.setCurrentIndex(1)
    tab.issues.table.selectRow(0)
    qtbot.mouseClick(button(tab.issues, "Correct"), LEFT)
    dialog = tab.issues.dialog
    [said] = [w for w in dialog.findChildren(QLabel) if w.accessibleName() == "Issues to correct"]
    assert dialog.isVisible() and issue.number in said.text()
    dialog.odometer.setText("131990")
    qtbot.mouseClick(dialog.send_button, LEFT)
    qtbot.waitUntil(lambda: world.reading(reading_id).state == st.CORRECTING, timeout=3000)
    world.run_for(15)
    qtbot.waitUntil(lambda: tab.issues.model.rowCount() == 0, timeout=3000)
    assert tab.issues.stack.currentWidget() is tab.issues.empty
    assert (world.reading(reading_id).state, world.reading(reading_id).odometer) == (st.PROCESSED, 131_990)


def test_annex2_confirm_warns_that_it_cannot_be_undone(tab, world, qtbot):
    reading_id = with_issue(world, 250_000, GOLF)
    qtbot.waitUntil(lambda: tab.issues.model.rowCount() == 1, timeout=3000)
    tab.views.setCurrentIndex(1)
    tab.issues.table.selectRow(0)
    qtbot.mouseClick(button(tab.issues, "Confirm"), LEFT)
    box = tab.issues.confirm_box
    assert box.isVisible() and "cannot be undone" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(100)
    assert world.reading(reading_id).state == st.ISSUE
    qtbot.mouseClick(button(tab.issues, "Confirm"), LEFT)
    tab.issues.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: world.reading(reading_id).state == st.CONFIRMING, timeout=3000)
    world.run_for(15)
    assert world.reading(reading_id).state == st.PROCESSED


def test_vhr_viewer_pages_zoom_print_save_and_public_link(tab, world, qtbot, tmp_path):
    result = world.submit(24_900, PANDA, type=VHR)
    world.run_for(15)
    reading = world.reading(result.reading_id)
    assert reading.vhr_state == "stored"
    tab.views.setCurrentIndex(2)
    viewer = tab.vhr.viewer
    qtbot.waitUntil(lambda: viewer.loaded, timeout=3000)
    assert viewer.page_count() == 1 and viewer.page_label.text() == "Page 1 of 1"
    assert not viewer.next_button.isEnabled()
    before = viewer.zoom_factor()
    qtbot.mouseClick(viewer.zoom_in_button, LEFT)
    assert viewer.zoom_factor() == pytest.approx(before * 1.25)
    qtbot.mouseClick(viewer.fit_button, LEFT)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert viewer.print_to(printer) == 1
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(viewer.print_button, LEFT)  # the real dialog, opened modelessly
    assert viewer.print_dialog is not None and viewer.print_dialog.isVisible()
    viewer.print_dialog.reject()
    qtbot.mouseClick(button(tab.vhr, "Copy public link"), LEFT)
    assert QGuiApplication.clipboard().text() == reading.vhr_url
    assert tab.vhr.url.text() == reading.vhr_url
    qtbot.mouseClick(button(tab.vhr, "Save as"), LEFT)
    assert tab.vhr.save_dialog.isVisible()
    tab.vhr.save_dialog.reject()
    target = tmp_path / "out" / "panda.pdf"
    target.parent.mkdir()
    task = asyncio.ensure_future(tab.vhr.save_to(reading.vhr_path, str(target)))
    qtbot.waitUntil(task.done, timeout=3000)
    assert target.read_bytes() == open(reading.vhr_path, "rb").read()


def test_vhr_language_switch_fetches_the_report_again(tab, world, qtbot):
    world.submit(24_900, PANDA, type=VHR)
    world.run_for(15)
    tab.views.setCurrentIndex(2)
    qtbot.waitUntil(lambda: tab.vhr.viewer.loaded, timeout=3000)
    tab.vhr.language.setCurrentIndex(tab.vhr.language.findData("FR"))
    tab.vhr.language.activated.emit(tab.vhr.language.currentIndex())
    qtbot.waitUntil(lambda: stored(world)[0].vhr_language == "FR", timeout=5000)
    assert world.sim.requests_to(r"/status/vhr$")[-1].query["language"] == ["FR"]


def test_request_vhr_from_the_list_prefills_the_form(tab, world, qtbot):
    world.submit(177_300)
    world.run_for(15)
    qtbot.waitUntil(lambda: tab.readings.model.rowCount() == 1, timeout=3000)
    tab.readings.table.selectRow(0)
    qtbot.mouseClick(button(tab.readings, "Request VHR"), LEFT)
    assert tab.entry.vin.text() == GOLF and tab.entry.type.currentData() == VHR.value
    assert tab.entry.odometer.hasFocus()


def test_annex2_account_screen_and_change_warning(tab, world, qtbot):
    tab.views.setCurrentIndex(3)
    account = tab.account
    qtbot.waitUntil(lambda: account.username.text() == "2123456791", timeout=3000)
    assert account.enterprise.text() == "0412345614"
    assert account.password.placeholderText() == "stored" and account.password.text() == ""
    # Annex 2: the user can check the stored password, behind a deliberate "Show" (defect 6)
    qtbot.mouseClick(button(account, "Show password"), LEFT)
    qtbot.waitUntil(lambda: account.password.text() == DEMO_PASSWORD, timeout=3000)
    assert account.password.echoMode() == QLineEdit.EchoMode.Normal
    assert not account.change_warning.isVisible()  # showing is not changing
    qtbot.mouseClick(button(account, "Show password"), LEFT)
    assert account.password.text() == "" and account.password.echoMode() == QLineEdit.EchoMode.Password
    [helpdesk] = [w for w in account.findChildren(QLabel) if w.accessibleName() == "Car-Pass helpdesk"]
    assert "car-pass.be" in helpdesk.text()
    account.email.setText("atelier@example.be")
    qtbot.keyClicks(account.password, "new-secret")
    assert account.change_warning.isVisible()
    assert "Car-Pass website" in account.change_warning.label.text()
    qtbot.mouseClick(button(account, "Save account"), LEFT)
    qtbot.waitUntil(lambda: world.rt.secrets.get("carpass", "password") == "new-secret", timeout=3000)
    assert world.rt.config.settings.get("carpass.email") == "atelier@example.be"
    assert "new-secret" not in (world.rt.config.data_dir / "settings.json").read_text()
    assert account.change_warning.isVisible()


def test_test_connection_reports_the_outcome(tab, world, qtbot):
    tab.views.setCurrentIndex(3)
    account = tab.account
    qtbot.mouseClick(button(account, "Test connection"), LEFT)
    qtbot.waitUntil(lambda: "Connected" in account.result.label.text(), timeout=5000)
    world.rt.secrets.set("carpass", "password", "wrong")
    qtbot.mouseClick(button(account, "Test connection"), LEFT)
    qtbot.waitUntil(lambda: "did not accept" in account.result.label.text(), timeout=5000)


def test_exclusion_rules_and_km_per_day_in_settings(tab, world, qtbot):
    account = tab.account
    account.operations["till_sale"].setChecked(False)
    account.foreign.setChecked(False)
    account.km_per_day.setValue(500)
    qtbot.mouseClick(button(account, "Save rules"), LEFT)
    qtbot.waitUntil(lambda: "Saved" in account.rules_result.label.text(), timeout=3000)
    assert load_rules(world.rt.config).km_per_day == 500
    rules = load_rules(world.rt.config).exclusions
    assert "till_sale" not in rules.operation_kinds and not rules.exclude_foreign_plates
    assert "truck" in rules.vehicle_categories


def test_annex2_date_and_odometer_entered_together_are_sent_together(tab, world, qtbot):
    type_reading(qtbot, tab, GOLF, 177_300)
    tab.entry.date.setDate(tab.entry.date.date().addDays(-1))
    qtbot.waitUntil(lambda: "DATE_IN_PAST" in [f.code for f in tab.entry.findings], timeout=3000)
    tab.entry.ack.setChecked(True)
    qtbot.mouseClick(button(tab, "Submit reading"), LEFT)
    qtbot.waitUntil(lambda: len(stored(world)) == 1, timeout=3000)
    assert stored(world)[0].reading_date == (world.today() - timedelta(days=1)).isoformat()


def test_done_when_a_clerk_works_through_a_network_drop(tab, world, qtbot, tmp_path):
    """Enter a reading, see a warning, send it; it gets an issue; the network drops while the
    correction is typed; it comes back; the correction goes out; a VHR is requested, fetched,
    shown and printed. Nothing is retyped, nothing lost."""
    world.add_history(BMW, 180, 131_870)
    type_reading(qtbot, tab, BMW, 113_870)  # a digit swapped
    qtbot.waitUntil(lambda: tab.entry.ack.isVisible(), timeout=3000)
    tab.entry.ack.setChecked(True)  # "the customer says it is right"
    qtbot.keyClick(tab.entry.odometer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored(world)) == 1, timeout=3000)
    reading_id = stored(world)[0].id
    world.run_for(15)
    qtbot.waitUntil(lambda: tab.issues.model.rowCount() == 1, timeout=3000)
    world.sim.faults.offline = True  # the line drops
    tab.views.setCurrentIndex(1)
    tab.issues.table.selectRow(0)
    qtbot.mouseClick(button(tab.issues, "Correct"), LEFT)
    tab.issues.dialog.odometer.setText("131990")
    qtbot.mouseClick(tab.issues.dialog.send_button, LEFT)
    qtbot.waitUntil(lambda: world.reading(reading_id).state == st.CORRECTING, timeout=3000)
    world.run_for(30)
    qtbot.waitUntil(lambda: tab.banner.isVisible(), timeout=3000)
    assert world.reading(reading_id).state == st.CORRECTING  # kept, waiting
    world.sim.faults.offline = False  # ...and comes back
    world.run_for(120, tick=2)
    assert world.reading(reading_id).state == st.PROCESSED
    qtbot.waitUntil(lambda: not tab.banner.isVisible() and tab.issues.model.rowCount() == 0, timeout=3000)
    world.clock.advance(86400)  # next day: the car is for sale
    tab.entry.prefill(vin=BMW, observation_type=VHR.value)
    qtbot.keyClicks(tab.entry.odometer, "132020")
    qtbot.keyClick(tab.entry.odometer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored(world)) == 2, timeout=3000)
    world.run_for(15)
    tab.views.setCurrentIndex(2)
    qtbot.waitUntil(lambda: tab.vhr.viewer.loaded, timeout=3000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "showroom.pdf"))
    assert tab.vhr.viewer.print_to(printer) == 1
    assert world.sim.violations == []


def test_defect7_a_non_numeric_test_username_can_be_saved(tab, world, qtbot):
    tab.views.setCurrentIndex(3)
    account = tab.account
    qtbot.waitUntil(lambda: account.username.text() == "2123456791", timeout=3000)
    account.username.setText("testuser01")  # "for testing purposes other accounts can be set-up"
    qtbot.mouseClick(button(account, "Save account"), LEFT)
    qtbot.waitUntil(lambda: world.rt.secrets.get("carpass", "username") == "testuser01", timeout=3000)
    account.username.setText("test:user")  # Basic auth cannot carry a colon
    qtbot.mouseClick(button(account, "Save account"), LEFT)
    assert "colon" in account.result.label.text()
    assert world.rt.secrets.get("carpass", "username") == "testuser01"


def test_defect1_sent_earlier_outcome_unknown_is_shown_and_the_user_records_it(tab, world, qtbot):
    from fleetdesk.carpass import workflow as wf

    result = world.submit(177_300)
    world.run_for(15)
    # what a lost answer followed by a 150 on the retry leaves (the path itself is tested in
    # integration/test_carpass_issues.py)
    world.rt.store.write(
        lambda db: wf._touch(
            db,
            result.reading_id,
            world.clock.now(),
            state=st.OUTCOME_UNKNOWN,
            note=wf.SENT_EARLIER_OUTCOME_UNKNOWN,
        )
    )
    tab.refresh()
    readings = tab.readings
    qtbot.waitUntil(
        lambda: readings.model.rowCount() == 1 and readings.model.rows[0].state == st.OUTCOME_UNKNOWN,
        timeout=3000,
    )
    assert "1 with an issue" in readings.summary.text()  # among readings needing attention
    readings.filter.setCurrentIndex(readings.filter.findData("Issues and errors"))
    assert readings.model.rowCount() == 1
    readings.table.selectRow(0)
    assert readings.outcome_button.isVisible() and readings.outcome_button.isEnabled()
    qtbot.mouseClick(button(readings, "Record outcome"), LEFT)
    box = readings.outcome_box
    assert box.isVisible() and "portal" in box.text()
    [registered] = [b for b in box.buttons() if b.accessibleName() == "Outcome registered"]
    registered.click()
    qtbot.waitUntil(lambda: world.reading(result.reading_id).state == st.PROCESSED, timeout=3000)
    assert "recorded by the user" in world.reading(result.reading_id).note


def test_history_import_shows_a_preview_and_is_all_or_nothing(tab, world, qtbot, tmp_path):
    """Issue 19: the DMS file is read (encoding named), refused lines listed with their reason,
    Import offered only without refusals; the warning above 2,000,000 km needs a tick."""
    dialog = tab.open_import()
    bad = tmp_path / "dms.csv"
    bad.write_bytes(
        f"Chassisnummer;Datum;Kilometerstand\r\n{BMW};05/01/2024;113.870\r\n{BMW};31/02/2024;5\r\n".encode(
            "cp1252"
        )
    )
    dialog.load(bad)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert "Windows-1252" in dialog.how.text() or "UTF-8" in dialog.how.text()
    assert dialog.rows.count() == 1 and dialog.refused.count() == 1
    assert "line 3" in dialog.refused.item(0).text()
    assert not dialog.import_button.isEnabled()
    good = tmp_path / "good.csv"
    good.write_bytes(
        f"Numéro de châssis;Date;Kilométrage\r\n{BMW};05/01/2024;113.870\r\n"
        f"{PANDA};05/01/2024;2.500.000\r\n".encode("cp1252")
    )
    dialog.load(good)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.rows.count() == 2, timeout=5000)
    assert "Windows-1252" in dialog.how.text() and dialog.refused.count() == 0
    assert not dialog.import_button.isEnabled()  # the 2,500,000 km warning is not confirmed
    dialog.confirm.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Imported 2" in dialog.status.text(), timeout=5000)
    assert (
        world.rt.store.read(
            lambda db: db.execute(f"SELECT COUNT(*) FROM {st.TABLE} WHERE origin = 'import'").fetchone()[0]
        )
        == 2
    )
    dialog.close()


def test_a_full_disk_keeps_what_was_typed_on_screen_and_stores_nothing(tab, world, qtbot):
    """Issue 19: a full disk (SQLite's own SQLITE_FULL: the database file may not grow) is a
    plain message naming the file; the form keeps the reading; once there is room it is stored."""

    def fill_the_disk(db) -> None:
        db.execute("CREATE TABLE test_filler (b BLOB)")
        db.execute(
            "CREATE TEMP TRIGGER disk_full AFTER INSERT ON main.carpass_readings "
            "BEGIN INSERT INTO test_filler VALUES (zeroblob(4000000)); END"
        )
        pages = db.execute("PRAGMA main.page_count").fetchone()[0]
        db.execute(f"PRAGMA main.max_page_count = {pages + 2}")

    world.rt.store.write(fill_the_disk)
    type_reading(qtbot, tab, GOLF, 177_300)
    qtbot.mouseClick(button(tab, "Submit reading"), LEFT)
    qtbot.waitUntil(lambda: "full" in tab.entry.result.label.text(), timeout=3000)
    text = tab.entry.result.label.text()
    assert str(world.rt.store.path) in text and "nothing was stored" in text
    assert "Error" not in text and "SQLITE" not in text
    assert tab.entry.vin.text() == GOLF and tab.entry.odometer.text() == "177300"
    assert stored(world) == []
    assert world.rt.store.read(lambda db: db.execute("SELECT COUNT(*) FROM outbox").fetchone()) == (0,)
    world.rt.store.write(
        lambda db: (
            db.execute("DROP TRIGGER temp.disk_full"),
            db.execute("PRAGMA main.max_page_count = 1073741823"),
        )
    )
    qtbot.mouseClick(button(tab, "Submit reading"), LEFT)  # nothing retyped
    qtbot.waitUntil(lambda: len(stored(world)) == 1, timeout=3000)
    assert stored(world)[0].odometer == 177_300


def test_reports_and_account_views_are_built_when_first_opened(tab, world, qtbot):
    """Start-up (issue 15): the PDF viewer and the account are not built with the tab."""
    vhr_page, account_page = tab.lazy_pages()
    assert not vhr_page.built and not account_page.built
    world.submit(24_900, PANDA, type=VHR)
    world.run_for(15)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.ov is not None and bool(tab.ov.vhrs), timeout=3000)
    tab.views.setCurrentIndex(3)
    assert account_page.built and not vhr_page.built
    tab.views.setCurrentIndex(2)  # built now, with the reports already fetched
    assert vhr_page.built and tab.vhr.list.count() == len(tab.ov.vhrs) == 1
