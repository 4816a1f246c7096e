"""Team mode (#16, docs/team-mode.md §6): `fleetdesk db copy --to postgresql://…` copies the
files of a SQLite workstation into ``file_blobs`` (tachograph files, VHR PDFs, THG documents),
verified by sha256, and reports how many files and bytes; a file a row names but the disk lacks
is reported by name, not a crash; another workstation then opens every one of them."""

from __future__ import annotations

import hashlib
import json

from fleetdesk.carpass import store as cs
from fleetdesk.cli import main
from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.service import TachoShareService
from fleetdesk.thg.service import ThgService
from test_tachoshare_support import tacho_env
from test_thg_support import jpeg

PDF = b"%PDF-1.4\n% a Vehicle History Report\n%%EOF\n"


def _reading(db, guid: str, path) -> None:
    db.execute(
        "INSERT INTO carpass_readings (vin, reading_date, odometer, observation_type, origin, state, "
        "request_guid, vhr_state, vhr_path, vhr_language, created_at, updated_at) "
        "VALUES ('WVWZZZ1JZXW000001', '2026-11-20', 1000, 'VEHICLE_HISTORY_DOCUMENT', 'typed', "
        "'processed', ?, 'stored', ?, 'NL', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z')",
        [guid, str(path)],
    )


def _workstation(data) -> dict:
    """A SQLite workstation with a downloaded tachograph file, a VHR (plus one whose PDF is
    gone) and a queued THG document; returns what it holds."""
    with tacho_env(Config.load(data), FakeClock(), vu_base_bytes=2000, vu_day_bytes=10) as env:
        vin = env.sim.vehicles[0].vin
        assert env.svc.sync(only={ts.vu_subject(vin)})["failed"] == 0
    rt = Runtime(Config.load(data), clock=FakeClock())
    try:
        vhr = data / "carpass" / "vhr" / "11111111-1111-1111-1111-111111111111-NL.pdf"
        vhr.parent.mkdir(parents=True)
        vhr.write_bytes(PDF)
        gone = data / "carpass" / "vhr" / "22222222-2222-2222-2222-222222222222-NL.pdf"
        rt.store.write(lambda db: _reading(db, "11111111-1111-1111-1111-111111111111", vhr))
        rt.store.write(lambda db: _reading(db, "22222222-2222-2222-2222-222222222222", gone))
        scan = data.parent / "scan.jpg"
        scan.write_bytes(jpeg(b"THG-SIM:VERIFIED VIN=WVWZZZE1ZMP0COPY1"))
        assert ThgService.of(rt).queue_uploads([scan], registrant_id=1).queued
        tacho = rt.store.read(ts.files)
        return {"tacho": tacho, "gone": gone, "scan": scan.read_bytes()}
    finally:
        rt.close()


def test_db_copy_puts_every_file_into_the_team_database(tmp_path, pg_url, capsys):
    data = tmp_path / "ws"
    held = _workstation(data)
    url = f"postgresql://{pg_url.user}@{pg_url.host}:{pg_url.port}/{pg_url.dbname}"
    assert main(["--data-dir", str(data), "db", "copy", "--to", url, "--json"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    expected = [f["size"] for f in held["tacho"]] + [len(PDF), len(held["scan"])]
    assert out["ok"] and out["files"] == len(expected) and out["file_bytes"] == sum(expected)
    assert len(out["missing_files"]) == 1 and str(held["gone"]) in out["missing_files"][0]
    assert "missing" in out["missing_files"][0]
    assert f"Copied {len(expected)} files" in captured.err and str(held["gone"]) in captured.err

    # another workstation, its own data folder: every file opens, with the same sha256
    b = Runtime(Config.load(tmp_path / "b", database=url), clock=FakeClock())
    try:
        svc = TachoShareService.of(b)
        for row in b.store.read(ts.files):
            path = svc.archived_file(row)
            assert b.config.data_dir in path.parents
            assert hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]
        readings = {
            r["request_guid"]: cs.Reading.from_row(r)
            for r in b.store.read(lambda db: list(db.query("SELECT * FROM carpass_readings")))
        }
        copied = readings["11111111-1111-1111-1111-111111111111"]
        assert copied.vhr_sha256 == hashlib.sha256(PDF).hexdigest(), "the sha256 was recorded on the way"
        assert b.files.materialise(copied.vhr_sha256).read_bytes() == PDF
        assert readings["22222222-2222-2222-2222-222222222222"].vhr_sha256 is None
        upload = b.store.read(lambda db: list(db.query("SELECT sha256 FROM thg_uploads")))[0]
        assert b.files.materialise(upload["sha256"]).read_bytes() == held["scan"]
    finally:
        svc.close()
        b.close()
