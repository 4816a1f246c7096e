"""The THG tab as a user sees it: sign-in with the device code, the vehicles table, the drop
zone and upload queue, UBA requests; against the simulators over loopback."""

from __future__ import annotations

import asyncio
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QMessageBox

from fleetdesk.core.aio import shutdown_executor
from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.store import outbox as ob
from fleetdesk.thg import store as ts
from fleetdesk.thg.statussync import sync_all
from test_thg_support import ThgEnv

DEMO_DOCS = Path(__file__).resolve().parents[2] / "resources" / "demo" / "thg"


@pytest.fixture
def make_tab(config, fake_clock, monkeypatch, qloop, qtbot):
    made = []

    def make(clock=None, **kw):
        from fleetdesk.ui.context import AppContext
        from fleetdesk.ui.thg.tab import ThgTab

        env = ThgEnv(config, clock or fake_clock, monkeypatch, **kw)
        ctx = AppContext.create(env.rt)
        tab = ThgTab(ctx)
        tab.signin.open_url = lambda url: opened.append(url.toString())
        opened = []
        tab.opened = opened
        qtbot.addWidget(tab)
        tab.resize(1280, 760)
        tab.show()
        made.append((env, ctx, tab))
        return env, tab

    yield make
    for env, ctx, tab in made:
        tab.close()
        done = asyncio.ensure_future(ctx.tasks.shutdown())
        qtbot.waitUntil(done.done, timeout=5000)
        ctx.detach()
        ctx.bus.deleteLater()
        shutdown_executor(wait=True)  # no worker may still read the store when it closes
        env.close()


def button(widget, name) -> QAbstractButton:
    for b in widget.findChildren(QAbstractButton):
        if b.accessibleName() == name:
            return b
    raise AssertionError(f"no button named {name!r}")


def click(qtbot, widget, name) -> None:
    qtbot.mouseClick(button(widget, name), Qt.MouseButton.LeftButton)


# -- sign-in ---------------------------------------------------------------------------------------
def test_device_code_sign_in_shows_the_code_copies_it_and_counts_down(make_tab, qtbot):
    env, tab = make_tab(clock=Clock(), identity_kwargs={"auto_approve_after": None, "poll_interval": 1})
    qtbot.waitUntil(lambda: tab.signin.status is not None, timeout=5000)
    assert "Not signed in" in tab.signin.state_label.text()
    click(qtbot, tab, "Sign in to THG")
    qtbot.waitUntil(lambda: tab.signin.code_box.isVisible(), timeout=5000)
    code = tab.signin.code_label.text()
    assert len(code) == 9 and tab.opened == [tab.signin.device.verification_uri]  # browser opened
    assert tab.signin.countdown.text().startswith("Code valid for 14:5")
    click(qtbot, tab, "Copy THG code")
    assert QGuiApplication.clipboard().text() == code
    env.identity.approve(code)  # the user signs in in the browser
    qtbot.waitUntil(lambda: not tab.signin.code_box.isVisible(), timeout=5000)
    qtbot.waitUntil(
        lambda: "Signed in as fleet.manager@example.com" in tab.signin.state_label.text(), timeout=5000
    )
    assert button(tab, "Sign in to THG").text() == "Sign in again…"
    assert button(tab, "Sign out of THG").isVisible()


def test_cancel_stops_polling_at_once(make_tab, qtbot):
    env, tab = make_tab(clock=Clock(), identity_kwargs={"auto_approve_after": None, "poll_interval": 1})
    click(qtbot, tab, "Sign in to THG")
    qtbot.waitUntil(lambda: tab.signin.code_box.isVisible(), timeout=5000)
    click(qtbot, tab, "Cancel THG sign-in")
    qtbot.waitUntil(lambda: not tab.signin.code_box.isVisible(), timeout=1000)
    polls = len(env.identity.requests_to(r"/token$"))
    qtbot.wait(1500)
    assert len(env.identity.requests_to(r"/token$")) == polls
    assert "Not signed in" in tab.signin.state_label.text()


