"""Small durable state (cursors, last-run times) as JSON values by key."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils


def kv_get(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM kv WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def kv_set(db: sqlite_utils.Database, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value, default=str)],
    )
