"""The Tachographs tab as a user sees it: the board, sync with progress, the queue, RDL, sign-in,
files and export. Real widgets are clicked; the simulator answers over loopback.

Set TACHO_SHOTS=/some/dir to also save PNGs of the pages for review.
"""

from __future__ import annotations

import asyncio
import os
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fleetdesk.core.clock import FakeClock
from fleetdesk.simulators.tachoshare import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from fleetdesk.store import outbox as ob
from fleetdesk.tachoshare import store as ts
from fleetdesk.ui.context import AppContext
from fleetdesk.ui.tachoshare.progress import LEVEL_COLORS
from fleetdesk.ui.tachoshare.tab import TachoShareTab
from tab_support import open_tacho_tab
from test_tachoshare_support import Browser, tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}
LEFT = Qt.MouseButton.LeftButton


def shot(widget, name: str) -> None:
    folder = os.environ.get("TACHO_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), **SMALL) as e:
        yield e


@pytest.fixture
def ctx(env, app_context_for):
    return app_context_for(env.rt)


@pytest.fixture
def tab(ctx, env, qtbot):
    yield from open_tacho_tab(ctx, env, qtbot)


def board_index(tab, subject):
    assert tab.board.select_subject(subject)
    return tab.board.table.selectionModel().selectedRows()[0]


def test_the_board_shows_every_unit_and_card_most_urgent_first(tab, env, qtbot):
    board = tab.board
    first = board.model.index(0, 0)
    assert first.data() == "Outside legal limit"
    assert first.data(Qt.ItemDataRole.BackgroundRole).name() == LEVEL_COLORS["outside_legal"][0]
    summary = tab.header.counts.accessibleDescription()
    assert "5 outside legal compliance" in summary and "5 never downloaded" in summary
    assert tab.header.state_label.text() == "Signed in to TachoShare"
    # driver country codes are shown as names; Ireland has its own 21-day limit
    board.filter.setCurrentIndex(board.filter.findData("Driver cards"))
    assert board.model.rowCount() == 31
    qtbot.keyClicks(board.search, "ireland")
    assert board.model.rowCount() == 1
    (row,) = board.visible_rows()
    assert row.detail == "Ireland" and row.reading.legal_limit == 21
    board.search.clear()
    board.filter.setCurrentIndex(board.filter.findData("Disconnected"))
    (gone,) = board.visible_rows()
    assert gone.vin == env.sim.vehicles[13].vin and gone.next_scheduled is None
    board.filter.setCurrentIndex(board.filter.findData("Everything"))
    board.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by plate / card
    titles = [r.title for r in board.visible_rows()]
    assert titles == sorted(titles)
    shot(tab, "board")


def test_rdl_button_says_why_not_then_requests_through_the_outbox(tab, env, qtbot):
    board, sim = tab.board, env.sim
    board_index(tab, ts.vu_subject(sim.vehicles[12].vin))
    assert not board.rdl_button.isEnabled()
    assert "No manual remote-download attempts" in board.rdl_reason.text()
    board_index(tab, ts.vu_subject(sim.vehicles[8].vin))
    assert not board.rdl_button.isEnabled() and "scheduled for today" in board.rdl_reason.text()
    board_index(tab, ts.vu_subject(sim.vehicles[10].vin))
    assert board.rdl_button.isEnabled() and "can be asked" in board.rdl_reason.text()
    qtbot.mouseClick(board.rdl_button, LEFT)
    qtbot.waitUntil(lambda: "accepted the remote download" in tab.header.banner.label.text(), timeout=5000)
    qtbot.waitUntil(
        lambda: (
            board.selected_row() is not None
            and board.selected_row().last_rdl
            and board.selected_row().last_rdl["state"] == "accepted"
        ),
        timeout=5000,
    )
    assert not board.rdl_button.isEnabled() and "still waiting for execution" in board.rdl_reason.text()
    host, user = ob.actor()  # team mode (#16 §7): the RDL cell's tooltip names who asked
    rdl_cell = board_index(tab, ts.vu_subject(sim.vehicles[10].vin)).siblingAtColumn(10)
    assert f"Last requested by {user} on {host}" in rdl_cell.data(Qt.ItemDataRole.ToolTipRole)
    # only the server knows the RDL service is not enabled: its 409 description is shown
    board_index(tab, ts.vu_subject(sim.vehicles[19].vin))
    qtbot.mouseClick(board.rdl_button, LEFT)
    qtbot.waitUntil(lambda: "refused" in tab.header.banner.label.text(), timeout=5000)
    assert "RDL service is not enabled for this vehicle" in tab.header.banner.label.text()
    qtbot.waitUntil(lambda: board.selected_row().last_rdl is not None, timeout=3000)
    assert (
        board_index(tab, ts.vu_subject(sim.vehicles[19].vin))
        .siblingAtColumn(10)
        .data()
        .startswith("Refused: RDL service is not enabled")
    )
    shot(tab, "rdl")


def archive_everything_but(env, keep: set[str]) -> None:
    """Cursors past today's data for every subject except ``keep``: a sync downloads only those
    (a cursor at a recent day would be asked again, issue #12 defect 1)."""
    ahead = env.clock.now().date() + timedelta(days=1)

    def tx(db):
        for v in ts.vehicles(db):
            if v["last_activity_date"] and ts.vu_subject(v["vin"]) not in keep:
                ts.advance_cursor(db, ts.vu_subject(v["vin"]), ahead, env.clock)
        for c in ts.cards(db):
            subject = ts.card_subject(c["card_number"], c["country"])
            if c["last_download_date"] and subject not in keep:
                ts.advance_cursor(db, subject, ahead, env.clock)

    env.rt.store.write(tx)


def test_sync_now_shows_progress_and_every_file_lands_in_the_files_view(tab, env, qtbot):
    sim = env.sim
    keep = {
        ts.vu_subject(sim.vehicles[0].vin),
        ts.vu_subject(sim.vehicles[1].vin),
        ts.card_subject(sim.cards[0].card, sim.cards[0].country),
    }
    archive_everything_but(env, keep)
    sim.file_sizes[sim.vehicles[0].vin] = 2 * 2**20
    sim.stream_delay = 0.004
    seen: list[int] = []
    show_live = tab.downloads.show_live

    def spy(live, finished, note=""):
        seen.extend(r["done"] for r in live.values())
        show_live(live, finished, note)

    tab.downloads.show_live = spy
    qtbot.mouseClick(tab.header.sync_button, LEFT)
    qtbot.waitUntil(lambda: tab.pages.currentWidget() is tab.downloads, timeout=5000)
    qtbot.waitUntil(lambda: any(j["state"] == ts.RUNNING for j in tab.downloads.model.jobs), timeout=5000)
    shot(tab, "downloads-running")
    qtbot.waitUntil(
        lambda: (
            len(tab.downloads.model.jobs) == 3
            and all(j["state"] == ts.DONE for j in tab.downloads.model.jobs)
        ),
        timeout=30000,
    )
    assert max(seen) > 0, "progress reached the UI while downloading"
    qtbot.waitUntil(lambda: tab.downloads.overall.value() == 100, timeout=5000)
    assert tab.downloads.overall.text() == "3 of 3 files"
    # the banner follows the manager's "idle" event, which comes after the last job's
    qtbot.waitUntil(lambda: "Sync finished: 3 archived" in tab.header.banner.label.text(), timeout=5000)
    files = env.rows("SELECT * FROM tacho_files")
    qtbot.waitUntil(lambda: tab.pages.tabText(2) == f"Files ({len(files)})", timeout=5000)
    shot(tab, "downloads-done")
    tab.pages.setCurrentWidget(tab.files)  # the list is filled when it is looked at
    assert tab.files.model.rowCount() == len(files)
    assert {tab.files.model.index(r, 3).data() for r in range(len(files))} == {f["filename"] for f in files}
    # team mode (#16 §7): who planned each download and archived each file
    host, user = ob.actor()
    tips = {tab.files.model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(len(files))}
    assert tips == {f"Archived by {user} on {host}"}
    planned = tab.downloads.model.BY
    assert {tab.downloads.model.index(r, planned).data() for r in range(3)} == {f"{user} on {host}"}
    shot(tab, "files")
    # the board now shows what is archived
    row = next(r for r in tab.board.model.rows if r.vin == sim.vehicles[0].vin)
    assert row.archived_through == sim.vehicles[0].last_activity


def test_pause_resume_and_cancel_from_the_queue(tab, env, qtbot):
    sim, svc = env.sim, env.svc
    a, b = sim.vehicles[0], sim.vehicles[1]
    sim.file_sizes[a.vin] = sim.file_sizes[b.vin] = 8 * 2**20
    sim.stream_delay = 0.03
    svc.plan(only={ts.vu_subject(a.vin), ts.vu_subject(b.vin)})
    svc.downloads.start()
    tab.pages.setCurrentWidget(tab.downloads)
    downloads = tab.downloads
    qtbot.waitUntil(lambda: sum(j["state"] == ts.RUNNING for j in downloads.model.jobs) == 2, timeout=5000)

    def select(vin):
        row = next(i for i, j in enumerate(downloads.model.jobs) if j["vin"] == vin)
        downloads.table.selectRow(row)

    select(a.vin)
    qtbot.mouseClick(downloads.buttons["pause"], LEFT)
    select(b.vin)
    assert downloads.buttons["cancel"].isEnabled()
    qtbot.mouseClick(downloads.buttons["cancel"], LEFT)
    qtbot.waitUntil(
        lambda: next(j for j in downloads.model.jobs if j["vin"] == a.vin)["state"] == ts.PAUSED, timeout=5000
    )
    qtbot.waitUntil(
        lambda: next(j for j in downloads.model.jobs if j["vin"] == b.vin)["state"] == ts.CANCELLED,
        timeout=5000,
    )
    assert downloads.buttons["retry"].isEnabled()
    sim.stream_delay = 0
    select(a.vin)
    assert downloads.buttons["resume"].isEnabled()
    qtbot.mouseClick(downloads.buttons["resume"], LEFT)
    qtbot.waitUntil(
        lambda: next(j for j in downloads.model.jobs if j["vin"] == a.vin)["state"] == ts.DONE, timeout=10000
    )
    qtbot.mouseClick(downloads.pause_all_button, LEFT)
    qtbot.waitUntil(lambda: downloads.pause_all_button.text() == "Resume all", timeout=3000)
    assert svc.downloads.paused
    qtbot.mouseClick(downloads.pause_all_button, LEFT)
    qtbot.waitUntil(lambda: not svc.downloads.paused, timeout=3000)


def test_sign_in_from_the_tab(config, qloop, qtbot):
    with tacho_env(config, FakeClock(), signed_in=False, **SMALL) as env:
        env.rt.secrets.set("tachoshare", "client_id", DEMO_CLIENT_ID)
        env.rt.secrets.set("tachoshare", "client_secret", DEMO_CLIENT_SECRET)
        ctx = AppContext.create(env.rt)
        tab = TachoShareTab(ctx)
        qtbot.addWidget(tab)
        tab.show()
        browser, threads = Browser(), []

        def open_url(url):  # the "system browser": follows the authorize page in its own thread
            thread = threading.Thread(target=browser, args=(url,), name="test-browser")
            threads.append(thread)
            thread.start()

        tab.open_url = open_url
        try:
            qtbot.waitUntil(lambda: tab.header.sign_in_button.isVisible(), timeout=5000)
            assert tab.header.state_label.text() == "Not signed in to TachoShare"
            assert not tab.header.sync_button.isEnabled()
            assert tab.board.stack.currentWidget() is tab.board.empty
            qtbot.mouseClick(tab.header.sign_in_button, LEFT)
            qtbot.waitUntil(lambda: tab.board.model.rowCount() == 51, timeout=10000)
            assert tab.header.state_label.text() == "Signed in to TachoShare"
            assert not tab.header.sign_in_button.isVisible() and tab.header.sync_button.isEnabled()
            assert browser.visited[0].startswith(
                env.server.url + "/auth/realms/webfleet/protocol/openid-connect/auth?"
            )
            assert env.rt.secrets.get("tachoshare", "refresh_token")
        finally:
            for thread in threads:
                thread.join(5)
            browser.close()
            tab.close()
            done = asyncio.ensure_future(ctx.tasks.shutdown())
            qtbot.waitUntil(done.done, timeout=5000)
            ctx.detach()


def test_export_the_board_and_the_file_list_and_open_a_folder(tab, env, qtbot, tmp_path):
    env.svc.sync(only={ts.vu_subject(env.sim.vehicles[0].vin)})
    tab.pages.setCurrentWidget(tab.files)
    qtbot.waitUntil(lambda: tab.files.model.rowCount() == 1, timeout=5000)
    tab.board.filter.setCurrentIndex(tab.board.filter.findData("Never downloaded"))
    qtbot.mouseClick(tab.board.export_button, LEFT)
    dialog = tab._dialog
    assert dialog.isVisible()
    dialog.fileSelected.emit(str(tmp_path / "board.csv"))
    dialog.close()
    qtbot.waitUntil(lambda: (tmp_path / "board.csv").exists(), timeout=5000)
    lines = (tmp_path / "board.csv").read_text("utf-8").splitlines()
    assert lines[0].startswith("type,plate_or_card,") and len(lines) == 1 + 5
    assert all(",Never downloaded," in line for line in lines[1:])
    qtbot.mouseClick(tab.files.export_button, LEFT)
    tab._dialog.fileSelected.emit(str(tmp_path / "files.csv"))
    tab._dialog.close()
    qtbot.waitUntil(lambda: (tmp_path / "files.csv").exists(), timeout=5000)
    assert "M_20261122_0900_1ABC234_" in (tmp_path / "files.csv").read_text("utf-8")
    opened: list[str] = []
    tab.open_url = opened.append
    tab.files.table.selectRow(0)
    qtbot.mouseClick(tab.files.open_button, LEFT)
    assert opened == [f"file://{env.svc.archive_root()}/vehicles/{env.sim.vehicles[0].vin}"]


def test_every_button_and_input_has_an_accessible_name(tab):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    for page in range(tab.pages.count()):
        tab.pages.setCurrentIndex(page)
        unnamed = [
            type(w).__name__ + ":" + (getattr(w, "text", lambda: "")() or "")
            for cls in (QAbstractButton, QComboBox, QLineEdit)
            for w in tab.findChildren(cls)
            if not w.accessibleName() and w.isVisibleTo(tab) and type(w).__name__ not in ("QToolButton",)
        ]
        assert not unnamed, unnamed


def test_issue17_sync_now_sends_a_request_waiting_out_our_backoff_like_fleetdesk_sync(tab, env, qtbot):
    """'Sync now' is a person asking: the queued RDL goes now (Dispatcher.send_now), even while
    it waits out FleetDesk's own back-off after a connection failure; then the downloads run."""
    sim, svc = env.sim, env.svc
    archive_everything_but(env, set())
    v = sim.vehicles[10]
    svc.request_rdl(v.vin)
    env.rt.store.write(
        lambda db: db.execute(  # a failed connection: our back-off, not the server's
            "UPDATE outbox SET next_attempt_at = '2099-01-01T00:00:00.000000Z', server_wait = 0, attempts = 1 "
            "WHERE kind = 'tachoshare.rdl'"
        )
    )
    assert sim.requests_to(r"/rdl$") == []
    qtbot.mouseClick(tab.header.sync_button, LEFT)
    qtbot.waitUntil(lambda: "1 request(s) sent" in tab.header.banner.label.text(), timeout=10000)
    assert [r.status for r in sim.requests_to(r"/rdl$")] == [200]
    row = env.rows("SELECT state FROM tacho_rdl_requests")[0]
    assert row["state"] == "accepted"
    shot(tab, "sync-now-sent")


def test_last_downloaded_says_tachoshares_date_beside_it(tab, env, qtbot):
    """#12 defect 8: 'Last downloaded' is the last download FleetDesk archived; its tooltip shows
    TachoShare's own date, and says when nothing is archived yet (the clock then runs from it)."""
    v = env.sim.vehicles[14]
    index = board_index(tab, ts.vu_subject(v.vin)).siblingAtColumn(6)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert f"TachoShare's last activity downloaded: {v.last_activity.isoformat()}" in tip
    assert "Nothing archived yet" in tip
    header = tab.board.model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "legal clock runs from it" in header
