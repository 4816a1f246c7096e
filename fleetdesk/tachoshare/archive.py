"""The tachograph archive on disk: safe names, atomic streamed writes, safe ZIP extraction.

Names coming from the network (Content-Disposition, ZIP members) are only hints: they are
sanitised so nothing lands outside the archive folder or trips Windows (drive letters,
device names like CON, trailing dots). Files are written to a temporary name in the target
folder, fsynced and renamed, so a crash never leaves a half file under a real name.
"""
from __future__ import annotations

import email.message
import os
import re
import shutil
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from fleetdesk.core.config import private_opener
from fleetdesk.core.errors import FleetDeskError

VEHICLE_EXTENSIONS = {"DDD": ".DDD", "V1B_V1C": ".V1B", "TGD": ".TGD"}
CARD_EXTENSIONS = {"DDD": ".DDD", "C1B_C1C": ".C1B", "TGD": ".TGD"}

_WINDOWS_DEVICES = ({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
                    | {f"COM{n}" for n in "123456789¹²³"} | {f"LPT{n}" for n in "123456789¹²³"})
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_DRIVE = re.compile(r"^[A-Za-z]:")
MAX_NAME = 150


class ArchiveError(FleetDeskError):
    """A downloaded archive cannot be used; the message says why."""


class UnsafeArchive(ArchiveError):
    """A ZIP member would land outside the folder, is a link, or has a dangerous name."""


class ArchiveTooLarge(ArchiveError):
    """Too many members, too many bytes, or a compression ratio only a ZIP bomb has."""


class CorruptArchive(ArchiveError):
    """Not a ZIP file, truncated, or a member fails its CRC check."""


def is_device_name(name: str) -> bool:
    """Windows reserves these names in every folder, whatever the extension (CON.DDD too)."""
    return name.split(".")[0].strip(" ").upper() in _WINDOWS_DEVICES


def sanitize_filename(hint: str | None, fallback: str = "download.bin") -> str:
    """A plain file name from an untrusted ``hint``: its last path component, without
    drive letters, control or reserved characters, leading/trailing dots and spaces, or
    Windows device names. Returns ``fallback`` when nothing usable is left."""
    name = unicodedata.normalize("NFC", hint or "")
    name = re.split(r"[/\\]", name)[-1]        # "../../etc/passwd" -> "passwd"
    name = _DRIVE.sub("", name)
    name = _FORBIDDEN.sub("_", name).strip(" .")
    if not name or set(name) <= {"_", "."}:
        return fallback
    if is_device_name(name):
        name = "_" + name
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        ext = dot + ext if dot and len(ext) <= 10 else ""
        name = (stem if ext else name)[: MAX_NAME - len(ext)] + ext
    return name


def filename_from_disposition(header: str | None) -> str | None:
    """The raw ``filename`` (or RFC 2231 ``filename*``) of a Content-Disposition header."""
    if not header:
        return None
    msg = email.message.Message()
    msg["content-disposition"] = header
    try:
        return msg.get_filename()
    except (ValueError, LookupError):
        return None


def _name_part(text: str) -> str:
    # plates and driver names go into file names: keep letters, digits and underscores only
    return re.sub(r"[^A-Z0-9_]", "", unicodedata.normalize("NFKD", text).upper()) or "UNKNOWN"


def vehicle_filename(plate: str, vin: str, when: datetime, fmt: str = "DDD") -> str:
    """``M_YYYYMMDD_HHMM_<plate>_<VIN>.DDD`` (.V1B for V1B_V1C, .TGD for TGD)."""
    return f"M_{when:%Y%m%d_%H%M}_{_name_part(plate)}_{_name_part(vin)}{VEHICLE_EXTENSIONS[fmt]}"


def card_filename(name: str, card: str, when: datetime, fmt: str = "DDD") -> str:
    """``C_YYYYMMDD_HHMM_<name>_<card>.DDD`` (.C1B for C1B_C1C, .TGD for TGD)."""
    return f"C_{when:%Y%m%d_%H%M}_{_name_part(name)}_{_name_part(card)}{CARD_EXTENSIONS[fmt]}"


def card_zip_filename(name: str, card: str, when: datetime) -> str:
    """The name under which a driver card's downloaded ZIP is kept."""
    return f"C_{when:%Y%m%d_%H%M}_{_name_part(name)}_{_name_part(card)}.ZIP"


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be fsynced)."""
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class AtomicFile:
    """Write a (large) file under a temporary name; on success fsync and rename into place.

    ``with AtomicFile(path) as fh: fh.write(...)`` commits when the block ends normally and
    deletes the temporary file on an exception or after ``abort()`` (e.g. a 204 answer).
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        self.tmp_path = Path(tmp)
        self.file: BinaryIO = os.fdopen(fd, "wb")
        self._aborted = False

    def write(self, data: bytes) -> int:
        return self.file.write(data)

    def abort(self) -> None:
        self._aborted = True

    def commit(self) -> Path:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.tmp_path, self.path)
        fsync_dir(self.path.parent)
        return self.path

    def discard(self) -> None:
        if not self.file.closed:
            self.file.close()
        self.tmp_path.unlink(missing_ok=True)

    def __enter__(self) -> "AtomicFile":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None and not self._aborted:
            self.commit()
        else:
            self.discard()


