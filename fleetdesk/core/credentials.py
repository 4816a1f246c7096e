"""Credentials for a service: ``FLEETDESK_<SVC>_<NAME>`` first, then the secret store.

Kept apart from ``secrets`` (which imports keyring and cryptography) so that the runtime can
hand out ``rt.credentials`` on the UI thread without loading either: the secret store is
opened on the first ``get``/``set``, which callers run off the UI thread (issue 15).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fleetdesk.core.redact import register_secret

#: the secret store's ``state`` -> what ``source`` calls it
_SOURCES = {"keyring": "keyring", "session-only": "session", "file": "file", "key-file": "key-file"}


class Credentials:
    """Values from the environment are never written anywhere. Every value handed out is
    registered with the redactor so it cannot reach a log.

    ``secrets`` is a ``fleetdesk.core.secrets.SecretStore``, or None with ``open_secrets``: a
    callable that opens it when first needed.
    """

    def __init__(self, config, secrets: Any = None, *, open_secrets: Callable[[], Any] | None = None):
        if secrets is None and open_secrets is None:
            raise ValueError("Credentials need a secret store or a way to open one")
        self.config = config
        self._secrets = secrets
        self._open_secrets = open_secrets

    @property
    def secrets(self) -> Any:
        if self._secrets is None:
            assert self._open_secrets is not None
            self._secrets = self._open_secrets()
        return self._secrets

    def get(self, service: str, name: str) -> str | None:
        value = self.config.env_credential(service, name) or self.secrets.get(service, name)
        register_secret(value)
        return value

    def set(self, service: str, name: str, value: str) -> None:
        self.secrets.set(service, name, value)

    def delete(self, service: str, name: str) -> None:
        self.secrets.delete(service, name)

    def source(self, service: str, name: str) -> str | None:
        """ "environment", "keyring", "session", "file" (user-chosen fallback), "key-file"
        (encrypted in the store, key from FLEETDESK_SECRET_KEY_FILE) or None."""
        if self.config.env_credential(service, name):
            return "environment"
        if not self.secrets.has(service, name):
            return None
        return _SOURCES[self.secrets.state]
