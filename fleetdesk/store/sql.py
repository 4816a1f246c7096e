"""SQL texts that SQLite and PostgreSQL both accept, for what each writes its own way.

``INSERT OR REPLACE`` is SQLite's; ``INSERT … ON CONFLICT (key) DO UPDATE SET c = excluded.c``
means the same on both engines (docs/team-mode.md §2).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def upsert(table: str, columns: Sequence[str], key: Sequence[str]) -> str:
    """Insert a row of ``columns`` (``?`` placeholders), or update the one with the same ``key``."""
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    rest = [c for c in columns if c not in key]
    action = ("DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in rest)) if rest else "DO NOTHING"
    return f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT ({', '.join(key)}) {action}"


def new_id(table: Any) -> int:
    """The integer id the last ``table.insert(...)`` gave its row (a sqlite_utils ``Table`` or a
    ``PgTable``: both set ``last_pk``); a clear error rather than ``None`` flowing on."""
    if table.last_pk is None:
        raise RuntimeError(f"the insert into {table.name} returned no id")
    return int(table.last_pk)
