"""Who created a row (team mode, docs/team-mode.md §7): the OS user and workstation a row
records in ``created_user`` / ``created_host``, as one short text ("anna on RECEPTION-1") for a
column, a tooltip or a detail line."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Who", text)


def who_text(host: str | None, user: str | None) -> str:
    """'anna on RECEPTION-1'; empty for a row nobody created here (server data, or from before)."""
    if not host and not user:
        return ""
    return tr("%1 on %2").replace("%1", user or "?").replace("%2", host or "?")


def row_who(row: Mapping[str, Any] | Any) -> str:
    """``who_text`` of a row: a mapping or an object with ``created_host`` / ``created_user``."""
    if isinstance(row, Mapping):
        return who_text(row.get("created_host"), row.get("created_user"))
    return who_text(getattr(row, "created_host", None), getattr(row, "created_user", None))
