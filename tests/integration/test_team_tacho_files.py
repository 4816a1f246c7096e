"""Team mode (#16, docs/team-mode.md §6): tachograph files live in the team database.

Workstation A (its own data folder) downloads a vehicle-unit file and a driver card against the
simulator on a PostgreSQL database; workstation B (another data folder, same database) lists
them, opens them (materialised from ``file_blobs``, identical sha256), parses them on arrival
and inspects them; the same file imported by a second manager is stored once; a tampered blob
is refused with an error naming its sha256.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.config import Config
from fleetdesk.runtime import Runtime
from fleetdesk.store.files import BlobTampered
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.importer import import_file, remove_files
from fleetdesk.tachoshare.plugin import PLUGIN
from fleetdesk.tachoshare.service import TachoShareService
from test_tachoshare_support import tacho_env

SMALL = {"vu_base_bytes": 2000, "vu_day_bytes": 10, "card_file_bytes": 300}


def _blob_count(rt) -> int:
    return int(rt.store.read(lambda db: db.execute("SELECT COUNT(*) FROM file_blobs").fetchone()[0]))


@pytest.fixture
def team(tmp_path, pg_url):
    """(A's TachoEnv after one download of a unit and a card, B's runtime), one PG database."""
    url = f"postgresql://{pg_url.user}@{pg_url.host}:{pg_url.port}/{pg_url.dbname}"
    config_a = Config.load(tmp_path / "a", database=url)
    with tacho_env(config_a, FakeClock(), **SMALL) as a:
        v0, card = a.sim.vehicles[0], a.sim.cards[0]
        result = a.svc.sync(only={ts.vu_subject(v0.vin), ts.card_subject(card.card, card.country)})
        assert result["failed"] == 0, result
        b = Runtime(Config.load(tmp_path / "b", database=url), integrations=[PLUGIN])
        try:
            yield a, b
        finally:
            svc = b.services.get("tachoshare")
            if svc is not None:
                svc.close()
            b.close()


def test_a_second_workstation_opens_every_file_another_one_downloaded(team):
    a, b = team
    rows = b.store.read(ts.files)
    kinds = sorted(r["kind"] for r in rows)
    assert "vu" in kinds and "card_zip" in kinds and "card" in kinds, kinds
    assert _blob_count(b) == len({r["sha256"] for r in rows}), (
        "every archived file's bytes are in the database"
    )
    svc_b = TachoShareService.of(b)
    root_a, root_b = a.svc.archive_root(), svc_b.archive_root()
    assert root_a != root_b and not any(root_b.rglob("*.DDD")), "B never downloaded anything"
    for row in rows:
        path = svc_b.archived_file(row)
        assert path.is_file() and b.config.data_dir in path.parents
        assert hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]
        assert path.read_bytes() == (root_a / row["path"]).read_bytes()
    # "open folder" on B: the file is written into B's own archive folder, under its name
    vu = next(r for r in rows if r["kind"] == "vu")
    shown = svc_b.archived_file(vu, restore=True)
    assert shown == root_b / vu["path"] and shown.read_bytes() == (root_a / vu["path"]).read_bytes()


def test_the_parser_on_arrival_and_tacho_inspect_read_from_the_database(team, capsys):
    from fleetdesk.tachoshare.cli import cmd_inspect

    a, b = team
    b.store.write(lambda db: db.execute("DELETE FROM tacho_file_facts"))
    svc_b = TachoShareService.of(b)
    parsed = svc_b.index_new_files()
    assert parsed >= 2
    facts = b.store.read(lambda db: list(db.query("SELECT file_id, error FROM tacho_file_facts")))
    assert facts and not [f for f in facts if f["error"]], facts
    vu = next(r for r in b.store.read(ts.files) if r["kind"] == "vu")

    class Args:
        files = [vu["filename"], vu["sha256"]]
        json = True

    assert cmd_inspect(b, Args()) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["vin"] for r in out] == [vu["vin"], vu["vin"]] and not any(r["error"] for r in out)


def test_the_same_file_from_a_second_manager_is_stored_once(team, tmp_path):
    a, b = team
    vu = next(r for r in b.store.read(ts.files) if r["kind"] == "vu")
    before_rows, before_blobs = len(b.store.read(ts.files)), _blob_count(b)
    reader = tmp_path / "card-reader" / "export.DDD"
    reader.parent.mkdir()
    reader.write_bytes((a.svc.archive_root() / vu["path"]).read_bytes())
    result = import_file(b.store, b.clock, TachoShareService.of(b).archive_root(), reader)
    assert result.state == "duplicate"
    assert (len(b.store.read(ts.files)), _blob_count(b)) == (before_rows, before_blobs)


def test_an_import_on_one_workstation_is_opened_on_the_other(team, tmp_path):
    a, b = team
    vu = next(r for r in a.rt.store.read(ts.files) if r["kind"] == "vu")
    data = (a.svc.archive_root() / vu["path"]).read_bytes()
    # remove it (retention), then a manager imports the same file on B: the bytes go with the row
    remove_files(a.rt.store, a.svc.archive_root(), [vu["id"]])
    assert not a.rt.store.read(
        lambda db: db.execute("SELECT 1 FROM file_blobs WHERE sha256 = ?", [vu["sha256"]]).fetchone()
    )
    source = tmp_path / "usb" / "x.DDD"
    source.parent.mkdir()
    source.write_bytes(data)
    result = import_file(b.store, b.clock, TachoShareService.of(b).archive_root(), source)
    assert result.state == "imported", result
    row = next(r for r in a.rt.store.read(ts.files) if r["sha256"] == vu["sha256"])
    (a.svc.archive_root() / row["path"]).unlink(missing_ok=True)
    assert a.svc.archived_file(row).read_bytes() == data


def test_a_tampered_blob_is_refused_with_its_sha256(team):
    a, b = team
    vu = next(r for r in b.store.read(ts.files) if r["kind"] == "vu")
    b.store.write(
        lambda db: db.execute("UPDATE file_blobs SET content = ? WHERE sha256 = ?", [b"not it", vu["sha256"]])
    )
    with pytest.raises(BlobTampered) as caught:
        TachoShareService.of(b).archived_file(vu)
    assert vu["sha256"] in str(caught.value)
    # the parser on arrival records the refusal instead of parsing wrong bytes
    b.store.write(lambda db: db.execute("DELETE FROM tacho_file_facts WHERE file_id = ?", [vu["id"]]))
    TachoShareService.of(b).index_new_files()
    error = b.store.read(
        lambda db: db.execute("SELECT error FROM tacho_file_facts WHERE file_id = ?", [vu["id"]]).fetchone()[
            0
        ]
    )
    assert vu["sha256"] in error
