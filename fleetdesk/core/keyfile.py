"""Secrets with no keyring: encrypted in FleetDesk's database, the key in a file the user names.

A scheduled server (cron, no desktop session) has no OS keyring. DESIGN's long-secret path
keeps a secret Fernet-encrypted in SQLite with its key in the keyring; here the key comes from
the file ``FLEETDESK_SECRET_KEY_FILE`` names instead. FleetDesk creates that file (mode 0600)
if it does not exist, and says so once per data folder: the first time the store uses it.

A constant encrypted with the key is kept beside the secrets, so a key file that is not the
one that encrypted them is a clear error rather than a silent "not signed in".
"""

from __future__ import annotations

import binascii
import logging
import os
import threading
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from fleetdesk.core.errors import NotConfigured

log = logging.getLogger(__name__)

KEY_FILE_ENV = "FLEETDESK_SECRET_KEY_FILE"
#: what to do when secrets cannot outlive the process (said where that matters)
KEY_FILE_HINT = (
    f"set {KEY_FILE_ENV} to a file path (FleetDesk creates the key file, readable "
    "only by you, if it does not exist) to keep them encrypted in FleetDesk's database"
)
_CHECK = "keyfile:_check"
_CHECK_PLAIN = b"fleetdesk key check"


class KeyFileVault:
    """get/set/delete secrets as Fernet ciphertext in a ``BlobStore``, key from ``path``."""

    def __init__(self, path: str | Path, blob_store, *, why_no_keyring: str = ""):
        self.path = Path(path).expanduser()
        self.blob_store = blob_store
        self.why_no_keyring = why_no_keyring or "no keyring service was found on this system"
        self._fernet: Fernet | None = None
        self._lock = threading.Lock()

    def describe(self) -> str:
        return (
            f"No system keyring is available ({self.why_no_keyring}), so passwords and tokens "
            f"are kept encrypted in FleetDesk's database, with the key in {self.path} "
            f"({KEY_FILE_ENV}). Anyone who can read both can read them: keep that file private."
        )

    @staticmethod
    def _blob(service: str, name: str) -> str:
        return f"keyfile:{service}:{name}"

    def get(self, service: str, name: str) -> str | None:
        fernet = self.fernet()
        token = self.blob_store.get(self._blob(service, name))
        if token is None:
            return None
        try:
            return fernet.decrypt(token).decode("utf-8")
        except InvalidToken:
            log.warning(
                "secret %s/%s cannot be decrypted with the key in %s; ignoring it", service, name, self.path
            )
            return None

    def set(self, service: str, name: str, value: str) -> None:
        self.blob_store.set(self._blob(service, name), self.fernet().encrypt(value.encode("utf-8")))

    def delete(self, service: str, name: str) -> None:
        self.blob_store.delete(self._blob(service, name))

    def fernet(self) -> Fernet:
        """The key from the file (created if missing), checked against this store."""
        with self._lock:
            if self._fernet is None:
                self._fernet = self._load()
            return self._fernet

    def _load(self) -> Fernet:
        path = self.path
        where = f"the key file {path} ({KEY_FILE_ENV})"
        try:
            created = create_key_file(path)
            raw = path.read_bytes().strip()
            mode = path.stat().st_mode & 0o777
        except OSError as exc:
            raise NotConfigured(
                f"FleetDesk cannot use {where}: {exc.strerror or exc}. Point "
                f"{KEY_FILE_ENV} at a file FleetDesk may read, or create."
            ) from exc
        try:
            fernet = Fernet(raw)
        except (ValueError, binascii.Error) as exc:
            raise NotConfigured(
                f"The key file {path} ({KEY_FILE_ENV}) does not hold a FleetDesk "
                "key (44 characters of URL-safe base64). Point "
                f"{KEY_FILE_ENV} at a file that does not exist yet and FleetDesk "
                "will create one."
            ) from exc
        if os.name == "posix" and mode & 0o077:
            log.warning("%s can be read by other users (mode %o): run chmod 600 on it", where, mode)
        check = self.blob_store.get(_CHECK)
        if check is None:
            self.blob_store.set(_CHECK, fernet.encrypt(_CHECK_PLAIN))
            # said once per data folder: the first time this store uses a key file
            log.warning(
                "No system keyring is available (%s): FleetDesk keeps passwords and "
                "tokens encrypted in its database, with the key in %s%s. Anyone who can "
                "read both can read them: keep the key file private.",
                self.why_no_keyring,
                path,
                " (created now, readable only by you)" if created else "",
            )
            return fernet
        try:
            fernet.decrypt(check)
        except InvalidToken as exc:
            raise NotConfigured(
                f"The key file {path} ({KEY_FILE_ENV}) holds another key than the "
                "one that encrypted the secrets in this data folder: point "
                f"{KEY_FILE_ENV} at that key file, or sign in again."
            ) from exc
        return fernet


def create_key_file(path: Path) -> bool:
    """Create ``path`` with a new key, mode 0600, unless it exists. True if created.

    Written to a temporary file and hard-linked into place, so a concurrent run either
    creates it or reads a complete key, never half of one."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(Fernet.generate_key() + b"\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # no hard links (some network file systems)
            if path.exists():
                return False
            os.replace(tmp, path)
        return True
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
