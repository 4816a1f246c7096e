"""Header facts of archived tachograph files (issue #13): parse each file once on arrival,
keep the facts in ``tacho_file_facts``, and answer from them: holder names, card expiry,
coverage (days held, days missing) per driver card and per vehicle unit.

Pure functions on a ``sqlite_utils.Database`` plus :func:`index_new_files`, which reads files
(call it off the UI thread).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils

from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.core.errors import FleetDeskError
from fleetdesk.tachoshare import subject_details as sd
from fleetdesk.tachoshare.ddd import DddError, TachoFile, parse_file

#: card files are parsed; the ZIPs they came in are not tachograph files
PARSED_KINDS = ("vu", "card")
EXPIRY_KEY = "tachoshare.card_expiry_warning_days"
EXPIRY_DAYS = 30


def facts_row(parsed: TachoFile | None, error: str | None, now: str) -> dict:
    row: dict = {"parsed_at": now, "error": error}
    if parsed is None:
        return row
    j = parsed.to_json()
    row.update(
        {
            k: j[k]
            for k in (
                "generation",
                "card_number",
                "issuing_state",
                "holder_surname",
                "holder_first_names",
                "card_expiry",
                "last_card_download",
                "activity_from",
                "activity_to",
                "vin",
                "registration",
                "registration_nation",
                "period_from",
                "period_to",
                "last_download",
                "download_company",
                "odometer_km",
                "odometer_at",
            )
        }
    )
    row.update(
        kind=parsed.kind,
        driver_id=parsed.driver_identification,
        issuing_state_code=parsed.issuing_state_code,
        signature=parsed.signature_status,
        activity_days=json.dumps([d.isoformat() for d in parsed.activity_days]),
        odometer_days=json.dumps([[d.isoformat(), km] for d, km in parsed.odometer_days])
        if parsed.odometer_days
        else None,
    )
    row.update(sd.details_columns(parsed))
    return row


def parse_safely(path: Path) -> tuple[TachoFile | None, str | None]:
    try:
        return parse_file(path, details=True), None
    except DddError as exc:
        return None, str(exc)
    except OSError as exc:
        return None, f"cannot read {path.name}: {exc.strerror or exc}"


def unparsed(db: sqlite_utils.Database, limit: int = 500) -> list[dict]:
    marks = ",".join("?" * len(PARSED_KINDS))
    return list(
        db.query(
            f"SELECT f.id, f.path, f.sha256 FROM tacho_files f LEFT JOIN tacho_file_facts x ON x.file_id = f.id "
            f"WHERE x.file_id IS NULL AND f.kind IN ({marks}) ORDER BY f.id LIMIT ?",
            [*PARSED_KINDS, limit],
        )
    )


def save_facts(db: sqlite_utils.Database, file_id: int, row: dict) -> None:
    db.table("tacho_file_facts").upsert({"file_id": file_id, **row}, pk="file_id")


def _parse_archived(f: dict, root: Path, locate) -> tuple[TachoFile | None, str | None]:
    if locate is None:
        return parse_safely(root / f["path"])
    try:
        path = locate(f)
    except FleetDeskError as exc:  # team mode: not in the database, or its bytes are wrong
        return None, str(exc)
    return parse_safely(path)


def index_new_files(store, clock: Clock, root: Path, *, batch: int = 500, locate=None) -> int:
    """Parse every archived file that has no facts yet (once: a file that cannot be parsed
    keeps its error). Returns how many files were parsed. ``locate(row)`` gives the local path
    of an archived file (team mode: out of the database when this workstation lacks it)."""
    total = 0
    while True:
        todo = store.read(lambda db: unparsed(db, batch))
        if not todo:
            return total
        now = utc_iso(clock.now())
        rows = [(f["id"], facts_row(*_parse_archived(f, root, locate), now)) for f in todo]

        def tx(db, rows=rows):
            for file_id, row in rows:
                save_facts(db, file_id, row)
                _card_period(db, file_id, row)

        store.write(tx)
        total += len(rows)
        if len(todo) < batch:
            return total


def _card_period(db: sqlite_utils.Database, file_id: int, row: dict) -> None:
    """A driver-card file's period is the activities it holds (issue #12 defect 9), not the
    day it was downloaded (what its name says, kept until the file is parsed). The index keeps
    the end exclusive."""
    first, last = row.get("activity_from"), row.get("activity_to")
    if not first or not last:
        return
    end = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
    db.execute(
        "UPDATE tacho_files SET period_from = ?, period_to = ? WHERE id = ? AND kind = 'card'",
        [first, end, file_id],
    )


def file_facts(db: sqlite_utils.Database, file_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM tacho_file_facts WHERE file_id = ?", [file_id]))
    return rows[0] if rows else None


# -- holders and expiry -----------------------------------------------------------------------
@dataclass(frozen=True)
class Holder:
    surname: str | None
    first_names: str | None
    card_number: str | None  # all 16 characters, with replacement and renewal index
    card_expiry: date | None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_names, self.surname) if p)


def holders(db: sqlite_utils.Database) -> dict[tuple[str, int], Holder]:
    """(14-character card number, country code) -> what the newest file of that card says."""
    out: dict[tuple[str, int], Holder] = {}
    for r in db.query(
        "SELECT x.* FROM tacho_file_facts x JOIN tacho_files f ON f.id = x.file_id "
        "WHERE x.kind = 'card' AND x.error IS NULL AND x.driver_id IS NOT NULL "
        "ORDER BY COALESCE(x.last_card_download, f.archived_at), x.file_id"
    ):
        out[(r["driver_id"], r["issuing_state_code"])] = Holder(
            r["holder_surname"],
            r["holder_first_names"],
            r["card_number"],
            date.fromisoformat(r["card_expiry"]) if r["card_expiry"] else None,
        )
    return out


@dataclass(frozen=True)
class Expiry:
    card_number: str
    country: int
    holder: str
    expiry: date
    days_left: int

    @property
    def text(self) -> str:
        if self.days_left < 0:
            return f"card expired on {self.expiry.isoformat()}"
        if self.days_left == 0:
            return "card expires today"
        return f"card expires in {self.days_left} day{'s' if self.days_left != 1 else ''} ({self.expiry.isoformat()})"


def expiry_warning_days(settings) -> int:
    """Days before expiry a card is flagged: the setting (0 = only once expired), 0..365."""
    raw = settings.get(EXPIRY_KEY)
    if raw is None or raw == "":
        return EXPIRY_DAYS
    try:
        return max(0, min(365, int(raw)))
    except (TypeError, ValueError):
        return EXPIRY_DAYS


def expiring_cards(db: sqlite_utils.Database, today: date, within_days: int) -> list[Expiry]:
    """Cards whose newest file says they expire within ``within_days`` (or already expired)."""
    out = []
    for (number, country), h in holders(db).items():
        if h.card_expiry is None:
            continue
        left = (h.card_expiry - today).days
        if left <= within_days:
            out.append(Expiry(number, country, h.name or number, h.card_expiry, left))
    return sorted(out, key=lambda e: e.expiry)


# -- coverage ---------------------------------------------------------------------------------
@dataclass
class Coverage:
    """Days a subject's files cover: intervals from each file's first to last day of activity,
    merged. ``gaps`` are the days between them that no file holds."""

    intervals: list[tuple[date, date]] = field(default_factory=list)
    days_with_records: set[date] = field(default_factory=set)

    @property
    def first(self) -> date | None:
        return self.intervals[0][0] if self.intervals else None

    @property
    def last(self) -> date | None:
        return self.intervals[-1][1] if self.intervals else None

    @property
    def gaps(self) -> list[tuple[date, date]]:
        return [
            (a[1] + timedelta(1), b[0] - timedelta(1)) for a, b in zip(self.intervals, self.intervals[1:])
        ]

    @property
    def missing_days(self) -> int:
        return sum((b - a).days + 1 for a, b in self.gaps)

    def held(self, day: date) -> bool:
        return any(a <= day <= b for a, b in self.intervals)

    def state(self, day: date) -> str:
        """'held', 'missing' (inside a gap), 'before' or 'after' the files, for a calendar."""
        if not self.intervals or day < self.intervals[0][0]:
            return "before"
        if day > self.intervals[-1][1]:
            return "after"
        return "held" if self.held(day) else "missing"


def merge(intervals: list[tuple[date, date]]) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1] + timedelta(1):
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def coverage(db: sqlite_utils.Database) -> dict[str, Coverage]:
    """Coverage per subject: ``vu:<VIN>`` and ``card:0xNN:<14-character card number>``."""
    spans: dict[str, list[tuple[date, date]]] = {}
    days: dict[str, set[date]] = {}
    for r in db.query(
        "SELECT kind, vin, driver_id, issuing_state_code, activity_from, activity_to, "
        "activity_days FROM tacho_file_facts WHERE error IS NULL AND activity_from IS NOT NULL"
    ):
        if r["kind"] == "vehicle" and r["vin"]:
            key = f"vu:{r['vin']}"
        elif r["kind"] == "card" and r["driver_id"] and r["issuing_state_code"] is not None:
            key = f"card:0x{r['issuing_state_code']:02X}:{r['driver_id']}"
        else:
            continue
        spans.setdefault(key, []).append(
            (date.fromisoformat(r["activity_from"]), date.fromisoformat(r["activity_to"]))
        )
        days.setdefault(key, set()).update(
            date.fromisoformat(d) for d in json.loads(r["activity_days"] or "[]")
        )
    return {k: Coverage(merge(v), days.get(k, set())) for k, v in spans.items()}


# -- retention --------------------------------------------------------------------------------
RETENTION_KEY = "tachoshare.retention_years"
RETENTION_YEARS, RETENTION_MIN_YEARS = 2, 1


def retention_years(settings) -> int:
    """The retention period in years: the setting, never below the minimum of one year (0 or a
    negative value means the minimum, not the default)."""
    raw = settings.get(RETENTION_KEY)
    if raw is None or raw == "":
        return RETENTION_YEARS
    try:
        return max(RETENTION_MIN_YEARS, int(raw))
    except (TypeError, ValueError):
        return RETENTION_YEARS


def retention_cutoff(today: date, years: int) -> date:
    years = max(RETENTION_MIN_YEARS, years)
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def expired_files(db: sqlite_utils.Database, today: date, years: int) -> list[dict]:
    """Files archived before the retention cut-off and whose data (last day held) is older too.
    They may be removed, deliberately (never automatically)."""
    cutoff = retention_cutoff(today, years).isoformat()
    return list(
        db.query(
            "SELECT f.*, x.activity_to FROM tacho_files f LEFT JOIN tacho_file_facts x ON x.file_id = f.id "
            "WHERE f.parent_id IS NULL AND substr(f.archived_at, 1, 10) < ? "
            "AND COALESCE(x.activity_to, f.period_to, substr(f.archived_at, 1, 10)) < ? "
            "AND NOT EXISTS (SELECT 1 FROM tacho_files c WHERE c.parent_id = f.id "
            "  AND COALESCE((SELECT activity_to FROM tacho_file_facts WHERE file_id = c.id), '') >= ?) "
            "ORDER BY f.archived_at, f.id",
            [cutoff, cutoff, cutoff],
        )
    )