def _member_parts(info: zipfile.ZipInfo) -> list[str]:
    """The path components of a member, or UnsafeArchive if it could escape or mislead."""
    raw = info.filename
    if info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16):
        raise UnsafeArchive(f"archive member {raw!r} is a symbolic link")
    if _DRIVE.match(raw):
        raise UnsafeArchive(f"archive member {raw!r} names a drive")
    if raw.startswith(("/", "\\")):
        raise UnsafeArchive(f"archive member {raw!r} has an absolute path")
    parts = [p for p in re.split(r"[/\\]", raw) if p not in ("", ".")]
    for part in parts:
        if part == "..":
            raise UnsafeArchive(f"archive member {raw!r} points outside the folder (zip-slip)")
        if _FORBIDDEN.search(part):
            raise UnsafeArchive(f"archive member {raw!r} has reserved or control characters in its name")
        if is_device_name(part) or part != part.rstrip(" ."):
            raise UnsafeArchive(f"archive member {raw!r} has a name Windows reserves")
    return parts


def safe_extract_zip(zip_path: Path, dest_dir: Path, *, max_members: int = 2000,
                     max_total: int = 512 * 2**20, max_ratio: float = 200.0) -> list[Path]:
    """Extract every file of ``zip_path`` into ``dest_dir`` or nothing at all.

    Refuses (with UnsafeArchive, ArchiveTooLarge or CorruptArchive) zip-slip and absolute or
    drive paths, links, device names, more than ``max_members`` members, more than
    ``max_total`` uncompressed bytes, or a member compressed more than ``max_ratio`` times.
    Sizes are enforced while reading, not only as declared. Returns the files written.
    """
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptArchive(f"{Path(zip_path).name} is not a readable ZIP archive: {exc}") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > max_members:
            raise ArchiveTooLarge(f"archive has {len(infos)} members; at most {max_members} are accepted")
        plan: list[tuple[zipfile.ZipInfo, list[str]]] = []
        seen: set[str] = set()
        for info in infos:
            parts = _member_parts(info)
            key = "/".join(parts).casefold()   # case-insensitive file systems (Windows, macOS)
            if not parts or info.is_dir():
                continue
            if key in seen:
                raise UnsafeArchive(f"archive member {info.filename!r} appears twice")
            seen.add(key)
            if info.file_size > max_ratio * max(info.compress_size, 1) and info.file_size > 1024:
                raise ArchiveTooLarge(f"archive member {info.filename!r} expands {info.file_size} bytes "
                                      f"from {info.compress_size}: looks like a ZIP bomb")
            plan.append((info, parts))
        if sum(i.file_size for i, _ in plan) > max_total:
            raise ArchiveTooLarge(f"archive would expand beyond {max_total} bytes")
        staging = Path(tempfile.mkdtemp(prefix=".extract-", dir=dest_dir))
        try:
            _extract_all(zf, plan, staging, max_total)
            written = []
            for _info, parts in plan:
                final = dest_dir.joinpath(*parts)
                if not final.resolve().is_relative_to(dest_dir.resolve()):
                    raise UnsafeArchive(f"archive member {'/'.join(parts)!r} resolves outside the folder")
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging.joinpath(*parts), final)
                written.append(final)
            fsync_dir(dest_dir)
            return written
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _extract_all(zf: zipfile.ZipFile, plan, staging: Path, max_total: int) -> None:
    total = 0
    for info, parts in plan:
        target = staging.joinpath(*parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with zf.open(info) as src, open(target, "wb", opener=private_opener) as out:
                while chunk := src.read(65536):
                    total += len(chunk)
                    # declared sizes can lie: count what actually comes out
                    if total > max_total or out.tell() + len(chunk) > info.file_size:
                        raise ArchiveTooLarge(f"archive member {info.filename!r} expands beyond its "
                                              "declared size or the total limit")
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            raise CorruptArchive(f"archive member {info.filename!r} cannot be read: {exc}") from exc

