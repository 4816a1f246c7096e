"""Single-instance guard: two copies of FleetDesk never write one database."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from fleetdesk.core.errors import FleetDeskError


class AlreadyRunning(FleetDeskError):
    """Another FleetDesk process holds the data directory."""


class InstanceLock:
    """An OS file lock on ``<data dir>/fleetdesk.lock``, released when the process ends.

    The OS drops the lock if the process dies (even by kill -9), so a crash never leaves the
    data directory locked.
    """

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / "fleetdesk.lock"
        self._fh: TextIO | None = None

    def acquire(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")
        try:
            if sys.platform.startswith("win"):
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip()
            fh.close()
            raise AlreadyRunning(
                f"FleetDesk is already running on {self.path.parent}"
                + (f" (process {holder})" if holder else "")
                + ". Close the other window, or use another --data-dir."
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh
        return self

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
