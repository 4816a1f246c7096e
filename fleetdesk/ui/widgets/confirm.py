"""The "are you sure?" box before something that cannot be undone (opened with ``open()``,
never ``exec()``: the event loop keeps running)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_box(
    parent: QWidget,
    title: str,
    text: str,
    on_confirmed: Callable[[], object],
    *,
    accessible_name: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    confirm: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
    confirm_text: str = "",
    cancel_by_default: bool = True,
) -> QMessageBox:
    """Open a box with ``confirm`` and Cancel; ``on_confirmed()`` runs only when ``confirm`` is
    chosen. ``title``, ``text`` and ``confirm_text`` come translated from the caller (its own
    tr() context). The caller keeps the returned box (tests click its buttons)."""
    box = QMessageBox(icon, title, text, confirm | QMessageBox.StandardButton.Cancel, parent)
    if confirm_text:
        box.button(confirm).setText(confirm_text)
    if cancel_by_default:
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(accessible_name)
    box.finished.connect(lambda result: on_confirmed() if result == confirm else None)
    box.open()
    return box
