"""The remote services FleetDesk talks to, as one table built from the integrations' packages.

Each integration declares its services in ``fleetdesk/<name>/servicedef.py`` (``SERVICES = (...)``):
base URLs per environment, the keyring's credential fields, the identity provider it signs in
with. ``SERVICES`` gathers them on first use, in the registry's order (``fleetdesk/registry.py``),
followed by the services of FleetDesk itself (the map tiles). Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from fleetdesk import registry


@dataclass(frozen=True)
class ServiceDef:
    """A remote service FleetDesk talks to."""

    key: str  # settings key and env-var stem: FLEETDESK_<KEY>_URL
    title: str  # shown to users
    environments: dict[str, str]  # environment name -> base URL
    default_environment: str
    credentials: tuple[str, ...] = ()  # credential fields kept in the keyring
    integration: str | None = None  # owning integration package
    auth_of: str | None = None  # for identity providers: the API they sign in to

    @property
    def env_stem(self) -> str:
        return "FLEETDESK_" + self.key.upper()


#: services that belong to no integration
BUILTIN = (
    ServiceDef(
        "tiles",
        "Map tiles",
        {
            "openstreetmap": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        },
        "openstreetmap",
    ),
)


def declared(name: str) -> tuple[ServiceDef, ...]:
    """The services ``fleetdesk/<name>/servicedef.py`` declares (none when it has no such module;
    one that fails to load is logged and recorded in ``registry.LOAD_ERRORS``)."""
    return tuple(getattr(registry.load(name, "servicedef"), "SERVICES", ()))


class ServiceTable(Mapping[str, ServiceDef]):
    """key -> ServiceDef, read from the registered packages on first use (importing this module
    imports no integration)."""

    def __init__(self) -> None:
        self._table: dict[str, ServiceDef] | None = None

    def _loaded(self) -> dict[str, ServiceDef]:
        table = self._table
        if table is None:
            found = [svc for name in registry.names() for svc in declared(name)] + list(BUILTIN)
            table = self._table = {svc.key: svc for svc in found}
        return table

    def __getitem__(self, key: str) -> ServiceDef:
        return self._loaded()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


SERVICES: Mapping[str, ServiceDef] = ServiceTable()
