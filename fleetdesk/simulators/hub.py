"""Start every simulator (or a chosen few) on loopback and tell their base URLs per service.

Each module in this package that defines ``SIMULATOR = SimSpec(...)`` is found automatically,
so an integration adds its simulator without touching this file.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import ssl
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fleetdesk.simulators.framework import SimApp, SimServer

log = logging.getLogger(__name__)


@dataclass
class SimSpec:
    name: str
    factory: Callable[..., SimApp]
    #: service key (as in fleetdesk.core.services.SERVICES) -> suffix appended to the server URL
    services: dict[str, str] = field(default_factory=dict)
    tls: bool = False  # serve HTTPS with the hub's test CA (e.g. identity providers for MSAL)
    #: credentials demo mode puts in the session keyring: {service key: {credential name: value}}
    demo_credentials: dict[str, dict[str, str]] = field(default_factory=dict)


def discover() -> dict[str, SimSpec]:
    """Every ``SIMULATOR`` spec in this package, by name."""
    import fleetdesk.simulators as pkg

    specs: dict[str, SimSpec] = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name in {"framework", "hub"} or info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        except Exception:  # one broken simulator must not take the others down
            log.exception("simulator module %s failed to import; skipped", info.name)
            continue
        spec = getattr(module, "SIMULATOR", None)
        if isinstance(spec, SimSpec):
            specs[spec.name] = spec
    return specs


class SimulatorHub:
    """Runs simulators in threads. ``urls`` maps service keys to base URLs."""

    def __init__(self, names: list[str] | None = None, **factory_kwargs):
        specs = discover()
        unknown = set(names or []) - set(specs)
        if unknown:
            raise KeyError(f"unknown simulator(s) {sorted(unknown)}; known: {sorted(specs)}")
        self.specs = {n: specs[n] for n in (names or sorted(specs))}
        self.factory_kwargs = factory_kwargs
        self.apps: dict[str, SimApp] = {}
        self.servers: dict[str, SimServer] = {}
        self.urls: dict[str, str] = {}
        self.ca_bundle: Path | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._server_ctx: ssl.SSLContext | None = None

    def _tls_context(self) -> ssl.SSLContext:
        if self._server_ctx is None:
            import trustme  # only needed when a simulator serves TLS

            ca = trustme.CA()
            cert = ca.issue_cert("127.0.0.1", "localhost")
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            cert.configure_cert(ctx)
            self._tmp = tempfile.TemporaryDirectory(prefix="fleetdesk-sim-ca-")
            self.ca_bundle = Path(self._tmp.name) / "ca.pem"
            ca.cert_pem.write_to_path(str(self.ca_bundle))
            self._server_ctx = ctx
        return self._server_ctx

    def start(self, port: int = 0) -> SimulatorHub:
        for i, (name, spec) in enumerate(self.specs.items()):
            app = spec.factory(**self.factory_kwargs.get(name, {}))
            server = SimServer(
                app, port=(port + i) if port else 0, ssl_context=self._tls_context() if spec.tls else None
            ).start()
            self.apps[name], self.servers[name] = app, server
            for service, suffix in spec.services.items():
                self.urls[service] = server.url + suffix
        return self

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()
        self.servers.clear()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> SimulatorHub:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
