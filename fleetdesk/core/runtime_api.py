"""What an integration may ask of the runtime, as a Protocol (Qt-free, for the type checker).

``fleetdesk.runtime.Runtime`` builds all of this; the plug-in seam (``fleetdesk.integrations``)
and the integrations name only this protocol, so their imports go downward even for type
checking. The store and the outbox are described by what integrations call on them
(transactions, sends), not by their classes, which live above core.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from fleetdesk.core.clock import Clock
    from fleetdesk.core.config import Config
    from fleetdesk.core.netstate import ConnectionMonitor
    from fleetdesk.core.secrets import Credentials, SecretStore

T = TypeVar("T")


class Transactions(Protocol):
    """The store: ``fn(db)`` in a read or in one write transaction (``a``: awaited)."""

    def read(self, fn: Callable[[Any], T]) -> T: ...

    def write(self, fn: Callable[[Any], T]) -> T: ...

    async def aread(self, fn: Callable[[Any], T]) -> T: ...

    async def awrite(self, fn: Callable[[Any], T]) -> T: ...


class Sends(Protocol):
    """The outbox dispatcher: send what is due, or everything now (a person asked)."""

    def run_once(self, *, service: str | None = None, limit: int = ...) -> Any: ...

    def send_now(self, *, service: str | None = None, limit: int = ...) -> Any: ...

    def next_due_at(self) -> datetime | None: ...


class RuntimeAPI(Protocol):
    """Everything a FleetDesk process has wired once, as the integrations see it."""

    @property
    def config(self) -> Config: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def monitor(self) -> ConnectionMonitor: ...

    @property
    def secrets(self) -> SecretStore: ...

    @property
    def credentials(self) -> Credentials: ...

    @property
    def store(self) -> Transactions: ...

    @property
    def dispatcher(self) -> Sends: ...

    @property
    def services(self) -> dict[str, object]:
        """The integrations' shared services, by name, built on first use (``access.py``)."""
        ...

    def integration(self, name: str) -> Any:
        """The installed integration ``name`` (KeyError naming the installed ones)."""
        ...

    @property
    def files(self) -> Any:
        """Team files (``store.files.FileBlobs``): ``local_copy`` for readers, ``team`` (docs/team-mode.md §6)."""
        ...
