"""The Fleet clearance tab as a fleet manager uses it: paste VINs, see eligibility, clear them,
watch them change state with a timeline, revoke with confirmation. Real widgets, real store,
the simulator on loopback; runtime and simulator share a FakeClock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QPushButton

from fleetdesk.core.config import Config
from fleetdesk.highmobility import store as hs
from fleetdesk.highmobility.plugin import PLUGIN
from fleetdesk.highmobility.service import BUSINESS_NAME, ClearanceService
from fleetdesk.runtime import Runtime
from fleetdesk.simulators.framework import SimServer
from fleetdesk.simulators.highmobility import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, HighMobilitySim, Timings
from fleetdesk.store import outbox as ob
from fleetdesk.ui.highmobility.tab import FleetClearanceTab

BMW, MERC = "WBA0000000000AB12", "WDD0000000000MB01"
V1, V3 = "2HM00000000000001", "2HM00000000000003"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def sim(fake_clock):
    app = HighMobilitySim(
        clock=lambda: fake_clock.now().timestamp(),
        timings=Timings(approve=20, reject=90, revoke=12, cancel=8),
    )
    server = SimServer(app).start()
    yield app, server.url + "/v1"
    server.stop()


@pytest.fixture
def rt(sim, tmp_path, fake_clock):
    environ = {
        "FLEETDESK_HIGHMOBILITY_URL": sim[1],
        "FLEETDESK_HIGHMOBILITY_CLIENT_ID": DEMO_CLIENT_ID,
        "FLEETDESK_HIGHMOBILITY_CLIENT_SECRET": DEMO_CLIENT_SECRET,
    }
    runtime = Runtime(
        Config.load(tmp_path / "data", environ=environ), clock=fake_clock, integrations=[PLUGIN]
    )
    yield runtime
    ClearanceService.of(runtime).close()
    runtime.close()


@pytest.fixture
def ctx(rt, app_context_for):
    return app_context_for(rt)


@pytest.fixture
def tab(ctx, qtbot):
    widget = FleetClearanceTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget._rendered, timeout=3000)
    return widget


def button(widget, name) -> QPushButton:
    found = [b for b in widget.findChildren(QAbstractButton) if b.accessibleName() == name]
    assert found, f"no button named {name!r}"
    return found[0]


def queue(rt, *specs):
    svc = ClearanceService.of(rt)
    for vin, brand in specs:
        svc.queue(svc.prepare([vin], brand))


def states(tab) -> dict[str, str]:
    model = tab.table.model_
    return {r.vin: model.data(model.index(i, 3)) for i, r in enumerate(model.rows)}


def test_paste_check_eligibility_and_clear(tab, rt, qtbot):
    assert tab.stack.currentWidget() is tab.empty
    qtbot.mouseClick(button(tab, "Add VINs"), LEFT)
    dialog = tab.add_dialog
    assert dialog.isVisible()
    dialog.findChild(QPlainTextEdit).setPlainText(
        f"{V1}, sandbox, odometer=2050\n{V3}, sandbox\nWBA-NOT-A-VIN, bmw\n"
    )
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=3000)
    # eligibility is checked by itself for a short list
    qtbot.waitUntil(lambda: dialog.model.data(dialog.model.index(1, 5)) == "Not eligible", timeout=5000)
    assert dialog.model.data(dialog.model.index(0, 5)) == "Eligible"
    assert "17 characters" in dialog.model.data(dialog.model.index(2, 4))
    assert "2 vehicles ready" in dialog.summary.text() and "1 with a problem" in dialog.summary.text()
    submit = button(dialog, "Request clearance")
    assert submit.text() == "Request clearance for 2 vehicles"
    qtbot.mouseClick(submit, LEFT)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: len(tab.table.model_.rows) == 2, timeout=3000)
    assert set(states(tab).values()) == {"Waiting to send"}
    assert "2 vehicles queued for clearance" in tab.message.label.text()
    eligible = {r.vin: r.eligible for r in tab.table.model_.rows}
    assert eligible == {V1: True, V3: False}  # the eligibility column shows the answers
    # team mode (#16 §7): "Added by" names the OS user and workstation that asked
    host, user = ob.actor()
    model = tab.table.model_
    tips = {model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole) for r in range(2)}
    assert tips == {f"Added by {user} on {host}"}
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.added_by.text() == f"{user} on {host}", timeout=3000)
    assert tab.detail.added_by.isVisibleTo(tab.detail)
    rt.dispatcher.run_once()
    qtbot.waitUntil(lambda: set(states(tab).values()) == {"Pending"}, timeout=3000)


def test_status_changes_show_a_chip_a_timeline_and_a_calm_notice(tab, rt, ctx, qtbot, fake_clock):
    queue(rt, (BMW, "bmw"))
    rt.dispatcher.run_once()
    qtbot.waitUntil(lambda: states(tab).get(BMW) == "Pending", timeout=3000)
    fake_clock.advance(20)
    with qtbot.waitSignal(ctx.bus.sig_notice, timeout=3000) as notice:
        ClearanceService.of(rt).poll_statuses()
    assert BMW in notice.args[0] and "approved" in notice.args[0]
    qtbot.waitUntil(lambda: states(tab).get(BMW) == "Approved", timeout=3000)
    model = tab.table.model_
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    qtbot.waitUntil(
        lambda: tab.detail.detail is not None and tab.detail.detail.row.state == "approved", timeout=3000
    )
    texts = tab.detail.timeline.texts()
    assert [t.split("\n")[0] for t in texts] == ["Clearance requested in FleetDesk", "Pending", "Approved"]
    host, user = ob.actor()  # team mode (#16 §7): who asked; the server's entries name nobody
    assert f"by {user} on {host}" in texts[0] and not any(" on " + host in t for t in texts[1:])
    assert tab.detail.chip.text() == "Approved"
    qtbot.waitUntil(
        lambda: rt.store.read(lambda db: hs.notices(db, unshown=True)) == [], timeout=3000
    )  # shown once


def test_revoke_asks_first_and_records_the_reason(tab, rt, qtbot, fake_clock):
    queue(rt, (BMW, "bmw"))
    rt.dispatcher.run_once()
    fake_clock.advance(20)
    ClearanceService.of(rt).poll_statuses()
    qtbot.waitUntil(
        lambda: tab.detail.detail is not None and tab.detail.detail.row.status == "approved", timeout=3000
    )
    revoke = button(tab.detail, "Revoke")
    assert revoke.isEnabled() and revoke.text() == "Revoke…"
    qtbot.mouseClick(revoke, LEFT)
    dialog = tab.revoke_dialog
    assert dialog.isVisible() and "ends" in dialog.message.text()
    qtbot.mouseClick(button(dialog, "Keep it"), LEFT)
    qtbot.wait(100)
    assert not [i for i in rt.store.read(lambda db: ob.items(db)) if i.kind == hs.REVOKE_KIND]

    qtbot.mouseClick(revoke, LEFT)
    dialog = tab.revoke_dialog
    dialog.findChild(QComboBox).setCurrentText("Vehicle sold")
    qtbot.mouseClick(button(dialog, "Confirm"), LEFT)
    qtbot.waitUntil(lambda: states(tab).get(BMW) == "Revoke waiting to send", timeout=3000)
    [item] = rt.store.read(lambda db: ob.items(db))
    assert item.kind == hs.REVOKE_KIND and item.payload["reason"] == "Vehicle sold"
    rt.dispatcher.run_once()
    fake_clock.advance(12)
    ClearanceService.of(rt).poll_statuses()
    qtbot.waitUntil(lambda: states(tab).get(BMW) == "Revoked", timeout=3000)
    qtbot.waitUntil(lambda: tab.detail.reason.text() == "Vehicle sold", timeout=3000)
    assert not button(tab.detail, "Revoke").isEnabled()


def test_cancel_is_offered_for_every_brand(tab, rt, qtbot):
    queue(rt, (BMW, "bmw"), (MERC, "mercedes-benz"))
    rt.dispatcher.run_once()
    qtbot.waitUntil(lambda: set(states(tab).values()) == {"Pending"}, timeout=3000)
    tab.table.select_vin(BMW)
    qtbot.waitUntil(
        lambda: (
            tab.detail.detail is not None
            and tab.detail.detail.row.vin == BMW
            and tab.detail.detail.row.state == "pending"
        ),
        timeout=3000,
    )
    # no local brand list (#20 defect 5): every pending request offers "Cancel request…"
    assert tab.detail.revoke_button.isEnabled() and tab.detail.revoke_button.text() == "Cancel request…"
    tab.table.select_vin(MERC)
    qtbot.waitUntil(
        lambda: (
            tab.detail.detail is not None
            and tab.detail.detail.row.vin == MERC
            and tab.detail.detail.row.state == "pending"
        ),
        timeout=3000,
    )
    assert tab.detail.revoke_button.isEnabled() and tab.detail.revoke_button.text() == "Cancel request…"


def test_a_refused_request_can_be_dismissed(tab, rt, qtbot):
    queue(rt, (V1, "sandbox"))  # 2HM…01 without the odometer: 422
    rt.dispatcher.run_once()
    qtbot.waitUntil(lambda: states(tab).get(V1) == "Needs attention", timeout=3000)
    tab.table.select_vin(V1)
    qtbot.waitUntil(lambda: tab.detail.problem.isVisible(), timeout=3000)
    assert "control_measures" in tab.detail.problem.label.text()
    qtbot.mouseClick(button(tab.detail, "Dismiss"), LEFT)
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.empty, timeout=3000)
    assert rt.store.read(lambda db: ob.items(db)) == []


def test_sandbox_mode_is_labelled_and_the_business_name_is_a_setting(tab, rt, qtbot):
    assert tab.mode.text() == "Custom address"  # a URL from the environment
    del rt.config.environ["FLEETDESK_HIGHMOBILITY_URL"]
    tab.refresh()
    qtbot.waitUntil(lambda: tab.mode.text().startswith("SANDBOX"), timeout=3000)
    assert tab.mode.text().startswith("SANDBOX")
    tab.business.setText("Nordlicht Logistik GmbH")
    qtbot.mouseClick(button(tab, "Save business name"), LEFT)
    qtbot.waitUntil(lambda: rt.config.settings.get(BUSINESS_NAME) == "Nordlicht Logistik GmbH", timeout=3000)


def test_csv_import_fills_the_preview(tab, qtbot, tmp_path):
    path = tmp_path / "fleet.csv"
    path.write_text(
        "VIN,brand,tags,depot\n"
        + "".join(f"WBA00000000{n:06d},bmw,cost-centre=North,Kiel\n" for n in range(120))
    )
    qtbot.mouseClick(button(tab, "Add VINs"), LEFT)
    dialog = tab.add_dialog
    dialog.import_file(str(path))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 120, timeout=5000)
    assert dialog.model.data(dialog.model.index(0, 3)) == "cost-centre=North, depot=Kiel"
    assert button(dialog, "Request clearance").text() == "Request clearance for 120 vehicles"
    qtbot.mouseClick(button(dialog, "Close"), LEFT)
    assert not dialog.isVisible()


def test_every_button_and_input_has_an_accessible_name(tab, rt, qtbot):
    queue(rt, (BMW, "bmw"))
    qtbot.waitUntil(lambda: tab.detail.detail is not None, timeout=3000)
    unnamed = [
        type(w).__name__ + ":" + (getattr(w, "text", lambda: "")() or "")
        for cls in (QAbstractButton, QLineEdit, QComboBox)
        for w in tab.findChildren(cls)
        if not w.accessibleName() and w.isVisibleTo(tab) and type(w).__name__ != "QToolButton"
    ]
    assert not unnamed, unnamed


AUDI = "WAUZZZ8V0000AU001"


def test_defect6_vw_vin_without_the_tag_asks_before_sending(tab, rt, qtbot, sim):
    """#20 defect 6: a VW-group VIN without the tag is not refused: the preview warns, the
    submit asks; "Go back" stores nothing, "Send anyway" queues it and the simulator (business
    name configured by High Mobility support) takes it."""
    sim[0].fleet.business_name = "Fleet GmbH"
    qtbot.mouseClick(button(tab, "Add VINs"), LEFT)
    dialog = tab.add_dialog
    dialog.findChild(QPlainTextEdit).setPlainText(f"{AUDI}, audi\n{BMW}, bmw\n")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=3000)
    assert dialog.model.data(dialog.model.index(0, 4)) == "Warning: no vw-group-customer-name tag"
    tip = dialog.model.data(dialog.model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert "VW Group business name" in tip
    assert "1 with a warning (asks before sending)" in dialog.summary.text()
    submit = button(dialog, "Request clearance")
    assert submit.isEnabled() and submit.text() == "Request clearance for 2 vehicles"

    qtbot.mouseClick(submit, LEFT)
    box = dialog.confirm_box
    assert box.isVisible() and AUDI in box.text() and "business name" in box.text()
    qtbot.mouseClick(button(box, "Go back"), LEFT)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    assert dialog.isVisible()
    assert rt.store.read(lambda db: ob.items(db)) == []

    qtbot.mouseClick(submit, LEFT)
    qtbot.mouseClick(button(dialog.confirm_box, "Send anyway"), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: len(tab.table.model_.rows) == 2, timeout=3000)
    rt.dispatcher.run_once()
    qtbot.waitUntil(lambda: states(tab) == {AUDI: "Pending", BMW: "Pending"}, timeout=3000)
    assert sim[0].fleet.records[AUDI].tags == {"vw-group-customer-name": "Fleet GmbH"}


def test_defect6_a_422_for_the_missing_tag_reads_in_plain_words(tab, rt, qtbot):
    queue(rt, (AUDI, "audi"))  # no business name anywhere: 422
    rt.dispatcher.run_once()
    qtbot.waitUntil(lambda: states(tab).get(AUDI) == "Needs attention", timeout=3000)
    tab.table.select_vin(AUDI)
    qtbot.waitUntil(lambda: tab.detail.problem.isVisible(), timeout=3000)
    text = tab.detail.problem.label.text()
    assert "no business name is configured for your account at High Mobility" in text
    assert "VW Group business name" in text


def test_issue17_a_failing_lookup_shows_a_note_and_the_list_still_shows(tab, rt, qtbot, sim):
    sim[0].unavailable = {"eligibility": 401}
    queue(rt, (BMW, "bmw"))
    rt.dispatcher.run_once()
    ClearanceService.of(rt).background_step()
    tab.refresh()
    qtbot.waitUntil(lambda: states(tab).get(BMW) == "Pending", timeout=3000)
    qtbot.waitUntil(lambda: tab.lookup_note.isVisible(), timeout=3000)
    assert "eligibility not loaded" in tab.lookup_note.text()
    sim[0].unavailable = {}
    ClearanceService.of(rt).enrich()
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.lookup_note.isVisible(), timeout=3000)
    qtbot.wait(300)  # let the refreshes that the writes above announced run before teardown
