"""Turn a pasted list or a CSV file into checked clearance requests (pure, no I/O).

Accepted shapes, one vehicle per line:

- bare VINs, one per line or several separated by spaces (the default brand applies);
- ``VIN, brand, key=value; key=value`` (comma, semicolon or tab separated, as spreadsheets
  copy them);
- a CSV with a header row naming ``vin``, ``brand``, ``tags``, ``odometer``, ``odometer_unit``;
  any other named column becomes a tag of that name;
- ``odometer=KM`` among a line's tags is the control-measure odometer (2HM00000000000001 needs it).

Every row is checked with ``rules.prepare_clearance``; a row that fails keeps its message, so
the user sees all problems at once instead of one at a time. A row that can be sent but should be
looked at first (a VW-group VIN without the tag) keeps its ``warning``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from fleetdesk.core.errors import BadInput
from fleetdesk.highmobility.models import ClearanceRequest
from fleetdesk.highmobility.rules import VW_GROUP_BRANDS, VW_TAG, prepare_clearance, request_warnings

HEADER_NAMES = {
    "vin": "vin",
    "vin number": "vin",
    "fin": "vin",
    "brand": "brand",
    "make": "brand",
    "tags": "tags",
    "odometer": "odometer",
    "odometer km": "odometer",
    "odometer_unit": "odometer_unit",
    "unit": "odometer_unit",
}


@dataclass(slots=True)
class ImportRow:
    line: int
    vin: str
    brand: str = ""
    tags: dict[str, str] = field(default_factory=dict)
    odometer: str = ""
    odometer_unit: str = ""
    request: ClearanceRequest | None = None
    error: str | None = None
    note: str | None = None  # e.g. "business name added as vw-group-customer-name"
    warning: str | None = None  # sendable, but look first (a VW-group VIN without the tag)

    @property
    def ok(self) -> bool:
        return self.request is not None


def parse_tags(text: str) -> dict[str, str]:
    """``key=value; key=value`` (also ``|`` or ``,`` between pairs) -> dict; BadInput on junk."""
    tags: dict[str, str] = {}
    for part in re.split(r"[;|,]", text or ""):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep or not key.strip():
            raise BadInput("tags", f"a tag is written key=value, not {part!r}")
        tags[key.strip()] = value.strip()
    return tags


def _delimiter(lines: list[str]) -> str | None:
    sample = lines[0]
    if any("\t" in line for line in lines[:20]):
        return "\t"
    if ";" in sample and "," not in sample and "=" not in sample.split(";")[0]:
        return ";"
    if "," in sample:
        return ","
    return None


def _rows(text: str) -> tuple[list[tuple[int, dict[str, str]]], bool]:
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        return [], False
    delim = _delimiter([line for _, line in lines])
    if delim is None:  # bare VINs, maybe several per line
        return [(n, {"vin": tok}) for n, line in lines for tok in line.split()], False
    parsed = [(n, next(csv.reader(io.StringIO(line), delimiter=delim))) for n, line in lines]
    first = [c.strip().lower() for c in parsed[0][1]]
    if first and first[0] in HEADER_NAMES and HEADER_NAMES[first[0]] == "vin":
        names = [HEADER_NAMES.get(c, c) for c in first]
        out = []
        for n, cells in parsed[1:]:
            row: dict[str, str] = {}
            extra: dict[str, str] = {}
            for name, cell in zip(names, cells):
                if name in ("vin", "brand", "tags", "odometer", "odometer_unit"):
                    row[name] = cell.strip()
                elif name and cell.strip():
                    extra[name] = cell.strip()
            row["_extra"] = extra  # type: ignore[assignment]
            out.append((n, row))
        return out, True
    out = []
    for n, cells in parsed:
        cells = [c.strip() for c in cells]
        row = {"vin": cells[0] if cells else "", "brand": cells[1] if len(cells) > 1 else ""}
        row["tags"] = ";".join(c for c in cells[2:] if c)
        out.append((n, row))
    return out, False


def parse_vehicles(
    text: str,
    *,
    default_brand: str = "",
    default_tags: dict[str, str] | None = None,
    business_name: str | None = None,
) -> list[ImportRow]:
    """Every vehicle in ``text`` with its checked request or its problem."""
    rows, _ = _rows(text)
    result: list[ImportRow] = []
    seen: dict[str, int] = {}
    for line, raw in rows:
        item = ImportRow(
            line,
            raw.get("vin", "").strip(),
            raw.get("brand", "").strip() or default_brand,
            odometer=raw.get("odometer", ""),
            odometer_unit=raw.get("odometer_unit", ""),
        )
        try:
            item.tags = {**(default_tags or {}), **parse_tags(raw.get("tags", "")), **raw.get("_extra", {})}  # type: ignore[dict-item]
            # "odometer=2050" among the tags of a pasted line is the control measure, not a tag
            for key in ("odometer", "odometer_km"):
                if key in item.tags:
                    item.odometer = item.odometer or item.tags.pop(key)
            item.request = prepare_clearance(
                item.vin,
                item.brand,
                tags=item.tags,
                odometer=item.odometer or None,
                odometer_unit=item.odometer_unit or "kilometers",
                business_name=business_name,
            )
        except BadInput as exc:
            item.error = exc.message if exc.field in ("vin", "brand") else f"{exc.field}: {exc.message}"
            if exc.field == "brand" and not item.brand:
                item.error = "no brand: choose a default brand or add a brand column"
            result.append(item)
            continue
        req = item.request
        item.vin = req.vin
        if req.vin in seen:
            item.request, item.error = None, f"the same VIN as line {seen[req.vin]}"
        else:
            seen[req.vin] = line
            if req.brand in VW_GROUP_BRANDS and VW_TAG not in item.tags and req.tags.get(VW_TAG):
                item.note = f"{VW_TAG} from settings"
            item.warning = " ".join(request_warnings(req)) or None
        result.append(item)
    return result


def warnings_of(rows: list[ImportRow]) -> list[ImportRow]:
    """The rows that can be sent but carry a warning the user must look at first."""
    return [r for r in rows if r.request is not None and r.warning]


def requests_of(rows: list[ImportRow]) -> list[ClearanceRequest]:
    """The checked requests of the rows that passed."""
    return [r.request for r in rows if r.request is not None]
