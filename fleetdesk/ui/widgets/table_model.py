"""The part every FleetDesk table model shares: fixed columns, a list of rows, translated headers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class ColumnsModel(QAbstractTableModel):
    """Subclasses set ``COLUMNS`` (English source texts), keep one entry per row in the list
    attribute named by ``ROWS``, implement ``data()``, and translate headers in ``header_text``
    with their own context (the default is the class name, as ``self.tr`` does)."""

    COLUMNS: tuple[str, ...] = ()
    ROWS = "rows"

    def header_text(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(getattr(self, self.ROWS))

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header_text(self.COLUMNS[section])
        return None


class FilteredTableModel(ColumnsModel):
    """A table filtered by a search text (and ``predicate``) and sorted in plain Python, once per
    change: a proxy model would call data() back for every row and comparison, which stalls the
    UI on big lists. ``all_rows`` is what was given, ``rows`` what is shown.

    Subclasses give ``search_text(row)``, ``sort_key(row, column)`` and ``cells(row)`` (the
    row's display texts, made once when it is first shown: data() runs on every repaint)."""

    ROWS = "rows"

    def __init__(self, parent=None, *, sort_order=Qt.SortOrder.AscendingOrder):
        super().__init__(parent)
        self.all_rows: list = []
        self.rows: list = []  # what is shown: filtered and sorted
        self._cells: dict[int, tuple[str, ...]] = {}
        self.predicate = _everything
        self.text = ""
        self.sort_column, self.sort_order = 0, sort_order

    def search_text(self, row) -> str:
        raise NotImplementedError

    def sort_key(self, row, column: int):
        raise NotImplementedError

    def cells(self, row) -> tuple[str, ...]:
        raise NotImplementedError

    def render(self, rows: list) -> None:
        self.all_rows = rows
        self._apply()

    def set_text(self, text: str) -> None:
        self.text = text.strip().casefold()
        self._apply()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._apply()

    def _apply(self) -> None:
        text, predicate = self.text, self.predicate
        rows = [
            r for r in self.all_rows if predicate(r) and (not text or text in self.search_text(r).casefold())
        ]
        rows.sort(
            key=lambda r: self.sort_key(r, self.sort_column),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.beginResetModel()
        self.rows = rows
        self._cells = {}
        self.endResetModel()

    def display(self, row: int, column: int) -> str:
        """The display text of a cell, from the row's texts made when it was first shown."""
        cells = self._cells.get(row)
        if cells is None:
            cells = self._cells[row] = self.cells(self.rows[row])
        return cells[column]


def _everything(row) -> bool:
    return True
