"""The integrations FleetDesk ships, in one place: a new integration adds its name here.

``fleetdesk/<name>/plugin.py`` wires the integration (``PLUGIN``: tables, outbox handlers, CLI
verbs, sync, demo data), ``fleetdesk/<name>/servicedef.py`` declares the remote services it
talks to (``SERVICES``) and ``fleetdesk/ui/<name>/__init__.py`` its tab (``TAB``); the runtime
(``integrations.discover``), the configuration (``core.services``), the command line and the
main window find them through these names. See docs/adding-an-integration.md.

This module imports nothing of FleetDesk: it is the bottom of the layers, so that everything
(the configuration in ``core`` included) may read it. The modules it names are imported by
name, with ``load``, where they are needed.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType

log = logging.getLogger(__name__)

#: the integrations (independent of each other), in the order of their tabs
PACKAGES = ("carpass", "tachoshare", "thg", "highmobility", "ctrack")
#: layers above the integrations (they read the integrations' tables), loaded after them
LAYERS = ("vehicles",)


def names() -> tuple[str, ...]:
    """Every registered name: the integrations, then the layers above them."""
    return PACKAGES + LAYERS


#: registered packages whose plug-in or service definitions failed to load: name -> error text
#: (the self-test reports them)
LOAD_ERRORS: dict[str, str] = {}


def load(name: str, part: str) -> ModuleType | None:
    """``fleetdesk.<name>.<part>`` imported by name; None when the package has no such module.
    One that fails to load is logged, recorded in ``LOAD_ERRORS`` (its first failure) and None,
    so the other integrations (and the outbox) keep working."""
    module_name = f"fleetdesk.{name}.{part}"
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        error: Exception = exc
    except Exception as exc:
        error = exc
    LOAD_ERRORS.setdefault(name, f"{type(error).__name__}: {error}")
    log.error("%s of %s failed to load; left out", part, name, exc_info=error)
    return None
