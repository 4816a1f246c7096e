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
