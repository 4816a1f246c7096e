"""Files from a card reader or another tool into the archive (``fleetdesk tacho import``),
archived and indexed like downloads, de-duplicated by sha256; and deliberate removal of files
past the retention period. Qt-free; reads and writes files (call off the UI thread)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.store.files import is_team, store_in
from fleetdesk.tachoshare import store as ts
from fleetdesk.tachoshare.archive import RECEIVED_FORMATS, AtomicFile, received_format, sanitize_filename
from fleetdesk.tachoshare.ddd import MAX_FILE_SIZE, TachoFile, parse_bytes
from fleetdesk.tachoshare.ddd.common import DddError
from fleetdesk.tachoshare.facts import facts_row, save_facts

MAX_FILES = 20000


@dataclass
class ImportResult:
    source: str
    state: str  # "imported", "duplicate", "refused"
    message: str = ""
    path: str | None = None
    facts: dict | None = None

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "state": self.state,
            "message": self.message,
            "path": self.path,
            "facts": self.facts,
        }


def candidates(target: Path) -> list[Path]:
    """``target`` itself, or every regular file under it (hidden files and links left out)."""
    if target.is_file():
        return [target]
    if not target.is_dir():
        raise FileNotFoundError(str(target))
    out = []
    for dirpath, dirnames, filenames in os.walk(target, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if not name.startswith(".") and p.is_file() and not p.is_symlink():
                out.append(p)
            if len(out) > MAX_FILES:
                raise ValueError(f"more than {MAX_FILES} files under {target}")
    return out


def _stamp(value: datetime | None) -> str:
    return value.strftime("%Y%m%d_%H%M") if value else "00000000_0000"


def archive_name(parsed: TachoFile, source: Path) -> str:
    """The conventional name: ``C_YYYYMMDD_HHMM_<name>_<card>`` / ``M_YYYYMMDD_HHMM_<plate>_<VIN>``,
    keeping the source's extension (.DDD, .C1B, .C1C, .V1B, .V1C, .TGD)."""
    ext = source.suffix.upper() if source.suffix.upper() in RECEIVED_FORMATS else ".DDD"
    if parsed.kind == "card":
        base = (
            f"C_{_stamp(parsed.last_card_download)}_{parsed.holder_surname or 'DRIVER'}_{parsed.card_number}"
        )
    else:
        base = f"M_{_stamp(parsed.last_download)}_{parsed.registration or 'PLATE'}_{parsed.vin}"
    return sanitize_filename(base.replace(" ", "_") + ext, f"import{ext}")


def import_file(store, clock: Clock, root: Path, source: Path) -> ImportResult:
    name = str(source)
    read = _read_parsed(source)
    if isinstance(read, str):
        return ImportResult(name, "refused", read)
    data, size, parsed = read
    digest = hashlib.sha256(data).hexdigest()
    existing = store.read(
        lambda db: db.execute("SELECT path FROM tacho_files WHERE sha256 = ? LIMIT 1", [digest]).fetchone()
    )
    if existing:
        return ImportResult(
            name, "duplicate", f"already archived as {existing[0]}", existing[0], parsed.to_json()
        )
    if parsed.kind == "card":
        country = parsed.issuing_state_code
        card = parsed.driver_identification
        subject = ts.card_subject(card, country)
        folder = root / "cards" / f"{country:02X}_{sanitize_filename(card, 'CARD')}"
    else:
        country, card = None, None
        subject = ts.vu_subject(parsed.vin)
        folder = root / "vehicles" / sanitize_filename(parsed.vin, "VIN")
    wanted = archive_name(parsed, source)
    path = _free_path(store, root, folder, wanted)
    if path is None:
        return ImportResult(name, "refused", f"no free file name for {wanted}")
    rel = path.relative_to(root).as_posix()
    with AtomicFile(path) as out:
        out.write(data)
    now = utc_iso(clock.now())
    j = parsed.to_json()
    first = parsed.activity_from or (parsed.period_from.date() if parsed.period_from else None)
    last = parsed.activity_to or (parsed.period_to.date() if parsed.period_to else None)
    row = {
        "kind": "card" if parsed.kind == "card" else "vu",
        "subject": subject,
        "vin": parsed.vin,
        "card_number": card,
        "country": country,
        "path": rel,
        "filename": path.name,
        "period_from": first.isoformat() if first else None,
        # like downloads, the index keeps the period's end exclusive
        "period_to": (last + timedelta(1)).isoformat() if last else None,
        "size": size,
        "sha256": digest,
        "fmt": received_format(path.name, "DDD"),
        "server_name": sanitize_filename(source.name, "") or None,
        "archived_at": now,
    }

    def tx(db):
        if db.execute("SELECT 1 FROM tacho_files WHERE sha256 = ?", [digest]).fetchone():
            return None  # a parallel import won the race
        file_id = ts.add_file(db, **row)
        save_facts(db, file_id, facts_row(parsed, None, now))
        store_in(db, data, sha256=digest, now=now)  # team mode: the bytes with the row
        return file_id

    if store.write(tx) is None:
        path.unlink(missing_ok=True)
        return ImportResult(name, "duplicate", "already archived", None, j)
    return ImportResult(name, "imported", f"archived as {rel}", rel, j)


