"""Import earlier odometer readings (``vin,date,km``) from another system into the history.

Imported readings feed the prechecks only; they are never sent to Car-Pass. The file is read
as garages have it (``csvtext``: UTF-8 with or without BOM, UTF-16, Windows-1252/Latin-1, named
back to the user; ``,`` ``;`` or tab; CRLF; EN/NL/FR/DE headers; ``113.870`` km). A header
line is optional; with one, the columns may come in any order and a plate may replace the VIN.
Dates may be ``YYYY-MM-DD``, ``dd/mm/yyyy``, ``dd-mm-yyyy`` or ``dd.mm.yyyy`` (a time after
the date is ignored). ``preview_file`` reads without writing: the rows that would be imported
and each refused line with its reason. ``import_history`` writes all rows in one transaction,
and only if no line was refused: all or nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from fleetdesk.carpass import csvtext
from fleetdesk.carpass.models import PLATE_CHARS, PLATE_MAX, VIN_LENGTH, ObservationType, wire_plate
from fleetdesk.carpass.store import HISTORY, TABLE, created_by, plate_key
from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.core.errors import BadInput

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")
_VIN = re.compile(r"[A-Z0-9]+")
MAX_REFUSALS_SHOWN = 10


def parse_date(text: str) -> date:
    text = text.strip()
    day_part = re.split(r"[ T]", text, maxsplit=1)[0] if text else text
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(day_part, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{_short(text)!r} is not a date (YYYY-MM-DD or dd/mm/yyyy)")


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass(frozen=True)
class Refusal:
    line: int
    field: str
    reason: str
    label: str = ""  # how a BadInput names it; "line N" unless set

    @property
    def where(self) -> str:
        return self.label or f"line {self.line}"

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class HistoryRow:
    line: int
    vin: str | None
    plate: str | None
    day: date
    km: int


@dataclass
class ImportPreview:
    """What an import would do: the rows, each refused line with its reason, the warnings to
    confirm (above the plausible maximum), and how the file was read."""

    encoding: str = ""
    delimiter: str = ","
    rows: list[HistoryRow] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[Refusal] = field(default_factory=list)
    #: warnings of registered checks (the odometer cross-check): listed, never a block
    notes: list[Refusal] = field(default_factory=list)
    #: the same as (line, Finding), handed back to the hooks once the rows are imported
    note_findings: list = field(default_factory=list)

    @property
    def how_read(self) -> str:
        return f"read as {self.encoding}, {csvtext.delimiter_name(self.delimiter)}-separated"


def _header(row: list[str]) -> list[str | None] | None:
    columns = [csvtext.header_column(c) for c in row]
    if ("vin" in columns or "plate" in columns) and ("date" in columns or "km" in columns):
        return columns
    return None


def _identity(values: dict) -> tuple[str | None, str | None, str | None]:
    """(vin, plate, problem)."""
    vin = (values.get("vin") or "").strip().upper().replace(" ", "") or None
    plate_raw = (values.get("plate") or "").strip() or None
    if vin:
        if not _VIN.fullmatch(vin) or len(vin) > VIN_LENGTH:
            return (
                None,
                None,
                (f"VIN {_short(vin)!r} is not a VIN (letters and digits, at most {VIN_LENGTH})"),
            )
        return vin, None, None
    if plate_raw:
        plate = wire_plate(plate_raw)
        if not PLATE_CHARS.fullmatch(plate) or len(plate) > PLATE_MAX:
            return (
                None,
                None,
                (
                    f"plate {_short(plate_raw)!r} is not a licence plate (letters, "
                    f"digits and hyphens, at most {PLATE_MAX})"
                ),
            )
        return None, plate.upper(), None
    return None, None, "no VIN (or plate)"


def read_text(text: str, delimiter: str | None = None) -> ImportPreview:
    """Parse the text of a history file; never raises for bad content."""
    preview = ImportPreview(delimiter=delimiter or csvtext.sniff_delimiter(text))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=preview.delimiter))
    except csv.Error as exc:
        preview.refused.append(Refusal(0, "file", f"not a readable CSV file ({exc})"))
        return preview
    start = 0
    while start < len(rows) and not any(c.strip() for c in rows[start]):
        start += 1
    if start >= len(rows):
        return preview
    order: list[str | None] = ["vin", "date", "km"]
    header = _header(rows[start])
    if header is not None:
        order, start = header, start + 1
    for index in range(start, len(rows)):
        number, row = index + 1, rows[index]
        if any(cell.strip() for cell in row):
            _read_row(preview, number, {col: cell for col, cell in zip(order, row) if col})
    return preview


def _read_row(preview: ImportPreview, number: int, values: dict[str, str]) -> None:
    """Add data line ``number`` (its cells by column) to the preview's rows, or refuse it."""
    from fleetdesk.carpass.prechecks import Severity, odometer_findings

    def refuse(f: str, why: str) -> None:
        preview.refused.append(Refusal(number, f, why))

    vin, plate, problem = _identity(values)
    if problem:
        refuse("vin" if "VIN" in problem else "plate", problem)
        return
    try:
        day = parse_date(values.get("date", ""))
    except ValueError as exc:
        refuse("date", str(exc))
        return
    try:
        km = csvtext.parse_whole_number(values.get("km") or "")
    except ValueError as exc:
        refuse("km", str(exc))
        return
    findings = odometer_findings(km)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        data_row = len(preview.rows) + len(preview.refused) + 1
        preview.refused.append(
            Refusal(
                number, "km", errors[0].message, f"km (line {number}, data row {data_row}, {vin or plate})"
            )
        )
        return
    for f in findings:
        preview.warnings.append(Refusal(number, "km", f.message))
    preview.rows.append(HistoryRow(number, vin, plate, day, km))


