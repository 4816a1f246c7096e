"""Team mode (#16, docs/team-mode.md §6): the QtPdf VHR viewer of a second workstation shows a
report another workstation fetched — its bytes come out of the team database off the UI thread,
verified by sha256 — and a tampered report is refused with a message naming its sha256."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

import pytest

from fleetdesk.carpass.access import get_service
from fleetdesk.carpass.plugin import PLUGIN
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from tab_support import open_carpass_tab
from test_carpass_support import PANDA, VHR, CarPassWorld


@pytest.fixture
def team(tmp_path, pg_url, monkeypatch):
    url = f"postgresql://{pg_url.user}@{pg_url.host}:{pg_url.port}/{pg_url.dbname}"
    monkeypatch.setenv("FLEETDESK_DATABASE_URL", url)
    with CarPassWorld(tmp_path / "a") as world:
        result = world.submit(24_900, PANDA, type=VHR)
        world.run_for(15)
        reading = world.reading(result.reading_id)
        assert reading.vhr_state == "stored"
        data = Path(reading.vhr_path).read_bytes()
        Path(reading.vhr_path).unlink()  # B is another machine: A's file is not there
        config = Config.load(tmp_path / "b")
        config.overrides["carpass"] = world.url
        b = Runtime(config, clock=world.clock, integrations=[PLUGIN])
        try:
            yield b, reading, data
        finally:
            get_service(b).close()
            b.close()


@pytest.fixture
def tab_b(team, qloop, qtbot):
    yield from open_carpass_tab(team[0], qtbot)


def test_the_viewer_of_a_second_workstation_opens_the_report_from_the_database(team, tab_b, qtbot, tmp_path):
    b, reading, data = team
    tab_b.views.setCurrentIndex(2)
    viewer = tab_b.vhr.viewer
    qtbot.waitUntil(lambda: viewer.loaded, timeout=5000)
    assert viewer.page_count() == 1
    cached = b.files.cache_path(reading.vhr_sha256)
    assert cached.read_bytes() == data and hashlib.sha256(data).hexdigest() == reading.vhr_sha256
    target = tmp_path / "out.pdf"
    task = asyncio.ensure_future(tab_b.vhr.save_to(reading.vhr_path, str(target), reading.vhr_sha256))
    qtbot.waitUntil(task.done, timeout=5000)
    assert target.read_bytes() == data


def test_a_tampered_report_is_not_shown(team, qloop, qtbot):
    b, reading, _data = team
    b.store.write(
        lambda db: db.execute(
            "UPDATE file_blobs SET content = ? WHERE sha256 = ?", [b"%PDF-1.4 forged", reading.vhr_sha256]
        )
    )
    gen = open_carpass_tab(b, qtbot)
    tab = next(gen)
    try:
        tab.views.setCurrentIndex(2)
        qtbot.waitUntil(lambda: reading.vhr_sha256 in tab.vhr.viewer.empty.text(), timeout=5000)
        assert not tab.vhr.viewer.loaded
    finally:
        next(gen, None)
