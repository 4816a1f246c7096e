"""Secrets: the OS keyring, with honest fallbacks.

- ``keyring``: the OS keyring holds every secret. A value too long for the Windows credential
  limit (2,560 bytes, UTF-16 encoded) is encrypted with Fernet; the key stays in the keyring
  and the ciphertext goes to a blob store (SQLite in the app, ``MemoryBlobStore`` in tests).
- ``session-only``: no usable keyring (headless Linux): secrets live in memory until exit,
  and ``describe()`` says so plainly.
- ``key-file``: no usable keyring, but ``FLEETDESK_SECRET_KEY_FILE`` names a key file (a
  scheduled server): encrypted in the blob store with the key from that file
  (``fleetdesk.core.keyfile``).
- ``file``: only if the user chose it: an encrypted file with its key in a second file, both
  0600. Weaker than a keyring: anyone who can read the user's files can read both.

Every call may block (D-Bus, Keychain prompts): run them off the UI thread.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors
from cryptography.fernet import Fernet, InvalidToken
from keyring.backends import chainer, fail, null

from fleetdesk.core.config import atomic_write_bytes
from fleetdesk.core.credentials import Credentials  # noqa: F401 (re-exported)
from fleetdesk.core.keyfile import KEY_FILE_ENV, KEY_FILE_HINT, KeyFileVault  # noqa: F401 (re-exported)
from fleetdesk.core.redact import register_secret

log = logging.getLogger(__name__)

KEYRING, SESSION, FILE, KEYFILE = "keyring", "session-only", "file", "key-file"
#: Windows allows 2,560 bytes of UTF-16 (1,280 characters); stay well below it.
LONG_VALUE_CHARS = 1200
_BLOB_MARKER = "fleetdesk-blob:v1"
_BLOB_KEY_NAME = ("_blob_key", "fernet")


class BlobStore(Protocol):
    def get(self, key: str) -> bytes | None: ...
    def set(self, key: str, value: bytes) -> None: ...
    def delete(self, key: str) -> None: ...


class MemoryBlobStore:
    """A ``BlobStore`` in memory, for tests and the demo."""

    def __init__(self):
        self._lock = threading.Lock()
        self.data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        with self._lock:
            return self.data.get(key)

    def set(self, key: str, value: bytes) -> None:
        with self._lock:
            self.data[key] = bytes(value)

    def delete(self, key: str) -> None:
        with self._lock:
            self.data.pop(key, None)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring; install with ``keyring.set_keyring(MemoryKeyring())``."""

    # Below the "fail" backend (0): keyring auto-detects every loaded subclass, and an
    # in-memory store must never be picked as "the system keyring" on a headless machine.
    priority = -10

    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self.entries.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError("no such password")


def keyring_unusable_reason(backend: keyring.backend.KeyringBackend) -> str | None:
    """Why ``backend`` cannot keep secrets, or None if it looks usable."""
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return "no keyring service was found on this system"
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return "no keyring service was found on this system"
    return None