def _read_parsed(source: Path):
    """(bytes, size, parsed file) of a tachograph file, or why it is refused (a str)."""
    try:
        size = source.stat().st_size
        if size > MAX_FILE_SIZE:
            return f"{size} bytes; tachograph files are at most {MAX_FILE_SIZE}"
        data = source.read_bytes()
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    try:
        parsed = parse_bytes(data, details=True)
    except DddError as exc:
        return f"not a tachograph file this version reads: {exc}"
    if parsed.kind == "vehicle" and not parsed.vin:
        return "vehicle-unit file without an overview block (no VIN)"
    if parsed.kind == "card" and (not parsed.driver_identification or parsed.issuing_state_code is None):
        return "card file without a card number"
    return data, size, parsed


def _free_path(store, root: Path, folder: Path, wanted: str) -> Path | None:
    """The first of wanted, stem_2.ext, stem_3.ext ... in folder that neither the index nor the
    disk has; None when all 999 are taken."""
    stem, _dot, ext = wanted.rpartition(".")
    for n in range(1, 1000):
        path = folder / (wanted if n == 1 else f"{stem}_{n}.{ext}")
        rel = path.relative_to(root).as_posix()
        taken = store.read(lambda db, rel=rel: ts.path_owner(db, rel)) is not None
        if not taken and not path.exists():
            return path
    return None


def import_path(store, clock: Clock, root: Path, target: Path) -> list[ImportResult]:
    return [import_file(store, clock, root, p) for p in candidates(target)]


def remove_files(store, root: Path, file_ids: list[int]) -> list[str]:
    """Remove these files (and the members of a removed ZIP) from the index, then from disk.
    Only ever called on the user's explicit request."""

    def tx(db):
        ids = list(file_ids)
        marks = ",".join("?" * len(ids)) or "NULL"
        rows = list(
            db.query(
                f"SELECT id, path, sha256 FROM tacho_files WHERE id IN ({marks}) OR parent_id IN ({marks})",
                ids + ids,
            )
        )
        all_ids = [r["id"] for r in rows]
        m = ",".join("?" * len(all_ids)) or "NULL"
        db.execute(f"DELETE FROM tacho_file_facts WHERE file_id IN ({m})", all_ids)
        db.execute(f"DELETE FROM tacho_files WHERE parent_id IN ({m})", all_ids)
        db.execute(f"DELETE FROM tacho_files WHERE id IN ({m})", all_ids)
        # team mode: the bytes go too, unless another archived file has the same content
        shas = sorted({r["sha256"] for r in rows if r["sha256"]})
        if shas and is_team(db):
            marks = ",".join("?" * len(shas))
            db.execute(
                f"DELETE FROM file_blobs WHERE sha256 IN ({marks}) AND NOT EXISTS "
                f"(SELECT 1 FROM tacho_files t WHERE t.sha256 = file_blobs.sha256)",
                shas,
            )
        return [r["path"] for r in rows]

    paths = store.write(tx)
    for rel in paths:
        (root / rel).unlink(missing_ok=True)
    return paths
