"""The vehicles table model: tens of thousands of rows, filtered and sorted in plain Python.

A ``QSortFilterProxyModel`` calls back into Python once per row for every filter change; with
20,000 vehicles that alone costs more than a frame budget allows. Here the rows are prepared
once off the UI thread (``make_rows``: status words, a lower-case search text), and a filter
change is one list comprehension over them plus a model reset.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from fleetdesk.thg.models import explain_status
from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.thg.chips import CHIP_ROLE, chip_key

COLUMNS = (
    QT_TRANSLATE_NOOP("VehicleTableModel", "ID"),
    QT_TRANSLATE_NOOP("VehicleTableModel", "Status"),
    QT_TRANSLATE_NOOP("VehicleTableModel", "Reference 1"),
    QT_TRANSLATE_NOOP("VehicleTableModel", "Reference 2"),
    QT_TRANSLATE_NOOP("VehicleTableModel", "Reference 3"),
    QT_TRANSLATE_NOOP("VehicleTableModel", "VIN"),
    QT_TRANSLATE_NOOP("VehicleTableModel", "Owner"),
    QT_TRANSLATE_NOOP("VehicleTableModel", "Status changed"),
)
translate = QCoreApplication.translate
#: the THG statuses of thg.models.STATUS_EXPLANATIONS: (title, explanation), translated when shown
STATUS_WORDS = {
    "pending": (
        QT_TRANSLATE_NOOP("ThgStatus", "Being checked"),
        QT_TRANSLATE_NOOP(
            "ThgStatus",
            "The registration document is being checked. This usually takes two to three working days.",
        ),
    ),
    "verified": (
        QT_TRANSLATE_NOOP("ThgStatus", "Verified"),
        QT_TRANSLATE_NOOP(
            "ThgStatus", "The check succeeded: this vehicle can be submitted to the Umweltbundesamt."
        ),
    ),
    "not_verified_unreadable": (
        QT_TRANSLATE_NOOP("ThgStatus", "Not verified: unreadable"),
        QT_TRANSLATE_NOOP(
            "ThgStatus",
            "The uploaded document could not be read (badly cropped, unclear or too small). "
            "Upload a better picture as a new vehicle.",
        ),
    ),
    "not_verified_wrong_document_type": (
        QT_TRANSLATE_NOOP("ThgStatus", "Not verified: wrong document"),
        QT_TRANSLATE_NOOP(
            "ThgStatus",
            "The upload is not the front of the registration certificate Part I "
            "(Fahrzeugschein). Upload that document as a new vehicle.",
        ),
    ),
    "not_verified_wrong_fuel_code": (
        QT_TRANSLATE_NOOP("ThgStatus", "Not verified: not fully electric"),
        QT_TRANSLATE_NOOP(
            "ThgStatus",
            "The document shows that the vehicle is not driven purely by electric power, so "
            "it is not eligible for the THG quota.",
        ),
    ),
    "not_verified_other_reason": (
        QT_TRANSLATE_NOOP("ThgStatus", "Not verified"),
        QT_TRANSLATE_NOOP(
            "ThgStatus", "The vehicle cannot be processed further; see the reason given by the service."
        ),
    ),
}


def status_title(status: str) -> str:
    """The short, translated name of a THG vehicle status."""
    return explain(status)[0]


def explain(status: str, reason: str = "") -> tuple[str, str]:
    """(title, explanation) of a THG vehicle status in the UI language, as thg.models.explain_status
    words them (an unlisted status keeps its own words). Thread-safe: make_rows runs in a worker."""
    known = STATUS_WORDS.get(status)
    if known is not None:
        title, text = (translate("ThgStatus", t) for t in known)
    elif status.startswith("not_verified_"):  # a final refusal the documentation does not list
        title = translate("ThgStatus", "Not verified: %1").replace(
            "%1", status[len("not_verified_") :].replace("_", " ")
        )
        text = translate(
            "ThgStatus",
            "The service did not verify this vehicle (a status FleetDesk "
            "does not know yet: %1). The result is final; you may upload the document "
            "again as a new vehicle.",
        ).replace("%1", status)
    else:
        title = explain_status(status).title
        text = translate(
            "ThgStatus",
            "The service reports the status '%1', which FleetDesk does not "
            "know yet. Check again later or contact the THG service.",
        ).replace("%1", status)
    if reason:
        text = translate("ThgStatus", "%1 Reason: %2").replace("%1", text).replace("%2", reason)
    return title, text


REF_COLUMNS = {2: "customer_reference1", 3: "customer_reference2", 4: "customer_reference3"}
ID, STATUS, VIN, OWNER, CHANGED = 0, 1, 5, 6, 7
_REF_INDEX = {2: 0, 3: 1, 4: 2}


@dataclass(slots=True)
class VehicleRow:
    id: int
    status: str
    title: str
    explanation: str
    refs: list[str]
    pending: dict[str, str]
    vin: str
    owner: str
    status_update: str  # UTC, as stored: what the "changed since" filter compares
    changed_local: str  # shown: the user's local time
    search: str
    raw: dict = field(repr=False)


def _local(stamp: str) -> str:
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def make_rows(records: list[dict]) -> list[VehicleRow]:
    """Store rows -> table rows (pure; run it in a worker thread for big lists)."""
    out = []
    words: dict[tuple[str, str], tuple[str, str]] = {}
    for r in records:
        key = (r["status"], r.get("status_reason") or "")
        title, text = words.get(key) or words.setdefault(key, explain(*key))
        refs = [r["customer_reference1"], r["customer_reference2"], r["customer_reference3"]]
        pending = json.loads(r["pending_refs"]) if r.get("pending_refs") else {}
        owner = " ".join(
            p for p in (r.get("owner_first_name"), r.get("owner_last_name_or_organization")) if p
        )
        search = " ".join([*refs, *pending.values(), r.get("vin") or "", owner, str(r["id"])]).lower()
        stamp = r.get("status_update") or ""
        out.append(
            VehicleRow(
                r["id"],
                r["status"],
                title,
                text,
                refs,
                pending,
                r.get("vin") or "",
                owner,
                stamp,
                _local(stamp),
                search,
                r,
            )
        )
    return out


@dataclass(frozen=True)
class LocalFilter:
    status: str = ""  # "" all, "not_verified" any not_verified_*, else an exact status
    since: str | None = None  # 'YYYY-MM-DDTHH:MM:SSZ': status changed at or after
    text: str = ""  # in references, VIN, owner or id

    def accepts(self, row: VehicleRow) -> bool:
        return bool(self.matcher()(row))

    def matcher(self):
        status, since, text = self.status, self.since, self.text.strip().lower()
        checks = []
        if status == "not_verified":
            checks.append(lambda r: r.status.startswith("not_verified"))
        elif status:
            checks.append(lambda r: r.status == status)
        if since:
            checks.append(lambda r: r.status_update >= since)
        if text:
            checks.append(lambda r: text in r.search)
        return lambda r: all(c(r) for c in checks)


def filter_rows(rows: list[VehicleRow], flt: LocalFilter, order: list[int] | None = None) -> list[int]:
    """Indices of the rows ``flt`` lets through, in ``order`` (default: as stored). The common
    cases avoid a Python call per row."""
    order = list(range(len(rows))) if order is None else order
    status, since, text = flt.status, flt.since, flt.text.strip().lower()
    if not (status or since or text):
        return list(order)
    if status and status != "not_verified" and not since and not text:
        return [i for i in order if rows[i].status == status]
    if text and not status and not since:
        return [i for i in order if text in rows[i].search]
    match = flt.matcher()
    return [i for i in order if match(rows[i])]


_SORT_KEYS = {
    STATUS: lambda r: r.title,
    VIN: lambda r: r.vin,
    OWNER: lambda r: r.owner.lower(),
    CHANGED: lambda r: r.status_update,
    ID: lambda r: r.id,
    2: lambda r: r.refs[0].lower(),
    3: lambda r: r.refs[1].lower(),
    4: lambda r: r.refs[2].lower(),
}


class VehicleTableModel(QAbstractTableModel):
    """All vehicles, a visible subset (filter) in a chosen order (sort)."""

    sig_reference_edited = Signal(int, str, str)  # vehicle id, field, new value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[VehicleRow] = []
        self.order: list[int] = []  # every row, in the chosen sort order
        self.visible: list[int] = []  # the rows the filter lets through, in that order
        self.filter = LocalFilter()
        self._sort: tuple[int, Qt.SortOrder] = (ID, Qt.SortOrder.DescendingOrder)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- data in ------------------------------------------------------------------------------
    def render(self, rows: list[VehicleRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.order = self._ordered()
        self.visible = filter_rows(rows, self.filter, self.order)
        self.endResetModel()

    def merge(self, changed: list[VehicleRow]) -> None:
        """Replace changed rows and add new ones (the list stays ordered by id)."""
        if not changed:
            return
        position = {r.id: i for i, r in enumerate(self.rows)} if len(changed) > 8 else None
        rows = list(self.rows)
        added = False
        for row in changed:
            at = (
                position.get(row.id)
                if position is not None
                else next((i for i in range(len(rows) - 1, -1, -1) if rows[i].id == row.id), None)
            )
            if at is None:
                rows.append(row)
                added = True
            else:
                rows[at] = row
        if added:
            rows.sort(key=lambda r: r.id)
        self.render(rows)

    def set_filter(self, flt: LocalFilter) -> None:
        if flt == self.filter:
            return
        self.beginResetModel()
        self.filter = flt
        self.visible = filter_rows(self.rows, flt, self.order)  # already sorted: no sort here
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self.order = self._ordered()
        self.visible = filter_rows(self.rows, self.filter, self.order)
        self.layoutChanged.emit()

    def _ordered(self) -> list[int]:
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        rows = self.rows
        if column == ID and all(rows[i].id < rows[i + 1].id for i in range(min(len(rows) - 1, 50))):
            # the store lists by id: reversing is enough (checked on a sample; sorted if not)
            if all(a.id < b.id for a, b in zip(rows, rows[1:])):
                return list(range(len(rows) - 1, -1, -1)) if descending else list(range(len(rows)))
        key = _SORT_KEYS.get(column, _SORT_KEYS[ID])
        keys = [key(r) for r in rows]
        return sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)

    def row_at(self, row: int) -> VehicleRow | None:
        return self.rows[self.visible[row]] if 0 <= row < len(self.visible) else None

    def visible_rows(self) -> list[VehicleRow]:
        return [self.rows[i] for i in self.visible]

    # -- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.column() in REF_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[self.visible[index.row()]]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col in REF_COLUMNS:
                return row.pending.get(REF_COLUMNS[col], row.refs[_REF_INDEX[col]])
            return (str(row.id), row.title, None, None, None, row.vin, row.owner, row.changed_local)[col]
        if role == CHIP_ROLE and col == STATUS:
            return chip_key(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == STATUS:
                return row.explanation
            if col in REF_COLUMNS and REF_COLUMNS[col] in row.pending:
                return self.tr("Changed here; waiting to be sent (double-click to edit)")
            if col in REF_COLUMNS:
                return self.tr("Double-click to edit")
        if role == Qt.ItemDataRole.FontRole and col in REF_COLUMNS and REF_COLUMNS[col] in row.pending:
            return self._italic
        if role == Qt.ItemDataRole.TextAlignmentRole and col == ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in REF_COLUMNS:
            return False
        row = self.rows[self.visible[index.row()]]
        name = REF_COLUMNS[index.column()]
        value = str(value).strip()
        if value == row.pending.get(name, row.refs[_REF_INDEX[index.column()]]):
            return False
        row.pending[name] = value
        self.dataChanged.emit(index, index)
        self.sig_reference_edited.emit(row.id, name, value)
        return True
