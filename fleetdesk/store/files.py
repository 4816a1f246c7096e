"""Files in team mode (docs/team-mode.md §6): bytes in ``file_blobs``, content-addressed by sha256.

On PostgreSQL every archived file (tachograph file, VHR PDF, uploaded document) is stored in
the table ``file_blobs`` by the transaction that writes its domain row (``store_in``), so the
row and its bytes commit together and every workstation of the team can open it. A reader that
needs a path calls ``materialise``: the bytes come out of the database into a cache under the
data folder named by their sha256 (temporary name, fsync, rename), verified by hash; a blob
whose bytes do not hash to its name is refused with an error naming the sha256, never served.

On SQLite nothing changes: files stay where they are today; ``store_in`` does nothing and
``local_copy`` hands back the path the row names. Qt-free; reads and writes files (call it off
the UI thread).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.core.errors import FleetDeskError

CHUNK = 1 << 20
#: materialise reads a blob in slices of this many bytes (bounded memory on both sides)
SLICE = 8 << 20
_SHA = re.compile(r"^[0-9a-f]{64}$")


class FileBlobError(FleetDeskError):
    """A team file cannot be used; the message names its sha256 and says why."""


class BlobMissing(FileBlobError):
    """The database holds no file with this sha256 (and there is no local copy)."""


class BlobTampered(FileBlobError):
    """The bytes stored under a sha256 do not hash to it: refused, never served."""


@dataclass(frozen=True)
class FileRef:
    """An archived file a domain row names (for ``db copy``): its sha256 when the row keeps one,
    where the bytes are on this workstation, and a label for the report. ``backfill`` is an
    ``UPDATE`` (one ``?`` for the sha256, then ``params``) that records the sha256 on a row that
    had none."""

    sha256: str | None
    path: Path
    label: str
    backfill: tuple[str, tuple[Any, ...]] | None = None


def is_team(db) -> bool:
    """True for a PostgreSQL connection (team mode: files go into the database)."""
    return getattr(db, "engine", "sqlite") == "postgresql"


def check_sha(sha256: str) -> str:
    value = str(sha256 or "").lower()
    if not _SHA.match(value):
        raise FileBlobError(f"{sha256!r} is not a sha256 (64 hexadecimal digits)")
    return value


def sha256_of(path: Path) -> tuple[str, int]:
    """(sha256, size) of a file, read in 1 MiB chunks."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _actor() -> tuple[str, str]:
    from fleetdesk.store.outbox import actor

    return actor()


