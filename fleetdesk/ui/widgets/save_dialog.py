"""The "save as CSV" file dialog the tabs open for an export (never ``exec()``: ``open()``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_csv_dialog(
    parent: QWidget,
    title: str,
    name_filter: str,
    default_name: str,
    on_selected: Callable[[str], object],
    *,
    accessible_name: str = "",
    qt_dialog: bool = False,
) -> QFileDialog:
    """Open a save dialog for ``default_name`` in the home folder; ``on_selected(path)`` runs
    when a file is chosen. ``title`` and ``name_filter`` come translated from the caller (its
    own tr() context). ``qt_dialog``: Qt's own dialog rather than the platform's. The caller
    keeps the returned dialog (tests reach it, and Python must not collect it while open)."""
    dialog = QFileDialog(parent, title, str(Path.home() / default_name), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if qt_dialog:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setDefaultSuffix("csv")
    if accessible_name:
        dialog.setAccessibleName(accessible_name)
    dialog.fileSelected.connect(on_selected)
    dialog.open()
    return dialog
