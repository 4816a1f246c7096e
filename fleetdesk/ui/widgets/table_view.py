"""The list tables of the tabs: a table of whole rows, compact, resizable columns, and the empty
state that stands in for it while it has no rows."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHeaderView, QStackedWidget, QTableView, QWidget

from fleetdesk.ui.widgets.banner import EmptyState


def rows_table(
    model: QAbstractItemModel,
    accessible_name: str,
    widths: Iterable[int],
    *,
    sort: Qt.SortOrder | None = None,
    single_selection: bool = True,
) -> QTableView:
    """A table that selects whole rows (one at a time unless ``single_selection`` is False), 24 px
    rows without wrapping or row numbers, interactive column ``widths`` (the last stretches);
    ``sort``: sortable by a click on a header, sorted by the first column in that order."""
    table = QTableView()
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    if sort is not None:
        table.setSortingEnabled(True)
        table.sortByColumn(0, sort)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def with_empty_state(table: QWidget, text: str) -> tuple[QStackedWidget, EmptyState]:
    """A stack showing ``table``, or ``text`` (an EmptyState) once it is made current."""
    empty = EmptyState(text)
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(empty)
    return stack, empty
