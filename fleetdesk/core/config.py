"""Configuration: settings on disk, env overrides, data dir, each service's address.

The services and their environments are declared by the integrations (``core/services.py``
gathers them; ``SERVICES`` and ``ServiceDef`` are re-exported here).

Settings are plain, non-secret values kept as JSON in the data directory. Secrets never live
here: they go through ``fleetdesk.core.secrets``.

A ``settings.json`` that cannot be read (not JSON, not an object, bad bytes) is moved aside to
``settings.json.broken-<UTC timestamp>`` and FleetDesk starts on defaults; ``Settings.notice``
says so (the CLI prints it once on stderr, the GUI shows it as a banner). A data directory that
is a file, cannot be created or is not writable raises ``DataDirUnusable`` naming the path; a
setting that cannot be saved (disk full, read-only) raises ``SettingsNotSaved`` and leaves the
previous file and the previous value in place.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fleetdesk.core.errors import FleetDeskError
from fleetdesk.core.services import SERVICES, ServiceDef

APP_NAME = "FleetDesk"


class DataDirUnusable(FleetDeskError):
    """The data directory is a file, cannot be created, or cannot be written to."""


class SettingsNotSaved(FleetDeskError):
    """A setting could not be written (disk full, read-only folder); nothing was changed."""


def default_data_dir() -> Path:
    """The platform's application-data folder for FleetDesk."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "fleetdesk"


#: Files under the data directory hold personal data (tachograph archives, VHR PDFs, vehicle
#: documents): on POSIX every file is 0600 and every folder 0700 (only the user can read).
PRIVATE_FILE_MODE, PRIVATE_DIR_MODE = 0o600, 0o700


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it 0700 on POSIX. Returns ``path``."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix" and os.stat(path).st_uid == os.getuid():
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def private_opener(path: str, flags: int) -> int:
    """``open(..., opener=private_opener)``: a new file is created 0600, never 0644."""
    return os.open(path, flags, PRIVATE_FILE_MODE)


def usable_data_dir(path: Path) -> None:
    """Create ``path`` if needed and check it can be written; DataDirUnusable names it."""
    hint = "Choose another folder with --data-dir (or FLEETDESK_DATA_DIR), or fix this one."
    if path.exists() and not path.is_dir():
        raise DataDirUnusable(f"The data folder {path} is a file, not a folder. {hint}")
    try:
        make_private_dir(path)
    except OSError as exc:
        raise DataDirUnusable(
            f"Cannot create the data folder {path}: {exc.strerror or exc}. {hint}"
        ) from None
    try:
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=path)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise DataDirUnusable(
            f"Cannot write in the data folder {path}: {exc.strerror or exc}. {hint}"
        ) from None


def insecure_url_problem(url: str) -> str | None:
    """Why ``url`` may not carry credentials or tokens, or None if it may: https:// with a
    host, or http:// only on a loopback host (simulators, tests, demo)."""
    import ipaddress
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return "is not a web address"
    if parts.scheme == "https" and host:
        return None
    if parts.scheme == "http" and host:
        try:
            if host == "localhost" or ipaddress.ip_address(host).is_loopback:
                return None
        except ValueError:
            pass
        return "must start with https:// (http:// only for 127.0.0.1 or localhost)"
    return "must be a web address starting with https://"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary name in the same folder, fsync, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class Settings:
    """Non-secret settings as one JSON document, written atomically. Thread-safe."""

    def __init__(self, path: Path | None):
        self.path = path
        self._lock = threading.Lock()
        self._values: dict[str, Any] = {}
        self.notice: str | None = None
        if path is not None and path.exists():
            try:
                values = json.loads(path.read_bytes().decode("utf-8"))
                if not isinstance(values, dict):
                    raise ValueError("not a JSON object")
                self._values = values
            except ValueError as exc:
                self._move_aside(path, exc)
            except OSError as exc:
                raise DataDirUnusable(
                    f"Cannot read the settings file {path}: {exc.strerror or exc}."
                ) from None

    def _move_aside(self, path: Path, exc: Exception) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = path.with_name(f"{path.name}.broken-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.broken-{stamp}-{n}")
        try:
            os.replace(path, aside)
        except OSError as move_error:
            raise DataDirUnusable(
                f"The settings file {path} is unreadable ({exc}) and could not "
                f"be moved aside: {move_error.strerror or move_error}."
            ) from None
        self.notice = (
            f"The settings file {path} could not be read ({exc}); it was moved to "
            f"{aside.name} and FleetDesk started with default settings."
        )

    def get(self, key: str, default: Any = None) -> Any:
        with self._lock:
            return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        with self._lock:
            before = dict(self._values)
            if value is None:
                self._values.pop(key, None)
            else:
                self._values[key] = value
            snapshot = json.dumps(self._values, indent=2, sort_keys=True)
            if self.path is not None:
                try:
                    atomic_write_bytes(self.path, snapshot.encode("utf-8"))
                except OSError as exc:
                    self._values = before
                    raise SettingsNotSaved(
                        f"Cannot save the settings in {self.path}: "
                        f"{exc.strerror or exc}. Nothing was changed; free "
                        f"some space or fix the folder and save again."
                    ) from None

    def as_dict(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._values)


