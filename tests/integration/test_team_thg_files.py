"""Team mode (#16, docs/team-mode.md §6): THG registration documents live in the team database.
A document queued on one workstation is uploaded by whichever process dispatches the outbox,
even one that never had the file: its bytes come out of ``file_blobs``, verified by sha256."""

from __future__ import annotations

from pathlib import Path

import pytest

from fleetdesk.core.config import Config
from fleetdesk.store import outbox as ob
from fleetdesk.thg.statussync import sync_all
from test_thg_support import ThgEnv, jpeg


@pytest.fixture
def team_env(tmp_path, pg_url, fake_clock, monkeypatch):
    url = f"postgresql://{pg_url.user}@{pg_url.host}:{pg_url.port}/{pg_url.dbname}"
    e = ThgEnv(Config.load(tmp_path / "a", database=url), fake_clock, monkeypatch)
    try:
        e.sign_in()
        sync_all(e.svc)
        yield e
    finally:
        e.close()


def _queue(e, tmp_path) -> tuple[dict, bytes]:
    content = jpeg(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZMP0TEAM1")
    source = tmp_path / "scan.jpg"
    source.write_bytes(content)
    queued = e.svc.queue_uploads([source], registrant_id=e.registrant)
    assert len(queued.queued) == 1, queued.refused
    upload = e.uploads()[0]
    Path(upload["stored_path"]).unlink()  # the dispatcher runs elsewhere: no local copy there
    return upload, content


def test_a_document_is_uploaded_from_the_database_by_a_process_without_the_file(team_env, tmp_path):
    e = team_env
    upload, content = _queue(e, tmp_path)
    assert e.rt.files.has(upload["sha256"])
    assert len(e.send().sent) == 1
    assert e.uploads()[0]["state"] == "uploaded"
    posted = e.sim.requests_to(r"^/vehicles$", "POST")
    assert posted and content in posted[-1].body


def test_a_tampered_document_is_set_aside_naming_its_sha256(team_env, tmp_path):
    e = team_env
    upload, _content = _queue(e, tmp_path)
    e.rt.store.write(
        lambda db: db.execute("UPDATE file_blobs SET content = ? WHERE sha256 = ?", [b"x", upload["sha256"]])
    )
    e.send()
    item = e.rt.store.read(lambda db: ob.items(db, service="thg"))[0]
    assert item.state == ob.ATTENTION and upload["sha256"] in (item.last_error or "")
    assert not e.sim.requests_to(r"^/vehicles$", "POST")
