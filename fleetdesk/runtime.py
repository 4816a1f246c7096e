"""The Qt-free composition root: config, clock, store, secrets, outbox dispatcher, integrations.

The GUI (``fleetdesk.app``), the command line and the tests all build one of these.
"""

from __future__ import annotations

import logging
import threading
from functools import partial
from typing import TYPE_CHECKING

from fleetdesk.core.clock import Clock
from fleetdesk.core.config import Config
from fleetdesk.core.netstate import ConnectionMonitor
from fleetdesk.integrations import Integration, discover
from fleetdesk.store.blobs import StoreBlobs
from fleetdesk.store.db import Store
from fleetdesk.store.dispatcher import Dispatcher, DispatchReport
from fleetdesk.store.engine import open_store
from fleetdesk.store.handlers import Handlers
from fleetdesk.store.lock import InstanceLock
from fleetdesk.store.schema import core_migrations

if TYPE_CHECKING:
    from fleetdesk.core.credentials import Credentials
    from fleetdesk.core.runtime_api import RuntimeAPI
    from fleetdesk.core.secrets import SecretStore

log = logging.getLogger(__name__)


class Runtime:
    """Everything a FleetDesk process needs, wired once. Close it when done."""

    def __init__(
        self,
        config: Config,
        *,
        clock: Clock | None = None,
        integrations: list[Integration] | None = None,
        secrets=None,
        single_instance: bool = True,
    ):
        self.config = config
        self.clock = clock or Clock()
        from fleetdesk.core import http_deadline

        http_deadline.configure(config.settings.get(http_deadline.SETTING_DEADLINE))
        self.monitor = ConnectionMonitor(self.clock)
        database = config.database  # BadInput names the field of a malformed URL
        # The single-instance lock guards the SQLite file; with PostgreSQL many instances are
        # the point (issue #16).
        self.lock = (
            InstanceLock(config.data_dir).acquire() if single_instance and database.is_sqlite else None
        )
        try:
            self.integrations = discover() if integrations is None else integrations
            sets = [core_migrations] + [m for m in (i.migrations() for i in self.integrations) if m]
            if database.is_sqlite:
                self.store = Store(database.path, sets)
            else:
                from fleetdesk.core.secrets import SecretStore

                self.store = open_store(database, sets, secrets=secrets or SecretStore())
        except BaseException:
            if self.lock:
                self.lock.release()
            raise
        # The keyring is opened on first use (finding its backend takes ~0.1 s), off the
        # first paint: see the ``secrets`` property.
        self._secrets: SecretStore | None = secrets
        self._credentials: Credentials | None = None
        self._lazy_lock = threading.Lock()
        self.services: dict[str, object] = {}  # integration services, by name, built lazily
        self._files = None
        # each integration's handlers are built when an item of its kinds is first sent
        handlers = Handlers(
            providers=[(i.outbox_kinds, partial(i.handlers, self)) for i in self.integrations]
        )
        self.dispatcher = Dispatcher(self.store, handlers, self.clock)

    @property
    def secrets(self) -> SecretStore:
        """The ``SecretStore`` (system keyring, or its fallbacks), opened on first use."""
        if self._secrets is None:
            with self._lazy_lock:
                if self._secrets is None:
                    from fleetdesk.core.secrets import KEY_FILE_ENV, SecretStore

                    self._secrets = SecretStore(
                        blob_store=StoreBlobs(self.store, self.clock),
                        key_file=self.config.environ.get(KEY_FILE_ENV) or None,
                    )
        return self._secrets

    @secrets.setter
    def secrets(self, value: SecretStore) -> None:
        self._secrets, self._credentials = value, None

    @property
    def credentials(self) -> Credentials:
        """``Credentials``: the environment's ``FLEETDESK_<NAME>_...`` first, then ``secrets``."""
        if self._credentials is None:
            from fleetdesk.core.credentials import Credentials

            # the keyring is opened by the first get/set (off the UI thread), not here
            self._credentials = Credentials(self.config, open_secrets=lambda: self.secrets)
        return self._credentials

    @property
    def files(self):
        """Team files (docs/team-mode.md §6): ``store_in`` on PostgreSQL, ``local_copy`` to read."""
        from fleetdesk.store.files import FileBlobs

        if self._files is None:
            self._files = FileBlobs(self.store, self.config.data_dir, self.clock)
        return self._files

    def integration(self, name: str) -> Integration:
        for i in self.integrations:
            if i.name == name:
                return i
        raise KeyError(
            f"integration {name!r} is not installed; installed: "
            f"{', '.join(i.name for i in self.integrations) or 'none'}"
        )

    def recover(self) -> DispatchReport:
        """Start-up: reconcile interrupted sends, then let integrations resume their work.

        Blocking: the GUI runs it in the executor after the first paint; the keyring is opened
        here too, so that the Settings page does not open it on the UI thread."""
        _ = self.secrets
        report = self.dispatcher.recover()
        for integration in self.integrations:
            try:
                integration.recover(self)
            except Exception:
                log.exception("start-up recovery of %s failed", integration.name)
        return report

    def close(self) -> None:
        # Worker threads may be reading through their own connections: let them finish (queued
        # work is cancelled) before the store closes those connections under them.
        from fleetdesk.core.aio import shutdown_executor

        shutdown_executor(wait=True)
        for service in list(self.services.values()):
            close = getattr(service, "close", None)
            if callable(close):
                try:
                    close()
                except Exception:
                    log.exception("closing %s failed", type(service).__name__)
        self.store.close()
        if self.lock:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


if TYPE_CHECKING:

    def _is_what_integrations_ask_for(rt: Runtime) -> RuntimeAPI:
        return rt  # mypy: Runtime provides core.runtime_api.RuntimeAPI