class SecretStore:
    """Thread-safe get/set/delete of secrets by (service, name). Blocking."""

    def __init__(
        self,
        *,
        app_name: str = "FleetDesk",
        backend=None,
        blob_store: BlobStore | None = None,
        file_fallback_dir: str | Path | None = None,
        key_file: str | Path | None = None,
    ):
        self.app_name = app_name
        self.backend = backend if backend is not None else keyring.get_keyring()
        self.blob_store = blob_store
        self._lock = threading.RLock()
        self._session: dict[tuple[str, str], str] = {}
        self._reason = keyring_unusable_reason(self.backend)
        self._dir = Path(file_fallback_dir) if file_fallback_dir is not None else None
        self._key_file = key_file
        self._vault: KeyFileVault | None = None
        if self._reason is None:
            self.state = KEYRING
        elif self._dir is not None:
            self.state = FILE
        elif self._use_key_file():
            self.state = KEYFILE
        else:
            self.state = SESSION

    def _use_key_file(self) -> bool:
        """No keyring: the key file, if one is named and there is a store for the ciphertext."""
        if not self._key_file or self.blob_store is None:
            return False
        self._vault = KeyFileVault(self._key_file, self.blob_store, why_no_keyring=self._reason or "")
        return True

    @property
    def persistent(self) -> bool:
        """Do secrets set now outlive this process?"""
        return self.state != SESSION

    def describe(self) -> str:
        """One plain sentence on where secrets are kept."""
        if self.state == KEYRING:
            return f"Passwords and tokens are kept in the system keyring ({self.backend.name})."
        if self.state == FILE:
            return (
                f"No system keyring is available, so passwords and tokens are kept in an "
                f"encrypted file in {self._dir}. Its key is stored beside it, so anyone who "
                f"can read your files can read them: this is weaker than a keyring."
            )
        if self.state == KEYFILE and self._vault is not None:
            return self._vault.describe()
        return (
            f"No system keyring is available ({self._reason}), so passwords and tokens are "
            f"kept only until FleetDesk closes; you will be asked for them again next time. "
            f"For scheduled runs, {KEY_FILE_HINT}."
        )

    # -- public API -----------------------------------------------------------------------
    def get(self, service: str, name: str) -> str | None:
        with self._lock:
            if self.state == SESSION:
                return self._session.get((service, name))
            if self.state == FILE:
                return self._file_read().get(f"{service}/{name}")
            if self.state == KEYFILE:
                return self._vault.get(service, name)  # type: ignore[union-attr]
            try:
                stored = self.backend.get_password(self._svc(service), name)
            except Exception as exc:  # any backend failure (D-Bus, Win32) is the same
                self._fall_back(exc)
                if self.state == KEYFILE:
                    return self._vault.get(service, name)  # type: ignore[union-attr]
                return self._session.get((service, name))
            if stored == _BLOB_MARKER:
                return self._blob_read(service, name)
            # a long value that fit nowhere is kept for the session (see _keyring_set)
            return stored if stored is not None else self._session.get((service, name))

    def set(self, service: str, name: str, value: str) -> None:
        register_secret(value)
        with self._lock:
            if self.state == SESSION:
                self._session[(service, name)] = value
            elif self.state == FILE:
                data = self._file_read()
                data[f"{service}/{name}"] = value
                self._file_write(data)
            elif self.state == KEYFILE:
                self._vault.set(service, name, value)  # type: ignore[union-attr]
            else:
                try:
                    self._keyring_set(service, name, value)
                except Exception as exc:
                    self._fall_back(exc)
                    if self.state == KEYFILE:
                        self._vault.set(service, name, value)  # type: ignore[union-attr]
                    else:
                        self._session[(service, name)] = value

    def delete(self, service: str, name: str) -> None:
        with self._lock:
            self._session.pop((service, name), None)
            if self.state == FILE:
                data = self._file_read()
                if data.pop(f"{service}/{name}", None) is not None:
                    self._file_write(data)
            elif self.state == KEYFILE:
                self._vault.delete(service, name)  # type: ignore[union-attr]
            elif self.state == KEYRING:
                if self.blob_store is not None:
                    self.blob_store.delete(self._blob_key(service, name))
                try:
                    self.backend.delete_password(self._svc(service), name)
                except keyring.errors.PasswordDeleteError:
                    pass
                except Exception as exc:
                    self._fall_back(exc)

    def has(self, service: str, name: str) -> bool:
        return self.get(service, name) is not None

    # -- keyring with long values -----------------------------------------------------------
    def _svc(self, service: str) -> str:
        return f"{self.app_name}/{service}"

    def _blob_key(self, service: str, name: str) -> str:
        return f"secret:{service}:{name}"

    def _keyring_set(self, service: str, name: str, value: str) -> None:
        self._session.pop((service, name), None)
        if len(value) <= LONG_VALUE_CHARS:
            if self.blob_store is not None:
                self.blob_store.delete(self._blob_key(service, name))
            self.backend.set_password(self._svc(service), name, value)
            return
        if self.blob_store is None:
            # No blob store: the keyring may still take it (macOS, Secret Service); if it
            # refuses (Windows), keep this one value for the session rather than lose it.
            try:
                self.backend.set_password(self._svc(service), name, value)
            except Exception as exc:
                log.warning(
                    "%s/%s is too long for the keyring (%s); kept for this session",
                    service,
                    name,
                    type(exc).__name__,
                )
                self._delete_quietly(service, name)
                self._session[(service, name)] = value
            return
        token = self._fernet().encrypt(value.encode("utf-8"))
        self.blob_store.set(self._blob_key(service, name), token)
        self.backend.set_password(self._svc(service), name, _BLOB_MARKER)

    def _delete_quietly(self, service: str, name: str) -> None:
        try:
            self.backend.delete_password(self._svc(service), name)
        except Exception:
            pass

    def _blob_read(self, service: str, name: str) -> str | None:
        if self.blob_store is None:
            log.warning("secret %s/%s is in a blob store that was not provided", service, name)
            return None
        token = self.blob_store.get(self._blob_key(service, name))
        if token is None:
            return None
        try:
            value = self._fernet().decrypt(token).decode("utf-8")
        except InvalidToken:
            log.warning("secret %s/%s cannot be decrypted (its key changed); ignoring it", service, name)
            return None
        return value

    def _fernet(self) -> Fernet:
        svc, name = self._svc(_BLOB_KEY_NAME[0]), _BLOB_KEY_NAME[1]
        key = self.backend.get_password(svc, name)
        if key is None:
            key = Fernet.generate_key().decode("ascii")
            self.backend.set_password(svc, name, key)
        return Fernet(key.encode("ascii"))

    def _fall_back(self, exc: Exception) -> None:
        """The keyring failed at run time (locked, D-Bus gone): keep secrets encrypted with the
        key file if one is named, else for the session."""
        self._reason = f"the keyring failed: {type(exc).__name__}"
        if self._use_key_file():
            self.state = KEYFILE
            log.warning(
                "keyring unavailable (%s); secrets are kept encrypted with the key in %s",
                type(exc).__name__,
                self._key_file,
            )
            return
        self.state = SESSION
        log.warning("keyring unavailable (%s); secrets are kept for this session only", type(exc).__name__)

    # -- file fallback --------------------------------------------------------------------
    def _file_key(self) -> Fernet:
        assert self._dir is not None
        self._dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self._dir, 0o700)
        path = self._dir / "secrets.key"
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(Fernet.generate_key())
        return Fernet(path.read_bytes().strip())

    def _file_read(self) -> dict[str, str]:
        path = self._dir / "secrets.bin"  # type: ignore[operator]
        if not path.exists():
            return {}
        try:
            return json.loads(self._file_key().decrypt(path.read_bytes()))
        except (InvalidToken, ValueError) as exc:
            raise RuntimeError(f"the secrets file {path} cannot be read: {exc!r}") from exc

    def _file_write(self, data: dict[str, str]) -> None:
        token = self._file_key().encrypt(json.dumps(data).encode("utf-8"))
        path = self._dir / "secrets.bin"  # type: ignore[operator]
        atomic_write_bytes(path, token)  # a mkstemp file: created 0600
        os.chmod(path, 0o600)
