"""Team mode (#16, docs/team-mode.md §6): ``file_blobs`` and ``store/files.py`` on both engines —
put/has/materialise, dedup, the cache, and a tampered blob refused with a clear error."""

from __future__ import annotations

import hashlib

import pytest

from fleetdesk.store.engine import open_store
from fleetdesk.store.files import BlobMissing, BlobTampered, FileBlobError, FileBlobs, store_in
from fleetdesk.store.schema import core_migrations

BODY = b"DDD\x00\x01" + bytes(range(256)) * 40


@pytest.fixture
def store(engine_url):
    s = open_store(engine_url, [core_migrations])
    yield s
    s.close()


def test_put_has_and_materialise_round_trip(store, tmp_path):
    files = FileBlobs(store, tmp_path / "a")
    sha = files.put(BODY)
    assert sha == hashlib.sha256(BODY).hexdigest()
    assert files.has(sha) and not files.has("0" * 64)
    path = files.materialise(sha)
    assert path == tmp_path / "a" / "cache" / "files" / sha
    assert path.read_bytes() == BODY
    assert not list(path.parent.glob("*.part")), "no temporary file left behind"
    # a second workstation (its own data folder) gets the same bytes
    other = FileBlobs(store, tmp_path / "b").materialise(sha)
    assert other.read_bytes() == BODY and other != path


def test_put_of_a_file_streams_and_the_same_bytes_are_stored_once(store, tmp_path):
    source = tmp_path / "M_20261120_0800_1ABC123_VIN.DDD"
    source.write_bytes(BODY)
    files = FileBlobs(store, tmp_path / "data")
    first = files.put(source)
    second = files.put(BODY)  # the same file again, e.g. from a second manager
    assert first == second
    assert store.read(lambda db: db.execute("SELECT COUNT(*) FROM file_blobs").fetchone()[0]) == 1
    size, host, user = store.read(
        lambda db: db.execute("SELECT size, created_host, created_user FROM file_blobs").fetchone()
    )
    assert int(size) == len(BODY) and host and user


def test_materialise_is_sliced_for_large_blobs(store, tmp_path, monkeypatch):
    from fleetdesk.store import files as mod

    monkeypatch.setattr(mod, "SLICE", 1000)  # many slices
    files = FileBlobs(store, tmp_path)
    sha = files.put(BODY)
    assert files.materialise(sha).read_bytes() == BODY
    empty = files.put(b"")
    assert files.materialise(empty).read_bytes() == b""


def test_a_damaged_cache_file_is_written_again_from_the_database(store, tmp_path):
    files = FileBlobs(store, tmp_path)
    sha = files.put(BODY)
    path = files.materialise(sha)
    path.write_bytes(b"garbage")
    assert files.materialise(sha).read_bytes() == BODY


def test_a_tampered_blob_is_refused_naming_its_sha256(store, tmp_path):
    files = FileBlobs(store, tmp_path)
    sha = files.put(BODY)
    store.write(lambda db: db.execute("UPDATE file_blobs SET content = ? WHERE sha256 = ?", [b"evil", sha]))
    with pytest.raises(BlobTampered) as caught:
        files.materialise(sha)
    assert sha in str(caught.value) and "refused" in str(caught.value)
    assert not files.cache_path(sha).exists()
    assert not list(files.cache_dir.glob("*.part"))


def test_unknown_and_malformed_sha256_are_clear_errors(store, tmp_path):
    files = FileBlobs(store, tmp_path)
    with pytest.raises(BlobMissing, match="0{64}"):
        files.materialise("0" * 64)
    with pytest.raises(FileBlobError, match="not a sha256"):
        files.materialise("../../etc/passwd")


def test_store_in_only_stores_on_postgresql_and_checks_the_announced_sha256(store, tmp_path):
    sha = hashlib.sha256(BODY).hexdigest()
    got = store.write(lambda db: store_in(db, BODY, sha256=sha))
    count = store.read(lambda db: db.execute("SELECT COUNT(*) FROM file_blobs").fetchone()[0])
    if store.engine == "sqlite":
        assert got is None and count == 0, "SQLite keeps files where they are today"
        return
    assert got == sha and count == 1
    with pytest.raises(BlobTampered, match="1" * 64):
        store.write(lambda db: store_in(db, b"other bytes", sha256="1" * 64))


def test_local_copy_serves_the_local_file_and_falls_back_to_the_database(store, tmp_path):
    files = FileBlobs(store, tmp_path / "b")
    local = tmp_path / "a.pdf"
    local.write_bytes(BODY)
    sha = files.put(BODY)
    assert files.local_copy(local, sha) == local
    missing = tmp_path / "elsewhere" / "a.pdf"
    if store.engine == "sqlite":
        assert files.local_copy(missing, sha) == missing  # today's behaviour: the row's path
        return
    assert files.local_copy(missing, sha).read_bytes() == BODY
    local.write_bytes(b"changed")
    with pytest.raises(BlobTampered, match=sha):
        files.local_copy(local, sha)