@dataclass
class Config:
    """Where data lives and which address each service has."""

    data_dir: Path
    settings: Settings
    environ: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    demo: bool = False
    overrides: dict[str, str] = field(default_factory=dict)  # base URLs set by demo/tests
    database_arg: str | None = None  # --database (issue #16); see core/dburl.py

    @classmethod
    def load(
        cls,
        data_dir: str | Path | None = None,
        *,
        demo: bool = False,
        environ: dict[str, str] | None = None,
        database: str | None = None,
    ) -> Config:
        env = dict(os.environ if environ is None else environ)
        if data_dir is None:
            data_dir = env.get("FLEETDESK_DATA_DIR") or default_data_dir()
            if demo:
                data_dir = Path(data_dir) / "demo"
        path = Path(data_dir).expanduser().resolve()
        usable_data_dir(path)
        return cls(path, Settings(path / "settings.json"), env, demo, database_arg=database)

    @property
    def notices(self) -> list[str]:
        """Things the user must be told once at start (settings reset to defaults)."""
        return [self.settings.notice] if self.settings.notice else []

    @property
    def database(self):
        """The database this process uses (``core.dburl.DatabaseURL``); BadInput if misnamed."""
        from fleetdesk.core import dburl

        return dburl.resolve(self.database_arg, self.environ, self.settings.get(dburl.SETTING), self.data_dir)

    @property
    def db_path(self) -> Path:
        """The SQLite file (the default database, or the one a sqlite:/// URL names)."""
        if (
            self.database_arg is None
            and not self.environ.get("FLEETDESK_DATABASE_URL")
            and not self.settings.get("database.url")
        ):
            return self.data_dir / "fleetdesk.sqlite3"
        db = self.database
        return db.path if db.is_sqlite else self.data_dir / "fleetdesk.sqlite3"

    def subdir(self, name: str) -> Path:
        return make_private_dir(self.data_dir / name)

    def service(self, key: str) -> ServiceDef:
        try:
            return SERVICES[key]
        except KeyError:
            raise KeyError(f"unknown service {key!r}; known: {', '.join(SERVICES)}") from None

    def environment(self, key: str) -> str:
        svc = self.service(key)
        env = self.settings.get(f"{key}.environment", svc.default_environment)
        return env if env in svc.environments else svc.default_environment

    def base_url(self, key: str) -> str:
        """Environment variable > demo/test override > custom URL setting > environment's URL."""
        svc = self.service(key)
        url = (
            self.environ.get(f"{svc.env_stem}_URL")
            or self.overrides.get(key)
            or self.settings.get(f"{key}.url")
            or svc.environments[self.environment(key)]
        )
        return url.rstrip("/") if "{" not in url else url

    def url_source(self, key: str) -> str:
        svc = self.service(key)
        if self.environ.get(f"{svc.env_stem}_URL"):
            return f"{svc.env_stem}_URL"
        if key in self.overrides:
            return "demo" if self.demo else "override"
        if self.settings.get(f"{key}.url"):
            return "custom"
        return self.environment(key)

    def env_credential(self, key: str, name: str) -> str | None:
        """``FLEETDESK_<SERVICE>_<NAME>`` for unattended runs; never written to disk."""
        return self.environ.get(f"{self.service(key).env_stem}_{name.upper()}") or None
