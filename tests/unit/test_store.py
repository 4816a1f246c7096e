"""The SQLite store: pragmas, migrations with backups, integrity check, one writer, instance lock."""

from __future__ import annotations

import threading

import pytest
from sqlite_utils.migrations import Migrations

from fleetdesk.store.db import DatabaseDamaged, Store
from fleetdesk.store.lock import AlreadyRunning, InstanceLock
from fleetdesk.store.schema import core_migrations


def test_fresh_database_has_wal_full_sync_and_foreign_keys(tmp_path):
    store = Store(tmp_path / "f.sqlite3", [core_migrations])
    try:
        pragmas = store.read(
            lambda db: {
                "journal": db.execute("PRAGMA journal_mode").fetchone()[0],
                "fk": db.execute("PRAGMA foreign_keys").fetchone()[0],
            }
        )
        sync = store.write(lambda db: db.execute("PRAGMA synchronous").fetchone()[0])
        assert pragmas == {"journal": "wal", "fk": 1}
        assert sync == 2  # FULL
        assert {"outbox", "secret_blobs", "kv"} <= set(store.read(lambda db: db.table_names()))
        assert store.applied == [
            "core.0001_outbox",
            "core.0002_secret_blobs",
            "core.0003_kv",
            "core.0004_outbox_needs_check",
            "core.0005_outbox_server_wait",
            "core.0006_outbox_claims",
            "core.0007_file_blobs",
        ]
        assert not (tmp_path / "backups").exists(), "a new file needs no backup"
    finally:
        store.close()


def test_existing_database_is_backed_up_before_a_new_migration(tmp_path):
    path = tmp_path / "f.sqlite3"
    store = Store(path, [core_migrations])
    store.write(lambda db: db.execute("INSERT INTO kv VALUES ('kept', '1')"))
    store.close()

    later = Migrations("later")

    @later(name="0001_add_table")
    def _add(db):
        db.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    store = Store(path, [core_migrations, later])
    try:
        assert store.applied == ["later.0001_add_table"]
        backups = list((tmp_path / "backups").glob("*.sqlite3"))
        assert len(backups) == 1
        old = Store(backups[0], [])
        try:
            assert "extra" not in old.read(lambda db: db.table_names())
            assert old.read(lambda db: db.execute("SELECT value FROM kv").fetchone()[0]) == "1"
        finally:
            old.close()
    finally:
        store.close()
    # Re-opening applies nothing and takes no further backup.
    store = Store(path, [core_migrations, later])
    store.close()
    assert store.applied == [] and len(list((tmp_path / "backups").glob("*.sqlite3"))) == 1


def test_a_failing_migration_rolls_back_and_stays_pending(tmp_path):
    broken = Migrations("broken")

    @broken(name="0001_half")
    def _half(db):
        db.execute("CREATE TABLE half (id INTEGER)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        Store(tmp_path / "f.sqlite3", [core_migrations, broken])
    store = Store(tmp_path / "f.sqlite3", [core_migrations])
    try:
        assert "half" not in store.read(lambda db: db.table_names())
        assert broken.pending(store.db)
    finally:
        store.close()


def test_a_file_that_is_not_a_database_is_reported_and_left_untouched(tmp_path):
    path = tmp_path / "f.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseDamaged, match="damaged") as info:
        Store(path, [core_migrations])
    assert "backups" in str(info.value)
    assert path.read_bytes() == b"this is not sqlite at all" * 100


def test_corrupted_pages_fail_the_integrity_check(tmp_path):
    path = tmp_path / "f.sqlite3"
    store = Store(path, [core_migrations])
    store.write(lambda db: db["kv"].insert_all({"key": f"k{i}", "value": "x" * 500} for i in range(400)))
    store.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, 4096 * 3 + 2048):  # scribble over an interior page
        data[offset] = 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        Store(path, [core_migrations])


def test_writes_from_many_threads_go_through_one_writer(tmp_path):
    store = Store(tmp_path / "f.sqlite3", [core_migrations])
    writer_threads = set()

    def write(i):
        def tx(db):
            writer_threads.add(threading.current_thread().name)
            db.execute("INSERT INTO kv VALUES (?, ?)", [f"k{i}", str(i)])

        store.write(tx)

    try:
        threads = [threading.Thread(target=write, args=(i,)) for i in range(40)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert store.read(lambda db: db.execute("SELECT COUNT(*) FROM kv").fetchone()[0]) == 40
        assert len(writer_threads) == 1 and next(iter(writer_threads)).startswith("store-writer")
    finally:
        store.close()


def test_a_failed_write_rolls_back_completely(tmp_path):
    store = Store(tmp_path / "f.sqlite3", [core_migrations])

    def tx(db):
        db.execute("INSERT INTO kv VALUES ('a', '1')")
        raise ValueError("no")

    try:
        with pytest.raises(ValueError):
            store.write(tx)
        assert store.read(lambda db: db.execute("SELECT COUNT(*) FROM kv").fetchone()[0]) == 0
    finally:
        store.close()


def test_second_instance_on_the_same_data_dir_is_refused(tmp_path):
    with InstanceLock(tmp_path):
        with pytest.raises(AlreadyRunning, match="already running"):
            InstanceLock(tmp_path).acquire()
    InstanceLock(tmp_path).acquire().release()  # free again once the first one let go
