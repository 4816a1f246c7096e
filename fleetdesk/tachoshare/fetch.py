"""Run one download job: stream, fsync, rename into the archive, index, move the cursor.

The order is what makes a crash harmless:

1. the body streams into a temporary file beside its final name, hashed on the way (sha256);
2. it is fsynced and renamed to its conventional name (``M_…`` vehicle unit, ``C_…ZIP`` card).
   A card ZIP is kept as received, never extracted as a whole: each safe member is extracted
   into a staging folder and then, flattened, beside the ZIP; a hostile member (zip-slip,
   absolute path, link, bomb, duplicate name…) is refused and reported, and the ZIP is marked
   for attention with the reasons. A ZIP that cannot be read at all is kept the same way;
3. one transaction indexes the file(s), moves the cursor and marks the job done.

A crash before 3 leaves the job ``running``; at start-up it is queued again and re-downloads
the same range to the same names (names derive from the job, not from the time of the retry),
so the orphan of the first attempt is overwritten, never duplicated.

The planner asks for the last archived day again (see ``ranges``), so an answer may hold
files the archive already has: a file (a vehicle-unit file, a card ZIP, a card file inside
it) whose sha256 the subject already holds is not archived a second time. A card ZIP whose
every member is already held is dropped too; the job then ends ``empty`` (nothing new).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from datetime import date
from functools import partial
from pathlib import Path

from fleetdesk.core.clock import Clock, parse_utc, utc_iso
from fleetdesk.store.db import Store
from fleetdesk.store.files import sha256_of, store_in
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.archive import (
    AtomicFile,
    card_zip_filename,
    extract_members,
    fsync_dir,
    received_extension,
    received_format,
    sanitize_filename,
    vehicle_filename,
)
from fleetdesk.tachoshare.client import TachoShareClient

log = logging.getLogger(__name__)
Progress = Callable[[int, "int | None"], None]
_ZIP_HINT = re.compile(
    r"^C_\d{8}_\d{4}_(?:\d{8}_\d{4}_)?(?P<name>.+?)_(?P<card>[A-Za-z0-9]+)\.zip$", re.IGNORECASE
)


class _HashingWriter:
    """Writes through to the temporary file and hashes what passes."""

    def __init__(self, target: AtomicFile):
        self.target = target
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self.target.write(data)


_MEMBER_DAY = re.compile(r"^C_(\d{4})(\d{2})(\d{2})_\d{4}_")


def _download_day(name: str) -> dict:
    """Until the file is parsed (``facts``: the activities it holds), a card file's period is
    known only to end with its download day (``C_YYYYMMDD_HHMM_…``): the start stays empty."""
    match = _MEMBER_DAY.match(name)
    if not match:
        return {}
    try:
        day = date(*map(int, match.groups()))
    except ValueError:
        return {}
    return {"period_from": None, "period_to": date.fromordinal(day.toordinal() + 1).isoformat()}


def _hint(name: str | None) -> str | None:
    # the server's name is kept for reference only, and only in its sanitised form
    return sanitize_filename(name, "") or None if name else None


def driver_name_from_hint(hint: str | None) -> str | None:
    """The driver's name from a card ZIP's Content-Disposition (``C_…_<name>_<card>.ZIP``)."""
    match = _ZIP_HINT.match(sanitize_filename(hint, "")) if hint else None
    return match.group("name") if match else None


class JobRunner:
    """Downloads jobs into ``archive_root`` (``vehicles/<VIN>/``, ``cards/<NN>_<card>/``)."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        client: Callable[[], TachoShareClient],
        archive_root: Callable[[], Path],
    ):
        self.store = store
        self.clock = clock
        self.client = client
        self.archive_root = archive_root

    def run(self, job: dict, progress: Progress) -> str:
        """Download ``job``; returns ``store.DONE`` or ``store.EMPTY`` (204: nothing new).

        Raises the client's typed errors, or whatever ``progress`` raises to interrupt (pause,
        cancel, stop); nothing is left half-written. A card ZIP with hostile members is archived
        (marked for attention), never refused as a whole.
        """
        progress(0, None)  # lets an interruption requested before the start take effect
        if job["kind"] == "vu":
            return self._run_vehicle(job, progress)
        return self._run_card(job, progress)

    # -- helpers ----------------------------------------------------------------------------
    def _target(
        self, root: Path, folder: Path, name: str, job_id: int, taken: AbstractSet[str] = frozenset()
    ) -> tuple[str, Path]:
        """A path for ``name`` in ``folder`` that no other job's indexed file uses."""
        stem, dot, ext = name.rpartition(".")
        stem, ext = (stem, dot + ext) if dot else (name, "")
        for n in range(1, 1000):
            candidate = folder / (name if n == 1 else f"{stem}_{n}{ext}")
            rel = candidate.relative_to(root).as_posix()
            if rel in taken:
                continue
            owner = self.store.read(partial(ts.path_owner, rel_path=rel))
            if owner is None or owner == job_id:
                return rel, candidate
        raise RuntimeError(f"no free file name for {name} in {folder}")

    def _finish(self, job: dict, rows: list[dict], root: Path | None = None) -> None:
        """Index ``rows`` (the first is the parent of the rest), move the cursor, mark done.
        In team mode each file's bytes go into ``file_blobs`` in this same transaction."""
        now = utc_iso(self.clock.now())

        def tx(db):
            parent_id = None
            for i, row in enumerate(rows):
                if root is not None:
                    store_in(db, root / row["path"], sha256=row["sha256"], now=now)
                file_id = ts.add_file(
                    db, **row, job_id=job["id"], archived_at=now, parent_id=parent_id if i else None
                )
                parent_id = parent_id or file_id
            ts.advance_cursor(db, job["subject"], date.fromisoformat(job["new_last"]), self.clock)
            ts.set_job(
                db,
                job["id"],
                self.clock,
                state=ts.DONE if rows else ts.EMPTY,
                finished_at=now,
                error=None,
                bytes_total=rows[0]["size"] if rows else 0,
                bytes_done=rows[0]["size"] if rows else 0,
            )

        self.store.write(tx)

    def _held(self, job: dict, kind: str, sha256: str) -> bool:
        """The subject already has a ``kind`` file with these bytes (re-asked last day)."""
        return self.store.read(lambda db: ts.has_content(db, job["subject"], kind, sha256))

    def _common(self, job: dict) -> dict:
        return {
            "subject": job["subject"],
            "vin": job["vin"],
            "card_number": job["card_number"],
            "country": job["country"],
            "period_from": job["date_from"],
            "period_to": job["date_to"],
            "fmt": job["fmt"],
        }

    # -- vehicle units ----------------------------------------------------------------------
    def _run_vehicle(self, job: dict, progress: Progress) -> str:
        root = self.archive_root()
        vin = job["vin"]
        row = self.store.read(lambda db: ts.vehicle(db, vin)) or {}
        plate, when = row.get("license_plate") or "", parse_utc(job["planned_at"])
        folder = root / "vehicles" / sanitize_filename(vin, "VIN")
        # the final name keeps the server's extension (.V1C for a Gen2 unit): known only after
        out = AtomicFile(folder / vehicle_filename(plate, vin, when, job["fmt"]))
        writer = _HashingWriter(out)
        try:
            answer = self.client().download_vehicle(
                vin,
                date.fromisoformat(job["date_from"]),
                date.fromisoformat(job["date_to"]),
                job["fmt"],
                fileobj=writer,  # type: ignore[arg-type]  # only .write() is called
                progress=progress,
            )
            if not answer.has_data or self._held(job, "vu", writer.sha256.hexdigest()):
                out.discard()
                self._finish(job, [])
                return ts.EMPTY
            ext = received_extension(answer.filename_hint)
            rel, out.path = self._target(
                root, folder, vehicle_filename(plate, vin, when, job["fmt"], ext), job["id"]
            )
            out.commit()
        except BaseException:
            out.discard()
            raise
        self._finish(
            job,
            [
                {
                    **self._common(job),
                    "kind": "vu",
                    "path": rel,
                    "filename": out.path.name,
                    "size": writer.size,
                    "sha256": writer.sha256.hexdigest(),
                    "fmt": received_format(answer.filename_hint, job["fmt"]),
                    "server_name": _hint(answer.filename_hint),
                }
            ],
            root,
        )
        return ts.DONE

    # -- driver cards -----------------------------------------------------------------------
    def _run_card(self, job: dict, progress: Progress) -> str:
        root = self.archive_root()
        card, country = job["card_number"], int(job["country"])
        folder = root / "cards" / f"{country:02X}_{sanitize_filename(card, 'CARD')}"
        # the final name needs the driver's name, which only the answer carries
        out = AtomicFile(folder / f"C_job{job['id']}.ZIP")
        writer = _HashingWriter(out)
        staging = folder / f".extract-job{job['id']}"
        try:
            answer = self.client().download_card(
                card,
                country,
                date.fromisoformat(job["date_from"]),
                date.fromisoformat(job["date_to"]),
                job["fmt"],
                fileobj=writer,  # type: ignore[arg-type]  # only .write() is called
                progress=progress,
            )
            if not answer.has_data:
                out.discard()
                self._finish(job, [])
                return ts.EMPTY
            out.file.flush()
            os.fsync(out.file.fileno())
            shutil.rmtree(staging, ignore_errors=True)
            # every safe member; the hostile ones are refused and reported, the ZIP kept whole
            extraction = extract_members(out.tmp_path, staging)
            members = self._new_members(job, extraction.written)
            if self._held(job, "card_zip", writer.sha256.hexdigest()) or (
                members is None and not extraction.attention
            ):
                # the same ZIP again, or only files the archive already holds (#12 defect 1)
                out.discard()
                self._finish(job, [])
                return ts.EMPTY
            members = members or []
            driver = driver_name_from_hint(answer.filename_hint) or "DRIVER"
            zip_name = card_zip_filename(driver, card, parse_utc(job["planned_at"]))
            zip_rel, out.path = self._target(root, folder, zip_name, job["id"])
            out.commit()
            rows = [
                {
                    **self._common(job),
                    "kind": "card_zip",
                    "path": zip_rel,
                    "filename": out.path.name,
                    "size": writer.size,
                    "sha256": writer.sha256.hexdigest(),
                    "server_name": _hint(answer.filename_hint),
                    "attention": extraction.attention,
                }
            ]
            taken = {zip_rel}
            for member, digest in members:
                name = sanitize_filename(member.name, f"member_{len(rows)}.DDD")
                rel, target = self._target(root, folder, name, job["id"], taken)
                taken.add(rel)
                size = member.stat().st_size
                os.replace(member, target)
                rows.append(
                    {
                        **self._common(job),
                        **_download_day(name),
                        "kind": "card",
                        "path": rel,
                        "fmt": received_format(name, job["fmt"]),
                        "filename": target.name,
                        "size": size,
                        "sha256": digest,
                        "server_name": extraction.names.get(member, member.name),
                    }
                )
            fsync_dir(folder)
        except BaseException:
            out.discard()
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        for refused in extraction.refused:
            log.warning(
                "driver card %s: ZIP member %r refused (%s); the ZIP is kept as received in %s",
                card,
                refused.name[:200],
                refused.reason,
                rows[0]["path"],
            )
        if extraction.unreadable:
            log.warning(
                "driver card %s: the ZIP %s is kept as received but %s",
                card,
                rows[0]["path"],
                extraction.unreadable,
            )
        self._finish(job, rows, root)
        return ts.DONE

    def _new_members(self, job: dict, members: list[Path]) -> list[tuple[Path, str]] | None:
        """The extracted members (with their sha256) the subject did not hold before this
        download, in name order; None when there is nothing new to keep (every member already
        archived). Two members of one ZIP are both kept: the server offered two files."""
        out: list[tuple[Path, str]] = []
        for member in sorted(members):
            digest, _ = sha256_of(member)
            if not self._held(job, "card", digest):
                out.append((member, digest))
        if members and not out:
            return None
        return out


def clean_leftovers(root: Path) -> int:
    """Start-up: remove temporary files and staging folders a crash left in the archive."""
    removed = 0
    if not root.exists():
        return 0
    for path in list(root.rglob(".*")):
        if path.is_dir() and path.name.startswith(".extract-"):
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
        elif path.is_file() and path.name.endswith(".part"):
            path.unlink(missing_ok=True)
            removed += 1
    return removed
