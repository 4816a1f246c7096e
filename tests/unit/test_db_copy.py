"""Team mode (#16): `fleetdesk db copy --to postgresql://…` — counts, checksums, refusals."""

from __future__ import annotations

import pytest

from fleetdesk.core.clock import FakeClock
from fleetdesk.core.errors import BadInput
from fleetdesk.store import outbox as ob
from fleetdesk.store.blobs import StoreBlobs
from fleetdesk.store.copy import checksum_rows, copy_to_postgresql
from fleetdesk.store.db import Store
from fleetdesk.store.engine import open_store
from fleetdesk.store.kv import kv_set
from fleetdesk.store.schema import core_migrations
from ledger_support import add_note, notes_migrations


def _sets():
    return [core_migrations, notes_migrations()]


def _workstation(path, notes=5):
    clock = FakeClock()
    store = Store(path, _sets())
    for i in range(notes):
        add_note(store, clock, f"note {i} 100% ok?")
    store.write(lambda db: kv_set(db, "cursor", {"at": "2026-11-20"}))
    StoreBlobs(store, clock).set("token", b"\x00\x01binary\xff")
    store.close()


def test_copy_moves_every_row_and_verifies_counts_and_checksums(tmp_path, pg_url):
    source = tmp_path / "fleetdesk.sqlite3"
    _workstation(source)
    report = copy_to_postgresql(source, pg_url, _sets())
    assert report.ok
    by_table = {t.table: t for t in report.tables}
    assert (
        by_table["notes"].rows,
        by_table["outbox"].rows,
        by_table["kv"].rows,
        by_table["secret_blobs"].rows,
    ) == (5, 5, 1, 1)
    assert by_table["notes"].checksum == by_table["notes"].target_checksum
    team = open_store(pg_url, _sets())
    try:
        assert StoreBlobs(team).get("token") == b"\x00\x01binary\xff"
        assert [i.label for i in team.read(lambda db: ob.items(db))][:1] == ["note note 0 100% ok?"]
        later = add_note(team, FakeClock(), "typed after the move")
        assert later == 6, "new rows continue after the copied ids"
    finally:
        team.close()


def test_a_non_empty_target_is_refused_unless_replace(tmp_path, pg_url):
    source = tmp_path / "fleetdesk.sqlite3"
    _workstation(source, notes=3)
    copy_to_postgresql(source, pg_url, _sets())
    with pytest.raises(BadInput) as caught:
        copy_to_postgresql(source, pg_url, _sets())
    assert caught.value.field == "--to" and "not empty" in caught.value.message
    assert "--replace" in caught.value.message
    report = copy_to_postgresql(source, pg_url, _sets(), replace=True)
    assert report.ok and {t.table: t.target_rows for t in report.tables}["notes"] == 3


def test_the_checksum_sees_a_changed_value_but_not_the_row_order():
    rows = [(1, "a", None, 1.5, b"\x00"), (2, "b", 3, 0.0, b"")]
    assert checksum_rows(rows) == checksum_rows(list(reversed(rows)))
    assert checksum_rows(rows) != checksum_rows([(1, "a", None, 1.5, b"\x00"), (2, "b", "3", 0.0, b"")])


def test_cli_db_copy_to_postgresql_reports_and_refuses_a_second_copy(tmp_path, pg_url, capsys):
    import json

    from fleetdesk.cli import main
    from fleetdesk.core.config import Config
    from fleetdesk.runtime import Runtime

    data = tmp_path / "d"
    rt = Runtime(Config.load(data), clock=FakeClock())  # every integration's tables
    rt.store.write(lambda db: kv_set(db, "k", 1))
    rt.close()
    assert main(["--data-dir", str(data), "db", "copy", "--to", pg_url.display(), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["rows"] >= 1 and all(t["ok"] for t in out["tables"])
    assert main(["--data-dir", str(data), "db", "copy", "--to", pg_url.display()]) == 2
    assert "not empty" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "db", "copy", "--to", "sqlite:///x.sqlite3"]) == 2
