"""Encrypted secret blobs in SQLite (for tokens too long for the OS credential store).

Only ciphertext is stored here; the key lives in the keyring (see ``fleetdesk.core.secrets``).
"""

from __future__ import annotations

from fleetdesk.core.clock import Clock, utc_iso
from fleetdesk.store.db import Store


class StoreBlobs:
    """The ``blob_store`` protocol of ``SecretStore``: get/set/delete bytes by key."""

    def __init__(self, store: Store, clock: Clock | None = None):
        self.store = store
        self.clock = clock or Clock()

    def get(self, key: str) -> bytes | None:
        row = self.store.read(
            lambda db: db.execute("SELECT ciphertext FROM secret_blobs WHERE key = ?", [key]).fetchone()
        )
        return bytes(row[0]) if row else None

    def set(self, key: str, value: bytes) -> None:
        now = utc_iso(self.clock.now())
        self.store.write(
            lambda db: db.execute(
                "INSERT INTO secret_blobs (key, ciphertext, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET ciphertext = excluded.ciphertext, "
                "updated_at = excluded.updated_at",
                [key, value, now],
            )
        )

    def delete(self, key: str) -> None:
        self.store.write(lambda db: db.execute("DELETE FROM secret_blobs WHERE key = ?", [key]))