def has_in(db, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM file_blobs WHERE sha256 = ?", [check_sha(sha256)]).fetchone() is not None


def store_in(
    db, source: bytes | Path, *, sha256: str | None = None, now: str | None = None, force: bool = False
) -> str | None:
    """Inside a write transaction: keep ``source`` (bytes, or a file read now) in ``file_blobs``
    on PostgreSQL and return its sha256; on SQLite do nothing and return None (unless ``force``).

    A sha256 the table already holds is not stored again (the same file from two managers is
    kept once). ``sha256``, when given, must be what the bytes hash to: a file that changed
    since it was hashed is refused rather than stored under the wrong name.
    """
    if not force and not is_team(db):
        return None
    if sha256 is not None:
        sha256 = check_sha(sha256)
        if has_in(db, sha256):
            return sha256
    data = source if isinstance(source, bytes | bytearray | memoryview) else Path(source).read_bytes()
    data = bytes(data)
    actual = hashlib.sha256(data).hexdigest()
    if sha256 is not None and actual != sha256:
        where = "" if isinstance(source, bytes | bytearray | memoryview) else f" ({source})"
        raise BlobTampered(
            f"file {sha256}{where} no longer has the content it was archived with "
            f"(its bytes hash to {actual}); it is not stored"
        )
    host, user = _actor()
    db.execute(
        "INSERT INTO file_blobs (sha256, size, content, created_at, created_host, created_user) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
        [actual, len(data), data, now or utc_iso(Clock().now()), host, user],
    )
    return actual


def _write_verified(db, sha256: str, target: Path) -> Path:
    """Stream the blob into ``target`` (temp name, fsync, rename) checking its hash first."""
    row = db.execute("SELECT size FROM file_blobs WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        raise BlobMissing(f"file {sha256} is not in the team database")
    size = int(row[0])
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{sha256[:16]}.", suffix=".part", dir=target.parent)
    digest, written = hashlib.sha256(), 0
    try:
        with os.fdopen(fd, "wb") as out:
            while True:
                piece = db.execute(
                    "SELECT substr(content, ?, ?) FROM file_blobs WHERE sha256 = ?",
                    [written + 1, SLICE, sha256],
                ).fetchone()
                chunk = bytes(piece[0]) if piece and piece[0] is not None else b""
                if not chunk:
                    break
                digest.update(chunk)
                out.write(chunk)
                written += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256 or written != size:
            raise BlobTampered(
                f"file {sha256} in the team database is damaged or was altered: its {written} "
                f"bytes hash to {digest.hexdigest()}; it is refused, not opened"
            )
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(target.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return target


class FileBlobs:
    """``put``/``has``/``materialise`` of team files for one store and one data folder."""

    def __init__(self, store, data_dir: Path, clock: Clock | None = None):
        self.store = store
        self.data_dir = Path(data_dir)
        self.clock = clock or Clock()

    @property
    def team(self) -> bool:
        return getattr(self.store, "engine", "sqlite") == "postgresql"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache" / "files"

    def cache_path(self, sha256: str) -> Path:
        return self.cache_dir / check_sha(sha256)

    def put(self, source: bytes | Path | str) -> str:
        """Store ``source`` (bytes, or a file: hashed while streaming, so a file the database
        already holds is never loaded) in its own transaction; returns its sha256. Works on
        either engine (on SQLite the table exists but nothing else uses it)."""
        if isinstance(source, str):
            source = Path(source)
        if isinstance(source, Path):
            digest, _size = sha256_of(source)
            if self.has(digest):
                return digest
        else:
            digest = hashlib.sha256(source).hexdigest()
        now = utc_iso(self.clock.now())
        stored = self.store.write(lambda db: store_in(db, source, sha256=digest, now=now, force=True))
        return stored or digest

    def has(self, sha256: str) -> bool:
        sha = check_sha(sha256)
        return bool(self.store.read(lambda db: has_in(db, sha)))

    def materialise(self, sha256: str, at: Path | None = None) -> Path:
        """A local file holding the bytes ``sha256`` names: the cache file (``at``: that path),
        written from the database if it is not there yet or no longer matches; verified by hash.
        BlobMissing when the database does not hold it, BlobTampered when its bytes are wrong."""
        sha = check_sha(sha256)
        target = Path(at) if at is not None else self.cache_path(sha)
        if target.is_file():
            try:
                if sha256_of(target)[0] == sha:
                    return target
            except OSError:
                pass
        return self.store.read(lambda db: _write_verified(db, sha, target))

    def local_copy(self, path: Path | str | None, sha256: str | None, *, restore: bool = False) -> Path:
        """The file a row names, for a reader that needs a path. On SQLite: ``path`` as today.
        In team mode: ``path`` when this workstation has it with the right content, else the
        database's bytes materialised — into the cache, or with ``restore`` at ``path`` itself
        (e.g. the tachograph archive folder, so "show in folder" finds it). A local file whose
        content differs from the archived sha256 is not served (BlobTampered names both)."""
        local = Path(path) if path else None
        if not self.team or not sha256:
            if local is None:
                raise BlobMissing("the file has no stored path")
            return local
        sha = check_sha(sha256)
        if local is not None and local.is_file():
            actual = sha256_of(local)[0]
            if actual == sha:
                return local
            raise BlobTampered(
                f"file {sha} at {local} was altered after it was archived (it hashes to {actual}); "
                "it is refused, not opened"
            )
        return self.materialise(sha, at=local if restore else None)
