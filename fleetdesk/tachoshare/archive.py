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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from fleetdesk.core.config import private_opener
from fleetdesk.core.errors import FleetDeskError

VEHICLE_EXTENSIONS = {"DDD": ".DDD", "V1B_V1C": ".V1B", "TGD": ".TGD"}
CARD_EXTENSIONS = {"DDD": ".DDD", "C1B_C1C": ".C1B", "TGD": ".TGD"}

_WINDOWS_DEVICES = (
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"COM{n}" for n in "123456789¹²³"}
    | {f"LPT{n}" for n in "123456789¹²³"}
)
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
    name = re.split(r"[/\\]", name)[-1]  # "../../etc/passwd" -> "passwd"
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


def vehicle_filename(
    plate: str, vin: str, when: datetime, fmt: str = "DDD", extension: str | None = None
) -> str:
    """``M_YYYYMMDD_HHMM_<plate>_<VIN>.DDD``: ``extension`` when the server gave one
    (``received_extension``), else .DDD, .V1B for V1B_V1C, .TGD for TGD."""
    ext = extension or VEHICLE_EXTENSIONS[fmt]
    return f"M_{when:%Y%m%d_%H%M}_{_name_part(plate)}_{_name_part(vin)}{ext}"


_SAFE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}")
#: the file formats TachoShare serves, by extension (V1B_V1C / C1B_C1C come as .V1B or .V1C,
#: .C1B or .C1C after the unit's or card's generation)
RECEIVED_FORMATS = {".DDD": "DDD", ".V1B": "V1B", ".V1C": "V1C", ".C1B": "C1B", ".C1C": "C1C", ".TGD": "TGD"}


def received_extension(hint: str | None) -> str | None:
    """The extension of the server's file name (``.V1C``), or None when it has no safe one:
    only the last path component counts; 1-8 letters or digits, nothing else in it."""
    if not hint:
        return None
    name = re.split(r"[/\\]", hint)[-1]
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem.strip(" ."):
        return None
    ext = "." + ext
    return ext if _SAFE_EXTENSION.fullmatch(ext) and not _FORBIDDEN.search(name) else None


def received_format(name: str | None, requested: str) -> str:
    """The format a file actually came in, from its (sanitised) name: ``V1C`` for a
    second-generation unit asked for as V1B_V1C; ``requested`` when the name does not say."""
    ext = received_extension(name)
    return RECEIVED_FORMATS.get(ext.upper(), requested) if ext else requested


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

    def __enter__(self) -> AtomicFile:
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


#: refusals named one by one in a file's attention note (the log has every one)
SHOWN_REFUSALS = 12


@dataclass
class Refused:
    """A ZIP member that was not extracted, and why (the ZIP itself is kept as received)."""

    name: str
    error: ArchiveError

    @property
    def reason(self) -> str:
        return str(self.error)


@dataclass
class Extraction:
    """What ``extract_members`` did: the files written (with their names in the ZIP), the
    members refused, and whether the ZIP could be read at all."""

    written: list[Path] = field(default_factory=list)
    names: dict[Path, str] = field(default_factory=dict)
    refused: list[Refused] = field(default_factory=list)
    unreadable: str | None = None

    @property
    def attention(self) -> str | None:
        """One line for the user when something in the ZIP was not extracted, else None."""
        if self.unreadable:
            return f"kept as received, nothing extracted: {self.unreadable}"
        if not self.refused:
            return None
        shown = "; ".join(r.reason for r in self.refused[:SHOWN_REFUSALS])
        more = (
            f"; and {len(self.refused) - SHOWN_REFUSALS} more" if len(self.refused) > SHOWN_REFUSALS else ""
        )
        return (
            f"kept as received; {len(self.written)} file(s) extracted, {len(self.refused)} "
            f"member(s) refused: {shown}{more}"
        )