def test_an_expired_code_says_so(make_tab, qtbot):
    env, tab = make_tab(
        clock=Clock(),
        identity_kwargs={"auto_approve_after": None, "poll_interval": 1, "device_code_lifetime": 2},
    )
    click(qtbot, tab, "Sign in to THG")
    qtbot.waitUntil(lambda: "expired" in tab.signin.state_label.text(), timeout=8000)
    assert not tab.signin.code_box.isVisible()


# -- vehicles --------------------------------------------------------------------------------------------
def signed_in_tab(make_tab, qtbot, bulk=0, **kw):
    env, tab = make_tab(**kw)
    env.sign_in()
    if bulk:
        env.sim.seed_bulk(bulk)
        env.sim.seed_bulk(bulk // 4, status="not_verified_unreadable", prefix="BAD")
    sync_all(env.svc)
    tab.refresh()
    tab.signin.refresh()
    qtbot.waitUntil(lambda: len(tab.vehicles.model.rows) == bulk + bulk // 4, timeout=5000)
    return env, tab


def test_vehicles_filter_by_status_text_and_change_time(make_tab, qtbot):
    env, tab = signed_in_tab(make_tab, qtbot, bulk=40)
    view = tab.vehicles
    assert view.model.rowCount() == 50 and "50 vehicles" in view.count.text()
    view.status_filter.setCurrentIndex(view.status_filter.findData("not_verified"))
    assert view.model.rowCount() == 10 and "10 of 50 vehicles shown" in view.count.text()
    assert view.model.index(0, 1).data() == "Not verified: unreadable"
    view.status_filter.setCurrentIndex(0)
    view.search.setText("bulk-000007")
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert "The check succeeded" in view.detail.text()
    view.search.clear()
    view.since_check.setChecked(True)  # a week ago: everything seeded is older
    view.since.setDateTime(view.since.dateTime().addYears(5))
    assert view.model.rowCount() == 0


def test_inline_reference_edit_is_queued_and_sent(make_tab, qtbot):
    env, tab = signed_in_tab(make_tab, qtbot, bulk=4)
    model = tab.vehicles.model
    index = model.index(0, 3)  # reference 2 of the newest vehicle
    vid = model.row_at(0).id
    assert model.setData(index, "HH-NEW 1E")
    assert index.data() == "HH-NEW 1E" and index.data(Qt.ItemDataRole.FontRole).italic()
    qtbot.waitUntil(lambda: bool(env.rt.store.read(lambda db: ob.items(db, service="thg"))), timeout=3000)
    [item] = env.rt.store.read(lambda db: ob.items(db, service="thg"))
    assert item.kind == "thg.patch" and item.payload["changes"] == {"customer_reference2": "HH-NEW 1E"}
    env.send()
    assert env.sim.store.vehicles[vid]["customer_reference2"] == "HH-NEW 1E"
    qtbot.waitUntil(lambda: not model.row_at(0).pending, timeout=3000)


def test_vehicles_cannot_be_deleted_and_submit_again_is_offered(make_tab, qtbot):
    env, tab = signed_in_tab(make_tab, qtbot, bulk=4)
    tab.vehicles.status_filter.setCurrentIndex(tab.vehicles.status_filter.findData("not_verified"))
    tab.vehicles.table.selectRow(0)
    assert button(tab, "Submit the vehicle again").isEnabled()
    assert not button(tab, "Request UBA quota for the vehicle").isEnabled()
    click(qtbot, tab, "Delete vehicle")
    box = tab.vehicles._delete_box
    assert box.isVisible() and "cannot be deleted" in box.text()
    wanted = []
    tab.vehicles.sig_submit_again.connect(wanted.append)
    button(box, "Submit again instead").click()
    qtbot.waitUntil(lambda: wanted == [tab.vehicles.selected().id], timeout=2000)
    folder = env.config.data_dir.parent / "again"
    folder.mkdir()
    doc = shutil.copy(DEMO_DOCS / "FD-1013.jpg", folder)
    tab.submit_again(wanted[0], doc)
    qtbot.waitUntil(lambda: bool(env.uploads()), timeout=3000)
    [up] = env.uploads()
    assert up["resubmit_of"] == wanted[0] and up["customer_reference1"].startswith("BAD-")


# -- uploads ---------------------------------------------------------------------------------------------
def test_drop_a_folder_see_previews_and_follow_the_uploads(make_tab, qtbot, tmp_path):
    env, tab = signed_in_tab(make_tab, qtbot)
    folder = tmp_path / "scans"
    shutil.copytree(DEMO_DOCS, folder)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.upload.drop.dropEvent(drop)
    panel = tab.upload
    qtbot.waitUntil(lambda: len(panel.staged) == 12, timeout=10000)
    refused = {s.path.name: s.check.describe() for s in panel.staged if not s.check.ok}
    assert set(refused) == {"IMG_2041.HEIC", "FD-1023 whatsapp.jpg"}
    assert "HEIC" in refused["IMG_2041.HEIC"] and "too small" in refused["FD-1023 whatsapp.jpg"]
    pdfs = [s for s in panel.staged if s.path.suffix == ".pdf"]
    assert pdfs and all(s.preview is not None and not s.preview.isNull() for s in pdfs)  # QPdfDocument
    assert all(s.preview is not None for s in panel.staged if s.path.suffix == ".jpg")
    panel.staged_list.setCurrentRow(0)
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()
    assert button(tab, "Upload documents").text() == "Upload 10 document(s)"
    click(qtbot, tab, "Upload documents")
    qtbot.waitUntil(lambda: panel.queue_model.rowCount() == 10, timeout=5000)
    assert not panel.staging.isVisible()
    assert {s[1] for s in panel.queue_model.states} == {"Waiting to upload"}
    env.send()
    qtbot.waitUntil(
        lambda: {s[1] for s in panel.queue_model.states} == {"Uploaded · being checked"}, timeout=5000
    )
    assert panel.progress.format() == "10 of 10 uploaded"
    host, user = ob.actor()  # team mode (#16 §7): the document's tooltip names who uploaded it
    tips = [panel.queue_model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(10)]
    assert all(t.endswith(f"\nUploaded by {user} on {host}") for t in tips)
    refs = {u["customer_reference1"] for u in env.uploads()}
    assert "FD-1013" in refs  # reference 1 from the file name


def test_news_of_a_status_change_is_shown_once(make_tab, qtbot, fake_clock):
    env, tab = signed_in_tab(make_tab, qtbot)
    notices = []
    tab.ctx.bus.sig_notice.connect(notices.append)
    env.svc.queue_uploads([DEMO_DOCS / "FD-1021.jpg"], registrant_id=env.registrant)
    env.send()
    fake_clock.advance(seconds=61)
    sync_all(env.svc)
    qtbot.waitUntil(
        lambda: tab.news.isVisible() and "not fully electric" in tab.news.label.text(), timeout=5000
    )
    assert any("not fully electric" in n for n in notices)
    qtbot.waitUntil(lambda: not env.rt.store.read(ts.unseen_events), timeout=3000)


# -- UBA -----------------------------------------------------------------------------------------------
def test_uba_request_with_hold_and_withdrawal(make_tab, qtbot):
    env, tab = signed_in_tab(make_tab, qtbot, bulk=4)
    view = tab.vehicles
    view.status_filter.setCurrentIndex(view.status_filter.findData("verified"))
    view.table.selectRow(0)
    vid = view.selected().id
    click(qtbot, tab, "Request UBA quota for the vehicle")
    dialog = tab._dialog
    assert dialog.isVisible() and dialog.hold_check.isChecked() and dialog.vehicle.currentData() == vid
    button(dialog, "Send UBA request").click()
    qtbot.waitUntil(lambda: any(r["vehicle_id"] == vid for r in tab.uba.model.rows), timeout=5000)
    assert tab.pages.currentWidget() is tab.uba
    row = next(r for r in tab.uba.model.rows if r["vehicle_id"] == vid)
    assert row["request_state"] == "queued" and row["ready_for_uba"]
    host, user = ob.actor()  # team mode (#16 §7): the request's tooltip says who filed it
    tip = tab.uba.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(f"Filed by {user} on {host}")
    env.send()
    qtbot.waitUntil(lambda: tab.uba.model.index(0, 1).data() == "On hold", timeout=5000)
    tab.uba.table.selectRow(0)
    click(qtbot, tab, "Withdraw UBA request")
    tab.uba._confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: bool(env.rt.store.read(lambda db: ob.items(db, service="thg"))), timeout=3000)
    env.send()
    qtbot.waitUntil(lambda: tab.uba.model.index(0, 1).data() == "Withdrawn", timeout=5000)
    assert env.sim.store.uba_requests == {}


def test_every_button_and_input_has_an_accessible_name(make_tab, qtbot):
    env, tab = make_tab()
    unnamed = [
        type(w).__name__ + ":" + (getattr(w, "text", lambda: "")() or "")
        for cls in (QAbstractButton, QLineEdit, QComboBox)
        for w in tab.findChildren(cls)
        if not w.accessibleName()
        and w.isVisibleTo(tab)
        and not isinstance(w.parent(), QAbstractSpinBox)  # the spin box has the name
        and type(w).__name__ not in ("QTabBar", "QToolButton")
    ]
    assert not unnamed, unnamed


# -- Sync now (#17: an explicit sync sends now, like `fleetdesk sync`) ---------------------------------
def test_issue17_sync_now_sends_what_waits_out_our_backoff_and_names_what_the_server_holds(make_tab, qtbot):
    env, tab = signed_in_tab(make_tab, qtbot, bulk=4)
    notices = []
    tab.ctx.bus.sig_notice.connect(notices.append)
    env.svc.queue_uploads([DEMO_DOCS / "FD-1021.jpg"], registrant_id=env.registrant)
    vid = next(r.id for r in tab.vehicles.model.rows if r.status == "verified")
    env.svc.queue_uba_request(vid, 2026)
    later = "2099-01-01T00:00:00Z"
    env.rt.store.write(
        lambda db: (  # the upload waits out our own back-off (a failed connection);
            db.execute(
                "UPDATE outbox SET next_attempt_at = ?, server_wait = 0 WHERE kind = 'thg.upload'", [later]
            ),
            # the UBA request waits because the server asked (Retry-After)
            db.execute(
                "UPDATE outbox SET next_attempt_at = ?, server_wait = 1 WHERE kind = 'thg.uba_request'",
                [utc_iso(env.clock.now() + timedelta(hours=2))],
            ),
        )
    )
    before = len(env.sim.store.vehicles)
    click(qtbot, tab, "Sync THG now")
    qtbot.waitUntil(lambda: any("sent" in n and "vehicle(s) updated" in n for n in notices), timeout=10000)
    assert len(env.sim.store.vehicles) == before + 1  # sent now, not in 2099
    assert not env.sim.requests_to(r"^/ubarequest$", "POST")  # the server's wait holds
    line = next(n for n in notices if "vehicle(s) updated" in n)
    assert "1 sent" in line and "1 waiting until" in line


def test_issue17_a_failed_uba_lookup_leaves_its_columns_empty_with_a_note_and_shows_the_vehicles(
    make_tab, qtbot
):
    env, tab = make_tab()
    env.sign_in()
    env.sim.seed_bulk(6)
    env.sim.denied_paths.update({"/ubarequest", "/ubaresponse"})  # 403: no rights for the UBA lists
    tab.signin.refresh()
    qtbot.waitUntil(lambda: button(tab, "Sync THG now").isEnabled(), timeout=5000)
    errors = []
    tab.ctx.bus.sig_error.connect(lambda title, text: errors.append(text))
    click(qtbot, tab, "Sync THG now")
    qtbot.waitUntil(lambda: len(tab.vehicles.model.rows) == 6 or bool(errors), timeout=10000)
    assert errors == [] and len(tab.vehicles.model.rows) == 6
    qtbot.waitUntil(lambda: tab.news.isVisible(), timeout=5000)
    assert "UBA requests could not be read" in tab.news.label.text()
    assert "UBA answers could not be read" in tab.news.label.text()
    assert tab.uba.model.rows == []
