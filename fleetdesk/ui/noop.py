"""``QT_TRANSLATE_NOOP`` with the type it has at run time.

PySide6's stub types it ``(object, object) -> object``; at run time it returns the source text it
was given, a ``str``. Importing it from here keeps the name (pyside6-lupdate finds the calls by
name) and lets mypy see the ``str`` that the code uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source_text: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
