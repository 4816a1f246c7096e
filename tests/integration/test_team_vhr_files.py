"""Team mode (#16, docs/team-mode.md §6): Car-Pass Vehicle History Reports live in the team
database. Workstation A fetches a VHR against the simulator on PostgreSQL; workstation B (its own
data folder, same database) opens it without asking Car-Pass again, with identical sha256; a
tampered report is refused with an error naming its sha256. On SQLite nothing changes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fleetdesk.carpass import store as st
from fleetdesk.carpass.access import get_poller, get_service
from fleetdesk.carpass.plugin import PLUGIN
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.store.files import BlobTampered
from test_carpass_support import PANDA, VHR, CarPassWorld


def _url(pg_url) -> str:
    return f"postgresql://{pg_url.user}@{pg_url.host}:{pg_url.port}/{pg_url.dbname}"


@pytest.fixture
def team(tmp_path, pg_url, monkeypatch):
    """(A: a CarPassWorld that fetched one VHR, B: another workstation's runtime), one PG db."""
    monkeypatch.setenv("FLEETDESK_DATABASE_URL", _url(pg_url))
    with CarPassWorld(tmp_path / "a") as world:
        result = world.submit(24_900, PANDA, type=VHR)
        world.run_for(15)
        reading = world.reading(result.reading_id)
        assert reading.vhr_state == "stored", reading
        config = Config.load(tmp_path / "b")
        config.overrides["carpass"] = world.url
        b = Runtime(config, clock=world.clock, integrations=[PLUGIN])
        try:
            yield world, b, reading
        finally:
            get_service(b).close()
            b.close()


def test_the_report_is_stored_with_its_sha256_in_the_database(team):
    world, b, reading = team
    data = Path(reading.vhr_path).read_bytes()
    assert reading.vhr_sha256 == hashlib.sha256(data).hexdigest()
    assert b.files.has(reading.vhr_sha256)


def test_a_second_workstation_opens_the_report_without_asking_car_pass(team):
    world, b, reading = team
    asked = len(world.sim.requests_to(r"/status/vhr$"))
    on_b = b.store.read(lambda db: st.get_reading(db, reading.id))
    path = get_poller(b).fetch_vhr(on_b)
    assert path.parent == b.config.data_dir / "carpass" / "vhr" and path.name == Path(reading.vhr_path).name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == reading.vhr_sha256
    assert len(world.sim.requests_to(r"/status/vhr$")) == asked, "fetched from the database, not Car-Pass"
    # what the viewer reads: A's path does not exist on B (another machine), the bytes come
    # from the database
    data = Path(reading.vhr_path).read_bytes()
    Path(reading.vhr_path).rename(world.data_dir / "elsewhere.pdf")
    shown = b.files.local_copy(on_b.vhr_path, on_b.vhr_sha256)
    assert shown.parent == b.files.cache_dir and shown.read_bytes() == data


def test_a_tampered_report_is_refused_naming_its_sha256(team):
    world, b, reading = team
    Path(reading.vhr_path).unlink()  # B is another machine: A's file is not there
    b.store.write(
        lambda db: db.execute(
            "UPDATE file_blobs SET content = ? WHERE sha256 = ?", [b"%PDF-1.4 forged", reading.vhr_sha256]
        )
    )
    with pytest.raises(BlobTampered, match=reading.vhr_sha256):
        b.files.local_copy(reading.vhr_path, reading.vhr_sha256)


def test_on_sqlite_the_report_stays_a_file_and_nothing_goes_into_file_blobs(tmp_path):
    with CarPassWorld(tmp_path / "data") as world:
        result = world.submit(24_900, PANDA, type=VHR)
        world.run_for(15)
        reading = world.reading(result.reading_id)
        assert reading.vhr_state == "stored" and Path(reading.vhr_path).is_file()
        count = world.rt.store.read(lambda db: db.execute("SELECT COUNT(*) FROM file_blobs").fetchone()[0])
        assert count == 0
