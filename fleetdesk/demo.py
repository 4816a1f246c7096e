"""Demo mode: simulators in-process, a separate data dir, demo credentials in a session keyring.

Nothing here touches the user's real data directory or keyring.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from fleetdesk.core.config import Config, default_data_dir

if TYPE_CHECKING:
    from fleetdesk.simulators.hub import SimulatorHub

log = logging.getLogger(__name__)
MARKER = ".fleetdesk-demo"
#: pg_advisory_lock key of the demo seed ("FDseed")
SEED_LOCK_KEY = 0x464473656564


def prepare_demo_dir(config: Config, *, explicit: bool) -> None:
    """A fresh demo store each run (the simulators start fresh too), only in a dir demo owns."""
    marker = config.data_dir / MARKER
    if not explicit and marker.exists() and config.data_dir.parent == default_data_dir():
        for child in config.data_dir.iterdir():
            if child.name != MARKER:
                shutil.rmtree(child) if child.is_dir() else child.unlink()
    config.data_dir.mkdir(parents=True, exist_ok=True)
    marker.touch()


class DemoEnvironment:
    """Start with ``start()``, hand ``secrets`` to the Runtime, call ``seed(rt)``, then ``stop()``."""

    def __init__(self, config: Config, *, explicit_dir: bool = False, simulators: list[str] | None = None):
        from fleetdesk.core.secrets import MemoryBlobStore, MemoryKeyring, SecretStore

        self.config = config
        self.explicit_dir = explicit_dir
        self.names = simulators
        self.hub: SimulatorHub | None = None
        self.secrets = SecretStore(backend=MemoryKeyring(), blob_store=MemoryBlobStore())
        self._old_ca = os.environ.get("REQUESTS_CA_BUNDLE")

    def start(self) -> DemoEnvironment:
        from fleetdesk.simulators.hub import SimulatorHub

        prepare_demo_dir(self.config, explicit=self.explicit_dir)
        self.hub = SimulatorHub(self.names).start()
        self.config.demo = True
        self.config.overrides.update(self.hub.urls)
        for spec in self.hub.specs.values():
            for service, creds in spec.demo_credentials.items():
                for name, value in creds.items():
                    self.secrets.set(service, name, value)
        if self.hub.ca_bundle:
            self._trust_test_ca(self.hub.ca_bundle)
        return self

    def _trust_test_ca(self, ca: Path) -> None:
        """Trust the simulators' test CA in this process (demo only) next to the usual CAs."""
        import certifi

        bundle = self.config.data_dir / "demo-ca-bundle.pem"
        bundle.write_bytes(Path(certifi.where()).read_bytes() + b"\n" + ca.read_bytes())
        os.environ["REQUESTS_CA_BUNDLE"] = str(bundle)

    def seed(self, rt) -> None:
        """Seed the demo data once per database. Team mode (#16): desks and ``serve`` started
        together on one PostgreSQL database take turns (an advisory lock), so the first seeds
        and the others find it seeded instead of inserting the same rows again."""
        from contextlib import nullcontext

        from fleetdesk.store.kv import kv_get, kv_set

        session_lock = getattr(rt.store, "session_lock", None)
        with session_lock(SEED_LOCK_KEY) if session_lock else nullcontext():
            if rt.store.read(lambda db: kv_get(db, "demo.seeded", False)):
                return
            for integration in rt.integrations:
                try:
                    integration.seed_demo(rt)
                except Exception:
                    log.exception("demo seed of %s failed", integration.name)
            rt.store.write(lambda db: kv_set(db, "demo.seeded", True))

    def stop(self) -> None:
        if self.hub:
            self.hub.stop()
            self.hub = None
        if self._old_ca is None:
            os.environ.pop("REQUESTS_CA_BUNDLE", None)
        else:
            os.environ["REQUESTS_CA_BUNDLE"] = self._old_ca
