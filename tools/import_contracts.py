"""import-linter contract types that read the integrations from ``fleetdesk/registry.py``.

pyproject.toml names the integrations once, as ``fleetdesk.{integration}``; these types expand
it to one module per name in ``registry.PACKAGES`` before import-linter reads the options, so a
new integration joins every contract by joining the registry. In a list, an item with the
placeholder becomes one item per integration; in a layer (``a | b``) each part does, joined by
``|`` (independent siblings). Everything else is import-linter's own ``forbidden``,
``independence`` and ``layers`` contract.

``lint-imports`` puts the working directory on ``sys.path``: run it from the repository root.
"""

from __future__ import annotations

from typing import Any

from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.independence import IndependenceContract
from importlinter.contracts.layers import LayersContract

PLACEHOLDER = "{integration}"


def integrations() -> tuple[str, ...]:
    from fleetdesk.registry import PACKAGES

    return PACKAGES


def _expand_item(item: str, names: tuple[str, ...]) -> list[str]:
    if PLACEHOLDER not in item:
        return [item]
    if "|" in item:  # a layer of independent siblings
        parts = [p.strip() for p in item.split("|")]
        return [" | ".join(e for p in parts for e in _expand_item(p, names))]
    return [item.replace(PLACEHOLDER, name) for name in names]


def expand(options: dict[str, Any], names: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The contract options with every ``{integration}`` expanded to the registered names."""
    names = integrations() if names is None else names
    expanded: dict[str, Any] = {}
    for key, value in options.items():
        if isinstance(value, list):
            expanded[key] = [e for item in value for e in _expand_item(item, names)]
        elif isinstance(value, str) and PLACEHOLDER in value:
            items = _expand_item(value, names)
            expanded[key] = items[0] if len(items) == 1 else items
        else:
            expanded[key] = value
    return expanded


class RegistryForbiddenContract(ForbiddenContract):
    def __init__(self, name: str, session_options: dict[str, Any], contract_options: dict[str, Any]):
        super().__init__(name, session_options, expand(contract_options))


class RegistryIndependenceContract(IndependenceContract):
    def __init__(self, name: str, session_options: dict[str, Any], contract_options: dict[str, Any]):
        super().__init__(name, session_options, expand(contract_options))


class RegistryLayersContract(LayersContract):
    def __init__(self, name: str, session_options: dict[str, Any], contract_options: dict[str, Any]):
        super().__init__(name, session_options, expand(contract_options))