def extract_members(
    zip_path: Path,
    dest_dir: Path,
    *,
    max_members: int = 2000,
    max_total: int = 512 * 2**20,
    max_ratio: float = 200.0,
) -> Extraction:
    """Extract every safe member of ``zip_path`` into ``dest_dir``; refuse and report the rest.

    A member is refused (never written) when it would land outside the folder (zip-slip,
    absolute or drive paths), is a link, has a name Windows reserves or control characters,
    repeats an earlier member's name (the first copy is extracted), is compressed more than
    ``max_ratio`` times, lies about its size, fails its CRC, comes after ``max_members`` members,
    or would take the total beyond ``max_total`` bytes. Sizes are enforced while reading, not
    only as declared. Sub-folders are kept under ``dest_dir``; files are created 0600.
    A ZIP that cannot be read at all writes nothing and says why in ``unreadable``.
    """
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    result = Extraction()
    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        result.unreadable = f"not a readable ZIP archive ({exc})"
        return result
    with zf:
        infos = zf.infolist()
        if len(infos) > max_members:
            extra = len(infos) - max_members
            result.refused.append(
                Refused(
                    f"{extra} member(s) after the first {max_members}",
                    ArchiveTooLarge(
                        f"archive has {len(infos)} members; at most "
                        f"{max_members} are accepted, {extra} refused"
                    ),
                )
            )
            infos = infos[:max_members]
        seen: set[str] = set()
        total = 0
        root = dest_dir.resolve()
        for info in infos:
            try:
                parts = _member_parts(info)
                if not parts or info.is_dir():
                    continue
                key = "/".join(parts).casefold()  # case-insensitive file systems (Windows, macOS)
                if key in seen:
                    raise UnsafeArchive(
                        f"archive member {info.filename!r} appears twice (the first copy is extracted)"
                    )
                seen.add(key)
                if info.file_size > max_ratio * max(info.compress_size, 1) and info.file_size > 1024:
                    raise ArchiveTooLarge(
                        f"archive member {info.filename!r} expands {info.file_size} "
                        f"bytes from {info.compress_size}: looks like a ZIP bomb"
                    )
                if total + info.file_size > max_total:
                    raise ArchiveTooLarge(
                        f"archive member {info.filename!r} would expand the archive beyond {max_total} bytes"
                    )
                target = dest_dir.joinpath(*parts)
                if not target.resolve().is_relative_to(root):
                    raise UnsafeArchive(f"archive member {info.filename!r} resolves outside the folder")
                total += _extract_one(zf, info, target, max_total - total)
            except ArchiveError as exc:
                result.refused.append(Refused(info.filename, exc))
                continue
            result.written.append(target)
            result.names[target] = info.filename
        fsync_dir(dest_dir)
    return result


def _extract_one(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: int) -> int:
    """Write one member (0600, fsynced); on any failure nothing is left at ``target``."""
    written = 0
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src, open(target, "xb", opener=private_opener) as out:
            while chunk := src.read(65536):
                written += len(chunk)
                # declared sizes can lie: count what actually comes out
                if written > budget or written > info.file_size:
                    raise ArchiveTooLarge(
                        f"archive member {info.filename!r} expands beyond its "
                        "declared size or the total limit"
                    )
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        return written
    except ArchiveError:
        target.unlink(missing_ok=True)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        target.unlink(missing_ok=True)
        raise CorruptArchive(f"archive member {info.filename!r} cannot be read: {exc}") from exc
    except FileExistsError as exc:
        raise UnsafeArchive(f"archive member {info.filename!r} clashes with another member's name") from exc
    except OSError as exc:  # e.g. a member named like a folder another member needs
        if target.is_file():
            target.unlink(missing_ok=True)
        raise UnsafeArchive(
            f"archive member {info.filename!r} cannot be written: {exc.strerror or exc}"
        ) from exc


def safe_extract_zip(
    zip_path: Path,
    dest_dir: Path,
    *,
    max_members: int = 2000,
    max_total: int = 512 * 2**20,
    max_ratio: float = 200.0,
) -> list[Path]:
    """Extract every file of ``zip_path`` into ``dest_dir`` or nothing at all (for callers
    that want all or nothing; downloads use ``extract_members``).

    Raises the first refusal of ``extract_members`` (UnsafeArchive, ArchiveTooLarge,
    CorruptArchive). Returns the files written.
    """
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".extract-", dir=dest_dir))
    try:
        result = extract_members(
            zip_path, staging, max_members=max_members, max_total=max_total, max_ratio=max_ratio
        )
        if result.unreadable:
            raise CorruptArchive(f"{Path(zip_path).name} is {result.unreadable}")
        if result.refused:
            raise result.refused[0].error
        written = []
        for path in result.written:
            final = dest_dir / path.relative_to(staging)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, final)
            written.append(final)
        fsync_dir(dest_dir)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
