"""Issue 12, defect 4 in the GUI: a driver-card ZIP with refused members is marked in the Files
page (a ⚠ before its name, the reasons in its tooltip, a count in the summary)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fleetdesk.core.clock import FakeClock
from fleetdesk.tachoshare import store as ts
from fleetdesk.ui.tachoshare.files import FilesView
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}


@pytest.fixture
def env(config):
    with tacho_env(config, FakeClock(), **SMALL) as e:
        yield e


def test_a_zip_with_refused_members_is_marked_in_the_files_page(env, qtbot):
    card = env.sim.cards[1]
    env.sim.hostile_zip = "mixed"
    env.svc.sync(only={ts.card_subject(card.card, card.country)})
    files = env.rt.store.read(ts.files)
    view = FilesView()
    qtbot.addWidget(view)
    view.show_data(files, "/archive")
    if os.environ.get("TACHO_SHOTS"):  # for review: TACHO_SHOTS=/some/dir
        view.resize(1280, 500)
        view.show()
        view.grab().save(str(Path(os.environ["TACHO_SHOTS"]) / "files-attention.png"))
    model = view.model
    names = {model.index(r, 3).data(): r for r in range(model.rowCount())}
    (marked,) = [n for n in names if n.startswith("⚠ ")]
    assert marked.endswith(".ZIP")
    tip = model.index(names[marked], 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "Needs attention" in tip and "symbolic link" in tip and "zip-slip" in tip
    assert model.index(names[marked], 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert all(not n.startswith("⚠") for n in names if n != marked)  # the safe files are fine
    assert "1 need attention" in view.summary.text()
    view.search.setText("⚠")  # the search finds the files that need attention
    assert model.rowCount() == 1
