"""The integrations FleetDesk ships, in one place: a new integration adds its name here.

``fleetdesk/<name>/plugin.py`` wires the integration (``PLUGIN``: tables, outbox handlers, CLI
verbs, sync, demo data) and ``fleetdesk/ui/<name>/__init__.py`` its tab (``TAB``); the runtime,
the command line and the main window find both through these names. See
docs/adding-an-integration.md.
"""

from __future__ import annotations

import importlib
import logging

from fleetdesk.integrations import Integration

log = logging.getLogger(__name__)

#: the integrations (independent of each other), in the order of their tabs
PACKAGES = ("carpass", "tachoshare", "thg", "highmobility", "ctrack")
#: layers above the integrations (they read the integrations' tables), loaded after them
LAYERS = ("vehicles",)


def names() -> tuple[str, ...]:
    """Every registered name: the integrations, then the layers above them."""
    return PACKAGES + LAYERS


#: integrations whose plug-in failed to load: name -> error text (self-test reports them)
LOAD_ERRORS: dict[str, str] = {}


def discover() -> list[Integration]:
    """Every installed integration. One that fails to load is logged, recorded in
    ``LOAD_ERRORS`` and left out, so the others (and the outbox) keep working."""
    found: list[Integration] = []
    for name in names():
        module_name = f"fleetdesk.{name}.plugin"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            LOAD_ERRORS[name] = f"{type(exc).__name__}: {exc}"
            log.exception("integration %s failed to load; left out", name)
            continue
        except Exception as exc:
            LOAD_ERRORS[name] = f"{type(exc).__name__}: {exc}"
            log.exception("integration %s failed to load; left out", name)
            continue
        plugin = getattr(module, "PLUGIN", None)
        if isinstance(plugin, Integration):
            found.append(plugin)
    return found