def preview_file(path: Path | str) -> ImportPreview:
    """Read a history file without writing anything. BadInput only if the file can't be read."""
    path = Path(path)
    try:
        if path.stat().st_size > csvtext.MAX_BYTES:
            raise BadInput(
                "FILE",
                f"{path} is larger than {csvtext.MAX_BYTES // 2**20} MB; this is not a reading history",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput("FILE", f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text, encoding = csvtext.decode(data)
    except ValueError as exc:
        raise BadInput("FILE", f"{path}: {exc}") from None
    preview = read_text(text)
    preview.encoding = encoding
    return preview


def add_notes(preview: ImportPreview, runtime) -> ImportPreview:
    """Ask the registered checks (``hooks.history_findings``) about the rows: their warnings
    become the preview's notes, which never block the import. Blocking (reads the store)."""
    from fleetdesk.carpass import hooks

    if preview.rows and hooks.HISTORY_CHECKS:
        preview.note_findings = hooks.history_findings(runtime, preview.rows)
        preview.notes = [Refusal(line, f.code, f.message) for line, f in preview.note_findings]
    return preview


def notes_imported(preview: ImportPreview, runtime) -> None:
    """After a successful import: let the checks store what they found with the readings."""
    from fleetdesk.carpass import hooks

    if preview.note_findings:
        hooks.history_imported(runtime, preview.note_findings)


def parse_rows(text: str) -> list[tuple[str | None, str | None, date, int]]:
    """(vin, plate, date, km) per data line; BadInput names the line of the first problem
    (and says how many more there are)."""
    preview = read_text(text)
    _refuse_if_any(preview)
    return [(r.vin, r.plate, r.day, r.km) for r in preview.rows]


def _refuse_if_any(preview: ImportPreview) -> None:
    if not preview.refused:
        return
    first, more = preview.refused[0], preview.refused[1:]
    text = first.reason
    if more:
        shown = "; ".join(str(r) for r in more[: MAX_REFUSALS_SHOWN - 1])
        rest = len(more) - (MAX_REFUSALS_SHOWN - 1)
        text += f" (also {shown}" + (f"; and {rest} more" if rest > 0 else "") + ")"
    raise BadInput(first.where, text + ". Nothing was imported.")


def check_rows(rows, accept_warnings: bool = False) -> None:
    """The prechecks' odometer rule (``prechecks.check_odometer``), the same as for the entry
    form and the CLI: a km outside 0..2,147,483,647 is refused; one above 2,000,000 km only
    with ``accept_warnings``. BadInput names the data row and the field."""
    from fleetdesk.carpass.prechecks import Severity, odometer_findings

    for number, (vin, plate, _day, km) in enumerate(rows, start=1):
        for finding in odometer_findings(km):
            if finding.severity is Severity.ERROR or not accept_warnings:
                hint = (
                    ""
                    if finding.severity is Severity.ERROR
                    else " (import with --accept-warnings if it is right)"
                )
                raise BadInput(f"km (data row {number}, {vin or plate})", finding.message + hint)


def import_preview(store, clock: Clock, preview: ImportPreview, *, accept_warnings: bool = False) -> int:
    """Write the rows of a preview in one transaction; nothing if any line was refused."""
    _refuse_if_any(preview)
    rows = [(r.vin, r.plate, r.day, r.km) for r in preview.rows]
    check_rows(rows, accept_warnings)
    now = utc_iso(clock.now())
    who = created_by()
    params = [
        (
            vin,
            plate,
            plate_key(plate),
            day.isoformat(),
            km,
            ObservationType.REPAIR_MAINTENANCE_SERVICE.value,
            "import",
            HISTORY,
            now,
            now,
            who["created_host"],
            who["created_user"],
        )
        for vin, plate, day, km in rows
    ]

    def tx(db):
        db.conn.executemany(
            f"INSERT INTO {TABLE} (vin, plate, plate_key, reading_date, odometer, "
            "observation_type, origin, state, created_at, updated_at, created_host, "
            "created_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            params,
        )

    if params:
        store.write(tx)
    return len(params)


def import_history(store, clock: Clock, path: Path | str, *, accept_warnings: bool = False) -> int:
    """Add the readings of a CSV file to the history; returns how many."""
    return import_preview(store, clock, preview_file(path), accept_warnings=accept_warnings)
