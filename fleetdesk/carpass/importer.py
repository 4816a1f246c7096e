"""Import earlier odometer readings (``vin,date,km``) from another system into the history.

Imported readings feed the prechecks only; they are never sent to Car-Pass. A header line is
optional; with one, the columns may come in any order and ``plate`` may replace ``vin``.
Dates may be ``YYYY-MM-DD`` or Car-Pass's ``dd/mm/yyyy``. Rows are written with
``executemany`` in one transaction: all or nothing.
"""
from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from fleetdesk.carpass.models import ObservationType
from fleetdesk.carpass.store import HISTORY, TABLE, plate_key
from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.core.errors import BadInput

_COLUMNS = ("vin", "plate", "date", "km")
_ALIASES = {"licenseplate": "plate", "license_plate": "plate", "odometer": "km",
            "odometerreading": "km", "reading_date": "date", "odometerreadingdate": "date"}


def parse_date(text: str) -> date:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date (YYYY-MM-DD or dd/mm/yyyy)")


def parse_rows(text: str) -> list[tuple[str | None, str | None, date, int]]:
    """(vin, plate, date, km) per data line; BadInput names the line of the first problem."""
    sample = text[:2048]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        return []
    first = [c.strip().lower().replace(" ", "") for c in rows[0]]
    first = [_ALIASES.get(c, c) for c in first]
    if set(first) & set(_COLUMNS) and ("vin" in first or "plate" in first):
        order, data, start = first, rows[1:], 2
    else:
        order, data, start = ["vin", "date", "km"], rows, 1
    out = []
    for number, row in enumerate(data, start=start):
        if not any(cell.strip() for cell in row):
            continue
        values = dict(zip(order, (c.strip() for c in row)))
        vin = (values.get("vin") or "").upper() or None
        plate = (values.get("plate") or "").upper() or None
        if not vin and not plate:
            raise BadInput(f"line {number}", "no VIN (or plate)")
        try:
            day = parse_date(values.get("date", ""))
        except ValueError as exc:
            raise BadInput(f"line {number}", str(exc)) from None
        km_text = (values.get("km") or "").replace(" ", "")
        if not km_text.isdigit():
            raise BadInput(f"line {number}", f"{values.get('km')!r} is not a whole number of km")
        out.append((vin, None if vin else plate, day, int(km_text)))
    return out


def check_rows(rows, accept_warnings: bool = False) -> None:
    """The prechecks' odometer rule (``prechecks.check_odometer``), the same as for the entry
    form and the CLI: a km outside 0..2,147,483,647 is refused; one above 2,000,000 km only
    with ``accept_warnings``. BadInput names the data row and the field."""
    from fleetdesk.carpass.prechecks import Severity, odometer_findings
    for number, (vin, plate, day, km) in enumerate(rows, start=1):
        for finding in odometer_findings(km):
            if finding.severity is Severity.ERROR or not accept_warnings:
                hint = "" if finding.severity is Severity.ERROR else \
                    " (import with --accept-warnings if it is right)"
                raise BadInput(f"km (data row {number}, {vin or plate})",
                               finding.message + hint)


def import_history(store, clock: Clock, path: Path | str, *, accept_warnings: bool = False) -> int:
    """Add the readings of a CSV file to the history; returns how many."""
    path = Path(path)
    try:
        text = path.read_text("utf-8-sig")
    except OSError as exc:
        raise BadInput("FILE", f"cannot read {path}: {exc.strerror or exc}") from None
    rows = parse_rows(text)
    check_rows(rows, accept_warnings)
    now = utc_iso(clock.now())
    params = [(vin, plate, plate_key(plate), day.isoformat(), km,
               ObservationType.REPAIR_MAINTENANCE_SERVICE.value, "import", HISTORY, now, now)
              for vin, plate, day, km in rows]

    def tx(db):
        db.conn.executemany(
            f"INSERT INTO {TABLE} (vin, plate, plate_key, reading_date, odometer, "
            "observation_type, origin, state, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", params)
    store.write(tx)
    return len(params)
