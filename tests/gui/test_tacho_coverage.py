"""Issue #13 in the Tachographs tab: holder names from the files on the board, the coverage
calendar strip, gaps counted as problems, and the card-expiry alert for the status bar."""

from __future__ import annotations

import os
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fleetdesk.core.clock import FakeClock
from fleetdesk.tachoshare import store as ts
from fleetdesk.ui.tachoshare.tab import TachoShareTab
from tab_support import open_tacho_tab
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), **SMALL) as e:
        e.svc.sync()  # archive everything first: the files are what we look at
        yield e


@pytest.fixture
def tab(env, app_context_for, qtbot):
    yield from open_tacho_tab(app_context_for(env.rt), env, qtbot)


def row_of(tab, subject):
    assert tab.board.select_subject(subject)
    return tab.board.table.selectionModel().selectedRows()[0].row()


def cell(tab, row, col, role=Qt.ItemDataRole.DisplayRole):
    model = tab.board.model
    return model.data(model.index(row, col), role)


def test_board_shows_holders_gaps_and_the_coverage_strip(tab, env, qtbot):
    novak = next(c for c in env.sim.cards if c.name == "J_NOVAK")
    row = row_of(tab, ts.card_subject(novak.card, novak.country))
    assert cell(tab, row, 3).startswith("J. Novak · ")
    status = cell(tab, row, 0)
    assert status.startswith("OK · ") and "d missing" in status  # a gap is a problem...
    assert "No file holds" in cell(tab, row, 0, Qt.ItemDataRole.ToolTipRole)
    assert cell(tab, row, 0, Qt.ItemDataRole.BackgroundRole) is not None  # ...even when the clock is OK
    panel = tab.board.coverage
    assert "J. Novak" in panel.title.text() and "No file holds" in panel.problems.text()
    states = {panel.strip.state(d) for d in panel.strip.days()}
    assert {"held", "missing"} <= states
    folder = os.environ.get("TACHO_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        tab.grab().save(str(Path(folder) / "coverage.png"))
    # the filter for problems finds it; searching by holder works
    index = tab.board.filter.findData("Days missing or card expiring")
    tab.board.filter.setCurrentIndex(index)
    assert any(r.card_number == novak.card for r in tab.board.visible_rows())
    assert all(r.problems for r in tab.board.visible_rows())
    tab.board.filter.setCurrentIndex(0)
    tab.board.search.setText("novak")
    assert [r.card_number for r in tab.board.visible_rows()] == [novak.card]


def test_expiry_alert_for_the_status_bar(tab, env, qtbot):
    today = env.clock.now().date()
    soon = [c for c in env.sim.cards if c.downloads and (c.expiry - today).days <= 30]
    alert = tab.status_widgets()[0]
    qtbot.waitUntil(lambda: tab.expiring_count == len(soon), timeout=5000)
    assert alert.isHidden()  # not in a status bar here: it never floats over the tab
    assert alert.text().endswith(f"{len(soon)} driver cards expiring")
    assert all(c.card in alert.toolTip() for c in soon)
    alert.click()
    assert tab.board.filter.currentData() == "Days missing or card expiring"
    expiring = [r for r in tab.board.visible_rows() if r.expiry_days_left is not None]
    assert len(expiring) == len(soon)


@pytest.fixture
def bare_env(config):
    with tacho_env(config, FakeClock(), **SMALL) as e:
        yield e


def test_retention_lists_old_files_and_removes_only_what_is_ticked_and_confirmed(
    bare_env, app_context_for, qtbot, tmp_path
):
    env = bare_env
    from datetime import date, datetime

    from fleetdesk.tachoshare.importer import import_file
    from tachofile_builder import driver_card_file

    root = env.svc.archive_root()
    paths = []
    for i, name in enumerate(("Oldone", "Oldtwo")):
        src = tmp_path / f"{name}.DDD"
        src.write_bytes(
            driver_card_file(
                surname=name,
                number=f"D00000000000{i}001",
                days=[date(2022, 3, 1 + d) for d in range(10)],
                last_download=datetime(2022, 3, 12, tzinfo=UTC),
            )
        )
        paths.append(import_file(env.rt.store, env.clock, root, src).path)
    env.rt.store.write(
        lambda db: db.execute(
            "UPDATE tacho_files SET archived_at = '2022-03-12T08:00:00.000000Z' WHERE path IN (?, ?)", paths
        )
    )
    tab = TachoShareTab(app_context_for(env.rt))
    qtbot.addWidget(tab)
    tab.show()
    tab.pages.setCurrentWidget(tab.files)
    tab.files.retention_button.click()
    qtbot.waitUntil(lambda: tab.retention is not None and tab.retention.isVisible(), timeout=5000)
    dialog = tab.retention
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    assert len(items) == 2 and all(it.checkState() == Qt.CheckState.Unchecked for it in items)
    assert not dialog.remove_button.isEnabled()  # nothing ticked: nothing to remove
    old = next(it for it in items if "Oldone" in it.text())
    old.setCheckState(Qt.CheckState.Checked)
    dialog.confirm = lambda n: False  # the user says no
    dialog.remove_button.click()
    assert (root / paths[0]).exists() and (root / paths[1]).exists()
    dialog.confirm = lambda n: n == 1
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: not (root / paths[0]).exists(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert (root / paths[1]).exists()
    assert env.rows("SELECT COUNT(*) AS n FROM tacho_files")[0]["n"] >= 1
    dialog.close()
    env.svc.downloads.stop()


def test_coverage_strip_takes_its_days_from_the_service_not_the_wall_clock(qtbot):
    """Before the tab's first refresh the panel used date.today(): on a real clock that is not the
    pinned one (or across UTC midnight) the strip showed other days than the board's."""
    from datetime import date, timedelta

    from fleetdesk.ui.tachoshare.coverage import DAYS_SHOWN, CoveragePanel

    panel = CoveragePanel()
    qtbot.addWidget(panel)
    assert panel.strip.days() == []  # nothing to show yet, and no wall-clock date
    assert "Select a vehicle unit" in panel.title.text()
    today = date(2026, 11, 23)  # the service's day (the pinned clock)
    panel.show_row(None, today)
    days = panel.strip.days()
    assert days[-1] == today and days[0] == today - timedelta(days=DAYS_SHOWN - 1)
